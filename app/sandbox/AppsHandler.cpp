// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceHandlers.h"
#include "ResourceObjects.h"

#include <algorithm>

namespace Sandbox {

namespace {

/// True when the filter is absent or lists `value`.
bool matches(const QStringList &filter, const QString &value)
{
    return filter.isEmpty() || filter.contains(value);
}

QList<const AppRecord *> selectApps(const RequestContext &context, const SandboxStore &store)
{
    const QStringList ids = queryList(context, QStringLiteral("filter[id]"));
    const QStringList bundleIds = queryList(context, QStringLiteral("filter[bundleId]"));
    const QStringList skus = queryList(context, QStringLiteral("filter[sku]"));
    const QStringList names = queryList(context, QStringLiteral("filter[name]"));
    QList<const AppRecord *> rows = store.apps.select([&](const AppRecord &app) {
        const bool nameMatches = names.isEmpty()
            || std::any_of(names.cbegin(), names.cend(), [&](const QString &name) {
                   return app.name.contains(name, Qt::CaseInsensitive);
               });
        return matches(ids, app.id) && matches(bundleIds, app.bundleId) && matches(skus, app.sku)
            && nameMatches;
    });
    // sort=name,-sku: stable sorts from the last key to the first.
    const QStringList sortKeys = queryList(context, QStringLiteral("sort"));
    for (auto key = sortKeys.crbegin(); key != sortKeys.crend(); ++key) {
        const bool descending = key->startsWith(u'-');
        const QString field = descending ? key->mid(1) : *key;
        const auto value = [&field](const AppRecord *app) {
            return field == QLatin1String("bundleId") ? app->bundleId
                : field == QLatin1String("sku")       ? app->sku
                                                      : app->name;
        };
        std::stable_sort(rows.begin(), rows.end(), [&](const AppRecord *a, const AppRecord *b) {
            const int order = value(a).compare(value(b), Qt::CaseInsensitive);
            return descending ? order > 0 : order < 0;
        });
    }
    return rows;
}

void includeForVersion(const JsonApiWriter &writer, HandlerEnv &env,
                       const AppStoreVersionRecord &version, IncludedResources &included)
{
    if (writer.includes(QStringLiteral("app"))) {
        if (const AppRecord *app = env.store.apps.find(version.appId))
            included.add(Resources::app(writer, *app));
    }
    if (writer.includes(QStringLiteral("alternativeDistributionPackage"))) {
        if (const PackageRecord *package = env.store.packageForVersion(version.id))
            included.add(Resources::package(writer, env, *package));
    }
}

} // namespace

void AppsHandler::registerRoutes(RouteTable &routes, HandlerEnv &env)
{
    routes.insert(routeKey("GET", "/v1/apps"), [&env](const RequestContext &context) {
        const JsonApiWriter writer(context);
        return pagedList<AppRecord>(
            writer, selectApps(context, env.store),
            [&](const AppRecord &app) { return Resources::app(writer, app); }, {},
            context.request.query.hasQueryItem(QStringLiteral("sort")));
    });

    routes.insert(routeKey("GET", "/v1/apps/{id}"),
                  getById<AppRecord>(env.store.apps, Types::apps, &Resources::app));

    routes.insert(routeKey("GET", "/v1/apps/{id}/appStoreVersions"),
                  [&env](const RequestContext &context) {
                      const JsonApiWriter writer(context);
                      const QString appId = pathId(context);
                      if (!env.store.apps.find(appId))
                          return notFoundResponse(Types::apps, appId);
                      const QStringList platforms = queryList(context, QStringLiteral("filter[platform]"));
                      const QStringList versionStrings =
                          queryList(context, QStringLiteral("filter[versionString]"));
                      const QStringList storeStates =
                          queryList(context, QStringLiteral("filter[appStoreState]"));
                      const QStringList versionStates =
                          queryList(context, QStringLiteral("filter[appVersionState]"));
                      const QStringList ids = queryList(context, QStringLiteral("filter[id]"));
                      const auto rows = env.store.appStoreVersions.select(
                          [&](const AppStoreVersionRecord &version) {
                              return version.appId == appId && matches(platforms, version.platform)
                                  && matches(versionStrings, version.versionString)
                                  && matches(storeStates, version.appStoreState)
                                  && matches(versionStates, version.appVersionState)
                                  && matches(ids, version.id);
                          });
                      return pagedList<AppStoreVersionRecord>(
                          writer, rows,
                          [&](const AppStoreVersionRecord &version) {
                              return Resources::appStoreVersion(writer, env, version);
                          },
                          [&](const AppStoreVersionRecord &version, IncludedResources &included) {
                              includeForVersion(writer, env, version, included);
                          });
                  });

    routes.insert(routeKey("GET", "/v1/appStoreVersions/{id}"),
                  [&env](const RequestContext &context) {
                      const JsonApiWriter writer(context);
                      const AppStoreVersionRecord *version =
                          env.store.appStoreVersions.find(pathId(context));
                      if (!version)
                          return notFoundResponse(Types::appStoreVersions, pathId(context));
                      IncludedResources included;
                      includeForVersion(writer, env, *version, included);
                      return writer.single(Resources::appStoreVersion(writer, env, *version),
                                           included.array());
                  });
}

} // namespace Sandbox
