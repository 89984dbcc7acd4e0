// SPDX-License-Identifier: GPL-3.0-or-later
// altdist-cli account ... and keys create --generate against a real Secret
// Service (runs inside scripts/with-keyring.sh: private bus, temporary HOME).
#include "CliRunner.h"
#include "CredentialStore.h"
#include "EcKeyPair.h"
#include "Keys.h"

#include <QSettings>
#include <QTest>

using namespace AltDist;
using namespace AltDist::Test;

class TestCliAccount final : public QObject
{
    Q_OBJECT

private:
    TestSandbox m_sandbox;
    CliRunner m_cli{m_sandbox};

    /// No credential flags: whatever account resolution picks.
    CliResult runStored(const QStringList &args)
    {
        return m_cli.runRaw(QStringList{QStringLiteral("--base-url"), m_sandbox.baseUrl().toString()} + args,
                            m_cli.baseEnvironment());
    }

    QStringList addCi()
    {
        QStringList args{QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("ci")};
        const QStringList flags = m_cli.credentialFlags();
        return args + flags.mid(2); // without --base-url
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("ALTDIST_PRIVATE_KEYRING"))
            QSKIP("needs the private keyring of scripts/with-keyring.sh");
        QVERIFY2(m_sandbox.isReady(), qPrintable(m_sandbox.startError()));
        m_cli.setUseKeychain(true);
    }
    void cleanup() { ALTDIST_VERIFY_NO_SPEC_VIOLATIONS(m_sandbox); }

    void addListAndTest()
    {
        const CliResult add = m_cli.runRaw(addCi(), m_cli.baseEnvironment());
        QVERIFY2(add.exitCode == 0, add.summary().constData());
        const CliResult again = m_cli.runRaw(addCi(), m_cli.baseEnvironment());
        QVERIFY2(again.exitCode == 2, again.summary().constData());

        const CliResult list = runStored({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, list.summary().constData());
        const QJsonArray accounts = list.json().array();
        QCOMPARE(accounts.size(), 1);
        const QJsonObject ci = accounts.at(0).toObject();
        QCOMPARE(ci.value(QLatin1String("name")).toString(), QStringLiteral("ci"));
        QCOMPARE(ci.value(QLatin1String("keyId")).toString(), m_sandbox.credentials().keyId);
        QVERIFY(ci.value(QLatin1String("lastUsed")).toBool());
        const CliResult table = runStored({QStringLiteral("account"), QStringLiteral("list")});
        QVERIFY(table.outText().contains(m_sandbox.credentials().issuerId));

        m_sandbox.server().clearRequests();
        const CliResult test = runStored({QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("ci")});
        QVERIFY2(test.exitCode == 0, test.summary().constData());
        QVERIFY(test.outText().contains(QLatin1String("ci")));
        QCOMPARE(countRequests(m_sandbox.server(), "GET", QStringLiteral("/v1/apps")), 1);
    }

    void commandsUseStoredAccounts()
    {
        const CliResult named = runStored({QStringLiteral("--account"), QStringLiteral("ci"), QStringLiteral("domains"),
                                           QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(named.exitCode == 0, named.summary().constData());
        QVERIFY(named.json().isArray());
        const CliResult last = runStored({QStringLiteral("domains"), QStringLiteral("list")}); // the last used account
        QVERIFY2(last.exitCode == 0, last.summary().constData());
        const CliResult unknown = runStored({QStringLiteral("--account"), QStringLiteral("nobody"), QStringLiteral("domains"),
                                             QStringLiteral("list")});
        QVERIFY2(unknown.exitCode == 3, unknown.summary().constData());
        QVERIFY(unknown.errText().contains(QLatin1String("ci"))); // names the known accounts
    }

    void generatedKeyGoesToKeychain()
    {
        const CliResult r = runStored({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--generate")});
        QVERIFY2(r.exitCode == 0, r.summary().constData());
        const QString id = r.outText().trimmed();
        QSettings settings(m_cli.tempPath(QStringLiteral("unused.ini")), QSettings::IniFormat);
        CredentialStore store(settings);
        std::optional<Result<QByteArray>> pem;
        store.readWebDistributionKey(id, this, [&pem](Result<QByteArray> value) { pem = std::move(value); });
        QVERIFY(waitFor(pem));
        QVERIFY2(pem->ok(), pem->ok() ? "" : qPrintable(pem->error().describe()));
        const Result<EcKeyPair> pair = EcKeyPair::fromPrivateKeyPem(pem->value());
        QVERIFY(pair.ok());
        const Result<DistributionKey> uploaded = await(KeysApi(&m_sandbox.client()).get(id), this);
        QVERIFY(uploaded.ok());
        QCOMPARE(uploaded->publicKey.trimmed(), QString::fromLatin1(pair->publicKeyPem()).trimmed());
    }

    void removeNeedsConfirmation()
    {
        const CliResult refused = runStored({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("ci")});
        QVERIFY2(refused.exitCode == 2, refused.summary().constData());
        const CliResult removed = runStored({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("ci"),
                                             QStringLiteral("--yes")});
        QVERIFY2(removed.exitCode == 0, removed.summary().constData());
        const CliResult list = runStored({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(list.json().array().isEmpty());
        const CliResult none = runStored({QStringLiteral("domains"), QStringLiteral("list")});
        QVERIFY2(none.exitCode == 3, none.summary().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliAccount)
#include "tst_cli_account.moc"
