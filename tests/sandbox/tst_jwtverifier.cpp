// SPDX-License-Identifier: GPL-3.0-or-later
#include "JwtVerifier.h"
#include "SandboxTestUtil.h"

#include <QJsonArray>
#include <QTest>

using namespace Sandbox;
using namespace SandboxTest;

class TestJwtVerifier : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kNow = 1'700'000'000;
    const QString m_issuer = QStringLiteral("57246542-96fe-1a63-e053-0824d011072a");
    const QString m_keyId = QStringLiteral("2X9R4HXF34");
    KeyPair m_key;
    JwtVerifier m_verifier;

    QDateTime now() const { return QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC); }

    JwtVerifier::Outcome check(const QByteArray &token, const QByteArray &method = "GET",
                               const QString &path = QStringLiteral("/v1/apps"), const QUrlQuery &query = {})
    {
        return m_verifier.verify("Bearer " + token, method, path, query, now());
    }

    QByteArray token(const QJsonObject &header, const QJsonObject &payload) const
    {
        return signJwt(m_key.privateKeyPem, header, payload);
    }

    QByteArray goodToken() const { return token(es256Header(m_keyId), teamClaims(m_issuer, kNow)); }

private Q_SLOTS:
    void initTestCase()
    {
        m_key = generateKeyPair();
        QVERIFY(m_verifier.registerKey(m_issuer, m_keyId, m_key.publicKeyPem));
    }

    void acceptsValidToken()
    {
        const auto outcome = check(goodToken());
        QVERIFY2(outcome.accepted, qPrintable(outcome.reason));
        QCOMPARE(outcome.keyId, m_keyId);
    }

    void rejectsBadTokens_data()
    {
        QTest::addColumn<QByteArray>("jwt");
        const QJsonObject header = es256Header(m_keyId);
        const QJsonObject claims = teamClaims(m_issuer, kNow);
        auto with = [](QJsonObject object, const QString &key, const QJsonValue &value) {
            if (value.isUndefined())
                object.remove(key);
            else
                object.insert(key, value);
            return object;
        };

        QByteArray tampered = goodToken();
        tampered[tampered.size() - 5] = tampered.at(tampered.size() - 5) == 'A' ? 'B' : 'A';
        QTest::newRow("bad signature") << tampered;
        const KeyPair other = generateKeyPair();
        QTest::newRow("signed by another key") << signJwt(other.privateKeyPem, header, claims);
        QTest::newRow("wrong kid") << token(with(header, QStringLiteral("kid"), QStringLiteral("ZZZZZZZZZZ")), claims);
        QTest::newRow("no kid") << token(with(header, QStringLiteral("kid"), QJsonValue::Undefined), claims);
        QTest::newRow("wrong aud") << token(header, with(claims, QStringLiteral("aud"), QStringLiteral("appstoreconnect-v2")));
        QTest::newRow("wrong iss") << token(header, with(claims, QStringLiteral("iss"), QStringLiteral("00000000-0000-0000-0000-000000000000")));
        QTest::newRow("no iss") << token(header, with(claims, QStringLiteral("iss"), QJsonValue::Undefined));
        QTest::newRow("lifetime 1201 s")
            << token(header, with(with(claims, QStringLiteral("iat"), kNow - 1), QStringLiteral("exp"), kNow + 1200));
        QTest::newRow("expired")
            << token(header, with(with(claims, QStringLiteral("iat"), kNow - 1000), QStringLiteral("exp"), kNow - 1));
        QTest::newRow("iat in the future")
            << token(header, with(with(claims, QStringLiteral("iat"), kNow + 120), QStringLiteral("exp"), kNow + 600));
        QTest::newRow("iat not a number")
            << token(header, with(claims, QStringLiteral("iat"), QStringLiteral("yesterday")));
        // Out of qint64's range: a cast would wrap iat below exp and make exp - iat "short".
        QTest::newRow("iat beyond any date")
            << token(header, with(with(claims, QStringLiteral("iat"), 1e19), QStringLiteral("exp"), kNow + 600));
        QTest::newRow("iat and exp beyond any date")
            << token(header, with(with(claims, QStringLiteral("iat"), 1e300), QStringLiteral("exp"), 1e300));
        QTest::newRow("exp not a number")
            << token(header, with(claims, QStringLiteral("exp"), QString::number(kNow + 600)));
        QTest::newRow("negative iat")
            << token(header, with(claims, QStringLiteral("iat"), -1));
        QTest::newRow("alg none") << base64Url(R"({"alg":"none","kid":")" + m_keyId.toLatin1() + R"(","typ":"JWT"})")
                                         + '.' + goodToken().split('.').at(1) + '.';
        QTest::newRow("alg HS256") << token(with(header, QStringLiteral("alg"), QStringLiteral("HS256")), claims);
        QTest::newRow("typ missing") << token(with(header, QStringLiteral("typ"), QJsonValue::Undefined), claims);
        QByteArray padded = goodToken();
        padded.insert(padded.indexOf('.'), "==");
        QTest::newRow("base64 padding") << padded;
        QByteArray garbage = goodToken();
        garbage.insert(garbage.indexOf('.') + 3, "*+/");
        QTest::newRow("malformed base64") << garbage;
        QTest::newRow("two parts") << goodToken().left(goodToken().lastIndexOf('.'));
        QTest::newRow("empty") << QByteArray();
    }

    void rejectsBadTokens()
    {
        QFETCH(QByteArray, jwt);
        const auto outcome = check(jwt);
        QVERIFY(!outcome.accepted);
        QVERIFY(!outcome.reason.isEmpty());
    }

    void rejectsMissingOrNonBearerHeader()
    {
        QVERIFY(!m_verifier.verify({}, "GET", QStringLiteral("/v1/apps"), {}, now()).accepted);
        QVERIFY(!m_verifier.verify("Basic " + goodToken(), "GET", QStringLiteral("/v1/apps"), {}, now()).accepted);
    }

    void lifetimeOfExactly1200IsAccepted()
    {
        QJsonObject claims = teamClaims(m_issuer, kNow);
        claims.insert(QStringLiteral("iat"), kNow - 1);
        claims.insert(QStringLiteral("exp"), kNow + 1199);
        QVERIFY(check(token(es256Header(m_keyId), claims)).accepted);
    }

    void individualKey()
    {
        const KeyPair key = generateKeyPair();
        const QString kid = QStringLiteral("INDIVIDUAL");
        QVERIFY(m_verifier.registerKey(QString(), kid, key.publicKeyPem));
        QJsonObject claims = teamClaims(QString(), kNow);
        claims.remove(QStringLiteral("iss"));
        claims.insert(QStringLiteral("sub"), QStringLiteral("user"));
        QVERIFY(check(signJwt(key.privateKeyPem, es256Header(kid), claims)).accepted);

        QJsonObject withIss = teamClaims(m_issuer, kNow);
        QVERIFY(!check(signJwt(key.privateKeyPem, es256Header(kid), withIss)).accepted);
    }

    void scope()
    {
        QJsonObject claims = teamClaims(m_issuer, kNow);
        claims.insert(QStringLiteral("scope"), QJsonArray{QStringLiteral("GET /v1/apps?filter[platform]=IOS")});
        const QByteArray jwt = token(es256Header(m_keyId), claims);
        QUrlQuery ios(QStringLiteral("filter[platform]=IOS&limit=10"));
        QVERIFY(check(jwt, "GET", QStringLiteral("/v1/apps"), ios).accepted);
        QVERIFY(!check(jwt, "GET", QStringLiteral("/v1/apps"), QUrlQuery(QStringLiteral("filter[platform]=MAC_OS"))).accepted);
        QVERIFY(!check(jwt, "GET", QStringLiteral("/v1/apps")).accepted);
        QVERIFY(!check(jwt, "DELETE", QStringLiteral("/v1/apps"), ios).accepted);
        QVERIFY(!check(jwt, "GET", QStringLiteral("/v1/alternativeDistributionDomains"), ios).accepted);

        claims.insert(QStringLiteral("scope"), QJsonArray{QStringLiteral("GET /v1/apps")});
        const QByteArray broad = token(es256Header(m_keyId), claims);
        QVERIFY(check(broad, "GET", QStringLiteral("/v1/apps/123/appStoreVersions")).accepted);
        QVERIFY(!check(broad, "GET", QStringLiteral("/v1/appsX")).accepted);
    }

    void registerKeyRejectsWrongCurveAndGarbage()
    {
        QVERIFY(!m_verifier.registerKey(m_issuer, QStringLiteral("P384KEY000"), generateKeyPair("P-384").publicKeyPem));
        QVERIFY(!m_verifier.registerKey(m_issuer, QStringLiteral("GARBAGE000"), QByteArrayLiteral("not a key")));
    }

    void base64UrlIsStrict()
    {
        QByteArray out;
        QVERIFY(JwtVerifier::decodeBase64Url("aGVsbG8", &out));
        QCOMPARE(out, QByteArrayLiteral("hello"));
        QVERIFY(!JwtVerifier::decodeBase64Url("aGVsbG8=", &out));
        QVERIFY(!JwtVerifier::decodeBase64Url("aGV+bG8", &out));
        QVERIFY(!JwtVerifier::decodeBase64Url("a", &out));
    }
};

QTEST_GUILESS_MAIN(TestJwtVerifier)
#include "tst_jwtverifier.moc"
