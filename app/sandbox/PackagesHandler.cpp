// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceHandlers.h"
#include "ResourceObjects.h"

namespace Sandbox {

namespace {

constexpr int kIncludedLimit = 50;

bool isEligibleState(const QString &appVersionState)
{
    return appVersionState == QLatin1String("PENDING_DEVELOPER_RELEASE")
        || appVersionState == QLatin1String("PENDING_APPLE_RELEASE")
        || appVersionState == QLatin1String("READY_FOR_DISTRIBUTION");
}

/// The package document, with its versions when include=versions.
HttpResponse packageDocument(const JsonApiWriter &writer, HandlerEnv &env,
                             const PackageRecord &package)
{
    if (!writer.includes(QStringLiteral("versions")))
        return writer.single(Resources::package(writer, env, package));
    bool ok = false;
    int limit = writer.context().request.query.queryItemValue(QStringLiteral("limit[versions]"))
                    .toInt(&ok);
    limit = ok && limit > 0 ? qMin(limit, kIncludedLimit) : kIncludedLimit;
    const auto versions = env.store.versionsOfPackage(package.id).mid(0, limit);
    QStringList ids;
    IncludedResources included;
    for (const PackageVersionRecord *version : versions) {
        ids.append(version->id);
        included.add(Resources::packageVersion(writer, env, *version));
    }
    return writer.single(Resources::package(writer, env, package, &ids), included.array());
}

} // namespace

void PackagesHandler::registerRoutes(RouteTable &routes, HandlerEnv &env)
{
    routes.insert(routeKey("GET", "/v1/alternativeDistributionPackages/{id}"),
                  [&env](const RequestContext &context) {
                      const PackageRecord *package = env.store.packages.find(pathId(context));
                      if (!package)
                          return notFoundResponse(Types::packages, pathId(context));
                      return packageDocument(JsonApiWriter(context), env, *package);
                  });

    const auto versionPackage = [&env](const RequestContext &context, bool linkageOnly) {
        const QString versionId = pathId(context);
        if (!env.store.appStoreVersions.find(versionId))
            return notFoundResponse(Types::appStoreVersions, versionId);
        const PackageRecord *package = env.store.packageForVersion(versionId);
        if (!package) {
            AppleError error = notFound(Types::packages, versionId);
            error.detail = tr("The App Store version '%1' has no alternative distribution "
                              "package.").arg(versionId);
            return errorResponse(error);
        }
        const JsonApiWriter writer(context);
        return linkageOnly ? writer.single(JsonApiWriter::linkage(Types::packages, package->id))
                           : packageDocument(writer, env, *package);
    };
    routes.insert(routeKey("GET", "/v1/appStoreVersions/{id}/alternativeDistributionPackage"),
                  [versionPackage](const RequestContext &context) {
                      return versionPackage(context, false);
                  });
    routes.insert(
        routeKey("GET", "/v1/appStoreVersions/{id}/relationships/alternativeDistributionPackage"),
        [versionPackage](const RequestContext &context) { return versionPackage(context, true); });

    routes.insert(routeKey("POST", "/v1/alternativeDistributionPackages"),
                  [&env](const RequestContext &context) {
                      const QString versionId =
                          relatedId(requestData(context), QStringLiteral("appStoreVersion"));
                      const QString relationship = QStringLiteral("appStoreVersion");
                      const AppStoreVersionRecord *version = env.store.appStoreVersions.find(versionId);
                      if (!version) {
                          return invalidRelationship(
                              relationship,
                              tr("There is no App Store version with id '%1'.").arg(versionId));
                      }
                      const AppRecord *app = env.store.apps.find(version->appId);
                      QString reason;
                      if (version->platform != QLatin1String("IOS")) {
                          reason = tr("The App Store version is for %1; alternative distribution "
                                      "packages exist only for iOS and iPadOS versions.")
                                       .arg(version->platform);
                      } else if (!app || app->distribution == Distribution::AppStoreOnly) {
                          reason = tr("The app is not set up for alternative distribution: it is "
                                      "neither a web-distribution app, nor connected to a "
                                      "marketplace, nor a marketplace.");
                      } else if (!isEligibleState(version->appVersionState)) {
                          reason = tr("The App Store version is in state %1; a package needs an "
                                      "approved version in PENDING_DEVELOPER_RELEASE, "
                                      "PENDING_APPLE_RELEASE or READY_FOR_DISTRIBUTION.")
                                       .arg(version->appVersionState);
                      }
                      if (!reason.isEmpty()) {
                          return errorResponse(conflict(
                              QStringLiteral("STATE_ERROR"),
                              tr("The request cannot be fulfilled because of the state of "
                                 "another resource."),
                              reason, QStringLiteral("/data/relationships/") + relationship));
                      }
                      if (const PackageRecord *existing = env.store.packageForVersion(versionId)) {
                          return invalidRelationship(
                              relationship, tr("The App Store version already has the "
                                               "alternative distribution package '%1'.")
                                                .arg(existing->id));
                      }
                      const QString packageId =
                          env.store.packages.insert({env.store.newUuid(), 0, versionId}).id;
                      // Apple processes the binary in the background; the sandbox
                      // makes the first package version available at once.
                      env.store.addPackageVersion(packageId, QStringLiteral("1"),
                                                  QStringLiteral("COMPLETED"));
                      const JsonApiWriter writer(context);
                      return writer.created(
                          Resources::package(writer, env, *env.store.packages.find(packageId)));
                  });
}

} // namespace Sandbox
