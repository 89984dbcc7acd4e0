// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyFixtures.h"
#include "TokenProvider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace AltDist;
namespace Keys = AltDist::Test::Keys;

namespace {

const QString kIssuer = QStringLiteral("57246542-96fe-1a63-e053-0824d011072a");
const QString kKeyId = QStringLiteral("2X9R4HXF34");

struct Jwt
{
    QJsonObject header;
    QJsonObject payload;
    QByteArray signingInput;
    QByteArray signature;
};

QByteArray fromBase64Url(const QByteArray &part, bool *ok)
{
    auto result = QByteArray::fromBase64Encoding(
        part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    *ok = *ok && result.decodingStatus == QByteArray::Base64DecodingStatus::Ok;
    return result.decoded;
}

std::optional<Jwt> decode(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || token.contains('='))
        return std::nullopt;
    bool ok = true;
    const QJsonDocument header = QJsonDocument::fromJson(fromBase64Url(parts[0], &ok));
    const QJsonDocument payload = QJsonDocument::fromJson(fromBase64Url(parts[1], &ok));
    const QByteArray signature = fromBase64Url(parts[2], &ok);
    if (!ok || !header.isObject() || !payload.isObject())
        return std::nullopt;
    return Jwt{header.object(), payload.object(), parts[0] + '.' + parts[1], signature};
}

QByteArray httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

} // namespace

class TestTokenProvider final : public QObject
{
    Q_OBJECT

private:
    ApiKey m_key;
    QByteArray m_publicKey;
    const QDateTime m_start{QDate(2024, 5, 1), QTime(12, 0, 0), QTimeZone::utc()};

    ApiCredentials team() const { return {kIssuer, kKeyId, m_key}; }

    static qint64 claim(const Jwt &jwt, const char *name)
    {
        return jwt.payload.value(QLatin1String(name)).toInteger(-1);
    }

    static qint64 iat(TokenProvider &tokens) { return claim(*decode(tokens.bearerToken()), "iat"); }

private Q_SLOTS:
    void initTestCase()
    {
        const Result<ApiKey> key = ApiKey::fromPem(Keys::privatePkcs8("EC", "P-256"));
        QVERIFY(key.ok());
        m_key = *key;
        m_publicKey = m_key.publicKeyPem();
    }

    void teamToken()
    {
        ManualClock clock(m_start);
        TokenProvider tokens(team(), clock);
        const QByteArray token = tokens.bearerToken();
        const std::optional<Jwt> jwt = decode(token);
        QVERIFY2(jwt, token.constData());

        QCOMPARE(jwt->header, QJsonObject({{QStringLiteral("alg"), QStringLiteral("ES256")},
                                           {QStringLiteral("kid"), kKeyId},
                                           {QStringLiteral("typ"), QStringLiteral("JWT")}}));
        const qint64 now = m_start.toSecsSinceEpoch();
        QCOMPARE(jwt->payload, QJsonObject({{QStringLiteral("iss"), kIssuer},
                                            {QStringLiteral("iat"), now - 60},
                                            {QStringLiteral("exp"), now - 60 + 1200},
                                            {QStringLiteral("aud"), QStringLiteral("appstoreconnect-v1")}}));
        QCOMPARE(claim(*jwt, "exp") - claim(*jwt, "iat"), 1200);
        QCOMPARE(jwt->signature.size(), 64);
        QVERIFY(Keys::verifyEs256(m_publicKey, jwt->signingInput, jwt->signature));
        QVERIFY(!Keys::verifyEs256(m_publicKey, jwt->signingInput + 'x', jwt->signature));
    }

    void individualToken()
    {
        ManualClock clock(m_start);
        TokenProvider tokens({QString(), kKeyId, m_key}, clock);
        const std::optional<Jwt> jwt = decode(tokens.bearerToken());
        QVERIFY(jwt);
        QCOMPARE(jwt->payload.value(QStringLiteral("sub")).toString(), QStringLiteral("user"));
        QVERIFY(!jwt->payload.contains(QStringLiteral("iss")));
        QCOMPARE(jwt->payload.keys(), QStringList({QStringLiteral("aud"), QStringLiteral("exp"),
                                                   QStringLiteral("iat"), QStringLiteral("sub")}));
        QCOMPARE(claim(*jwt, "iat"), m_start.toSecsSinceEpoch() - 60);
        QVERIFY(Keys::verifyEs256(m_publicKey, jwt->signingInput, jwt->signature));
    }

    void reusesTokenWithinLifetime()
    {
        ManualClock clock(m_start);
        TokenProvider tokens(team(), clock);
        const QByteArray first = tokens.bearerToken();
        for (int i = 0; i < 1000; ++i) {
            QCOMPARE(tokens.bearerToken(), first);
            if (i % 100 == 0)
                clock.advance(1);
        }
        QCOMPARE(tokens.signatureCount(), 1);
    }

