// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Each record as its API resource object (attributes, relationships, links),
// shared by the handlers that list, read and include them.

#include "SandboxRoutes.h"

namespace Sandbox::Resources {

QJsonObject domain(const JsonApiWriter &writer, const DomainRecord &domain);
QJsonObject key(const JsonApiWriter &writer, const KeyRecord &key);
QJsonObject app(const JsonApiWriter &writer, const AppRecord &app);
QJsonObject appStoreVersion(const JsonApiWriter &writer, HandlerEnv &env,
                            const AppStoreVersionRecord &version);
/// With `versionIds` (include=versions) the versions relationship carries data.
QJsonObject package(const JsonApiWriter &writer, HandlerEnv &env, const PackageRecord &package,
                    const QStringList *versionIds = nullptr);
QJsonObject packageVersion(const JsonApiWriter &writer, HandlerEnv &env,
                           const PackageVersionRecord &version);
QJsonObject variant(const JsonApiWriter &writer, HandlerEnv &env, const AssetRecord &variant);
QJsonObject delta(const JsonApiWriter &writer, HandlerEnv &env, const AssetRecord &delta);
QJsonObject webhook(const JsonApiWriter &writer, const WebhookRecord &webhook);
QJsonObject marketplaceWebhook(const JsonApiWriter &writer,
                               const MarketplaceWebhookRecord &webhook);

} // namespace Sandbox::Resources
