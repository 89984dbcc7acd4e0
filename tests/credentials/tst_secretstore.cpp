// SPDX-License-Identifier: GPL-3.0-or-later
// Runs inside scripts/with-keyring.sh: a real gnome-keyring in a private
// D-Bus session with a temporary HOME.
#include "CredentialTestSupport.h"
#include "SecretStore.h"

#include <QDir>
#include <QTest>

using namespace AltDist;
using Test::await;

class TestSecretStore final : public QObject
{
    Q_OBJECT

private:
    const SecretStore m_store{QStringLiteral("AltDistTest")};

    Status write(const SecretStore &store, const QString &entry, const QByteArray &secret)
    {
        return await<Status>([&](auto done) { store.write(entry, secret, this, done); });
    }
    Result<QByteArray> read(const SecretStore &store, const QString &entry)
    {
        return await<Result<QByteArray>>([&](auto done) { store.read(entry, this, done); });
    }
    QByteArray readOrEmpty(const QString &entry)
    {
        const Result<QByteArray> secret = read(m_store, entry);
        return secret ? *secret : QByteArray();
    }
    Status remove(const QString &entry)
    {
        return await<Status>([&](auto done) { m_store.remove(entry, this, done); });
    }

    static QByteArray allByteValues()
    {
        QByteArray bytes;
        for (int i = 0; i < 256; ++i)
            bytes.append(char(i));
        return bytes + QByteArray("\0tail\xff", 6);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("ALTDIST_PRIVATE_KEYRING"))
            QFAIL("Run this test through scripts/with-keyring.sh (ctest does), not against your own keychain.");
    }

    void entryNames()
    {
        QCOMPARE(SecretStore().service(), QStringLiteral("AltDist"));
        QCOMPARE(SecretStore::apiKeyEntry(QStringLiteral("Team")), QStringLiteral("asc-api-key/Team"));
        QCOMPARE(SecretStore::webDistributionKeyEntry(QStringLiteral("K1")), QStringLiteral("web-distribution-key/K1"));
    }

    void binaryRoundTrip()
    {
        const QString entry = QStringLiteral("asc-api-key/round-trip");
        const QByteArray secret = allByteValues();
        const Status written = write(m_store, entry, secret);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().describe()));
        const Result<QByteArray> back = read(m_store, entry);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().describe()));
        QCOMPARE(*back, secret);

        QVERIFY(write(m_store, entry, QByteArrayLiteral("replaced")));
        QCOMPARE(read(m_store, entry).value(), QByteArrayLiteral("replaced"));
    }

    void missingEntryIsNotFound()
    {
        const Result<QByteArray> missing = read(m_store, QStringLiteral("asc-api-key/nobody"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind(), Error::Kind::Keychain);
        QVERIFY(SecretStore::isNotFound(missing.error()));
        QVERIFY(!missing.error().message().isEmpty());
    }

    void entriesAreFiledUnderTheService()
    {
        const QString entry = QStringLiteral("asc-api-key/service-bound");
        QVERIFY(write(m_store, entry, QByteArrayLiteral("mine")));
        const Result<QByteArray> elsewhere = read(SecretStore(QStringLiteral("AltDistOtherTest")), entry);
        QVERIFY(!elsewhere);
        QVERIFY(SecretStore::isNotFound(elsewhere.error()));
    }

    void removeThenReadIsNotFound()
    {
        const QString entry = QStringLiteral("web-distribution-key/REMOVE1");
        QVERIFY(write(m_store, entry, QByteArrayLiteral("to be removed")));
        QVERIFY(read(m_store, entry));
        QVERIFY(remove(entry));
        const Result<QByteArray> gone = read(m_store, entry);
        QVERIFY(!gone);
        QVERIFY(SecretStore::isNotFound(gone.error()));
        QVERIFY(remove(entry)); // removing what is not there succeeds
    }

    void emptyEntryIsRefusedAsynchronously()
    {
        std::optional<Result<QByteArray>> outcome;
        m_store.read(QString(), this, [&outcome](const Result<QByteArray> &r) { outcome = r; });
        QVERIFY(!outcome); // never synchronously
        QTRY_VERIFY(outcome);
        QVERIFY(!*outcome);
        QCOMPARE(outcome->error().kind(), Error::Kind::InvalidInput);
    }

    void callbackDiesWithItsContext()
    {
        auto *context = new QObject;
        bool called = false;
        m_store.write(QStringLiteral("asc-api-key/orphan"), QByteArrayLiteral("still written"), context,
                      [&called](const Status &) { called = true; });
        delete context;
        // The write itself completes: wait for it through a later operation's answer.
        QTRY_COMPARE(readOrEmpty(QStringLiteral("asc-api-key/orphan")), QByteArrayLiteral("still written"));
        QVERIFY(!called);
    }

    void noPlainCopyOnDisk()
    {
        const QByteArray secret = QByteArrayLiteral("AltDist-secret-\x01\x02-marker-7f3a9c");
        QVERIFY(write(m_store, QStringLiteral("asc-api-key/disk-check"), secret));
        // gnome-keyring did persist the item, encrypted, under the temporary HOME ...
        const QString keyrings = QDir::home().filePath(QStringLiteral(".local/share/keyrings"));
        QVERIFY2(!QDir(keyrings).entryList(QDir::Files).isEmpty(), qPrintable(keyrings));
        // ... and no file there, nor in the runtime dir, holds the secret in plain form.
        for (const QString &dir : {QDir::homePath(), qEnvironmentVariable("XDG_RUNTIME_DIR")}) {
            const QStringList hits = Test::filesContaining(dir, Test::plainForms(secret));
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
