// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's state: seeded demo data, deterministic ids and bytes, tables
// and cursors that stay stable when rows go away.

#include "Blobs.h"
#include "DemoData.h"
#include "Paging.h"
#include "SandboxStore.h"

#include <QTest>

using namespace Sandbox;

class TestSandboxStore final : public QObject
{
    Q_OBJECT

private:
    static SandboxStore seeded(quint32 seed, int generatedDomains = 0)
    {
        SandboxStore store(seed);
        SandboxOptions options;
        options.seed = seed;
        options.generatedDomains = generatedDomains;
        seedDemoData(store, options);
        return store;
    }

    static const AppRecord *appNamed(const SandboxStore &store, const QString &name)
    {
        return store.apps.first([&](const AppRecord &app) { return app.name == name; });
    }

private Q_SLOTS:
    void sameSeedSameData()
    {
        const SandboxStore a = seeded(7);
        const SandboxStore b = seeded(7);
        const SandboxStore c = seeded(8);
        QCOMPARE(a.apps.size(), b.apps.size());
        for (int i = 0; i < a.apps.size(); ++i)
            QCOMPARE(a.apps.select().at(i)->id, b.apps.select().at(i)->id);
        QVERIFY(a.apps.select().first()->id != c.apps.select().first()->id);
        QCOMPARE(a.variants.select().first()->size, b.variants.select().first()->size);
    }

    void demoAccountCoversTheCases()
    {
        const SandboxStore store = seeded(1);
        QVERIFY(store.apps.size() >= 5);
        QCOMPARE(store.domains.size(), 3);
        QCOMPARE(store.keys.size(), 1);

        const AppRecord *web = appNamed(store, QStringLiteral("Lumen Notes"));
        QVERIFY(web);
        QCOMPARE(web->distribution, Distribution::WebDistribution);
        QVERIFY(store.keyForApp(web->id));
        QVERIFY(appNamed(store, QStringLiteral("Trailhead Maps"))->distribution
                == Distribution::MarketplaceConnected);
        QVERIFY(appNamed(store, QStringLiteral("Orchard Market"))->distribution
                == Distribution::AlternativeMarketplace);

        // An eligible iOS version without a package, and ineligible ones.
        const auto eligibleWithout = store.appStoreVersions.select([&](const AppStoreVersionRecord &v) {
            return v.platform == QLatin1String("IOS")
                && v.appVersionState == QLatin1String("PENDING_DEVELOPER_RELEASE")
                && !store.packageForVersion(v.id);
        });
        QVERIFY(!eligibleWithout.isEmpty());
        QVERIFY(store.appStoreVersions.first([](const AppStoreVersionRecord &v) {
            return v.platform == QLatin1String("MAC_OS") || v.platform == QLatin1String("VISION_OS");
        }));
        QVERIFY(store.appStoreVersions.first([](const AppStoreVersionRecord &v) {
            return v.appVersionState == QLatin1String("WAITING_FOR_REVIEW");
        }));

        // A package with a REPLACED and a COMPLETED version; the later one has deltas from the earlier.
        const PackageRecord *package = nullptr;
        for (const PackageRecord *candidate : store.packages.select()) {
            if (store.versionsOfPackage(candidate->id).size() == 2)
                package = candidate;
        }
        QVERIFY(package);
        const auto versions = store.versionsOfPackage(package->id);
        QCOMPARE(versions.at(0)->state, QStringLiteral("REPLACED"));
        QCOMPARE(versions.at(1)->state, QStringLiteral("COMPLETED"));
        for (const PackageVersionRecord *version : versions) {
            QStringList families;
            for (const AssetRecord *variant : store.variantsOf(version->id)) {
                families.append(variant->deviceFamily);
                QVERIFY(variant->size >= 1024 * 1024 && variant->size <= 3 * 1024 * 1024);
            }
            QCOMPARE(families, (QStringList{QStringLiteral("iPhone"), QStringLiteral("iPad")}));
        }
        QVERIFY(store.deltasOf(versions.at(0)->id).isEmpty());
        const auto deltas = store.deltasOf(versions.at(1)->id);
        QCOMPARE(deltas.size(), 2);
        for (const AssetRecord *delta : deltas) {
            QCOMPARE(delta->fromPackageVersionId, versions.at(0)->id);
            QVERIFY(delta->size >= 200 * 1024 && delta->size <= 500 * 1024);
        }
    }

