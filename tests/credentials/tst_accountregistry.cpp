// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountRegistry.h"
#include "CredentialTestSupport.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace AltDist;

namespace {
const QString TeamIssuer = QStringLiteral("69a6de70-03db-47e3-e053-5b8c7c11a4d1");
const QString KeyA = QStringLiteral("2X9R4HXF34");
const QString KeyB = QStringLiteral("ABCDEF1234");
} // namespace

class TestAccountRegistry final : public QObject
{
    Q_OBJECT

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("altdist.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
    }

    void startsEmpty()
    {
        const AccountRegistry registry(*m_settings);
        QVERIFY(registry.accounts().isEmpty());
        QVERIFY(!registry.find(QStringLiteral("Team")));
        QVERIFY(registry.lastAccount().isEmpty());
    }

    void savesListsAndFinds()
    {
        AccountRegistry registry(*m_settings);
        const Account team{QStringLiteral("Team"), TeamIssuer, KeyA};
        const Account solo{QStringLiteral("Alice (individual)"), QString(), KeyB};
        QVERIFY(registry.save(team));
        QVERIFY(registry.save(solo));

        // A fresh QSettings on the same file sees the same, sorted by name.
        QSettings reopened(iniPath(), QSettings::IniFormat);
        const AccountRegistry again(reopened);
        QCOMPARE(again.accounts(), (QList<Account>{solo, team}));
        QCOMPARE(*again.find(QStringLiteral("Team")), team);
        QVERIFY(again.find(QStringLiteral("Alice (individual)"))->isIndividual());
        QVERIFY(!again.find(QStringLiteral("team"))); // find is exact
        QVERIFY(again.contains(QStringLiteral("tEAM"))); // contains ignores case
        QVERIFY(!again.contains(QStringLiteral("Bob")));
    }

    void unusualNamesRoundTrip()
    {
        const QStringList names{QStringLiteral("Ünïcode Team ✓"), QStringLiteral("a=b; c [d] #e %20 \"q\""),
                                QStringLiteral("dots.in.name"), QStringLiteral("#hash"), QStringLiteral("[General]")};
        {
            AccountRegistry registry(*m_settings);
            for (const QString &name : names)
                QVERIFY2(registry.save({name, TeamIssuer, KeyA}), qPrintable(name));
        }
        QSettings reopened(iniPath(), QSettings::IniFormat);
        const AccountRegistry again(reopened);
        QCOMPARE(again.accounts().size(), names.size());
        for (const QString &name : names)
            QVERIFY2(again.find(name), qPrintable(name));
    }

    void saveReplacesTheSameName()
    {
        AccountRegistry registry(*m_settings);
        QVERIFY(registry.save({QStringLiteral("Team"), TeamIssuer, KeyA}));
        QVERIFY(registry.save({QStringLiteral("Team"), QString(), KeyB}));
        QCOMPARE(registry.accounts(), (QList<Account>{{QStringLiteral("Team"), QString(), KeyB}}));
    }

    void removes()
    {
        AccountRegistry registry(*m_settings);
        QVERIFY(registry.save({QStringLiteral("A"), TeamIssuer, KeyA}));
        QVERIFY(registry.save({QStringLiteral("B"), TeamIssuer, KeyB}));
        QVERIFY(registry.setLastAccount(QStringLiteral("A")));
        QVERIFY(registry.remove(QStringLiteral("A")));
        QCOMPARE(registry.accounts().size(), 1);
        QCOMPARE(registry.accounts().constFirst().name, QStringLiteral("B"));
        QVERIFY(registry.lastAccount().isEmpty()); // forgotten with the account
        QVERIFY(registry.remove(QStringLiteral("never there")));
        QCOMPARE(registry.accounts().size(), 1);
    }

    void lastAccount()
    {
        AccountRegistry registry(*m_settings);
        QVERIFY(registry.save({QStringLiteral("A"), TeamIssuer, KeyA}));
        QVERIFY(registry.setLastAccount(QStringLiteral("A")));
        QSettings reopened(iniPath(), QSettings::IniFormat);
        QCOMPARE(AccountRegistry(reopened).lastAccount(), QStringLiteral("A"));

        const Status unknown = registry.setLastAccount(QStringLiteral("Z"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(registry.lastAccount(), QStringLiteral("A"));
        QVERIFY(registry.setLastAccount(QString()));
        QVERIFY(registry.lastAccount().isEmpty());
    }

    void rejectsBadNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
        QTest::newRow("leading space") << QStringLiteral(" Team") << QStringLiteral("spaces");
        QTest::newRow("trailing newline") << QStringLiteral("Team\n") << QStringLiteral("spaces");
        QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("'/'");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("'\\'");
        QTest::newRow("control") << QStringLiteral("a\tb") << QStringLiteral("control");
        QTest::newRow("65 chars") << QString(65, QLatin1Char('x')) << QStringLiteral("64");
    }

    void rejectsBadNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QVERIFY(accountNameProblem(name).contains(expected));

        AccountRegistry registry(*m_settings);
        const Status saved = registry.save({name, TeamIssuer, KeyA});
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(saved.error().message(), accountNameProblem(name));
        QVERIFY(registry.accounts().isEmpty());
        QVERIFY(m_settings->allKeys().isEmpty());
    }

    void acceptsNamesUpToTheLimit()
    {
        AccountRegistry registry(*m_settings);
        const QString longest(MaxAccountNameLength, QChar(0x00E9)); // é
        QVERIFY(accountNameProblem(longest).isEmpty());
        QVERIFY(registry.save({longest, TeamIssuer, KeyA}));
        QVERIFY(registry.find(longest));
    }

    void rejectsBadIds_data()
    {
        QTest::addColumn<QString>("issuerId");
        QTest::addColumn<QString>("keyId");
        QTest::newRow("issuer not a UUID") << QStringLiteral("not-a-uuid") << KeyA;
        QTest::newRow("key ID empty") << TeamIssuer << QString();
        QTest::newRow("key ID too short") << TeamIssuer << QStringLiteral("ABC");
    }

    void rejectsBadIds()
    {
        QFETCH(QString, issuerId);
        QFETCH(QString, keyId);
        AccountRegistry registry(*m_settings);
        const Status saved = registry.save({QStringLiteral("Team"), issuerId, keyId});
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(!saved.error().message().isEmpty());
        QVERIFY(registry.accounts().isEmpty());
    }

    void settingsHoldOnlyNamesAndIds()
    {
        AccountRegistry registry(*m_settings);
        QVERIFY(registry.save({QStringLiteral("Team"), TeamIssuer, KeyA}));
        QVERIFY(registry.setLastAccount(QStringLiteral("Team")));

        QSettings reopened(iniPath(), QSettings::IniFormat);
        QStringList keys = reopened.allKeys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("accounts/Team/issuerId"), QStringLiteral("accounts/Team/keyId"),
                                    QStringLiteral("lastAccount")}));
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains("PRIVATE KEY"));
        QVERIFY(Test::filesContaining(m_dir->path(), Test::pemNeedles(Test::testKeyPem())).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountRegistry)
#include "tst_accountregistry.moc"
