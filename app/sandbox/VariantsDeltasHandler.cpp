// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceHandlers.h"
#include "ResourceObjects.h"

namespace Sandbox {

namespace {

using AssetJson = QJsonObject (*)(const JsonApiWriter &, HandlerEnv &, const AssetRecord &);

/// The list, linkage list and single-resource routes of variants or deltas.
void registerAssets(RouteTable &routes, HandlerEnv &env, const QString &name, const QString &type,
                    Table<AssetRecord> SandboxStore::*table, AssetJson toJson)
{
    const auto list = [&env, table, type, toJson](const RequestContext &context, bool linkageOnly) {
        const QString versionId = pathId(context);
        if (!env.store.packageVersions.find(versionId))
            return notFoundResponse(Types::packageVersions, versionId);
        const auto rows = (env.store.*table).select(
            [&](const AssetRecord &asset) { return asset.packageVersionId == versionId; });
        const JsonApiWriter writer(context);
        if (linkageOnly)
            return pagedLinkages<AssetRecord>(writer, rows, type);
        return pagedList<AssetRecord>(writer, rows, [&](const AssetRecord &asset) {
            return toJson(writer, env, asset);
        });
    };
    const QString versionPath = QStringLiteral("/v1/alternativeDistributionPackageVersions/{id}/");
    routes.insert(QStringLiteral("GET ") + versionPath + name,
                  [list](const RequestContext &context) { return list(context, false); });
    routes.insert(QStringLiteral("GET ") + versionPath + QStringLiteral("relationships/") + name,
                  [list](const RequestContext &context) { return list(context, true); });

    routes.insert(QStringLiteral("GET /v1/") + type + QStringLiteral("/{id}"),
                  getById<AssetRecord>(env.store.*table, type,
                                       [&env, toJson](const JsonApiWriter &writer,
                                                      const AssetRecord &asset) {
                                           return toJson(writer, env, asset);
                                       }));
}

} // namespace

void VariantsDeltasHandler::registerRoutes(RouteTable &routes, HandlerEnv &env)
{
    registerAssets(routes, env, QStringLiteral("variants"), Types::variants, &SandboxStore::variants,
                   &Resources::variant);
    registerAssets(routes, env, QStringLiteral("deltas"), Types::deltas, &SandboxStore::deltas,
                   &Resources::delta);
}

} // namespace Sandbox
