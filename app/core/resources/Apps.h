// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResourceEndpoint.h"

#include <QJsonObject>
#include <QString>

namespace AltDist {

/// apps: only the attributes AltDist shows.
struct App
{
    static constexpr const char kType[] = "apps";
    static constexpr const char kFields[] = "name,bundleId,sku,primaryLocale";

    QString id;
    QString name;
    QString bundleId;
    QString sku;
    QString primaryLocale;
    QJsonObject json; ///< the resource object exactly as the API returned it

    static Result<App> fromJson(const QJsonObject &object);
};

class AppsApi final
{
public:
    explicit AppsApi(ApiClient *client) : m_endpoint(client) {}

    /// GET /v1/apps?fields[apps]=name,bundleId,sku,primaryLocale&limit=
    Pending<Page<App>> list(int limit = Resources::kDefaultLimit) const { return m_endpoint.list(limit); }
    Pending<App> get(const QString &id) const { return m_endpoint.get(id); }

private:
    ResourceEndpoint<App> m_endpoint;
};

} // namespace AltDist
