// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppStoreVersions.h"

#include "ResourceLabels.h"

#include <QStringList>

namespace AltDist {

Result<AppStoreVersion> AppStoreVersion::fromJson(const QJsonObject &object)
{
    return Resources::decodeResource<AppStoreVersion>(object, [&](AppStoreVersion &v) {
        v.platform = JsonApi::attribute(object, QStringLiteral("platform"));
        v.versionString = JsonApi::attribute(object, QStringLiteral("versionString"));
        v.appStoreState = JsonApi::attribute(object, QStringLiteral("appStoreState"));
        v.appVersionState = JsonApi::attribute(object, QStringLiteral("appVersionState"));
        v.createdDate = JsonApi::dateAttribute(object, QStringLiteral("createdDate"));
        v.reviewType = JsonApi::attribute(object, QStringLiteral("reviewType"));
    });
}

QString AppStoreVersion::effectiveState() const
{
    return appVersionState.isEmpty() ? appStoreState : appVersionState;
}

AppStoreVersion::Eligibility AppStoreVersion::eligibility() const
{
    if (platform != QLatin1String("IOS")) {
        return {false, tr("Only iOS and iPadOS versions can have an alternative distribution package; "
                          "this version is for %1.")
                           .arg(platform.isEmpty() ? tr("an unknown platform") : ResourceLabels::platform(platform))};
    }
    // AppVersionState values; READY_FOR_SALE is appStoreState's name for READY_FOR_DISTRIBUTION.
    static const QStringList versionStates{QStringLiteral("PENDING_DEVELOPER_RELEASE"),
                                           QStringLiteral("PENDING_APPLE_RELEASE"),
                                           QStringLiteral("READY_FOR_DISTRIBUTION")};
    static const QStringList storeStates{QStringLiteral("PENDING_DEVELOPER_RELEASE"),
                                         QStringLiteral("PENDING_APPLE_RELEASE"), QStringLiteral("READY_FOR_SALE")};
    const bool fromVersionState = !appVersionState.isEmpty();
    const QString state = effectiveState();
    if ((fromVersionState ? versionStates : storeStates).contains(state))
        return {true, {}};
    return {false, tr("This version is %1; a package can only be created for an approved version "
                      "that is Pending Developer Release, Pending Apple Release or Ready for Distribution.")
                       .arg(state.isEmpty() ? tr("in an unknown state") : ResourceLabels::versionState(state))};
}

} // namespace AltDist
