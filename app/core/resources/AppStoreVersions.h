// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResourceEndpoint.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace AltDist {

/// appStoreVersions: the attributes that decide package eligibility.
struct AppStoreVersion
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::AppStoreVersion)
public:
    static constexpr const char kType[] = "appStoreVersions";
    static constexpr const char kFields[] =
        "platform,versionString,appStoreState,appVersionState,createdDate,reviewType";

    QString id;
    QString platform;        ///< IOS, MAC_OS, TV_OS, VISION_OS
    QString versionString;
    QString appStoreState;   ///< deprecated by Apple; used when appVersionState is absent
    QString appVersionState;
    QDateTime createdDate;
    QString reviewType;      ///< APP_STORE or NOTARIZATION
    QJsonObject json;        ///< the resource object exactly as the API returned it

    struct Eligibility
    {
        bool eligible = false;
        QString reason; ///< why not (translated); empty when eligible
    };

    /// Whether an alternative distribution package can be created for this
    /// version: iOS only, in Pending Developer Release, Pending Apple Release
    /// or Ready for Distribution (appVersionState; appStoreState's
    /// PENDING_DEVELOPER_RELEASE / PENDING_APPLE_RELEASE / READY_FOR_SALE when
    /// appVersionState is absent). Whether the app is set up for alternative
    /// distribution only the server can tell.
    Eligibility eligibility() const;
    /// appVersionState, or appStoreState when that is absent.
    QString effectiveState() const;

    static Result<AppStoreVersion> fromJson(const QJsonObject &object);
};

class AppStoreVersionsApi final
{
public:
    explicit AppStoreVersionsApi(ApiClient *client) : m_endpoint(client) {}

    /// GET /v1/apps/{appId}/appStoreVersions
    Pending<Page<AppStoreVersion>> listForApp(const QString &appId, int limit = Resources::kDefaultLimit) const
    {
        return m_endpoint.listRelated(QStringLiteral("apps"), appId, QStringLiteral("appStoreVersions"), limit);
    }
    /// GET /v1/appStoreVersions/{id}
    Pending<AppStoreVersion> get(const QString &id) const { return m_endpoint.get(id); }

private:
    ResourceEndpoint<AppStoreVersion> m_endpoint;
};

} // namespace AltDist
