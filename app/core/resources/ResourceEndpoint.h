// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiClient.h"
#include "JsonApi.h"
#include "Page.h"
#include "Pending.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace AltDist {

/// Request helpers shared by every resource family.
namespace Resources {

constexpr int kMaxLimit = 200;   ///< the spec's maximum for `limit`
constexpr int kDefaultLimit = 50;

/// Resource ids go into URL paths: non-empty, at most 128 characters of
/// [A-Za-z0-9._-] (Apple's ids are numeric strings or UUIDs). Anything else
/// is refused before it reaches the network.
Status checkId(const QString &id);
/// 1..kMaxLimit, else a specific InvalidInput error.
Status checkLimit(int limit);

/// `/v1/<type>` and `/v1/<type>/<id>` (ids must have passed checkId).
QString collectionPath(const QString &type);
QString itemPath(const QString &type, const QString &id);
/// `/v1/<parentType>/<parentId>/<relationship>`
QString relatedPath(const QString &parentType, const QString &parentId, const QString &relationship);

/// `fields[<type>]=<fields>`
QUrlQuery fieldsQuery(const QString &type, const QString &fields);

/// `{"data": data}`
QJsonDocument document(const QJsonObject &data);

/// A 404 whose errors say NOT_FOUND, read as "there is none (yet)".
bool isNotFound(const Error &error);

/// Decoder for answers without a body (204).
Status decodeNothing(const ApiResponse &response);

/// The common part of T::fromJson: checks type and id, copies id and the raw
/// object into `T`, then lets `fill` read the attributes.
template <typename T, typename Fill>
Result<T> decodeResource(const QJsonObject &object, Fill fill)
{
    const Status status = JsonApi::checkResource(object, QLatin1String(T::kType));
    if (!status.ok())
        return status.error();
    T value;
    value.id = object.value(QLatin1String("id")).toString();
    value.json = object;
    fill(value);
    return value;
}

} // namespace Resources

/// The one mechanism behind every family's API class: list / get / create /
/// remove of resources of type T (`T::kType`, the JSON:API type string, which
/// is also the path segment `/v1/<kType>`), asking for `fields[<kType>]=T::kFields`.
template <typename T>
class ResourceEndpoint
{
public:
    explicit ResourceEndpoint(ApiClient *client) : m_client(client) {}

    ApiClient *client() const { return m_client; }
    static QString type() { return QLatin1String(T::kType); }
    static QUrlQuery fields() { return Resources::fieldsQuery(type(), QLatin1String(T::kFields)); }

    /// GET /v1/<type>?fields[...]&limit=<limit> plus `extra` query items.
    Pending<Page<T>> list(int limit, const QUrlQuery &extra = {}) const
    {
        return listAt(Resources::collectionPath(type()), limit, extra);
    }

    /// GET /v1/<parentType>/<parentId>/<relationship>?fields[...]&limit=<limit> plus `extra`.
    Pending<Page<T>> listRelated(const QString &parentType, const QString &parentId,
                                 const QString &relationship, int limit, const QUrlQuery &extra = {}) const
    {
        if (const Status s = Resources::checkId(parentId); !s.ok())
            return Pending<Page<T>>::failed(s.error());
        return listAt(Resources::relatedPath(parentType, parentId, relationship), limit, extra);
    }

    /// GET /v1/<type>/<id>?fields[...]
    Pending<T> get(const QString &id) const
    {
        if (const Status s = Resources::checkId(id); !s.ok())
            return Pending<T>::failed(s.error());
        return Pending<T>(m_client->send(ApiRequest::get(Resources::itemPath(type(), id), fields())),
                          &JsonApi::decodeSingle<T>);
    }

    /// GET /v1/<parentType>/<parentId>/<relationship>?fields[...]: a to-one
    /// relationship. `data: null` and a 404 NOT_FOUND both mean "none".
    Pending<std::optional<T>> getRelated(const QString &parentType, const QString &parentId,
                                         const QString &relationship) const
    {
        if (const Status s = Resources::checkId(parentId); !s.ok())
            return Pending<std::optional<T>>::failed(s.error());
        const ApiRequest request = ApiRequest::get(Resources::relatedPath(parentType, parentId, relationship), fields());
        return Pending<std::optional<T>>(m_client->send(request), &JsonApi::decodeOptional<T>)
            .recover([](const Error &error) -> std::optional<Result<std::optional<T>>> {
                if (Resources::isNotFound(error))
                    return Result<std::optional<T>>(std::optional<T>{});
                return std::nullopt;
            });
    }

    /// POST /v1/<type> with `{"data": data}`; the 201 answer decoded.
    Pending<T> create(const QJsonObject &data) const
    {
        return Pending<T>(m_client->send(ApiRequest::post(Resources::collectionPath(type()), Resources::document(data))),
                          &JsonApi::decodeSingle<T>);
    }

    /// DELETE /v1/<type>/<id>
    Pending<void> remove(const QString &id) const
    {
        if (const Status s = Resources::checkId(id); !s.ok())
            return Pending<void>::failed(s.error());
        return Pending<void>(m_client->send(ApiRequest::del(Resources::itemPath(type(), id))),
                             &Resources::decodeNothing);
    }

private:
    Pending<Page<T>> listAt(const QString &path, int limit, const QUrlQuery &extra) const
    {
        if (const Status s = Resources::checkLimit(limit); !s.ok())
            return Pending<Page<T>>::failed(s.error());
        QUrlQuery query = fields();
        for (const auto &item : extra.queryItems(QUrl::FullyDecoded))
            query.addQueryItem(item.first, item.second);
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        return requestPage<T>(m_client, ApiRequest::get(path, query));
    }

    ApiClient *m_client;
};

} // namespace AltDist
