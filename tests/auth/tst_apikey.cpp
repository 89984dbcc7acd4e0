// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKey.h"
#include "KeyFixtures.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace AltDist;
namespace Keys = AltDist::Test::Keys;

class TestApiKey final : public QObject
{
    Q_OBJECT

private:
    QByteArray m_p256; // a valid key, generated in initTestCase

    static void writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }

    /// `problem` empty: `actual` must be empty too (valid input); else contain it.
    static void expectProblem(const QString &actual, const QString &problem)
    {
        if (problem.isEmpty())
            QVERIFY2(actual.isEmpty(), qPrintable(actual));
        else
            QVERIFY2(actual.contains(problem), qPrintable(actual));
    }

    /// No line of base64 from `input` may show up in `message`.
    static bool leaksContent(const QString &message, const QByteArray &input)
    {
        for (const QByteArray &line : input.split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.size() >= 16 && !trimmed.startsWith("-----")
                && message.contains(QString::fromLatin1(trimmed.left(16))))
                return true;
        }
        return false;
    }

    struct BadInput
    {
        const char *name;
        QByteArray pem;
        QString expected; // a stable part of the specific message
    };

    QList<BadInput> badInputs() const
    {
        const QList<QByteArray> lines = m_p256.trimmed().split('\n');
        const QByteArray cut = lines.first() + '\n' + lines.at(1) + '\n' + lines.last() + '\n';
        return {
            {"empty", QByteArray(), QStringLiteral("empty")},
            {"whitespace only", QByteArray(" \r\n\t\n"), QStringLiteral("empty")},
            {"plain text", QByteArray("my key is in the other folder\n"), QStringLiteral("no \"-----BEGIN")},
            {"truncated", m_p256.left(m_p256.size() / 2), QStringLiteral("truncated")},
            {"base64 garbage",
             QByteArray("-----BEGIN PRIVATE KEY-----\nthis is *not* base64!!\n-----END PRIVATE KEY-----\n"),
             QStringLiteral("not valid base64")},
            {"DER garbage",
             "-----BEGIN PRIVATE KEY-----\n" + QByteArray(200, 'x').toBase64() + "\n-----END PRIVATE KEY-----\n",
             QStringLiteral("not a valid key encoding")},
            {"lines missing", cut, QStringLiteral("not a valid key encoding")},
            {"encrypted PKCS#8", Keys::p256EncryptedPkcs8(), QStringLiteral("encrypted")},
            {"public key", Keys::publicOf(m_p256), QStringLiteral("This is a public key")},
            {"certificate", Keys::p256Certificate(), QStringLiteral("certificate")},
            {"RSA-2048", Keys::privatePkcs8("RSA"), QStringLiteral("of type RSA")},
            {"Ed25519", Keys::privatePkcs8("ED25519"), QStringLiteral("of type ED25519")},
            {"P-384", Keys::privatePkcs8("EC", "P-384"), QStringLiteral("P-384")},
            {"secp256k1", Keys::privatePkcs8("EC", "secp256k1"), QStringLiteral("secp256k1")},
            {"EC parameters only",
             QByteArray("-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n"),
             QStringLiteral("\"EC PARAMETERS\"")},
            {"other PEM block", QByteArray("-----BEGIN PGP MESSAGE-----\nAAAA\n-----END PGP MESSAGE-----"),
             QStringLiteral("\"PGP MESSAGE\"")},
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_p256 = Keys::privatePkcs8("EC", "P-256");
        QVERIFY(m_p256.startsWith("-----BEGIN PRIVATE KEY-----"));
    }

    void acceptsValidKeys_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::newRow("PKCS#8") << m_p256;
        QByteArray crlf = m_p256;
        QTest::newRow("CRLF") << crlf.replace("\n", "\r\n");
        QTest::newRow("surrounding whitespace") << QByteArray("\n\n  \t" + m_p256 + "\n \r\n  ");
        QTest::newRow("no final newline") << m_p256.trimmed();
        QTest::newRow("SEC1 EC PRIVATE KEY") << Keys::p256Sec1();
        // As `openssl ecparam -name prime256v1 -genkey` writes it.
        QTest::newRow("EC PARAMETERS first") << QByteArray("-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n"
                                                           "-----END EC PARAMETERS-----\n" + Keys::p256Sec1());
    }

    void acceptsValidKeys()
    {
        QFETCH(QByteArray, pem);
        const Result<ApiKey> key = ApiKey::fromPem(pem);
        QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().message()));
        QVERIFY(!key->isNull());
        QVERIFY(key->privateKeyPem().startsWith("-----BEGIN PRIVATE KEY-----\n"));
        QVERIFY(key->publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----\n"));
        QCOMPARE(key->publicKeyPem(), Keys::publicOf(pem.trimmed().replace("\r\n", "\n")));
    }

    void rejectsBadKeys_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::addColumn<QString>("expected");
        for (const BadInput &input : badInputs())
            QTest::newRow(input.name) << input.pem << input.expected;
    }

    void rejectsBadKeys()
    {
        QFETCH(QByteArray, pem);
        QFETCH(QString, expected);
        const Result<ApiKey> key = ApiKey::fromPem(pem);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind(), Error::Kind::InvalidInput);
        const QString message = key.error().message();
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(!leaksContent(message, pem), qPrintable(message));
    }

    void rejectionMessagesAreSpecific()
    {
        QHash<QString, QString> rowByMessage;
        for (const BadInput &input : badInputs()) {
            const QString message = ApiKey::fromPem(input.pem).error().message();
            const QString row = QString::fromLatin1(input.name);
            const QString other = rowByMessage.value(message);
            // Only these pairs are the same problem: no content / a broken DER structure.
            const bool samePlight = (other == QStringLiteral("empty") && row == QStringLiteral("whitespace only"))
                || (other == QStringLiteral("DER garbage") && row == QStringLiteral("lines missing"));
            QVERIFY2(other.isEmpty() || samePlight, qPrintable(row + QStringLiteral(" = ") + other));
            rowByMessage.insert(message, row);
        }
    }

    void signaturesVerifyIndependently()
    {
        const Result<ApiKey> key = ApiKey::fromPem(m_p256);
        QVERIFY(key.ok());
        const QByteArray publicPem = key->publicKeyPem();
        // Enough signatures that r or s with leading zero bytes (left padding) is likely covered.
        for (int i = 0; i < 200; ++i) {
            const QByteArray input = "header.payload-" + QByteArray::number(i);
            const QByteArray signature = key->signEs256(input);
            QCOMPARE(signature.size(), 64);
            QVERIFY2(Keys::verifyEs256(publicPem, input, signature), input.constData());
            QVERIFY(!Keys::verifyEs256(publicPem, input + 'x', signature));
        }
        QVERIFY(ApiKey().signEs256("x").isEmpty());
    }

    void privateKeyPemRoundTrips()
    {
        const Result<ApiKey> key = ApiKey::fromPem(Keys::p256Sec1());
        QVERIFY(key.ok());
        const Result<ApiKey> again = ApiKey::fromPem(key->privateKeyPem());
        QVERIFY(again.ok());
        QCOMPARE(again->publicKeyPem(), key->publicKeyPem());
        QVERIFY(ApiKey().privateKeyPem().isEmpty());
    }

    void fromFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString good = dir.filePath(QStringLiteral("AuthKey_ABCDE12345.p8"));
        writeFile(good, m_p256);
        QVERIFY(ApiKey::fromFile(good).ok());

        const QString missing = dir.filePath(QStringLiteral("missing.p8"));
        Result<ApiKey> key = ApiKey::fromFile(missing);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind(), Error::Kind::Io);
        QVERIFY(key.error().message().contains(QDir::toNativeSeparators(missing)));

        key = ApiKey::fromFile(dir.path());
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(key.error().message().contains(QStringLiteral("folder")));

        const QString large = dir.filePath(QStringLiteral("large.p8"));
        writeFile(large, m_p256 + QByteArray(64 * 1024, '\n'));
        key = ApiKey::fromFile(large);
        QVERIFY(!key.ok());
        QVERIFY(key.error().message().contains(QStringLiteral("too large")));
        QVERIFY(key.error().message().contains(QDir::toNativeSeparators(large)));

        const QString rsa = dir.filePath(QStringLiteral("rsa.p8"));
        const QByteArray rsaPem = Keys::privatePkcs8("RSA");
        writeFile(rsa, rsaPem);
        key = ApiKey::fromFile(rsa);
        QVERIFY(!key.ok());
        QVERIFY(key.error().message().contains(QDir::toNativeSeparators(rsa)));
        QVERIFY(key.error().message().contains(QStringLiteral("RSA")));
        QVERIFY(!leaksContent(key.error().message(), rsaPem));

        QCOMPARE(ApiKey::fromFile(QString()).error().kind(), Error::Kind::InvalidInput);
    }

    void unreadableFile()
    {
#ifdef Q_OS_UNIX
        if (geteuid() == 0)
            QSKIP("root reads any file");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.p8"));
        writeFile(path, m_p256);
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        const Result<ApiKey> key = ApiKey::fromFile(path);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind(), Error::Kind::Io);
        QVERIFY(key.error().message().contains(QDir::toNativeSeparators(path)));
