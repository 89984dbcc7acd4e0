// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceModels.h"

#include "DomainName.h"
#include "ResourceLabels.h"

#include <QRegularExpression>
#include <QUrlQuery>
#include <QVersionNumber>

namespace AltDist {

namespace {

/// "2.10.0" after "2.9.1": a QVersionNumber when the text is one, else the text.
QVariant versionSortKey(const QString &version)
{
    qsizetype suffix = 0;
    const QVersionNumber number = QVersionNumber::fromString(version, &suffix);
    if (number.isNull() || suffix != version.size())
        return version;
    return QVariant::fromValue(number);
}

} // namespace

// --- DomainsModel ---

DomainsModel::DomainsModel(ApiClient *client, QObject *parent)
    : ResourceModel(
          client, [](ApiClient *c, int limit) { return DomainsApi(c).list(limit); }, columns(), parent)
{
}

QList<DomainsModel::ColumnSpec> DomainsModel::columns()
{
    return {
        {tr("Domain"), [](const Domain &d) { return QVariant(DomainName::display(d.domain)); },
         [](const Domain &d) { return QVariant(DomainName::display(d.domain).toLower()); },
         [](const Domain &d) {
             const QString shown = DomainName::display(d.domain);
             return QVariant(shown == d.domain ? shown : tr("%1 (%2)").arg(shown, d.domain));
         }},
        {tr("Reference name"), [](const Domain &d) { return QVariant(d.referenceName); }},
        {tr("Created"), [](const Domain &d) { return QVariant(ResourceLabels::localDateTime(d.createdDate)); },
         [](const Domain &d) { return QVariant(d.createdDate); }},
    };
}

// --- KeysModel ---

namespace {

const QString kExistsApp = QStringLiteral("exists[app]");

/// The first page of the account-wide keys, as a path-only links.next.
QUrl accountWideKeysPage(int limit)
{
    QUrlQuery query = Resources::fieldsQuery(QLatin1String(DistributionKey::kType),
                                             QLatin1String(DistributionKey::kFields));
    query.addQueryItem(kExistsApp, QStringLiteral("false"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    QUrl url;
    url.setPath(Resources::collectionPath(QLatin1String(DistributionKey::kType)));
    url.setQuery(query);
    return url;
}

} // namespace

KeysModel::KeysModel(ApiClient *client, QObject *parent)
    : ResourceModel(
          client, [](ApiClient *c, int limit) { return KeysApi(c).list(limit, /*existsApp=*/true); }, columns(),
          parent)
{
}

void KeysModel::adoptPage(Page<DistributionKey> &page, const QUrl &requested)
{
    const bool appKeys =
        QUrlQuery(requested).queryItemValue(kExistsApp, QUrl::FullyDecoded) != QLatin1String("false");
    if (!appKeys)
        return;
    for (const DistributionKey &key : std::as_const(page.items))
        m_appKeyIds.insert(key.id);
    if (!page.hasNext())
        page.next = accountWideKeysPage(page.limit > 0 ? page.limit : pageSize());
}

bool KeysModel::isAppKey(int row) const
{
    return row >= 0 && row < itemCount() && (!itemAt(row).appId.isEmpty() || m_appKeyIds.contains(itemAt(row).id));
}

QString KeysModel::appText(const DistributionKey &key) const
{
    if (!key.appId.isEmpty())
        return key.appId;
    return m_appKeyIds.contains(key.id) ? tr("App-specific") : tr("Account-wide");
}

QString KeysModel::shortPublicKey(const QString &publicKey)
{
    static const QRegularExpression armour(QStringLiteral("-----[^-]*-----"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString body = publicKey;
    body.remove(armour);
    body.remove(space);
    if (body.size() <= 24)
        return body;
    return body.left(24) + QStringLiteral("…");
}

QList<KeysModel::ColumnSpec> KeysModel::columns()
{
    return {
        {tr("Key ID"), [](const DistributionKey &k) { return QVariant(k.id); }},
        {tr("App"), [this](const DistributionKey &k) { return QVariant(appText(k)); }},
        {tr("Public key"), [](const DistributionKey &k) { return QVariant(shortPublicKey(k.publicKey)); },
         [](const DistributionKey &k) { return QVariant(k.publicKey); },
         [](const DistributionKey &k) { return QVariant(k.publicKey); }},
    };
}

// --- AppsModel ---

AppsModel::AppsModel(ApiClient *client, QObject *parent)
    : ResourceModel(
          client, [](ApiClient *c, int limit) { return AppsApi(c).list(limit); }, columns(), parent)
{
}

QList<AppsModel::ColumnSpec> AppsModel::columns()
{
    return {
        {tr("Name"), [](const App &a) { return QVariant(a.name); }},
        {tr("Bundle ID"), [](const App &a) { return QVariant(a.bundleId); }},
        {tr("SKU"), [](const App &a) { return QVariant(a.sku); }},
        {tr("Primary locale"), [](const App &a) { return QVariant(a.primaryLocale); }},
    };
}

// --- AppStoreVersionsModel ---

AppStoreVersionsModel::AppStoreVersionsModel(ApiClient *client, const QString &appId, QObject *parent)
    : ResourceModel(
          client,
          [appId](ApiClient *c, int limit) { return AppStoreVersionsApi(c).listForApp(appId, limit); },
          columns(), parent),
      m_appId(appId)
{
}

QList<AppStoreVersionsModel::ColumnSpec> AppStoreVersionsModel::columns()
{
    return {
        {tr("Platform"), [](const AppStoreVersion &v) { return QVariant(ResourceLabels::platform(v.platform)); }},
        {tr("Version"), [](const AppStoreVersion &v) { return QVariant(v.versionString); },
         [](const AppStoreVersion &v) { return versionSortKey(v.versionString); }},
        {tr("State"),
         [](const AppStoreVersion &v) { return QVariant(ResourceLabels::versionState(v.effectiveState())); }},
        {tr("Package"),
         [](const AppStoreVersion &v) {
             const AppStoreVersion::Eligibility e = v.eligibility();
             return QVariant(e.eligible ? tr("Eligible") : e.reason);
         }},
    };
}

QVariant AppStoreVersionsModel::customData(const AppStoreVersion &item, int column, int role) const
{
    Q_UNUSED(column)
    if (role == EligibleRole)
        return item.eligibility().eligible;
    if (role == IneligibleReasonRole)
        return item.eligibility().reason;
    return {};
}

QHash<int, QByteArray> AppStoreVersionsModel::roleNames() const
{
    QHash<int, QByteArray> names = ResourceModel::roleNames();
    names.insert(EligibleRole, QByteArrayLiteral("eligible"));
    names.insert(IneligibleReasonRole, QByteArrayLiteral("ineligibleReason"));
    return names;
}

// --- PackageVersionsModel ---

PackageVersionsModel::PackageVersionsModel(ApiClient *client, const QString &packageId, QObject *parent)
    : ResourceModel(
          client,
          [packageId](ApiClient *c, int limit) { return PackageVersionsApi(c).listForPackage(packageId, limit); },
          columns(), parent),
      m_packageId(packageId)
{
}

QList<PackageVersionsModel::ColumnSpec> PackageVersionsModel::columns()
{
    return {
        {tr("Version"), [](const PackageVersion &v) { return QVariant(v.version); },
         [](const PackageVersion &v) { return versionSortKey(v.version); }},
        {tr("State"), [](const PackageVersion &v) { return QVariant(ResourceLabels::packageVersionState(v.state)); }},
        {tr("Checksum"), [](const PackageVersion &v) { return QVariant(v.fileChecksum); }},
        {tr("URL expires"),
         [](const PackageVersion &v) { return QVariant(ResourceLabels::localDateTime(v.urlExpirationDate)); },
         [](const PackageVersion &v) { return QVariant(v.urlExpirationDate); }},
    };
}

// --- Variants and deltas ---

template <typename T>
QList<typename ResourceModel<T>::ColumnSpec> packageAssetColumns()
{
    // The texts are marked with QT_TRANSLATE_NOOP and translated here.
    const auto text = [](const char *source) { return QCoreApplication::translate("AltDist::PackageAssetModel", source); };
    return {
        {text(QT_TRANSLATE_NOOP("AltDist::PackageAssetModel", "ID")), [](const T &a) { return QVariant(a.id); }},
        {text(QT_TRANSLATE_NOOP("AltDist::PackageAssetModel", "Checksum")),
         [](const T &a) { return QVariant(a.fileChecksum); }},
        {text(QT_TRANSLATE_NOOP("AltDist::PackageAssetModel", "URL expires")),
         [](const T &a) { return QVariant(ResourceLabels::localDateTime(a.urlExpirationDate)); },
         [](const T &a) { return QVariant(a.urlExpirationDate); }},
        {text(QT_TRANSLATE_NOOP("AltDist::PackageAssetModel", "Key blob")),
         [](const T &a) { return QVariant(ResourceLabels::yesNo(!a.alternativeDistributionKeyBlob.isEmpty())); }},
    };
}

template QList<ResourceModel<Variant>::ColumnSpec> packageAssetColumns<Variant>();
template QList<ResourceModel<Delta>::ColumnSpec> packageAssetColumns<Delta>();

VariantsModel::VariantsModel(ApiClient *client, const QString &versionId, QObject *parent)
    : PackageAssetModel(client, versionId, parent)
{
}

DeltasModel::DeltasModel(ApiClient *client, const QString &versionId, QObject *parent)
    : PackageAssetModel(client, versionId, parent)
{
}

} // namespace AltDist
