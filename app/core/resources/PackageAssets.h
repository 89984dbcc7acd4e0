// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResourceEndpoint.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace AltDist {

/// What variants and deltas share: a signed download URL, its expiry, the
/// file's checksum (SHA-256 hex for variants) and the key blob for licensing.
struct PackageAsset
{
    QString id;
    QUrl url;
    QDateTime urlExpirationDate;
    QString fileChecksum;
    QString alternativeDistributionKeyBlob; ///< base64, as sent
    QJsonObject json;                       ///< the resource object exactly as the API returned it

protected:
    template <typename T>
    static Result<T> decodeAsset(const QJsonObject &object);
};

/// alternativeDistributionPackageVariants: an encrypted installable app for one device class.
struct Variant : PackageAsset
{
    static constexpr const char kType[] = "alternativeDistributionPackageVariants";
    static constexpr const char kRelationship[] = "variants";
    static constexpr const char kFields[] = "url,urlExpirationDate,alternativeDistributionKeyBlob,fileChecksum";
    static Result<Variant> fromJson(const QJsonObject &object);
};

/// alternativeDistributionPackageDeltas: an encrypted partial bundle upgrading from an earlier version.
struct Delta : PackageAsset
{
    static constexpr const char kType[] = "alternativeDistributionPackageDeltas";
    static constexpr const char kRelationship[] = "deltas";
    static constexpr const char kFields[] = "url,urlExpirationDate,alternativeDistributionKeyBlob,fileChecksum";
    static Result<Delta> fromJson(const QJsonObject &object);
};

/// Variants or deltas of a package version (T = Variant or Delta).
template <typename T>
class PackageAssetsApi final
{
public:
    explicit PackageAssetsApi(ApiClient *client) : m_endpoint(client) {}

    /// GET /v1/alternativeDistributionPackageVersions/{id}/<variants|deltas>
    Pending<Page<T>> listForVersion(const QString &versionId, int limit = Resources::kDefaultLimit) const
    {
        return m_endpoint.listRelated(QStringLiteral("alternativeDistributionPackageVersions"), versionId,
                                      QLatin1String(T::kRelationship), limit);
    }
    /// GET /v1/<type>/{id}: also how an expired URL is refreshed.
    Pending<T> get(const QString &id) const { return m_endpoint.get(id); }

    ApiClient *client() const { return m_endpoint.client(); }

private:
    ResourceEndpoint<T> m_endpoint;
};

using VariantsApi = PackageAssetsApi<Variant>;
using DeltasApi = PackageAssetsApi<Delta>;

} // namespace AltDist
