// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResourceEndpoint.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace AltDist {

/// alternativeDistributionPackageVersions: one build of a package; its `url`
/// downloads alternative-distribution-package.zip (manifest.json + signature).
struct PackageVersion
{
    static constexpr const char kType[] = "alternativeDistributionPackageVersions";
    static constexpr const char kFields[] = "version,state,url,urlExpirationDate,fileChecksum";

    /// The spec's enum for `state` and `filter[state]`.
    enum class State { Completed, Replaced };
    static QString stateName(State state);

    QString id;
    QString version;
    QString state;            ///< COMPLETED or REPLACED, as sent
    QUrl url;                 ///< signed; stops working at urlExpirationDate
    QDateTime urlExpirationDate;
    QString fileChecksum;
    QJsonObject json;         ///< the resource object exactly as the API returned it

    static Result<PackageVersion> fromJson(const QJsonObject &object);
};

class PackageVersionsApi final
{
public:
    explicit PackageVersionsApi(ApiClient *client) : m_endpoint(client) {}

    /// GET /v1/alternativeDistributionPackages/{id}/versions[?filter[state]=...]
    Pending<Page<PackageVersion>> listForPackage(const QString &packageId, int limit = Resources::kDefaultLimit,
                                                 std::optional<PackageVersion::State> state = std::nullopt) const;
    Pending<PackageVersion> get(const QString &id) const { return m_endpoint.get(id); }

    ApiClient *client() const { return m_endpoint.client(); }

private:
    ResourceEndpoint<PackageVersion> m_endpoint;
};

} // namespace AltDist
