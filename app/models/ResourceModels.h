// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The concrete list models. None loads anything in its constructor: the
// view's first fetchMore() (or refresh()) requests the first page.

#include "AppStoreVersions.h"
#include "Apps.h"
#include "Domains.h"
#include "Keys.h"
#include "PackageAssets.h"
#include "PackageVersions.h"
#include "ResourceModel.h"

#include <QSet>

namespace AltDist {

/// alternativeDistributionDomains. Domains show in Unicode (the ACE form in the tool tip).
class DomainsModel final : public ResourceModel<Domain>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainsModel)
public:
    enum Column { DomainColumn, ReferenceNameColumn, CreatedColumn, ColumnCount };
    explicit DomainsModel(ApiClient *client, QObject *parent = nullptr);

private:
    static QList<ColumnSpec> columns();
};

/// alternativeDistributionKeys. The API's key resource names no app, so the
/// model lists the keys tied to an app first (exists[app]=true), then the
/// account-wide ones (exists[app]=false), chained through links.next.
/// "App" shows the app id when known, "App-specific" for a key tied to an
/// app the listing does not name, else "Account-wide". totalCount() is the
/// total of the collection being paged (app keys, then account-wide keys).
class KeysModel final : public ResourceModel<DistributionKey>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeysModel)
public:
    enum Column { KeyIdColumn, AppColumn, PublicKeyColumn, ColumnCount };
    explicit KeysModel(ApiClient *client, QObject *parent = nullptr);

    /// The first 24 characters of the key's base64 (PEM armour and line
    /// breaks dropped) followed by "…".
    static QString shortPublicKey(const QString &publicKey);
    /// Whether the key of `row` belongs to one app (false: account-wide).
    bool isAppKey(int row) const;

protected:
    void adoptPage(Page<DistributionKey> &page, const QUrl &requested) override;

private:
    QList<ColumnSpec> columns();
    QString appText(const DistributionKey &key) const;

    QSet<QString> m_appKeyIds; ///< keys listed under exists[app]=true
};

/// apps.
class AppsModel final : public ResourceModel<App>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppsModel)
public:
    enum Column { NameColumn, BundleIdColumn, SkuColumn, PrimaryLocaleColumn, ColumnCount };
    explicit AppsModel(ApiClient *client, QObject *parent = nullptr);

private:
    static QList<ColumnSpec> columns();
};

/// An app's App Store versions, with whether a package can be created.
/// Ineligible versions stay selectable and enabled here (views show them);
/// wizards disable them using EligibleRole.
class AppStoreVersionsModel final : public ResourceModel<AppStoreVersion>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppStoreVersionsModel)
public:
    enum Column { PlatformColumn, VersionColumn, StateColumn, PackageColumn, ColumnCount };
    enum ExtraRole {
        EligibleRole = FirstCustomRole, ///< bool: AppStoreVersion::eligibility().eligible
        IneligibleReasonRole,           ///< QString: why not; empty when eligible
    };
    AppStoreVersionsModel(ApiClient *client, const QString &appId, QObject *parent = nullptr);

    QString appId() const { return m_appId; }
    QHash<int, QByteArray> roleNames() const override;

protected:
    QVariant customData(const AppStoreVersion &item, int column, int role) const override;

private:
    static QList<ColumnSpec> columns();
    QString m_appId;
};

/// A package's versions.
class PackageVersionsModel final : public ResourceModel<PackageVersion>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageVersionsModel)
public:
    enum Column { VersionColumn, StateColumn, ChecksumColumn, UrlExpiresColumn, ColumnCount };
    PackageVersionsModel(ApiClient *client, const QString &packageId, QObject *parent = nullptr);

    QString packageId() const { return m_packageId; }

private:
    static QList<ColumnSpec> columns();
    QString m_packageId;
};

/// The column table VariantsModel and DeltasModel share (ResourceModels.cpp
/// instantiates it for Variant and Delta).
template <typename T>
QList<typename ResourceModel<T>::ColumnSpec> packageAssetColumns();

/// What VariantsModel and DeltasModel share: the list of a package
/// version's variants or deltas (T = Variant or Delta).
template <typename T>
class PackageAssetModel : public ResourceModel<T>
{
public:
    enum Column { IdColumn, ChecksumColumn, UrlExpiresColumn, KeyBlobColumn, ColumnCount };

    QString versionId() const { return m_versionId; }

protected:
    PackageAssetModel(ApiClient *client, const QString &versionId, QObject *parent)
        : ResourceModel<T>(
              client,
              [versionId](ApiClient *c, int limit) {
                  return PackageAssetsApi<T>(c).listForVersion(versionId, limit);
              },
              packageAssetColumns<T>(), parent),
          m_versionId(versionId)
    {
    }

private:
    QString m_versionId;
};

/// A package version's variants.
class VariantsModel final : public PackageAssetModel<Variant>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VariantsModel)
public:
    VariantsModel(ApiClient *client, const QString &versionId, QObject *parent = nullptr);
};

/// A package version's deltas.
class DeltasModel final : public PackageAssetModel<Delta>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeltasModel)
public:
    DeltasModel(ApiClient *client, const QString &versionId, QObject *parent = nullptr);
};

} // namespace AltDist
