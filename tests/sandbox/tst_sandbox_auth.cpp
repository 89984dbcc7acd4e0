// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxServer.h"
#include "SandboxTestUtil.h"

#include <QJsonArray>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTest>
#include <QThread>

using namespace Sandbox;
using namespace SandboxTest;

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LiveSandbox> m_sandbox;

    SandboxServer &server() { return m_sandbox->server(); }
    QByteArray goodBearer() const { return m_sandbox->authorization(); }
    Reply get(const QString &path, const QByteArray &authorization)
    {
        return authorization.isNull() ? m_sandbox->getAnonymously(path) : m_sandbox->get(path, authorization);
    }

    static void verifyAppleNotAuthorized(const Reply &reply)
    {
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        const QJsonArray errors = reply.json().value(QStringLiteral("errors")).toArray();
        QCOMPARE(reply.json().keys(), QStringList{QStringLiteral("errors")});
        QCOMPARE(errors.size(), 1);
        const QJsonObject error = errors.first().toObject();
        QStringList keys = error.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("code"), QStringLiteral("detail"), QStringLiteral("id"),
                                    QStringLiteral("status"), QStringLiteral("title")}));
        QCOMPARE(error.value(QStringLiteral("status")), QJsonValue(QStringLiteral("401")));
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("NOT_AUTHORIZED"));
        QCOMPARE(error.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Authentication credentials are missing or invalid."));
        QVERIFY(error.value(QStringLiteral("detail")).toString().startsWith(QStringLiteral(
            "Provide a properly configured and signed bearer token, and make sure that it has not expired.")));
        QVERIFY(!error.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(reply.header("X-Rate-Limit").startsWith("user-hour-lim:"));
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<LiveSandbox>();
        QVERIFY(m_sandbox->isStarted());
    }

    void cleanup() { m_sandbox.reset(); }

    void credentialsLookLikeApples()
    {
        const SandboxCredentials c = server().credentials();
        QVERIFY(QUuid::fromString(c.issuerId).isNull() == false);
        QCOMPARE(c.keyId.size(), 10);
        QVERIFY(c.privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
        QVERIFY(server().baseUrl().host() == QLatin1String("127.0.0.1"));
    }

    void missingOrBadTokensGetApplesBody_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("no header") << QByteArray();
        QTest::newRow("not bearer") << QByteArray("Basic dXNlcjpwYXNz");
        QTest::newRow("garbage token") << QByteArray("Bearer abc.def.ghi");
        const KeyPair stranger = generateKeyPair();
        QTest::newRow("unknown key") << bearer(stranger.privateKeyPem, QStringLiteral("x"), QStringLiteral("ABCDEFGHIJ"));
    }

    void missingOrBadTokensGetApplesBody()
    {
        QFETCH(QByteArray, authorization);
        verifyAppleNotAuthorized(get(QStringLiteral("/v1/alternativeDistributionDomains"), authorization));
        QVERIFY(server().specViolations().isEmpty());
    }

    void validTokenIsAccepted()
    {
        const Reply reply = get(QStringLiteral("/v1/alternativeDistributionDomains"), goodBearer());
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("X-Rate-Limit").startsWith("user-hour-lim:"));
        const QList<RequestRecord> records = server().requests();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().status, 200);
        QVERIFY(records.first().hadAuthorization);
        QCOMPARE(records.first().target, QStringLiteral("/v1/alternativeDistributionDomains"));
    }

    void sandboxClockDecidesExpiry()
    {
        server().setClockOffsetSeconds(2 * 3600);
        const Reply reply = get(QStringLiteral("/v1/alternativeDistributionDomains"), goodBearer());
        verifyAppleNotAuthorized(reply);
        // The Date header tells the client what the sandbox clock says.
        const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(reply.header("Date")),
                                                       QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        QVERIFY(date.isValid());
        QVERIFY(date.toSecsSinceEpoch() > QDateTime::currentSecsSinceEpoch() + 3600);
    }

    void individualKeyNeedsSubUser()
    {
        const KeyPair key = generateKeyPair();
        server().registerKey(QString(), QStringLiteral("INDIVKEY01"), key.publicKeyPem);
        QJsonObject claims = teamClaims(QString(), QDateTime::currentSecsSinceEpoch());
        claims.remove(QStringLiteral("iss"));
        claims.insert(QStringLiteral("sub"), QStringLiteral("user"));
        const QByteArray token = signJwt(key.privateKeyPem, es256Header(QStringLiteral("INDIVKEY01")), claims);
        QCOMPARE(get(QStringLiteral("/v1/alternativeDistributionDomains"), "Bearer " + token).status, 200);
    }

    void scopeLimitsTheToken()
    {
        const SandboxCredentials c = server().credentials();
        QJsonObject claims = teamClaims(c.issuerId, QDateTime::currentSecsSinceEpoch());
        claims.insert(QStringLiteral("scope"), QJsonArray{QStringLiteral("GET /v1/apps")});
        const QByteArray scoped = "Bearer " + signJwt(c.privateKeyPem, es256Header(c.keyId), claims);
        verifyAppleNotAuthorized(get(QStringLiteral("/v1/alternativeDistributionDomains"), scoped));
        QVERIFY(get(QStringLiteral("/v1/apps?limit=1"), scoped).status != 401);
    }

    void authComesBeforeSpecValidation()
    {
        verifyAppleNotAuthorized(get(QStringLiteral("/v1/nothingHere?limit=999"), QByteArray()));
        QVERIFY(server().specViolations().isEmpty());
        const Reply reply = get(QStringLiteral("/v1/nothingHere"), goodBearer());
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json().value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("PATH_ERROR"));
        QCOMPARE(server().specViolations().size(), 1);
    }

    void bearerOnDownloadHostIsAViolation()
    {
        get(QStringLiteral("/sandbox-downloads/anything"), goodBearer());
        const QStringList violations = server().specViolations();
        QCOMPARE(violations.size(), 1);
        QVERIFY(violations.first().contains(QStringLiteral("bearer token sent to the download host")));
        QVERIFY(!violations.first().contains(QString::fromLatin1(goodBearer().mid(7))));
    }

    void worksOnAWorkerThread()
    {
        QThread thread;
        auto *server = new SandboxServer();
        server->moveToThread(&thread);
        connect(&thread, &QThread::finished, server, &QObject::deleteLater);
        thread.start();
        bool started = false;
        QMetaObject::invokeMethod(server, [&] { started = server->start(); }, Qt::BlockingQueuedConnection);
        QVERIFY(started);
        const SandboxCredentials c = server->credentials();
        const Reply reply = send(m_sandbox->manager(), "GET", QUrl(server->baseUrl().toString() + QStringLiteral("/v1/alternativeDistributionDomains")),
                                 {{"Authorization", bearer(c.privateKeyPem, c.issuerId, c.keyId)}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(server->requests().size(), 1);
        thread.quit();
        QVERIFY(thread.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandbox_auth.moc"
