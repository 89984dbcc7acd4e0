// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResourceEndpoint.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace AltDist {

/// Checksums: `{file: {hash, algorithm MD5|SHA_256}, composite: {hash, algorithm MD5}}`.
struct SourceFileChecksum
{
    QString fileHash;
    QString fileAlgorithm;
    QString compositeHash;
    QString compositeAlgorithm;
};

/// alternativeDistributionPackages: one per App Store version.
struct Package
{
    static constexpr const char kType[] = "alternativeDistributionPackages";
    static constexpr const char kFields[] = "sourceFileChecksum";

    QString id;
    SourceFileChecksum sourceFileChecksum;
    QJsonObject json; ///< the resource object exactly as the API returned it

    static Result<Package> fromJson(const QJsonObject &object);
};

class PackagesApi final
{
public:
    explicit PackagesApi(ApiClient *client) : m_endpoint(client) {}

    /// POST /v1/alternativeDistributionPackages with only relationships.appStoreVersion
    /// (AlternativeDistributionPackageCreateRequest). A second create for the
    /// same version answers 409.
    Pending<Package> createForVersion(const QString &versionId) const;
    Pending<Package> get(const QString &id) const { return m_endpoint.get(id); }
    /// GET /v1/appStoreVersions/{id}/alternativeDistributionPackage. A version
    /// without a package yet is normal, not an error: `data: null` and a 404
    /// NOT_FOUND both give nullopt (so an unknown version id also reads as
    /// "no package"; the ids come from listings, so that is not a concern).
    Pending<std::optional<Package>> forVersion(const QString &versionId) const
    {
        return m_endpoint.getRelated(QStringLiteral("appStoreVersions"), versionId,
                                     QStringLiteral("alternativeDistributionPackage"));
    }

private:
    ResourceEndpoint<Package> m_endpoint;
};

} // namespace AltDist
