// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiTypes.h"

#include <QList>

namespace AltDist {

namespace {

ApiRequest make(const QByteArray &method, const QString &path)
{
    ApiRequest r;
    r.method = method;
    r.path = path;
    return r;
}

} // namespace

ApiRequest ApiRequest::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest r = make("GET", path);
    r.query = query;
    return r;
}

ApiRequest ApiRequest::post(const QString &path, const QJsonDocument &body)
{
    ApiRequest r = make("POST", path);
    r.body = body;
    return r;
}

ApiRequest ApiRequest::del(const QString &path)
{
    return make("DELETE", path);
}

ApiRequest ApiRequest::followNext(const QUrl &next)
{
    ApiRequest r = make("GET", {});
    r.nextLink = next;
    return r;
}

std::optional<RateLimit> RateLimit::parse(const QByteArray &headerValue)
{
    RateLimit parsed;
    const QList<QByteArray> parts = headerValue.split(';');
    for (const QByteArray &part : parts) {
        const qsizetype colon = part.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = part.left(colon).trimmed().toLower();
        bool ok = false;
        const int value = part.mid(colon + 1).trimmed().toInt(&ok);
        if (!ok || value < 0)
            continue;
        if (key == "user-hour-lim")
            parsed.limit = value;
        else if (key == "user-hour-rem")
            parsed.remaining = value;
    }
    if (parsed.limit < 0 && parsed.remaining < 0)
        return std::nullopt;
    return parsed;
}

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

} // namespace AltDist
