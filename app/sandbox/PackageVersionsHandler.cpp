// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceHandlers.h"
#include "ResourceObjects.h"

namespace Sandbox {

namespace {

void includeForVersion(const JsonApiWriter &writer, HandlerEnv &env,
                       const PackageVersionRecord &version, IncludedResources &included)
{
    if (writer.includes(QStringLiteral("variants"))) {
        for (const AssetRecord *variant : env.store.variantsOf(version.id))
            included.add(Resources::variant(writer, env, *variant));
    }
    if (writer.includes(QStringLiteral("deltas"))) {
        for (const AssetRecord *delta : env.store.deltasOf(version.id))
            included.add(Resources::delta(writer, env, *delta));
    }
    if (writer.includes(QStringLiteral("alternativeDistributionPackage"))) {
        if (const PackageRecord *package = env.store.packages.find(version.packageId))
            included.add(Resources::package(writer, env, *package));
    }
}

} // namespace

void PackageVersionsHandler::registerRoutes(RouteTable &routes, HandlerEnv &env)
{
    const auto versions = [&env](const RequestContext &context, bool linkageOnly) {
        const QString packageId = pathId(context);
        if (!env.store.packages.find(packageId))
            return notFoundResponse(Types::packages, packageId);
        const QStringList states = linkageOnly ? QStringList()
                                               : queryList(context, QStringLiteral("filter[state]"));
        const auto rows = env.store.packageVersions.select([&](const PackageVersionRecord &version) {
            return version.packageId == packageId
                && (states.isEmpty() || states.contains(version.state));
        });
        const JsonApiWriter writer(context);
        if (linkageOnly)
            return pagedLinkages<PackageVersionRecord>(writer, rows, Types::packageVersions);
        return pagedList<PackageVersionRecord>(
            writer, rows,
            [&](const PackageVersionRecord &version) {
                return Resources::packageVersion(writer, env, version);
            },
            [&](const PackageVersionRecord &version, IncludedResources &included) {
                includeForVersion(writer, env, version, included);
            });
    };
    routes.insert(routeKey("GET", "/v1/alternativeDistributionPackages/{id}/versions"),
                  [versions](const RequestContext &context) { return versions(context, false); });
    routes.insert(routeKey("GET", "/v1/alternativeDistributionPackages/{id}/relationships/versions"),
                  [versions](const RequestContext &context) { return versions(context, true); });

    routes.insert(routeKey("GET", "/v1/alternativeDistributionPackageVersions/{id}"),
                  [&env](const RequestContext &context) {
                      const PackageVersionRecord *version =
                          env.store.packageVersions.find(pathId(context));
                      if (!version)
                          return notFoundResponse(Types::packageVersions, pathId(context));
                      const JsonApiWriter writer(context);
                      IncludedResources included;
                      includeForVersion(writer, env, *version, included);
                      return writer.single(Resources::packageVersion(writer, env, *version),
                                           included.array());
                  });
}

} // namespace Sandbox
