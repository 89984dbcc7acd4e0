// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenProvider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace AltDist {

namespace {

/// A server Date header only has one-second resolution and arrives after some
/// latency: skew changes within this band do not invalidate the cached token.
constexpr qint64 kSkewToleranceSeconds = 2;

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// The value of `text` if it is exactly `count` ASCII digits, else -1.
int digits(const QByteArray &text, int count)
{
    if (text.size() != count)
        return -1;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

/// RFC 7231 IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") as seconds since
/// the epoch. Parsed by hand: locale independent by construction.
std::optional<qint64> parseImfFixdate(const QByteArray &value)
{
    static const QList<QByteArray> days{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const QList<QByteArray> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QList<QByteArray> parts = value.trimmed().split(' ');
    if (parts.size() != 6 || parts[0].size() != 4 || !parts[0].endsWith(',') || !days.contains(parts[0].left(3))
        || parts[5] != "GMT")
        return std::nullopt;
    const QList<QByteArray> clock = parts[4].split(':');
    if (clock.size() != 3)
        return std::nullopt;
    const QDate date(digits(parts[3], 4), int(months.indexOf(parts[2])) + 1, digits(parts[1], 2));
    const int second = digits(clock[2], 2);
    const QTime time(digits(clock[0], 2), digits(clock[1], 2), second == 60 ? 59 : second); // leap second
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

TokenProvider::TokenProvider(ApiCredentials credentials, const Clock &clock)
    : m_credentials(std::move(credentials))
    , m_clock(clock)
{
}

QByteArray TokenProvider::bearerToken()
{
    const qint64 now = m_clock.now().toSecsSinceEpoch() + m_skewSeconds; // server time
    if (!m_token.isEmpty() && m_expires.toSecsSinceEpoch() - now >= kRefreshMarginSeconds)
        return m_token;
    m_token.clear();

    const qint64 issuedAt = now - kBackdateSeconds;
    const qint64 expires = issuedAt + kMaxLifetimeSeconds;
    const QJsonObject header{
        {QStringLiteral("alg"), QStringLiteral("ES256")},
        {QStringLiteral("kid"), m_credentials.keyId},
        {QStringLiteral("typ"), QStringLiteral("JWT")},
    };
    QJsonObject payload{
        {QStringLiteral("iat"), issuedAt},
        {QStringLiteral("exp"), expires},
        {QStringLiteral("aud"), QStringLiteral("appstoreconnect-v1")},
    };
    if (m_credentials.isIndividual())
        payload.insert(QStringLiteral("sub"), QStringLiteral("user"));
    else
        payload.insert(QStringLiteral("iss"), m_credentials.issuerId);

    const QByteArray signingInput = base64Url(compactJson(header)) + '.' + base64Url(compactJson(payload));
    const QByteArray signature = m_credentials.key.signEs256(signingInput);
    if (signature.isEmpty())
        return {};
    ++m_signatureCount;
    m_token = signingInput + '.' + base64Url(signature);
    m_expires = QDateTime::fromSecsSinceEpoch(expires, QTimeZone::utc());
    return m_token;
}

void TokenProvider::invalidate()
{
    m_token.clear();
    m_expires = {};
}

bool TokenProvider::learnServerDate(const QByteArray &httpDate)
{
    const std::optional<qint64> serverTime = parseImfFixdate(httpDate);
    if (!serverTime)
        return false;
    const qint64 skew = *serverTime - m_clock.now().toSecsSinceEpoch();
    if (qAbs(skew - m_skewSeconds) > kSkewToleranceSeconds)
        invalidate();
    m_skewSeconds = skew;
    return true;
}

} // namespace AltDist
