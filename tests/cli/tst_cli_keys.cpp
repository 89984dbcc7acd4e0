// SPDX-License-Identifier: GPL-3.0-or-later
// altdist-cli keys ...: list/get/create/delete with the real binary. Runs
// without a keychain (the session bus does not exist): --generate must then
// refuse before uploading unless --private-key-out keeps the private key.
#include "Apps.h"
#include "CliRunner.h"
#include "EcKeyPair.h"
#include "Keys.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace AltDist;
using namespace AltDist::Test;

class TestCliKeys final : public QObject
{
    Q_OBJECT

private:
    TestSandbox m_sandbox;
    CliRunner m_cli{m_sandbox};

    std::optional<DistributionKey> keyOfApp(const QString &appId)
    {
        std::optional<Result<std::optional<DistributionKey>>> key;
        KeysApi(&m_sandbox.client()).forApp(appId).then(this, [&](Result<std::optional<DistributionKey>> k) { key = k; });
        if (!waitFor(key) || !key->ok())
            return std::nullopt;
        return key->value();
    }

    /// Web distribution allows one key per app: the first app, with the key
    /// the demo data gives it deleted.
    QString appWithoutKey()
    {
        std::optional<Result<Page<App>>> page;
        AppsApi(&m_sandbox.client()).list(1).then(this, [&](Result<Page<App>> r) { page = std::move(r); });
        if (!waitFor(page) || !page->ok() || page->value().items.isEmpty())
            return {};
        const QString appId = page->value().items.constFirst().id;
        const std::optional<DistributionKey> existing = keyOfApp(appId);
        if (!existing)
            return {};
        std::optional<Status> removed;
        KeysApi(&m_sandbox.client()).remove(existing->id).then(this, [&](Status s) { removed = s; });
        if (!waitFor(removed) || !removed->ok())
            return {};
        return appId;
    }

    std::optional<DistributionKey> fetchKey(const QString &id)
    {
        std::optional<Result<DistributionKey>> key;
        KeysApi(&m_sandbox.client()).get(id).then(this, [&](Result<DistributionKey> r) { key = std::move(r); });
        if (!waitFor(key) || !key->ok())
            return std::nullopt;
        return key->value();
    }

    QString writePublicKey(const QString &name)
    {
        const QString path = m_cli.tempPath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(EcKeyPair::generateP256().value().publicKeyPem());
        return path;
    }

