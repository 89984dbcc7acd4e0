// SPDX-License-Identifier: GPL-3.0-or-later
// SandboxApi's packages, package versions, variants and deltas, called
// directly: eligibility rules on create, one package per version, filters,
// includes and linkage lists.

#include "SandboxApiHarness.h"
#include "SandboxStore.h"

#include <QJsonArray>
#include <QTest>

using namespace Sandbox;
using namespace SandboxTest;

namespace {

const QString kPackages = QStringLiteral("/v1/alternativeDistributionPackages");
const QString kVersionPackage = QStringLiteral("/v1/appStoreVersions/{id}/alternativeDistributionPackage");

QJsonObject packageBody(const QString &versionId)
{
    return relationshipBody(QStringLiteral("alternativeDistributionPackages"), {},
                            QStringLiteral("appStoreVersion"), QStringLiteral("appStoreVersions"),
                            versionId);
}

/// A version of that platform and state that has no package yet.
QString versionId(ApiHarness &h, const QString &platform, const QString &state)
{
    const AppStoreVersionRecord *version = h.api.store().appStoreVersions.first(
        [&](const AppStoreVersionRecord &v) {
            return v.platform == platform && v.appVersionState == state
                && !h.api.store().packageForVersion(v.id);
        });
    return version ? version->id : QString();
}

} // namespace

class TestSandboxPackages final : public QObject
{
    Q_OBJECT

private:
    ApiHarness &harness() { return m_slot.make(); }
    HarnessSlot m_slot;

private Q_SLOTS:
    void cleanup() { m_slot.verifyAndReset(); }

    void packageCreate()
    {
        ApiHarness &h = harness();
        const QString eligible = versionId(h, QStringLiteral("IOS"), QStringLiteral("PENDING_DEVELOPER_RELEASE"));
        QVERIFY(!eligible.isEmpty());
        QCOMPARE(h.get(kVersionPackage, eligible).status(), 404);
        QCOMPARE(h.get(QStringLiteral("/v1/appStoreVersions/{id}/relationships/alternativeDistributionPackage"), eligible).status(), 404);

        const ApiResult created = h.call("POST", kPackages, {}, {}, packageBody(eligible));
        QCOMPARE(created.status(), 201);
        const QString packageId = created.data()[u"id"].toString();
        QCOMPARE(created.response.header("Location"), (h.baseUrl.toString() + kPackages + u'/' + packageId).toUtf8());
        QCOMPARE(created.attributes()[u"sourceFileChecksum"][u"file"][u"algorithm"].toString(), QStringLiteral("SHA_256"));
        QCOMPARE(h.get(kVersionPackage, eligible).data()[u"id"].toString(), packageId);

        const ApiResult again = h.call("POST", kPackages, {}, {}, packageBody(eligible));
        QCOMPARE(again.status(), 409);
        QVERIFY(again.firstError()[u"detail"].toString().contains(packageId));

        const ApiResult withVersions = h.get(QStringLiteral("/v1/alternativeDistributionPackages/{id}"), packageId, QStringLiteral("include=versions"));
        QCOMPARE(withVersions.json[u"included"].toArray().size(), 1);
        QCOMPARE(withVersions.data()[u"relationships"][u"versions"][u"data"].toArray().size(), 1);
    }

