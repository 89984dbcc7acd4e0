// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace Sandbox::JwtClaims {

/// Checks aud, iss/sub, iat and exp of a signature-verified payload. Empty if
/// acceptable, else the reason. `issuerId` empty means an individual key.
QString check(const QJsonObject &payload, const QString &issuerId, const QDateTime &now);

/// True if the payload has no `scope`, or one of its entries ("GET /v1/apps",
/// "GET /v1/apps?filter[platform]=IOS") permits the request: same method, the
/// same path or a path below it, and every query item of the entry present in
/// the request with the same value.
bool scopePermits(const QJsonObject &payload, const QByteArray &method, const QString &path,
                  const QUrlQuery &query);

} // namespace Sandbox::JwtClaims
