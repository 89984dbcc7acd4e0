// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the resource handlers share: the route table they register into, the
// state they work on, and the list/lookup plumbing every family repeats.

#include "AppleErrors.h"
#include "Downloads.h"
#include "JsonApiWriter.h"
#include "Paging.h"
#include "SandboxApi.h"
#include "SandboxStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace Sandbox {

using Handler = std::function<HttpResponse(const RequestContext &)>;
/// Keyed by "<METHOD> <spec path template>", e.g. "GET /v1/apps/{id}".
using RouteTable = QHash<QString, Handler>;

struct HandlerEnv
{
    SandboxStore &store;
    Downloads &downloads;
};

inline QString routeKey(const char *method, const char *pathTemplate)
{
    return QLatin1String(method) + u' ' + QLatin1String(pathTemplate);
}

// Resource type names, as the API spells them.
namespace Types {
inline const QString domains = QStringLiteral("alternativeDistributionDomains");
inline const QString keys = QStringLiteral("alternativeDistributionKeys");
inline const QString apps = QStringLiteral("apps");
inline const QString appStoreVersions = QStringLiteral("appStoreVersions");
inline const QString packages = QStringLiteral("alternativeDistributionPackages");
inline const QString packageVersions = QStringLiteral("alternativeDistributionPackageVersions");
inline const QString variants = QStringLiteral("alternativeDistributionPackageVariants");
inline const QString deltas = QStringLiteral("alternativeDistributionPackageDeltas");
inline const QString webhooks = QStringLiteral("webhooks");
inline const QString marketplaceWebhooks = QStringLiteral("marketplaceWebhooks");
} // namespace Types

/// The `{id}` path parameter.
inline QString pathId(const RequestContext &context)
{
    return context.pathParams.value(QStringLiteral("id"));
}

/// `data` of the (already schema-validated) JSON body.
QJsonObject requestData(const RequestContext &context);

/// relationships.<name>.data.id of a request's `data` (empty when absent).
QString relatedId(const QJsonObject &data, const QString &relationship);

/// 409 ENTITY_ERROR.RELATIONSHIP.INVALID pointing at /data/relationships/<name>.
HttpResponse invalidRelationship(const QString &relationship, const QString &detail);

/// 404 NOT_FOUND for `type` `id`.
inline HttpResponse notFoundResponse(const QString &type, const QString &id)
{
    return errorResponse(notFound(type, id));
}

/// Comma-separated values of a query parameter (empty when absent).
QStringList queryList(const RequestContext &context, const QString &name);

/// Adds the resources a row's `include`d relationships point to.
template <typename T>
using IncludeFn = std::function<void(const T &, IncludedResources &)>;

/// A paged collection of `rows` (in order), each turned into JSON by `toJson`,
/// with `include`'s resources in `included`; `sorted` as for Paging::slice.
template <typename T>
HttpResponse pagedList(const JsonApiWriter &writer, const QList<const T *> &rows,
                       const std::function<QJsonObject(const T &)> &toJson,
                       const IncludeFn<T> &include = {}, bool sorted = false)
{
    const auto parsed = Paging::parse(writer.context().request.query);
    if (const auto *error = std::get_if<AppleError>(&parsed))
        return errorResponse(*error);
    PageInfo page;
    QJsonArray data;
    IncludedResources included;
    for (const T *row : Paging::slice(rows, std::get<PageRequest>(parsed), sorted, &page)) {
        data.append(toJson(*row));
        if (include)
            include(*row, included);
    }
    return writer.collection(data, page, included.array());
}

/// The same, as a linkage document ({type, id} items) for /relationships/ paths.
template <typename T>
HttpResponse pagedLinkages(const JsonApiWriter &writer, const QList<const T *> &rows,
                           const QString &type)
{
    return pagedList<T>(writer, rows,
                        [&](const T &row) { return JsonApiWriter::linkage(type, row.id); });
}

/// GET of one row of `table` by {id}: the resource document or 404.
template <typename T>
Handler getById(const Table<T> &table, const QString &type,
                const std::function<QJsonObject(const JsonApiWriter &, const T &)> &toJson)
{
    return [&table, type, toJson](const RequestContext &context) {
        const T *row = table.find(pathId(context));
        if (!row)
            return notFoundResponse(type, pathId(context));
        const JsonApiWriter writer(context);
        return writer.single(toJson(writer, *row));
    };
}

/// DELETE of one row of `table` by {id}: 204 or 404.
template <typename T>
Handler deleteById(Table<T> &table, const QString &type)
{
    return [&table, type](const RequestContext &context) {
        return table.remove(pathId(context)) ? HttpResponse::noContent()
                                             : notFoundResponse(type, pathId(context));
    };
}

} // namespace Sandbox
