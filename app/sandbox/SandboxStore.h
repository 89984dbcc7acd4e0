// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sandbox's state: plain records in insertion-ordered tables. Handlers
// apply Apple's rules; the store only keeps and finds things.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>

namespace Sandbox {

/// How an app takes part in EU alternative distribution (not an API
/// attribute: App Store Connect keeps it in the business agreements).
enum class Distribution { AppStoreOnly, WebDistribution, MarketplaceConnected, AlternativeMarketplace };

struct DomainRecord
{
    QString id;
    qint64 seq = 0;
    QString domain;
    QString referenceName;
    QDateTime createdDate;
};

struct KeyRecord
{
    QString id;
    qint64 seq = 0;
    QString publicKey; ///< PEM
    QString appId;     ///< empty: covers every alternative-distribution app
};

struct AppRecord
{
    QString id;
    qint64 seq = 0;
    QString name;
    QString bundleId;
    QString sku;
    QString primaryLocale;
    Distribution distribution = Distribution::AppStoreOnly;
};

struct AppStoreVersionRecord
{
    QString id;
    qint64 seq = 0;
    QString appId;
    QString platform;        ///< IOS, MAC_OS, TV_OS, VISION_OS
    QString versionString;
    QString appStoreState;   ///< deprecated AppStoreVersionState
    QString appVersionState; ///< AppVersionState
    QString releaseType;     ///< MANUAL, AFTER_APPROVAL, SCHEDULED
    QString reviewType;      ///< APP_STORE, NOTARIZATION
    QString copyright;
    QDateTime createdDate;
};

struct PackageRecord
{
    QString id;
    qint64 seq = 0;
    QString appStoreVersionId;
};

struct PackageVersionRecord
{
    QString id;
    qint64 seq = 0;
    QString packageId;
    QString version;
    QString state; ///< COMPLETED or REPLACED
};

/// A variant (one device class) or a delta (from an earlier package version).
struct AssetRecord
{
    QString id;
    qint64 seq = 0;
    QString packageVersionId;
    QString deviceFamily;         ///< "iPhone", "iPad"
    QString fromPackageVersionId; ///< deltas only
    qint64 size = 0;              ///< bytes of the generated file
    QByteArray keyBlob;           ///< raw bytes; the API shows base64
};

struct WebhookRecord
{
    QString id;
    qint64 seq = 0;
    QString appId;
    QString name;
    QString url;
    QString secret;
    bool enabled = true;
    QStringList eventTypes;
};

struct MarketplaceWebhookRecord
{
    QString id;
    qint64 seq = 0;
    QString endpointUrl;
    QString secret;
};

/// Rows in insertion order (`seq` grows, never reused), found by id.
/// Listing by seq keeps cursors stable when rows are deleted.
template <typename T>
class Table
{
public:
    T &insert(T row)
    {
        row.seq = ++m_lastSeq;
        m_index.insert(row.id, row.seq);
        return m_rows.emplace(row.seq, std::move(row)).first->second;
    }
    const T *find(const QString &id) const
    {
        const auto seq = m_index.constFind(id);
        return seq == m_index.cend() ? nullptr : &m_rows.at(*seq);
    }
    T *find(const QString &id) { return const_cast<T *>(std::as_const(*this).find(id)); }
    bool remove(const QString &id)
    {
        const auto seq = m_index.find(id);
        if (seq == m_index.end())
            return false;
        m_rows.erase(*seq);
        m_index.erase(seq);
        return true;
    }
    /// Matching rows in seq order (all of them without a predicate).
    QList<const T *> select(const std::function<bool(const T &)> &keep = {}) const
    {
        QList<const T *> out;
        for (const auto &entry : m_rows) {
            if (!keep || keep(entry.second))
                out.append(&entry.second);
        }
        return out;
    }
    const T *first(const std::function<bool(const T &)> &keep) const
    {
        for (const auto &entry : m_rows) {
            if (keep(entry.second))
                return &entry.second;
        }
        return nullptr;
    }
    int size() const { return int(m_rows.size()); }

private:
    std::map<qint64, T> m_rows;
    QHash<QString, qint64> m_index;
    qint64 m_lastSeq = 0;
};

class SandboxStore final
{
public:
    explicit SandboxStore(quint32 seed);

    quint32 seed() const { return m_seed; }

    Table<DomainRecord> domains;
    Table<KeyRecord> keys;
    Table<AppRecord> apps;
    Table<AppStoreVersionRecord> appStoreVersions;
    Table<PackageRecord> packages;
    Table<PackageVersionRecord> packageVersions;
    Table<AssetRecord> variants;
    Table<AssetRecord> deltas;
    Table<WebhookRecord> webhooks;
    Table<MarketplaceWebhookRecord> marketplaceWebhooks;

    /// Fresh ids from the seeded generator: the same seed and the same
    /// sequence of calls give the same ids.
    QString newUuid();
    QString newNumericId(); ///< 10 digits, like an Apple app id
    QByteArray randomBytes(int count);

    // Lookups the handlers share.
    const KeyRecord *keyForApp(const QString &appId) const;
    const PackageRecord *packageForVersion(const QString &appStoreVersionId) const;
    QList<const PackageVersionRecord *> versionsOfPackage(const QString &packageId) const;
    QList<const AssetRecord *> variantsOf(const QString &packageVersionId) const;
    QList<const AssetRecord *> deltasOf(const QString &packageVersionId) const;

    /// A new package version with an iPhone and an iPad variant, plus
    /// deltas from `fromVersionId` when given.
    const PackageVersionRecord &addPackageVersion(const QString &packageId, const QString &version,
                                                  const QString &state,
                                                  const QString &fromVersionId = {});

private:
    quint32 m_seed;
    QRandomGenerator m_random;
};

} // namespace Sandbox