    void resignsNearExpiry()
    {
        ManualClock clock(m_start);
        TokenProvider tokens(team(), clock);
        const QByteArray first = tokens.bearerToken();
        // exp = start - 60 + 1200; re-signed once less than the margin remains.
        const qint64 lastReuse = 1200 - 60 - TokenProvider::kRefreshMarginSeconds;
        clock.set(m_start.addSecs(lastReuse));
        QCOMPARE(tokens.bearerToken(), first);
        QCOMPARE(tokens.signatureCount(), 1);
        clock.advance(1);
        const QByteArray second = tokens.bearerToken();
        QVERIFY(second != first);
        QCOMPARE(tokens.signatureCount(), 2);
        QCOMPARE(claim(*decode(second), "iat"), m_start.toSecsSinceEpoch() + lastReuse + 1 - 60);
        QCOMPARE(tokens.bearerToken(), second);
    }

    void invalidateResigns()
    {
        ManualClock clock(m_start);
        TokenProvider tokens(team(), clock);
        const QByteArray first = tokens.bearerToken();
        tokens.invalidate();
        const QByteArray second = tokens.bearerToken();
        QCOMPARE(tokens.signatureCount(), 2);
        QVERIFY(second != first); // ECDSA signatures are randomised
        QVERIFY(decode(second));
    }

    void learnsServerClock()
    {
        ManualClock clock(m_start);
        TokenProvider tokens(team(), clock);
        tokens.bearerToken();
        QVERIFY(tokens.learnServerDate(httpDate(m_start.addSecs(30 * 60))));
        QCOMPARE(tokens.skewSeconds(), 30 * 60);
        const std::optional<Jwt> jwt = decode(tokens.bearerToken());
        QCOMPARE(tokens.signatureCount(), 2); // the old token was invalidated
        QCOMPARE(claim(*jwt, "iat"), m_start.toSecsSinceEpoch() + 30 * 60 - 60);
        QCOMPARE(claim(*jwt, "exp") - claim(*jwt, "iat"), 1200);

        // A second's jitter in the next Date header keeps the token.
        QVERIFY(tokens.learnServerDate(httpDate(m_start.addSecs(30 * 60 + 1))));
        tokens.bearerToken();
        QCOMPARE(tokens.signatureCount(), 2);

        // Back in step with the server: invalidated again.
        QVERIFY(tokens.learnServerDate(httpDate(m_start)));
        QCOMPARE(tokens.skewSeconds(), 0);
        QCOMPARE(iat(tokens), m_start.toSecsSinceEpoch() - 60);
        QCOMPARE(tokens.signatureCount(), 3);
    }

    void parsesDateIndependentOfLocale()
    {
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        ManualClock clock(QDateTime(QDate(1994, 11, 6), QTime(8, 49, 0), QTimeZone::utc()));
        TokenProvider tokens(team(), clock);
        const bool ok = tokens.learnServerDate("Sun, 06 Nov 1994 08:49:37 GMT");
        QLocale::setDefault(saved);
        QVERIFY(ok);
        QCOMPARE(tokens.skewSeconds(), 37);
    }

    void rejectsGarbageDates_data()
    {
        QTest::addColumn<QByteArray>("date");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("words") << QByteArray("yesterday at noon");
        QTest::newRow("not GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 PST");
        QTest::newRow("day 32") << QByteArray("Sun, 32 Nov 1994 08:49:37 GMT");
        QTest::newRow("month") << QByteArray("Sun, 06 Nev 1994 08:49:37 GMT");
        QTest::newRow("hour 25") << QByteArray("Sun, 06 Nov 1994 25:49:37 GMT");
        QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT");
        QTest::newRow("signed digits") << QByteArray("Sun, +6 Nov 1994 08:49:37 GMT");
        QTest::newRow("no comma") << QByteArray("Sun 06 Nov 1994 08:49:37 GMT");
    }

    void rejectsGarbageDates()
    {
        QFETCH(QByteArray, date);
        ManualClock clock(m_start);
        TokenProvider tokens(team(), clock);
        QVERIFY(tokens.learnServerDate(httpDate(m_start.addSecs(600))));
        const QByteArray token = tokens.bearerToken();
        QVERIFY(!tokens.learnServerDate(date));
        QCOMPARE(tokens.skewSeconds(), 600);
        QCOMPARE(tokens.bearerToken(), token);
        QCOMPARE(tokens.signatureCount(), 1);
    }

    void nullKeyGivesNoToken()
    {
        ManualClock clock(m_start);
        TokenProvider tokens({kIssuer, kKeyId, ApiKey()}, clock);
        QVERIFY(tokens.bearerToken().isEmpty());
        QCOMPARE(tokens.signatureCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTokenProvider)
#include "tst_tokenprovider.moc"
