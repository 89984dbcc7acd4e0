// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Apps.h"

#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace AltDist {

class ApiClient;

/// The API lists an app's web-distribution key without naming the app
/// (alternativeDistributionKeys carry no relationships), so a key known to be
/// app-specific is matched by asking each app for its key. Calls `done` once
/// on `context`'s thread with the app, or nullopt when no app (or the lookup
/// itself) gives it; never if `context` dies first.
void findAppOfKey(ApiClient *client, const QString &keyId, QObject *context,
                  std::function<void(std::optional<App>)> done);

} // namespace AltDist
