// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace AltDist {

/// One request to the App Store Connect API, relative to the client's base URL.
struct ApiRequest
{
    QByteArray method = "GET"; ///< GET, POST, PATCH, DELETE
    QString path;              ///< "/v1/alternativeDistributionDomains"
    QUrlQuery query;
    QJsonDocument body;        ///< sent as application/json when not null
    /// Set instead of path/query to follow a `links.next`; it must be on the
    /// base URL's scheme, host and port (path-only links are resolved against it).
    QUrl nextLink;

    static ApiRequest get(const QString &path, const QUrlQuery &query = {});
    static ApiRequest post(const QString &path, const QJsonDocument &body);
    static ApiRequest del(const QString &path);
    static ApiRequest followNext(const QUrl &next);

    /// Only idempotent requests are retried automatically; POST never is.
    bool isIdempotent() const { return method != "POST" && method != "PATCH"; }
};

/// `X-Rate-Limit: user-hour-lim:3600;user-hour-rem:3412;`
struct RateLimit
{
    int limit = -1;
    int remaining = -1;

    bool isKnown() const { return limit >= 0 && remaining >= 0; }
    /// Tolerates order, spacing and unknown keys; nullopt when nothing usable.
    static std::optional<RateLimit> parse(const QByteArray &headerValue);
    bool operator==(const RateLimit &o) const { return limit == o.limit && remaining == o.remaining; }
};

/// A successful (2xx) answer.
struct ApiResponse
{
    int status = 0;
    QJsonDocument json; ///< null for 204 or an empty body
    QList<QPair<QByteArray, QByteArray>> headers;
    QUrl url;           ///< the URL that answered

    QByteArray header(const QByteArray &name) const; ///< case-insensitive, empty if absent
};

/// What the request log shows: never a token, key or body.
struct RequestLogEntry
{
    QByteArray method;
    QString path;       ///< path and query, no host
    int status = 0;     ///< 0 when no HTTP answer
    qint64 durationMs = 0;
    int attempt = 1;
    std::optional<RateLimit> rateLimit;
    QString errorSummary;
};

} // namespace AltDist

// Declared with the types, so that every signal or slot carrying them (ApiClient,
// the GUI's request log) sees the declaration before first use.
Q_DECLARE_METATYPE(AltDist::RateLimit)
Q_DECLARE_METATYPE(AltDist::RequestLogEntry)
