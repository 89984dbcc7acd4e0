// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKey.h"
#include "EcKeyPair.h"
#include "KeyFixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace AltDist;
namespace Keys = AltDist::Test::Keys;

class TestEcKeyPair final : public QObject
{
    Q_OBJECT

private:
    static constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /// QFileInfo reports ReadUser/WriteUser too when the owner is the current user.
    static QFileDevice::Permissions permissionsOf(const QString &path)
    {
        return QFileInfo(path).permissions()
            & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    }

private Q_SLOTS:
    void generatedPairRoundTrips()
    {
        const Result<EcKeyPair> pair = EcKeyPair::generateP256();
        QVERIFY(pair.ok());
        QVERIFY(!pair->isNull());
        const QByteArray privatePem = pair->privateKeyPem();
        const QByteArray publicPem = pair->publicKeyPem();
        QVERIFY(privatePem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
        QVERIFY(publicPem.startsWith("-----BEGIN PUBLIC KEY-----\n"));

        const Result<EcKeyPair> again = EcKeyPair::fromPrivateKeyPem(privatePem);
        QVERIFY(again.ok());
        QCOMPARE(again->publicKeyPem(), publicPem);
        QCOMPARE(Keys::publicOf(privatePem), publicPem); // OpenSSL agrees independently

        // The same private key signs as an ApiKey and verifies against the pair's public key.
        const Result<ApiKey> key = ApiKey::fromPem(privatePem);
        QVERIFY(key.ok());
        QVERIFY(Keys::verifyEs256(publicPem, "payload", key->signEs256("payload")));

        const Result<QByteArray> validated = EcKeyPair::validatePublicKeyPem(publicPem);
        QVERIFY(validated.ok());
        QCOMPARE(*validated, publicPem);

        QVERIFY(EcKeyPair::generateP256()->publicKeyPem() != publicPem);
    }

    void validationNormalisesPublicKey()
    {
        const QByteArray publicPem = Keys::publicOf(Keys::privatePkcs8("EC", "P-256"));
        QByteArray messy = publicPem;
        messy.replace("\n", "\r\n").prepend("  \r\n").append("\r\n\r\n");
        const Result<QByteArray> validated = EcKeyPair::validatePublicKeyPem(messy);
        QVERIFY(validated.ok());
        QCOMPARE(*validated, publicPem);
    }

    void rejectsBadPublicKeys_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::addColumn<QString>("expected");
        const QByteArray p256 = Keys::privatePkcs8("EC", "P-256");
        QTest::newRow("private key") << p256 << QStringLiteral("This is a private key");
        QTest::newRow("P-384") << Keys::publicOf(Keys::privatePkcs8("EC", "P-384")) << QStringLiteral("P-384");
        QTest::newRow("RSA") << Keys::publicOf(Keys::privatePkcs8("RSA")) << QStringLiteral("of type RSA");
        QTest::newRow("certificate") << Keys::p256Certificate() << QStringLiteral("certificate");
        QTest::newRow("garbage") << QByteArray("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA user@host")
                                 << QStringLiteral("not a PEM key");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    }

    void rejectsBadPublicKeys()
    {
        QFETCH(QByteArray, pem);
        QFETCH(QString, expected);
        const Result<QByteArray> validated = EcKeyPair::validatePublicKeyPem(pem);
        QVERIFY(!validated.ok());
        QCOMPARE(validated.error().kind(), Error::Kind::InvalidInput);
        QVERIFY2(validated.error().message().contains(expected), qPrintable(validated.error().message()));
    }

    void privateKeyValidationIsShared()
    {
        // Same rules as ApiKey: the same message for the same bad input.
        const QByteArray p384 = Keys::privatePkcs8("EC", "P-384");
        const Result<EcKeyPair> pair = EcKeyPair::fromPrivateKeyPem(p384);
        QVERIFY(!pair.ok());
        QCOMPARE(pair.error().message(), ApiKey::fromPem(p384).error().message());
        QVERIFY(!EcKeyPair::fromPrivateKeyPem(Keys::publicOf(p384)).ok());
    }

    void writesOwnerOnlyFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray pem = EcKeyPair::generateP256()->privateKeyPem();
        const QString path = dir.filePath(QStringLiteral("web-distribution.pem"));
        const Status written = EcKeyPair::writePrivateKeyFile(path, pem);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message()));
        QCOMPARE(permissionsOf(path), kOwnerOnly);
        QCOMPARE(readFile(path), pem);
        QVERIFY(EcKeyPair::fromPrivateKeyPem(readFile(path)).ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList(QStringLiteral("web-distribution.pem")));
    }

    void overwriteTightensPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("key.pem"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old content\n");
        }
        QVERIFY(QFile::setPermissions(path, kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray pem = EcKeyPair::generateP256()->privateKeyPem();
        QVERIFY(EcKeyPair::writePrivateKeyFile(path, pem).ok());
        QCOMPARE(permissionsOf(path), kOwnerOnly);
        QCOMPARE(readFile(path), pem);
    }

    void missingDirectoryFailsCleanly()
    {
        QTemporaryDir dir;
        const QString missingDir = dir.filePath(QStringLiteral("no-such-dir"));
        const QString path = missingDir + QStringLiteral("/key.pem");
        const Status written = EcKeyPair::writePrivateKeyFile(path, "-----BEGIN PRIVATE KEY-----\n");
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind(), Error::Kind::Io);
        QVERIFY(written.error().message().contains(QDir::toNativeSeparators(path)));
        QVERIFY(!QFileInfo::exists(missingDir));
        QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    void refusesEmptyArguments()
    {
        QCOMPARE(EcKeyPair::writePrivateKeyFile(QString(), "x").error().kind(), Error::Kind::InvalidInput);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("key.pem"));
        QCOMPARE(EcKeyPair::writePrivateKeyFile(path, QByteArray()).error().kind(), Error::Kind::InvalidInput);
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestEcKeyPair)
#include "tst_eckeypair.moc"