    void packageCreateRefusesIneligibleVersions_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("reason");
        QTest::newRow("macOS") << QStringLiteral("MAC_OS") << QStringLiteral("READY_FOR_DISTRIBUTION") << QStringLiteral("MAC_OS");
        QTest::newRow("visionOS") << QStringLiteral("VISION_OS") << QStringLiteral("READY_FOR_DISTRIBUTION") << QStringLiteral("VISION_OS");
        QTest::newRow("in review") << QStringLiteral("IOS") << QStringLiteral("IN_REVIEW") << QStringLiteral("IN_REVIEW");
        QTest::newRow("waiting") << QStringLiteral("IOS") << QStringLiteral("WAITING_FOR_REVIEW") << QStringLiteral("WAITING_FOR_REVIEW");
        QTest::newRow("replaced") << QStringLiteral("IOS") << QStringLiteral("REPLACED_WITH_NEW_VERSION") << QStringLiteral("REPLACED_WITH_NEW_VERSION");
    }

    void packageCreateRefusesIneligibleVersions()
    {
        QFETCH(QString, platform);
        QFETCH(QString, state);
        QFETCH(QString, reason);
        ApiHarness &h = harness();
        const QString version = versionId(h, platform, state);
        QVERIFY(!version.isEmpty());
        const int before = h.api.store().packages.size();
        const ApiResult result = h.call("POST", kPackages, {}, {}, packageBody(version));
        QCOMPARE(result.status(), 409);
        QCOMPARE(result.firstErrorCode(), QStringLiteral("STATE_ERROR"));
        QVERIFY2(result.firstError()[u"detail"].toString().contains(reason), qPrintable(result.firstError()[u"detail"].toString()));
        QCOMPARE(h.api.store().packages.size(), before);
    }

    void packageCreateRefusesAppStoreOnlyAppsAndUnknownVersions()
    {
        ApiHarness &h = harness();
        const QString ledger = appId(h, QStringLiteral("Pocket Ledger"));
        const QString version = h.api.store().appStoreVersions.first([&](const AppStoreVersionRecord &v) { return v.appId == ledger; })->id;
        const ApiResult notAlt = h.call("POST", kPackages, {}, {}, packageBody(version));
        QCOMPARE(notAlt.status(), 409);
        QCOMPARE(notAlt.firstErrorCode(), QStringLiteral("STATE_ERROR"));
        const ApiResult unknown = h.call("POST", kPackages, {}, {}, packageBody(QStringLiteral("nope")));
        QCOMPARE(unknown.status(), 409);
        QCOMPARE(unknown.firstErrorCode(), QStringLiteral("ENTITY_ERROR.RELATIONSHIP.INVALID"));
        QCOMPARE(unknown.errorPointer(), QStringLiteral("/data/relationships/appStoreVersion"));
    }

    void packageVersionsVariantsDeltas()
    {
        ApiHarness &h = harness();
        const PackageRecord *package = h.api.store().packages.select().first(); // Lumen 2.3.0
        const QString versions = QStringLiteral("/v1/alternativeDistributionPackages/{id}/versions");
        QCOMPARE(h.get(versions, package->id).json[u"data"].toArray().size(), 2);
        const ApiResult completed = h.get(versions, package->id, QStringLiteral("filter[state]=COMPLETED"));
        QCOMPARE(completed.json[u"data"].toArray().size(), 1);
        const QJsonObject version = completed.json[u"data"][0].toObject();
        QCOMPARE(version[u"attributes"][u"state"].toString(), QStringLiteral("COMPLETED"));
        QCOMPARE(version[u"attributes"][u"version"].toString(), QStringLiteral("2"));
        QCOMPARE(version[u"attributes"][u"fileChecksum"].toString().size(), 64);
        QCOMPARE(version[u"relationships"][u"alternativeDistributionPackage"][u"data"][u"id"].toString(), package->id);
        QCOMPARE(h.get(versions, package->id, QStringLiteral("filter[state]=REPLACED")).json[u"data"][0][u"attributes"][u"version"].toString(), QStringLiteral("1"));
        QCOMPARE(h.get(QStringLiteral("/v1/alternativeDistributionPackages/{id}/relationships/versions"), package->id).json[u"data"].toArray().size(), 2);

        const QString versionId = version[u"id"].toString();
        const ApiResult variants = h.get(QStringLiteral("/v1/alternativeDistributionPackageVersions/{id}/variants"), versionId);
        QCOMPARE(variants.json[u"data"].toArray().size(), 2);
        const QJsonObject variant = variants.json[u"data"][0].toObject();
        QVERIFY(!QByteArray::fromBase64(variant[u"attributes"][u"alternativeDistributionKeyBlob"].toString().toLatin1()).isEmpty());
        QCOMPARE(variant[u"attributes"][u"urlExpirationDate"].toString(), QStringLiteral("2026-02-01T13:00:00.000Z"));
        QCOMPARE(h.get(QStringLiteral("/v1/alternativeDistributionPackageVariants/{id}"), variant[u"id"].toString()).data()[u"id"], variant[u"id"]);
        const ApiResult deltas = h.get(QStringLiteral("/v1/alternativeDistributionPackageVersions/{id}/deltas"), versionId);
        QCOMPARE(deltas.json[u"data"].toArray().size(), 2);
        QCOMPARE(h.get(QStringLiteral("/v1/alternativeDistributionPackageDeltas/{id}"), deltas.json[u"data"][1][u"id"].toString()).status(), 200);
        const ApiResult linkage = h.get(QStringLiteral("/v1/alternativeDistributionPackageVersions/{id}/relationships/deltas"), versionId);
        QCOMPARE(linkage.json[u"data"][0].toObject().keys(), (QStringList{QStringLiteral("id"), QStringLiteral("type")}));
        const ApiResult variantLinkage = h.get(QStringLiteral("/v1/alternativeDistributionPackageVersions/{id}/relationships/variants"), versionId);
        QCOMPARE(variantLinkage.json[u"data"][0].toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("alternativeDistributionPackageVariants")}, {QStringLiteral("id"), variant[u"id"]}}));
        QCOMPARE(h.get(QStringLiteral("/v1/alternativeDistributionPackageVariants/{id}"), QStringLiteral("x")).status(), 404);

        const ApiResult withIncludes = h.get(QStringLiteral("/v1/alternativeDistributionPackageVersions/{id}"), versionId, QStringLiteral("include=variants,deltas"));
        QCOMPARE(withIncludes.json[u"included"].toArray().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestSandboxPackages)
#include "tst_sandbox_packages.moc"
