// SPDX-License-Identifier: GPL-3.0-or-later
// No keychain at all: the session bus address points at a socket that does not
// exist. Every secret operation must fail fast with a Keychain error, and
// nothing may fall back to a plain file.
#include "AccountRegistry.h"
#include "CredentialStore.h"
#include "CredentialTestSupport.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace AltDist;
using Test::await;

namespace {
const Account Team{QStringLiteral("Team"), QStringLiteral("69a6de70-03db-47e3-e053-5b8c7c11a4d1"),
                   QStringLiteral("2X9R4HXF34")};
// Far below QtKeychain's / D-Bus's default 25 s method timeout: failing must be immediate.
constexpr int FailFastMs = 5000;
} // namespace

class TestNoKeychain final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home; // HOME and every XDG dir point in here
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
    ApiKey m_key;
    bool m_kwalletPath = false;

    QString iniPath() const { return m_home.filePath(QStringLiteral("altdist.ini")); }

    void verifyNoKeychainError(const Error &error)
    {
        qInfo().noquote() << "keychain error:" << error.message();
        QCOMPARE(error.kind(), Error::Kind::Keychain);
        QVERIFY(!SecretStore::isNotFound(error));
        QVERIFY2(error.message().startsWith(SecretStore::noKeychainMessage()), qPrintable(error.message()));
        if (m_kwalletPath) // QtKeychain's own detail shows which path was taken
            QVERIFY2(error.message().contains(QLatin1String("wallet")), qPrintable(error.message()));
    }

    void verifyNoPlainKey()
    {
        const QStringList hits = Test::filesContaining(m_home.path(), Test::pemNeedles(Test::testKeyPem()));
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Before any QtKeychain use: no bus, no display, no desktop (no KWallet preference).
        const QByteArray noBus = "unix:path=" + QFile::encodeName(m_home.filePath(QStringLiteral("no-such-bus")));
        qputenv("DBUS_SESSION_BUS_ADDRESS", noBus);
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
                                 "KDE_FULL_SESSION", "KDE_SESSION_VERSION", "ALTDIST_PRIVATE_KEYRING"})
            qunsetenv(name);
        // QtKeychain picks its backend once per process from the desktop: CTest runs
        // this binary twice, once on its libsecret path and once on its KWallet path
        // (the one with a plaintext fallback we must never reach).
        m_kwalletPath = qgetenv("ALTDIST_TEST_KEYCHAIN_PATH") == "kwallet";
        if (m_kwalletPath) {
            qputenv("XDG_CURRENT_DESKTOP", "KDE");
            qputenv("KDE_SESSION_VERSION", "4");
        }
        const QString home = m_home.path();
        qputenv("HOME", QFile::encodeName(home));
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
            qputenv(name, QFile::encodeName(home));
        QCOMPARE(QDir::homePath(), home);

        m_key = ApiKey::fromPem(Test::testKeyPem()).value();
        QVERIFY(!m_key.isNull());
        m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
        m_store = std::make_unique<CredentialStore>(*m_settings);
    }

    void addAccountFailsAndWritesNothing()
    {
        const Status added =
            await<Status>([&](auto done) { m_store->addAccount(Team, m_key, this, done); }, FailFastMs);
        QVERIFY(!added);
        verifyNoKeychainError(added.error());
        QVERIFY(m_store->accounts().isEmpty());
        QVERIFY(QSettings(iniPath(), QSettings::IniFormat).allKeys().isEmpty());
        verifyNoPlainKey();
    }

    void loadCredentialsFails()
    {
        QVERIFY(AccountRegistry(*m_settings).save(Team)); // as if the keychain had gone away since
        const Result<ApiCredentials> loaded =
            await<Result<ApiCredentials>>([&](auto done) { m_store->loadCredentials(Team.name, this, done); },
                                          FailFastMs);
        QVERIFY(!loaded);
        verifyNoKeychainError(loaded.error());
    }

    void removeAccountFailsAndKeepsTheAccount()
    {
        const Status removed =
            await<Status>([&](auto done) { m_store->removeAccount(Team.name, this, done); }, FailFastMs);
        QVERIFY(!removed);
        verifyNoKeychainError(removed.error());
        QCOMPARE(m_store->accounts(), QList<Account>{Team});
        QVERIFY(AccountRegistry(*m_settings).remove(Team.name));
    }

    void webDistributionKeyFails()
    {
        const Status stored = await<Status>(
            [&](auto done) { m_store->storeWebDistributionKey(QStringLiteral("K1"), Test::testKeyPem(), this, done); },
            FailFastMs);
        QVERIFY(!stored);
        verifyNoKeychainError(stored.error());
        verifyNoPlainKey();
    }

    void checkAvailableReportsTheMissingKeychain()
    {
        const Status available = await<Status>([&](auto done) { m_store->checkAvailable(this, done); }, FailFastMs);
        QVERIFY(!available);
        verifyNoKeychainError(available.error());
    }

    void nothingLeftBehind()
    {
        // Whatever QtKeychain or QSettings created under HOME, none of it holds the key.
        verifyNoPlainKey();
        const QStringList entries = QDir(m_home.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QString &entry : entries)
            QVERIFY2(entry == QStringLiteral("altdist.ini"), qPrintable(entry));
    }
};

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
