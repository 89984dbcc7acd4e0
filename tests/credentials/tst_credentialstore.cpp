// SPDX-License-Identifier: GPL-3.0-or-later
// Runs inside scripts/with-keyring.sh: a real gnome-keyring in a private
// D-Bus session with a temporary HOME.
#include "CredentialStore.h"
#include "CredentialTestSupport.h"
#include "EcKeyPair.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace AltDist;
using Test::await;

namespace {
const QString Service = QStringLiteral("AltDistTest");
const QString TeamIssuer = QStringLiteral("69a6de70-03db-47e3-e053-5b8c7c11a4d1");
const QString KeyId = QStringLiteral("2X9R4HXF34");
const Account Team{QStringLiteral("Team"), TeamIssuer, KeyId};
} // namespace

class TestCredentialStore final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
    ApiKey m_key;

    QString iniPath() const { return m_dir->filePath(QStringLiteral("altdist.ini")); }

    Status add(const Account &account, const ApiKey &key)
    {
        return await<Status>([&](auto done) { m_store->addAccount(account, key, this, done); });
    }
    Result<ApiCredentials> load(const QString &name)
    {
        return await<Result<ApiCredentials>>([&](auto done) { m_store->loadCredentials(name, this, done); });
    }
    Status removeAccount(const QString &name)
    {
        return await<Status>([&](auto done) { m_store->removeAccount(name, this, done); });
    }
    Result<QByteArray> keychainEntry(const QString &entry)
    {
        return await<Result<QByteArray>>([&](auto done) { SecretStore(Service).read(entry, this, done); });
    }
    QStringList settingsKeys() const
    {
        QSettings reopened(iniPath(), QSettings::IniFormat);
        QStringList keys = reopened.allKeys();
        keys.sort();
        return keys;
    }
    static bool notFound(const Result<QByteArray> &secret)
    {
        return !secret && SecretStore::isNotFound(secret.error());
    }
    static QString describe(const Status &s) { return s ? QString() : s.error().describe(); }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("ALTDIST_PRIVATE_KEYRING"))
            QFAIL("Run this test through scripts/with-keyring.sh (ctest does), not against your own keychain.");
        Result<ApiKey> key = ApiKey::fromPem(Test::testKeyPem());
        QVERIFY2(key, qPrintable(key ? QString() : key.error().describe()));
        m_key = *key;
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
        m_store = std::make_unique<CredentialStore>(*m_settings, SecretStore(Service));
    }

    void cleanup()
    {
        for (const Account &account : m_store->accounts())
            QVERIFY(removeAccount(account.name));
    }

    void addAccountKeepsTheKeyInTheKeychainOnly()
    {
        QSignalSpy changed(m_store.get(), &CredentialStore::accountsChanged);
        const Status added = add(Team, m_key);
        QVERIFY2(added, qPrintable(describe(added)));
        QCOMPARE(changed.size(), 1);

        const Result<QByteArray> stored = keychainEntry(SecretStore::apiKeyEntry(Team.name));
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().describe()));
        QCOMPARE(*stored, m_key.privateKeyPem());

        QCOMPARE(m_store->accounts(), QList<Account>{Team});
        QCOMPARE(settingsKeys(), (QStringList{QStringLiteral("accounts/Team/issuerId"),
                                              QStringLiteral("accounts/Team/keyId")}));
        const QStringList hits = Test::filesContaining(m_dir->path(), Test::pemNeedles(*stored));
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
    }

    void loadCredentialsGivesAWorkingKey()
    {
        QVERIFY(add(Team, m_key));
        const Result<ApiCredentials> credentials = load(Team.name);
        QVERIFY2(credentials, qPrintable(credentials ? QString() : credentials.error().describe()));
        QCOMPARE(credentials->issuerId, TeamIssuer);
        QCOMPARE(credentials->keyId, KeyId);
        QCOMPARE(credentials->key.publicKeyPem(), m_key.publicKeyPem());
        QCOMPARE(credentials->key.signEs256(QByteArrayLiteral("header.payload")).size(), 64);
    }

    void individualKeyRoundTrips()
    {
        const Account solo{QStringLiteral("Solo"), QString(), KeyId};
        QVERIFY(add(solo, m_key));
        const Result<ApiCredentials> credentials = load(solo.name);
        QVERIFY(credentials);
        QVERIFY(credentials->isIndividual());
    }

    void duplicateNameChangesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("same") << Team.name;
        QTest::newRow("other case") << Team.name.toUpper();
    }

    void duplicateNameChangesNothing()
    {
        QFETCH(QString, name);
        QVERIFY(add(Team, m_key));
        const QStringList keysBefore = settingsKeys();
        Result<EcKeyPair> other = EcKeyPair::generateP256();
        QVERIFY(other);
        const ApiKey otherKey = ApiKey::fromPem(other->privateKeyPem()).value();

        const Status again = add({name, TeamIssuer, QStringLiteral("ZZZZZZZZZZ")}, otherKey);
        QVERIFY(!again);
        QCOMPARE(again.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(again.error().message().contains(name));
        QCOMPARE(settingsKeys(), keysBefore);
        QCOMPARE(keychainEntry(SecretStore::apiKeyEntry(Team.name)).value(), m_key.privateKeyPem());
        if (name != Team.name)
            QVERIFY(notFound(keychainEntry(SecretStore::apiKeyEntry(name))));
    }

    void badInputTouchesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("issuerId");
        QTest::addColumn<QString>("keyId");
        QTest::newRow("issuer ID") << QStringLiteral("Bad issuer") << QStringLiteral("nope") << KeyId;
        QTest::newRow("key ID") << QStringLiteral("Bad key ID") << TeamIssuer << QStringLiteral("key id");
        QTest::newRow("name") << QStringLiteral("Bad/name") << TeamIssuer << KeyId;
    }

    void badInputTouchesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, issuerId);
        QFETCH(QString, keyId);
        const Status added = add({name, issuerId, keyId}, m_key);
        QVERIFY(!added);
        QCOMPARE(added.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(m_store->accounts().isEmpty());
        QVERIFY(settingsKeys().isEmpty());
        QVERIFY(notFound(keychainEntry(SecretStore::apiKeyEntry(name))));
    }

    void nullKeyIsRefused()
    {
        const Status added = add(Team, ApiKey());
        QVERIFY(!added);
        QCOMPARE(added.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(m_store->accounts().isEmpty());
    }

    void removeAccountRemovesKeyAndSettings()
    {
        QVERIFY(add(Team, m_key));
        QVERIFY(m_store->setLastAccount(Team.name));
        QSignalSpy changed(m_store.get(), &CredentialStore::accountsChanged);
        const Status removed = removeAccount(Team.name);
        QVERIFY2(removed, qPrintable(describe(removed)));
        QCOMPARE(changed.size(), 1);
        QVERIFY(notFound(keychainEntry(SecretStore::apiKeyEntry(Team.name))));
        QVERIFY(m_store->accounts().isEmpty());
        QVERIFY(settingsKeys().isEmpty());

        const Status unknown = removeAccount(Team.name);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind(), Error::Kind::InvalidInput);
    }

    void removeAccountWhoseKeyIsAlreadyGone()
    {
        QVERIFY(add(Team, m_key));
        QVERIFY(await<Status>([&](auto done) { SecretStore(Service).remove(SecretStore::apiKeyEntry(Team.name), this, done); }));
        const Result<ApiCredentials> missing = load(Team.name);
        QVERIFY(!missing);
        QVERIFY(SecretStore::isNotFound(missing.error()));
        QVERIFY(missing.error().message().contains(Team.name));
        QVERIFY(removeAccount(Team.name));
        QVERIFY(m_store->accounts().isEmpty());
    }

    void loadUnknownAccount()
    {
        const Result<ApiCredentials> unknown = load(QStringLiteral("Nobody"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind(), Error::Kind::InvalidInput);
    }

    void addFinishesWhenTheCallerIsGone()
    {
        auto *context = new QObject;
        bool called = false;
        QSignalSpy changed(m_store.get(), &CredentialStore::accountsChanged);
        m_store->addAccount(Team, m_key, context, [&called](const Status &) { called = true; });
        delete context;
        QVERIFY(changed.wait());
        QVERIFY(!called);
        QCOMPARE(m_store->accounts(), QList<Account>{Team});
    }

    void webDistributionKeys()
    {
        const QString keyId = QStringLiteral("a1b2c3d4-web");
        const QByteArray pem = EcKeyPair::generateP256()->privateKeyPem();
        QVERIFY(await<Status>([&](auto done) { m_store->storeWebDistributionKey(keyId, pem, this, done); }));
        QCOMPARE(keychainEntry(SecretStore::webDistributionKeyEntry(keyId)).value(), pem);
        const Result<QByteArray> read =
            await<Result<QByteArray>>([&](auto done) { m_store->readWebDistributionKey(keyId, this, done); });
        QCOMPARE(read.value(), pem);
        QVERIFY(settingsKeys().isEmpty());

        QVERIFY(await<Status>([&](auto done) { m_store->removeWebDistributionKey(keyId, this, done); }));
        const Result<QByteArray> gone =
            await<Result<QByteArray>>([&](auto done) { m_store->readWebDistributionKey(keyId, this, done); });
        QVERIFY(!gone);
        QVERIFY(SecretStore::isNotFound(gone.error()));
    }

    void checkAvailableWritesNothing()
    {
        const Status available = await<Status>([&](auto done) { m_store->checkAvailable(this, done); });
        QVERIFY2(available, qPrintable(describe(available)));
        // The probe is only read: nothing is left under its entry.
        QVERIFY(notFound(keychainEntry(SecretStore::webDistributionKeyEntry(QStringLiteral("keychain-check")))));
        QVERIFY(settingsKeys().isEmpty());
    }

    void webDistributionKeyBadInput_data()
    {
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<QByteArray>("pem");
        QTest::newRow("empty ID") << QString() << Test::testKeyPem();
        QTest::newRow("ID with slash") << QStringLiteral("a/b") << Test::testKeyPem();
        QTest::newRow("not a key") << QStringLiteral("K1") << QByteArrayLiteral("hello");
        QTest::newRow("public key") << QStringLiteral("K1") << m_key.publicKeyPem();
    }

    void webDistributionKeyBadInput()
    {
        QFETCH(QString, keyId);
        QFETCH(QByteArray, pem);
        const Status stored =
            await<Status>([&](auto done) { m_store->storeWebDistributionKey(keyId, pem, this, done); });
        QVERIFY(!stored);
        QCOMPARE(stored.error().kind(), Error::Kind::InvalidInput);
        if (!keyId.isEmpty())
            QVERIFY(notFound(keychainEntry(SecretStore::webDistributionKeyEntry(keyId))));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
