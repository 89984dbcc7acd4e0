// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageVersions.h"

#include "Packages.h"

namespace AltDist {

QString PackageVersion::stateName(State state)
{
    switch (state) {
    case State::Completed: return QStringLiteral("COMPLETED");
    case State::Replaced: return QStringLiteral("REPLACED");
    }
    return {};
}

Result<PackageVersion> PackageVersion::fromJson(const QJsonObject &object)
{
    return Resources::decodeResource<PackageVersion>(object, [&](PackageVersion &v) {
        v.version = JsonApi::attribute(object, QStringLiteral("version"));
        v.state = JsonApi::attribute(object, QStringLiteral("state"));
        v.url = QUrl(JsonApi::attribute(object, QStringLiteral("url")), QUrl::StrictMode);
        v.urlExpirationDate = JsonApi::dateAttribute(object, QStringLiteral("urlExpirationDate"));
        v.fileChecksum = JsonApi::attribute(object, QStringLiteral("fileChecksum"));
    });
}

Pending<Page<PackageVersion>> PackageVersionsApi::listForPackage(const QString &packageId, int limit,
                                                                 std::optional<PackageVersion::State> state) const
{
    QUrlQuery extra;
    if (state)
        extra.addQueryItem(QStringLiteral("filter[state]"), PackageVersion::stateName(*state));
    return m_endpoint.listRelated(QLatin1String(Package::kType), packageId, QStringLiteral("versions"), limit, extra);
}

} // namespace AltDist