#else
        QSKIP("Unix permissions only");
#endif
    }

    void issuerId_data()
    {
        QTest::addColumn<QString>("issuerId");
        QTest::addColumn<QString>("problem"); // empty: valid
        QTest::newRow("valid") << QStringLiteral("57246542-96fe-1a63-e053-0824d011072a") << QString();
        QTest::newRow("upper-case hex") << QStringLiteral("57246542-96FE-1A63-E053-0824D011072A") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("space") << QStringLiteral(" 57246542-96fe-1a63-e053-0824d011072a")
                               << QStringLiteral("spaces");
        QTest::newRow("short") << QStringLiteral("57246542-96fe-1a63-e053-0824d011072")
                               << QStringLiteral("has 35 character");
        QTest::newRow("no dashes") << QStringLiteral("5724654296fe1a63e0530824d011072a123456")
                                   << QStringLiteral("has 38 character");
        QTest::newRow("dash misplaced") << QStringLiteral("5724654-296fe-1a63-e053-0824d011072a")
                                        << QStringLiteral("form xxxxxxxx-");
        QTest::newRow("not hex") << QStringLiteral("57246542-96fe-1a63-e053-0824d011072g")
                                 << QStringLiteral("\"g\"");
    }

    void issuerId()
    {
        QFETCH(QString, issuerId);
        QFETCH(QString, problem);
        expectProblem(issuerIdProblem(issuerId), problem);
    }

    void keyId_data()
    {
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<QString>("problem");
        QTest::newRow("valid") << QStringLiteral("2X9R4HXF34") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("9 characters") << QStringLiteral("2X9R4HXF3") << QStringLiteral("has 9 characters");
        QTest::newRow("11 characters") << QStringLiteral("2X9R4HXF345") << QStringLiteral("has 11 characters");
        QTest::newRow("lower-case") << QStringLiteral("2x9r4hxf34") << QStringLiteral("lower-case");
        QTest::newRow("punctuation") << QStringLiteral("2X9R4-XF34") << QStringLiteral("\"-\"");
        QTest::newRow("trailing newline") << QStringLiteral("2X9R4HXF34\n") << QStringLiteral("spaces");
    }

    void keyId()
    {
        QFETCH(QString, keyId);
        QFETCH(QString, problem);
        expectProblem(keyIdProblem(keyId), problem);
    }
};

QTEST_GUILESS_MAIN(TestApiKey)
#include "tst_apikey.moc"
