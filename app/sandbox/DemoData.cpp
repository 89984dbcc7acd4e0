// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoData.h"

#include "SandboxStore.h"

namespace Sandbox {

namespace {

// A real P-256 public key (its private half was discarded).
constexpr auto kDemoPublicKey = "-----BEGIN PUBLIC KEY-----\n"
                                "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEQk6QTLmaTGssHOHjRWo0wPAuzwvB\n"
                                "ebi7buZcCIy47ZP+xinm1ROa5Bh4dLEPSkLxvB73eXjK7zQ/Q8Tg39zQBA==\n"
                                "-----END PUBLIC KEY-----\n";

QString addApp(SandboxStore &store, const char *name, const char *bundleId, const char *sku,
               Distribution distribution)
{
    AppRecord app;
    app.id = store.newNumericId();
    app.name = QString::fromUtf8(name);
    app.bundleId = QString::fromLatin1(bundleId);
    app.sku = QString::fromLatin1(sku);
    app.primaryLocale = QStringLiteral("en-GB");
    app.distribution = distribution;
    return store.apps.insert(std::move(app)).id;
}

struct VersionSpec
{
    const char *platform;
    const char *versionString;
    const char *appVersionState;
    const char *appStoreState;
    int ageDays;
};

QString addVersion(SandboxStore &store, const QString &appId, const VersionSpec &spec)
{
    AppStoreVersionRecord version;
    version.id = store.newUuid();
    version.appId = appId;
    version.platform = QString::fromLatin1(spec.platform);
    version.versionString = QString::fromLatin1(spec.versionString);
    version.appVersionState = QString::fromLatin1(spec.appVersionState);
    version.appStoreState = QString::fromLatin1(spec.appStoreState);
    version.releaseType = QStringLiteral("MANUAL");
    version.reviewType = QStringLiteral("APP_STORE");
    version.copyright = QStringLiteral("2026 Sandbox Demo Ltd");
    version.createdDate = demoEpoch().addDays(-spec.ageDays);
    return store.appStoreVersions.insert(std::move(version)).id;
}

void addDomain(SandboxStore &store, const QString &domain, const QString &referenceName,
               const QDateTime &created)
{
    store.domains.insert({store.newUuid(), 0, domain, referenceName, created});
}

void seedApps(SandboxStore &store, qint64 largeAssetBytes)
{
    const QString lumen = addApp(store, "Lumen Notes", "eu.lumenlabs.notes", "LUMEN-NOTES-001",
                                 Distribution::WebDistribution);
    const QString lumenReady = addVersion(
        store, lumen, {"IOS", "2.3.0", "READY_FOR_DISTRIBUTION", "READY_FOR_SALE", 30});
    addVersion(store, lumen,
               {"IOS", "2.4.0", "PENDING_DEVELOPER_RELEASE", "PENDING_DEVELOPER_RELEASE", 3});
    addVersion(store, lumen,
               {"MAC_OS", "2.3.0", "READY_FOR_DISTRIBUTION", "READY_FOR_SALE", 29});
    addVersion(store, lumen,
               {"IOS", "2.2.1", "REPLACED_WITH_NEW_VERSION", "REPLACED_WITH_NEW_VERSION", 90});
    const QString lumenPackage = store.packages.insert({store.newUuid(), 0, lumenReady}).id;
    const QString first =
        store.addPackageVersion(lumenPackage, QStringLiteral("1"), QStringLiteral("REPLACED")).id;
    store.addPackageVersion(lumenPackage, QStringLiteral("2"), QStringLiteral("COMPLETED"), first);
    store.keys.insert({store.newUuid(), 0, QString::fromLatin1(kDemoPublicKey), lumen});

    const QString trailhead = addApp(store, "Trailhead Maps", "com.trailhead.maps",
                                     "TRAILHEAD-MAPS", Distribution::MarketplaceConnected);
    const QString trailheadPending = addVersion(
        store, trailhead,
        {"IOS", "5.1.0", "PENDING_APPLE_RELEASE", "PENDING_APPLE_RELEASE", 5});
    addVersion(store, trailhead,
               {"VISION_OS", "1.0.0", "READY_FOR_DISTRIBUTION", "READY_FOR_SALE", 40});
    const QString trailheadPackage =
        store.packages.insert({store.newUuid(), 0, trailheadPending}).id;
    const QString trailheadVersion =
        store.addPackageVersion(trailheadPackage, QStringLiteral("1"), QStringLiteral("COMPLETED")).id;
    if (largeAssetBytes > 0) {
        for (const AssetRecord *variant : store.variantsOf(trailheadVersion))
            store.variants.find(variant->id)->size = largeAssetBytes;
    }

    const QString orchard = addApp(store, "Orchard Market", "eu.orchardmarket.store", "ORCHARD-01",
                                   Distribution::AlternativeMarketplace);
    addVersion(store, orchard, {"IOS", "1.0.2", "READY_FOR_DISTRIBUTION", "READY_FOR_SALE", 12});

    const QString quill = addApp(store, "Quill Journal", "app.quill.journal", "QUILL-JOURNAL",
                                 Distribution::WebDistribution);
    addVersion(store, quill, {"IOS", "1.0.0", "WAITING_FOR_REVIEW", "WAITING_FOR_REVIEW", 1});

    const QString beacon = addApp(store, "Beacon Radio", "fm.beacon.radio", "BEACON-RADIO-3",
                                  Distribution::WebDistribution);
    addVersion(store, beacon, {"IOS", "3.0.0", "IN_REVIEW", "IN_REVIEW", 2});

    const QString ledger = addApp(store, "Pocket Ledger", "com.pocketledger.app", "POCKET-LEDGER",
                                  Distribution::AppStoreOnly);
    addVersion(store, ledger, {"IOS", "3.2.0", "READY_FOR_DISTRIBUTION", "READY_FOR_SALE", 60});

    addDomain(store, QStringLiteral("apps.lumenlabs.eu"), QStringLiteral("Lumen web store"),
              demoEpoch().addDays(-45));
    addDomain(store, QStringLiteral("downloads.quill.app"), QStringLiteral("Quill downloads"),
              demoEpoch().addDays(-20));
    addDomain(store, QStringLiteral("xn--bcher-kva.example"), QStringLiteral("Bücher (punycode)"),
              demoEpoch().addDays(-7));
}

} // namespace

QDateTime demoEpoch()
{
    return QDateTime(QDate(2026, 1, 12), QTime(10, 0), Qt::UTC);
}

void seedDemoData(SandboxStore &store, const SandboxOptions &options)
{
    if (options.seedDemoData)
        seedApps(store, options.largeAssetBytes);
    for (int i = 1; i <= options.generatedDomains; ++i) {
        addDomain(store, QStringLiteral("d%1.example.com").arg(i, 5, 10, QLatin1Char('0')),
                  QStringLiteral("Generated domain %1").arg(i), demoEpoch().addSecs(-i));
    }
}

} // namespace Sandbox
