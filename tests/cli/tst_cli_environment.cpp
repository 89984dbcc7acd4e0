// SPDX-License-Identifier: GPL-3.0-or-later
// The base URL from the environment, and the standalone sandbox's --env-file:
// the pair that lets a shell script point altdist-cli at a running sandbox.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using namespace AltDist;
using namespace AltDist::Test;

namespace {
/// A loopback port nobody listens on.
QString closedPortUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}
} // namespace

class TestCliEnvironment final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.isReady(), qPrintable(m_sandbox.startError())); }
    void cleanup() { ALTDIST_VERIFY_NO_SPEC_VIOLATIONS(m_sandbox); }

    void baseUrlFromEnvironment()
    {
        CliRunner cli(m_sandbox);
        QProcessEnvironment env = cli.credentialEnvironment();
        env.insert(QStringLiteral("ALTDIST_BASE_URL"), m_sandbox.baseUrl().toString());
        const CliResult r = cli.runRaw({QStringLiteral("--json"), QStringLiteral("apps"), QStringLiteral("list")}, env);
        QVERIFY2(r.exitCode == 0, r.summary().constData());
        QVERIFY(r.json().isArray());
        QVERIFY(!r.json().array().isEmpty());
    }

    void flagWinsOverEnvironment()
    {
        CliRunner cli(m_sandbox);
        QProcessEnvironment env = cli.credentialEnvironment();
        env.insert(QStringLiteral("ALTDIST_BASE_URL"), closedPortUrl());
        const CliResult viaFlag = cli.runRaw({QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(),
                                              QStringLiteral("apps"), QStringLiteral("list")},
                                             env);
        QVERIFY2(viaFlag.exitCode == 0, viaFlag.summary().constData());
        // Without the flag the environment's (closed) port is used: a network failure.
        const CliResult viaEnv = cli.runRaw({QStringLiteral("apps"), QStringLiteral("list")}, env);
        QCOMPARE(viaEnv.exitCode, 5);
    }

    void standaloneSandboxWritesAnEnvironmentFile()
    {
        CliRunner cli(m_sandbox);
        const QString envFile = cli.tempPath(QStringLiteral("sandbox.env"));
        QProcess sandbox;
        sandbox.start(QStringLiteral(ALTDIST_SANDBOX_PATH),
                      {QStringLiteral("--env-file"), envFile, QStringLiteral("--key-dir"),
                       cli.tempPath(QStringLiteral("keys"))});
        QVERIFY(sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(envFile), 20000);
        QCOMPARE(QFile::permissions(envFile) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        QFile file(envFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QProcessEnvironment env = cli.baseEnvironment();
        static const QRegularExpression line(QStringLiteral("^export (ALTDIST_[A-Z_]+)='([^']*)'$"));
        int exported = 0;
        for (const QByteArray &raw : file.readAll().split('\n')) {
            if (raw.isEmpty())
                continue;
            const QRegularExpressionMatch m = line.match(QString::fromUtf8(raw));
            QVERIFY2(m.hasMatch(), raw.constData());
            env.insert(m.captured(1), m.captured(2));
            ++exported;
        }
        QCOMPARE(exported, 4);

        const CliResult r = cli.runRaw({QStringLiteral("domains"), QStringLiteral("list")}, env);
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));
        QVERIFY2(r.exitCode == 0, r.summary().constData());
        QVERIFY2(r.outText().contains(QLatin1String("DOMAIN")), r.summary().constData());
    }

private:
    TestSandbox m_sandbox;
};

QTEST_GUILESS_MAIN(TestCliEnvironment)
#include "tst_cli_environment.moc"
