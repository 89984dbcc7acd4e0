// SPDX-License-Identifier: GPL-3.0-or-later
#include "JwtClaims.h"

#include "JwtVerifier.h"

#include <QJsonArray>

namespace Sandbox::JwtClaims {

namespace {

bool isNumericDate(const QJsonValue &value)
{
    // Bounded so the conversion to seconds below is exact and cannot overflow
    // (1e19 cast to qint64 is undefined and wraps to a huge negative iat).
    constexpr double kLatest = 253402300799.0; // 9999-12-31T23:59:59Z
    return value.isDouble() && value.toDouble() >= 0 && value.toDouble() <= kLatest;
}

bool entryPermits(const QString &entry, const QByteArray &method, const QString &path, const QUrlQuery &query)
{
    const qsizetype space = entry.indexOf(QLatin1Char(' '));
    if (space <= 0 || entry.left(space) != QString::fromLatin1(method))
        return false;
    const QString target = entry.mid(space + 1).trimmed();
    const qsizetype question = target.indexOf(QLatin1Char('?'));
    const QString scopePath = question < 0 ? target : target.left(question);
    if (scopePath.isEmpty() || (path != scopePath && !path.startsWith(scopePath + QLatin1Char('/'))))
        return false;
    if (question < 0)
        return true;
    const QUrlQuery scopeQuery(target.mid(question + 1));
    const auto items = scopeQuery.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (query.queryItemValue(item.first, QUrl::FullyDecoded) != item.second)
            return false;
    }
    return true;
}

} // namespace

QString check(const QJsonObject &payload, const QString &issuerId, const QDateTime &now)
{
    if (payload.value(QStringLiteral("aud")).toString() != QLatin1String("appstoreconnect-v1"))
        return QStringLiteral("aud is not appstoreconnect-v1");
    if (issuerId.isEmpty()) {
        if (payload.value(QStringLiteral("sub")).toString() != QLatin1String("user"))
            return QStringLiteral("an individual key's token needs sub \"user\"");
    } else if (payload.value(QStringLiteral("iss")).toString().compare(issuerId, Qt::CaseInsensitive) != 0) {
        return QStringLiteral("iss does not match the key's issuer");
    }
    const QJsonValue iatValue = payload.value(QStringLiteral("iat"));
    const QJsonValue expValue = payload.value(QStringLiteral("exp"));
    if (!isNumericDate(iatValue) || !isNumericDate(expValue))
        return QStringLiteral("iat and exp must be numeric dates");
    const qint64 iat = static_cast<qint64>(iatValue.toDouble());
    const qint64 exp = static_cast<qint64>(expValue.toDouble());
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    if (exp <= iat)
        return QStringLiteral("exp is not after iat");
    if (exp - iat > JwtVerifier::kMaxLifetimeSeconds)
        return QStringLiteral("the token lives longer than 20 minutes");
    if (exp <= nowSeconds)
        return QStringLiteral("the token has expired");
    if (iat > nowSeconds + JwtVerifier::kAllowedSkewSeconds)
        return QStringLiteral("iat is in the future");
    return {};
}

bool scopePermits(const QJsonObject &payload, const QByteArray &method, const QString &path, const QUrlQuery &query)
{
    if (!payload.contains(QStringLiteral("scope")))
        return true;
    const QJsonArray scope = payload.value(QStringLiteral("scope")).toArray();
    for (const QJsonValue &entry : scope) {
        if (entryPermits(entry.toString(), method, path, query))
            return true;
    }
    return false;
}

} // namespace Sandbox::JwtClaims
