// SPDX-License-Identifier: GPL-3.0-or-later
// Every resource API class against a live sandbox: real requests, validated
// by the sandbox against Apple's OpenAPI document.
#include "Await.h"

#include "AppStoreVersions.h"
#include "Apps.h"
#include "Domains.h"
#include "EcKeyPair.h"
#include "Keys.h"
#include "PackageAssets.h"
#include "PackageVersions.h"
#include "Packages.h"
#include "TestSandbox.h"

#include <QRegularExpression>

using namespace AltDist;
using AltDist::Test::await;
using AltDist::Test::describe;

#define VERIFY_OK(result) QVERIFY2((result).ok(), describe(result).constData())

class tst_ResourcesSandbox final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestSandbox> m_sandbox;
    ApiClient *client() { return &m_sandbox->client(); }

    App appNamed(const QString &name)
    {
        const Result<Page<App>> apps = await(AppsApi(client()).list(200));
        if (apps.ok()) {
            for (const App &app : apps->items) {
                if (app.name == name)
                    return app;
            }
        }
        return {};
    }

    AppStoreVersion versionOf(const App &app, const QString &platform, const QString &versionString)
    {
        const Result<Page<AppStoreVersion>> versions = await(AppStoreVersionsApi(client()).listForApp(app.id, 200));
        if (versions.ok()) {
            for (const AppStoreVersion &v : versions->items) {
                if (v.platform == platform && v.versionString == versionString)
                    return v;
            }
        }
        return {};
    }

    static bool hasPointer(const Error &error, const QString &pointer)
    {
        for (const ApiErrorItem &item : error.apiErrors()) {
            if (item.pointer == pointer)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<Test::TestSandbox>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->startError()));
    }

    void cleanup()
    {
        ALTDIST_VERIFY_NO_SPEC_VIOLATIONS(*m_sandbox);
        m_sandbox.reset();
    }

    void domains()
    {
        DomainsApi api(client());
        const Result<Page<Domain>> before = await(api.list(200));
        VERIFY_OK(before);
        QVERIFY(!before->items.isEmpty());

        const Result<Domain> created = await(api.create(QStringLiteral(" Straße-Shop.example "), QStringLiteral("Shop")));
        VERIFY_OK(created);
        QCOMPARE(created->domain, QString::fromLatin1(QUrl::toAce(QStringLiteral("straße-shop.example"))));
        QCOMPARE(created->referenceName, QStringLiteral("Shop"));
        QVERIFY(created->createdDate.isValid());

        const Result<Domain> fetched = await(api.get(created->id));
        VERIFY_OK(fetched);
        QCOMPARE(fetched->domain, created->domain);
        QCOMPARE(fetched->json.value(QLatin1String("id")).toString(), created->id);

        const Result<Page<Domain>> after = await(api.list(200));
        VERIFY_OK(after);
        QCOMPARE(after->items.size(), before->items.size() + 1);

        const Result<Domain> duplicate = await(api.create(created->domain, QStringLiteral("Again")));
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().kind(), Error::Kind::Api);
        QCOMPARE(duplicate.error().httpStatus(), 409);
        QVERIFY2(hasPointer(duplicate.error(), QStringLiteral("/data/attributes/domain")),
                 qPrintable(duplicate.error().describe()));

        VERIFY_OK(await(api.remove(created->id)));
        const Result<Domain> gone = await(api.get(created->id));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().httpStatus(), 404);
    }

    void badInputNeverReachesTheServer()
    {
        m_sandbox->server().clearRequests();
        const Result<Domain> scheme = await(DomainsApi(client()).create(QStringLiteral("https://x.example"), QStringLiteral("X")));
        QCOMPARE(scheme.error().kind(), Error::Kind::InvalidInput);
        const Result<Domain> noReference = await(DomainsApi(client()).create(QStringLiteral("x.example"), QStringLiteral("  ")));
        QCOMPARE(noReference.error().kind(), Error::Kind::InvalidInput);
        const Result<DistributionKey> badKey = await(KeysApi(client()).create("-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----\n"));
        QCOMPARE(badKey.error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(await(AppsApi(client()).list(0)).error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(await(AppsApi(client()).list(201)).error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(await(DomainsApi(client()).get(QStringLiteral("../apps"))).error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(await(VariantsApi(client()).listForVersion(QStringLiteral("a/b"))).error().kind(), Error::Kind::InvalidInput);
        QVERIFY(m_sandbox->server().requests().isEmpty());
    }

    void keys()
    {
        KeysApi api(client());
        const App app = appNamed(QStringLiteral("Trailhead Maps"));
        QVERIFY(!app.id.isEmpty());
        const Result<std::optional<DistributionKey>> none = await(api.forApp(app.id));
        VERIFY_OK(none);
        QVERIFY(!none->has_value());

        const Result<EcKeyPair> pair = EcKeyPair::generateP256();
        VERIFY_OK(pair);
        const Result<DistributionKey> forApp = await(api.create(pair->publicKeyPem(), app.id));
        VERIFY_OK(forApp);
        QCOMPARE(forApp->appId, app.id);
        QVERIFY(forApp->publicKey.contains(QLatin1String("BEGIN PUBLIC KEY")));

        const Result<std::optional<DistributionKey>> present = await(api.forApp(app.id));
        VERIFY_OK(present);
        QVERIFY(present->has_value());
        QCOMPARE((*present)->id, forApp->id);
        QCOMPARE((*present)->appId, app.id);

        const Result<EcKeyPair> other = EcKeyPair::generateP256();
        VERIFY_OK(other);
        const Result<DistributionKey> accountWide = await(api.create(other->publicKeyPem()));
        VERIFY_OK(accountWide);
        QVERIFY(accountWide->appId.isEmpty());

        const auto ids = [](const Result<Page<DistributionKey>> &page) {
            QStringList list;
            for (const DistributionKey &k : page->items)
                list << k.id;
            return list;
        };
        const Result<Page<DistributionKey>> withApp = await(api.list(200, true));
        VERIFY_OK(withApp);
        QVERIFY(ids(withApp).contains(forApp->id));
        QVERIFY(!ids(withApp).contains(accountWide->id));
        const Result<Page<DistributionKey>> withoutApp = await(api.list(200, false));
        VERIFY_OK(withoutApp);
        QVERIFY(ids(withoutApp).contains(accountWide->id));
        QVERIFY(!ids(withoutApp).contains(forApp->id));

        const Result<DistributionKey> fetched = await(api.get(accountWide->id));
        VERIFY_OK(fetched);
        QCOMPARE(fetched->publicKey.trimmed(), accountWide->publicKey.trimmed());

        VERIFY_OK(await(api.remove(forApp->id)));
        VERIFY_OK(await(api.remove(accountWide->id)));
        const Result<std::optional<DistributionKey>> removed = await(api.forApp(app.id));
        VERIFY_OK(removed);
        QVERIFY(!removed->has_value());
    }

    void apps()
    {
        const Result<Page<App>> page = await(AppsApi(client()).list(2));
        VERIFY_OK(page);
        QCOMPARE(page->items.size(), 2);
        QVERIFY(page->hasNext());
        for (const App &app : page->items) {
            QVERIFY(!app.name.isEmpty());
            QVERIFY(!app.bundleId.isEmpty());
            QVERIFY(!app.sku.isEmpty());
            QVERIFY(!app.primaryLocale.isEmpty());
        }
        const Result<Page<App>> next = await(requestNextPage<App>(client(), page->next));
        VERIFY_OK(next);
        QVERIFY(!next->items.isEmpty());
        QVERIFY(next->items.first().id != page->items.first().id);
        const Result<App> one = await(AppsApi(client()).get(page->items.first().id));
        VERIFY_OK(one);
        QCOMPARE(one->name, page->items.first().name);
    }

    void versionsAndPackages()
    {
        const App lumen = appNamed(QStringLiteral("Lumen Notes"));
        QVERIFY(!lumen.id.isEmpty());
        const AppStoreVersion pending = versionOf(lumen, QStringLiteral("IOS"), QStringLiteral("2.4.0"));
        const AppStoreVersion mac = versionOf(lumen, QStringLiteral("MAC_OS"), QStringLiteral("2.3.0"));
        const AppStoreVersion replaced = versionOf(lumen, QStringLiteral("IOS"), QStringLiteral("2.2.1"));
        QVERIFY(!pending.id.isEmpty() && !mac.id.isEmpty() && !replaced.id.isEmpty());
        QVERIFY(pending.eligibility().eligible);
        QVERIFY(!mac.eligibility().eligible);
        QVERIFY(mac.eligibility().reason.contains(QLatin1String("for macOS")));
        QVERIFY(!replaced.eligibility().eligible);

        const Result<AppStoreVersion> fetched = await(AppStoreVersionsApi(client()).get(pending.id));
        VERIFY_OK(fetched);
        QCOMPARE(fetched->versionString, QStringLiteral("2.4.0"));
        QCOMPARE(fetched->appVersionState, QStringLiteral("PENDING_DEVELOPER_RELEASE"));

        PackagesApi packages(client());
        const Result<std::optional<Package>> none = await(packages.forVersion(pending.id));
        VERIFY_OK(none);
        QVERIFY(!none->has_value());

        const Result<Package> created = await(packages.createForVersion(pending.id));
        VERIFY_OK(created);
        QVERIFY(!created->id.isEmpty());
        const Result<Package> again = await(packages.createForVersion(pending.id));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().httpStatus(), 409);

        const Result<std::optional<Package>> found = await(packages.forVersion(pending.id));
        VERIFY_OK(found);
        QVERIFY(found->has_value());
        QCOMPARE((*found)->id, created->id);
        const Result<Package> byId = await(packages.get(created->id));
        VERIFY_OK(byId);
        QCOMPARE(byId->id, created->id);

        const Result<Package> ineligible = await(packages.createForVersion(mac.id));
        QCOMPARE(ineligible.error().httpStatus(), 409);
    }

    void packageVersionsVariantsDeltas()
    {
        const App lumen = appNamed(QStringLiteral("Lumen Notes"));
        const AppStoreVersion ready = versionOf(lumen, QStringLiteral("IOS"), QStringLiteral("2.3.0"));
        const Result<std::optional<Package>> package = await(PackagesApi(client()).forVersion(ready.id));
        VERIFY_OK(package);
        QVERIFY(package->has_value());
        const Package &p = **package;
        QVERIFY(!p.sourceFileChecksum.fileHash.isEmpty());
        QVERIFY(!p.sourceFileChecksum.fileAlgorithm.isEmpty());

        PackageVersionsApi versionsApi(client());
        const Result<Page<PackageVersion>> all = await(versionsApi.listForPackage(p.id));
        VERIFY_OK(all);
        QCOMPARE(all->items.size(), 2);
        const Result<Page<PackageVersion>> completed =
            await(versionsApi.listForPackage(p.id, 50, PackageVersion::State::Completed));
        VERIFY_OK(completed);
        QCOMPARE(completed->items.size(), 1);
        const PackageVersion &version = completed->items.first();
        QCOMPARE(version.state, QStringLiteral("COMPLETED"));
        QVERIFY(version.url.isValid());
        QVERIFY(version.urlExpirationDate.isValid());
        QVERIFY(!version.fileChecksum.isEmpty());
        const Result<PackageVersion> one = await(versionsApi.get(version.id));
        VERIFY_OK(one);
        QCOMPARE(one->version, version.version);

        static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
        const Result<Page<Variant>> variants = await(VariantsApi(client()).listForVersion(version.id));
        VERIFY_OK(variants);
        QVERIFY(!variants->items.isEmpty());
        const Variant &variant = variants->items.first();
        QVERIFY(variant.url.isValid());
        QVERIFY(sha256.match(variant.fileChecksum).hasMatch());
        QVERIFY(!variant.alternativeDistributionKeyBlob.isEmpty());
        const Result<Variant> variantById = await(VariantsApi(client()).get(variant.id));
        VERIFY_OK(variantById);
        QCOMPARE(variantById->fileChecksum, variant.fileChecksum);

        const Result<Page<Delta>> deltas = await(DeltasApi(client()).listForVersion(version.id));
        VERIFY_OK(deltas);
        QVERIFY(!deltas->items.isEmpty());
        const Result<Delta> deltaById = await(DeltasApi(client()).get(deltas->items.first().id));
        VERIFY_OK(deltaById);
        QVERIFY(sha256.match(deltaById->fileChecksum).hasMatch());
    }
};

QTEST_GUILESS_MAIN(tst_ResourcesSandbox)
#include "tst_resources_sandbox.moc"