    void generatedDomains()
    {
        const SandboxStore store = seeded(1, 12);
        QCOMPARE(store.domains.size(), 15);
        QVERIFY(store.domains.first([](const DomainRecord &d) { return d.domain == QLatin1String("d00001.example.com"); }));
        QVERIFY(store.domains.first([](const DomainRecord &d) { return d.domain == QLatin1String("d00012.example.com"); }));

        SandboxStore bare(1);
        SandboxOptions options;
        options.seedDemoData = false;
        options.generatedDomains = 2;
        seedDemoData(bare, options);
        QCOMPARE(bare.apps.size(), 0);
        QCOMPARE(bare.domains.size(), 2);
    }

    void cursorsSurviveDeletes()
    {
        SandboxStore store = seeded(1, 10); // 13 domains
        const auto parsed = Paging::parse(QUrlQuery(QStringLiteral("limit=5")));
        PageRequest request = std::get<PageRequest>(parsed);
        PageInfo info;
        const auto first = Paging::slice(store.domains.select(), request, false, &info);
        QCOMPARE(first.size(), 5);
        QCOMPARE(info.total, 13);
        QVERIFY(!info.nextCursor.isEmpty());
        const QString sixthId = store.domains.select().at(5)->id;

        // Delete the last row of page one and the first row of page two.
        store.domains.remove(first.last()->id);
        QVERIFY(store.domains.remove(sixthId));
        QVERIFY(!store.domains.remove(sixthId));

        const QString query = QStringLiteral("limit=5&cursor=") + info.nextCursor;
        request = std::get<PageRequest>(Paging::parse(QUrlQuery(query)));
        const auto second = Paging::slice(store.domains.select(), request, false, &info);
        QCOMPARE(info.total, 11);
        QCOMPARE(second.first()->id, store.domains.select().at(4)->id); // nothing skipped
        QVERIFY(!second.contains(first.first()));
    }

    void badCursorsAreRejected_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("not base64") << QStringLiteral("cursor=!!!");
        QTest::newRow("foreign") << QStringLiteral("cursor=eyJvZmZzZXQiOiIxMCJ9");
        QTest::newRow("negative") << QStringLiteral("cursor=") + QString::fromLatin1(QByteArray("v1:-4").toBase64(QByteArray::Base64UrlEncoding));
        QTest::newRow("limit 0") << QStringLiteral("limit=0");
        QTest::newRow("limit 201") << QStringLiteral("limit=201");
    }

    void badCursorsAreRejected()
    {
        QFETCH(QString, query);
        const auto parsed = Paging::parse(QUrlQuery(query));
        QVERIFY(std::holds_alternative<AppleError>(parsed));
        const AppleError error = std::get<AppleError>(parsed);
        QCOMPARE(error.status, 400);
        QCOMPARE(error.code, QStringLiteral("PARAMETER_ERROR.INVALID"));
        QCOMPARE(error.parameter, query.section(u'=', 0, 0));
    }

    void blobsAreDeterministicAndSized()
    {
        const QByteArray a = Blobs::generate(1, QStringLiteral("x"), 1001);
        QCOMPARE(a.size(), 1001);
        QCOMPARE(Blobs::generate(1, QStringLiteral("x"), 1001), a);
        QVERIFY(Blobs::generate(2, QStringLiteral("x"), 1001) != a);
        QVERIFY(Blobs::generate(1, QStringLiteral("y"), 1001) != a);

        const SandboxStore store = seeded(3);
        Blobs blobs(store);
        const AssetRecord *variant = store.variants.select().first();
        QCOMPARE(blobs.bytes(AssetKind::Variant, variant->id)->size(), variant->size);
        QCOMPARE(blobs.checksum(AssetKind::Variant, variant->id).size(), 64);
        QVERIFY(!blobs.bytes(AssetKind::Delta, variant->id)); // a variant id is no delta
        QVERIFY(blobs.checksum(AssetKind::Variant, QStringLiteral("nope")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxStore)
#include "tst_sandbox_store.moc"
