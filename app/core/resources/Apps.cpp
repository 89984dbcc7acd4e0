// SPDX-License-Identifier: GPL-3.0-or-later
#include "Apps.h"

namespace AltDist {

Result<App> App::fromJson(const QJsonObject &object)
{
    return Resources::decodeResource<App>(object, [&](App &a) {
        a.name = JsonApi::attribute(object, QStringLiteral("name"));
        a.bundleId = JsonApi::attribute(object, QStringLiteral("bundleId"));
        a.sku = JsonApi::attribute(object, QStringLiteral("sku"));
        a.primaryLocale = JsonApi::attribute(object, QStringLiteral("primaryLocale"));
    });
}

} // namespace AltDist
