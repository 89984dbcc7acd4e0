// SPDX-License-Identifier: GPL-3.0-or-later
// altdist-cli failure paths and their documented exit codes: retried faults,
// 401, network failure, and usage errors caught before any request.
#include "CliRunner.h"

#include <QFile>
#include <QTcpServer>
#include <QTest>

using namespace AltDist;
using namespace AltDist::Test;

class TestCliErrors final : public QObject
{
    Q_OBJECT

private:
    TestSandbox m_sandbox;
    CliRunner m_cli{m_sandbox};

    const QStringList m_listDomains{QStringLiteral("domains"), QStringLiteral("list"), QStringLiteral("--json")};

    Sandbox::Fault apiFault(Sandbox::Fault::Kind kind, int count)
    {
        Sandbox::Fault fault;
        fault.kind = kind;
        fault.pathPrefix = QStringLiteral("/v1/alternativeDistributionDomains");
        fault.count = count;
        return fault;
    }

    /// The credential flags with one flag's value replaced (or the flag dropped when `value` is null).
    QStringList flagsWith(const QString &flag, const QString &value)
    {
        QStringList flags = m_cli.credentialFlags();
        const int at = int(flags.indexOf(flag));
        if (value.isNull())
            flags.remove(at, 2);
        else
            flags[at + 1] = value;
        return flags;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.isReady(), qPrintable(m_sandbox.startError())); }
    void init()
    {
        m_sandbox.server().clearRequests();
        m_sandbox.server().clearFaults();
    }
    void cleanup() { ALTDIST_VERIFY_NO_SPEC_VIOLATIONS(m_sandbox); }

    void serverErrorsAreRetried()
    {
        m_sandbox.server().addFault(apiFault(Sandbox::Fault::Kind::ServerError, 2));
        const CliResult r = m_cli.run(m_listDomains);
        QVERIFY2(r.exitCode == 0, r.summary().constData());
        QVERIFY(r.json().isArray());
        QCOMPARE(countRequests(m_sandbox.server(), "GET"), 3);
    }

    void rateLimitBurstIsRetried()
    {
        m_sandbox.server().addFault(apiFault(Sandbox::Fault::Kind::RateLimitBurst, 2));
        const CliResult r = m_cli.run(m_listDomains);
        QVERIFY2(r.exitCode == 0, r.summary().constData());
        QCOMPARE(countRequests(m_sandbox.server(), "GET"), 3);
    }

    void persistentServerErrorIsApiError()
    {
        m_sandbox.server().addFault(apiFault(Sandbox::Fault::Kind::ServerError, -1));
        const CliResult r = m_cli.run(m_listDomains);
        QVERIFY2(r.exitCode == 4, r.summary().constData());
        QVERIFY(r.errText().contains(QLatin1String("503")));
    }

    void wrongKeyIdIsAuthenticationError()
    {
        const CliResult r = m_cli.runRaw(flagsWith(QStringLiteral("--key-id"), QStringLiteral("ZZZZ999999")) + m_listDomains,
                                         m_cli.baseEnvironment());
        QVERIFY2(r.exitCode == 3, r.summary().constData());
        QVERIFY2(r.errText().contains(QLatin1String("NOT_AUTHORIZED")), r.summary().constData());
    }

    void closedPortIsNetworkError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        const CliResult r = m_cli.runRaw(flagsWith(QStringLiteral("--base-url"), url) + m_listDomains, m_cli.baseEnvironment());
        QVERIFY2(r.exitCode == 5, r.summary().constData());
    }

    void plainHttpToAnotherHostIsRefused()
    {
        const CliResult r = m_cli.runRaw(flagsWith(QStringLiteral("--base-url"), QStringLiteral("http://example.com")) + m_listDomains,
                                         m_cli.baseEnvironment());
        QVERIFY2(r.exitCode == 2, r.summary().constData());
        QVERIFY(m_sandbox.server().requests().isEmpty());
    }

    void limitAboveMaximumIsUsageError()
    {
        const CliResult r = m_cli.run({QStringLiteral("domains"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("500")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(m_sandbox.server().requests().isEmpty());
    }

    void missingIssuerExplainsBothKinds()
    {
        const CliResult r = m_cli.runRaw(flagsWith(QStringLiteral("--issuer-id"), QString()) + m_listDomains, m_cli.baseEnvironment());
        QVERIFY2(r.exitCode == 2, r.summary().constData());
        QVERIFY(r.errText().contains(QLatin1String("--issuer-id")));
        QVERIFY(r.errText().contains(QLatin1String("--individual")));
        QVERIFY(m_sandbox.server().requests().isEmpty());
    }

    void badKeyFileIsUsageError()
    {
        const QString path = m_cli.tempPath(QStringLiteral("AuthKey_BROKEN.p8"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN PRIVATE KEY-----\ntruncated\n");
        file.close();
        const CliResult r = m_cli.runRaw(flagsWith(QStringLiteral("--key-file"), path) + m_listDomains, m_cli.baseEnvironment());
        QVERIFY2(r.exitCode == 2, r.summary().constData());
        QVERIFY(m_sandbox.server().requests().isEmpty());
    }

    void noCredentialsIsAuthenticationError()
    {
        const CliResult r = m_cli.runRaw(QStringList{QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()} + m_listDomains,
                                         m_cli.baseEnvironment());
        QVERIFY2(r.exitCode == 3, r.summary().constData());
        QVERIFY(r.errText().contains(QLatin1String("ALTDIST_KEY_ID")));
    }

    void unknownCommandsAndOptionsAreUsageErrors()
    {
        QCOMPARE(m_cli.run({QStringLiteral("nonsense")}).exitCode, 2);
        QCOMPARE(m_cli.run({QStringLiteral("domains"), QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(m_cli.run({QStringLiteral("domains"), QStringLiteral("list"), QStringLiteral("--no-such-option")}).exitCode, 2);
        QCOMPARE(m_cli.run({QStringLiteral("domains"), QStringLiteral("get")}).exitCode, 2);
        QVERIFY(m_sandbox.server().requests().isEmpty());
    }

    void helpDocumentsExitCodes()
    {
        const CliResult top = m_cli.runRaw({QStringLiteral("--help")}, m_cli.baseEnvironment());
        QCOMPARE(top.exitCode, 0);
        QVERIFY(top.outText().contains(QLatin1String("Exit codes:")));
        for (const char *command : {"account", "domains", "keys", "apps", "packages", "package-versions", "variants", "deltas"})
            QVERIFY2(top.outText().contains(QLatin1String(command)), command);
        const CliResult domains = m_cli.runRaw({QStringLiteral("domains"), QStringLiteral("--help")}, m_cli.baseEnvironment());
        QCOMPARE(domains.exitCode, 0);
        QVERIFY(domains.outText().contains(QLatin1String("--reference-name")));
        QVERIFY(domains.outText().contains(QLatin1String("Exit codes:")));
    }
};

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_cli_errors.moc"