    /// `keys create --generate --private-key-out out` with `kind` hitting the POST once
    /// (ServerError: a 500, nothing created; ResetMidBody: created, answer lost).
    CliResult generateWithFault(Sandbox::Fault::Kind kind, const QString &out)
    {
        Sandbox::Fault fault;
        fault.kind = kind;
        fault.status = 500;
        fault.afterBytes = 0;
        fault.pathPrefix = QStringLiteral("/v1/alternativeDistributionKeys");
        fault.count = 1;
        m_sandbox.server().addFault(fault);
        return m_cli.run({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--generate"),
                          QStringLiteral("--private-key-out"), out});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.isReady(), qPrintable(m_sandbox.startError())); }
    void init()
    {
        m_sandbox.server().clearRequests();
        m_sandbox.server().clearFaults();
    }
    void cleanup() { ALTDIST_VERIFY_NO_SPEC_VIOLATIONS(m_sandbox); }

    void listAndGet()
    {
        const CliResult table = m_cli.run({QStringLiteral("keys"), QStringLiteral("list")});
        QVERIFY2(table.exitCode == 0, table.summary().constData());
        QVERIFY(table.outText().startsWith(QLatin1String("ID")));
        const CliResult json = m_cli.run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.summary().constData());
        const QJsonArray keys = json.json().array();
        QVERIFY(!keys.isEmpty());
        const QString id = keys.at(0).toObject().value(QLatin1String("id")).toString();
        QCOMPARE(keys.at(0).toObject().value(QLatin1String("type")).toString(), QStringLiteral("alternativeDistributionKeys"));
        const CliResult one = m_cli.run({QStringLiteral("keys"), QStringLiteral("get"), id, QStringLiteral("--json")});
        QVERIFY2(one.exitCode == 0, one.summary().constData());
        QCOMPARE(one.json().object().value(QLatin1String("id")).toString(), id);
        QVERIFY(one.json().object().value(QLatin1String("attributes")).toObject().value(QLatin1String("publicKey"))
                    .toString().startsWith(QLatin1String("-----BEGIN PUBLIC KEY-----")));
    }

    void createFromPublicKeyFile()
    {
        const QString pem = writePublicKey(QStringLiteral("account-wide.pem"));
        const CliResult r = m_cli.run({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--public-key"), pem});
        QVERIFY2(r.exitCode == 0, r.summary().constData());
        const QString id = r.outText().trimmed();
        const std::optional<DistributionKey> key = fetchKey(id);
        QVERIFY2(key.has_value(), qPrintable(id));
        QFile file(pem);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(key->publicKey.trimmed(), QString::fromLatin1(file.readAll()).trimmed());
    }

    void createForApp()
    {
        const QString appId = appWithoutKey();
        QVERIFY(!appId.isEmpty());
        const QString pem = writePublicKey(QStringLiteral("app.pem"));
        const CliResult r = m_cli.run({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--public-key"), pem,
                                       QStringLiteral("--app"), appId, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.summary().constData());
        const QString id = r.json().object().value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        const std::optional<DistributionKey> key = keyOfApp(appId);
        QVERIFY(key.has_value());
        QCOMPARE(key->id, id);
    }

    void generateWithPrivateKeyFile()
    {
        const QString out = m_cli.tempPath(QStringLiteral("generated.p8"));
        const CliResult r = m_cli.run({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--generate"),
                                       QStringLiteral("--private-key-out"), out});
        QVERIFY2(r.exitCode == 0, r.summary().constData());
        QVERIFY2(r.errText().contains(QLatin1String("keychain")), r.summary().constData()); // warned: file only
        const QString id = r.outText().trimmed();
        QCOMPARE(QFile::permissions(out) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<EcKeyPair> pair = EcKeyPair::fromPrivateKeyPem(file.readAll());
        QVERIFY(pair.ok());
        const std::optional<DistributionKey> key = fetchKey(id);
        QVERIFY(key.has_value());
        QCOMPARE(key->publicKey.trimmed(), QString::fromLatin1(pair->publicKeyPem()).trimmed());
    }

    /// The POST reached the server, which created the key, but the answer was
    /// lost: the private-key file is the only copy of its private half, so it stays.
    void privateKeyFileKeptWhenUploadOutcomeUnknown()
    {
        const QString out = m_cli.tempPath(QStringLiteral("lost-answer.p8"));
        const CliResult r = generateWithFault(Sandbox::Fault::Kind::ResetMidBody, out);
        QVERIFY2(r.exitCode != 0, r.summary().constData());
        QCOMPARE(countRequests(m_sandbox.server(), "POST"), 1);
        QFile file(out);
        QVERIFY2(file.open(QIODevice::ReadOnly), r.summary().constData());
        const Result<EcKeyPair> pair = EcKeyPair::fromPrivateKeyPem(file.readAll());
        QVERIFY(pair.ok());
        std::optional<Result<Page<DistributionKey>>> keys;
        KeysApi(&m_sandbox.client()).list(200).then(this, [&](Result<Page<DistributionKey>> k) { keys = std::move(k); });
        QVERIFY(waitFor(keys) && keys->ok());
        const QString publicKey = QString::fromLatin1(pair->publicKeyPem()).trimmed();
        const QList<DistributionKey> &items = keys->value().items;
        QVERIFY(std::any_of(items.cbegin(), items.cend(),
                            [&](const DistributionKey &k) { return k.publicKey.trimmed() == publicKey; }));
    }

    /// The server refused the POST: nothing was created, the file goes.
    void privateKeyFileRemovedWhenUploadRefused()
    {
        const QString out = m_cli.tempPath(QStringLiteral("refused.p8"));
        const CliResult r = generateWithFault(Sandbox::Fault::Kind::ServerError, out);
        QVERIFY2(r.exitCode != 0, r.summary().constData());
        QCOMPARE(countRequests(m_sandbox.server(), "POST"), 1);
        QVERIFY2(!QFile::exists(out), r.summary().constData());
    }

    void generateWithoutKeychainRefusesBeforeUpload()
    {
        const CliResult r = m_cli.run({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--generate")});
        QVERIFY2(r.exitCode == 8, r.summary().constData());
        QVERIFY(r.errText().contains(QLatin1String("--private-key-out")));
        QCOMPARE(countRequests(m_sandbox.server(), "POST"), 0);
    }

    void badInputIsUsageErrorWithoutRequest()
    {
        const CliResult neither = m_cli.run({QStringLiteral("keys"), QStringLiteral("create")});
        QCOMPARE(neither.exitCode, 2);
        const QString notAKey = m_cli.tempPath(QStringLiteral("not-a-key.pem"));
        QFile file(notAKey);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN PUBLIC KEY-----\nnot base64 at all\n-----END PUBLIC KEY-----\n");
        file.close();
        const CliResult bad = m_cli.run({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--public-key"), notAKey});
        QVERIFY2(bad.exitCode == 2, bad.summary().constData());
        QVERIFY(m_sandbox.server().requests().isEmpty());
    }

    void deleteWithYes()
    {
        const QString pem = writePublicKey(QStringLiteral("to-delete.pem"));
        const CliResult created = m_cli.run({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--public-key"), pem});
        QVERIFY2(created.exitCode == 0, created.summary().constData());
        const QString id = created.outText().trimmed();
        const CliResult refused = m_cli.run({QStringLiteral("keys"), QStringLiteral("delete"), id});
        QCOMPARE(refused.exitCode, 2);
        const CliResult r = m_cli.run({QStringLiteral("keys"), QStringLiteral("delete"), id, QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, r.summary().constData());
        QVERIFY(!fetchKey(id).has_value());
    }
};

QTEST_GUILESS_MAIN(TestCliKeys)
#include "tst_cli_keys.moc"
