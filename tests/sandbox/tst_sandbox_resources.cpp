// SPDX-License-Identifier: GPL-3.0-or-later
// SandboxApi's resource behaviour, called directly: JSON:API shapes, paging,
// sparse fieldsets; domains, keys, apps and versions, webhooks; Apple's
// error codes. Packages and their assets: tst_sandbox_packages.

#include "SandboxApiHarness.h"
#include "SandboxStore.h"
#include "SandboxTestUtil.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Sandbox;
using namespace SandboxTest;

namespace {

const QString kDomains = QStringLiteral("/v1/alternativeDistributionDomains");
const QString kDomain = QStringLiteral("/v1/alternativeDistributionDomains/{id}");
const QString kKeys = QStringLiteral("/v1/alternativeDistributionKeys");
const QString kAppKey = QStringLiteral("/v1/apps/{id}/alternativeDistributionKey");
const QString kAppKeyLinkage = QStringLiteral("/v1/apps/{id}/relationships/alternativeDistributionKey");

QJsonObject domainBody(const QString &domain)
{
    return {{QStringLiteral("data"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("alternativeDistributionDomains")},
                         {QStringLiteral("attributes"),
                          QJsonObject{{QStringLiteral("domain"), domain},
                                      {QStringLiteral("referenceName"), QStringLiteral("Test")}}}}}};
}

QJsonObject keyBody(const QString &pem, const QString &appId = {})
{
    return relationshipBody(QStringLiteral("alternativeDistributionKeys"),
                            {{QStringLiteral("publicKey"), pem}}, QStringLiteral("app"),
                            QStringLiteral("apps"), appId);
}

} // namespace

class TestSandboxResources final : public QObject
{
    Q_OBJECT

private:
    ApiHarness &harness(const SandboxOptions &options = {}) { return m_slot.make(options); }
    HarnessSlot m_slot;

    /// An empty to-one answers 200 with "data": null, as Apple does (the
    /// published schema says object; the sandbox's validator knows the exception).
    static void expectNullToOne(ApiHarness &h, const QString &operation, const QString &id)
    {
        const ApiResult result = h.get(operation, id);
        QCOMPARE(result.status(), 200);
        QVERIFY(result.json.contains(u"data") && result.json[u"data"].isNull());
        QVERIFY(result.json[u"links"][u"self"].toString().endsWith(QString(operation).replace(QStringLiteral("{id}"), id)));
    }

private Q_SLOTS:
    void cleanup() { m_slot.verifyAndReset(); }

    void pagingWalksEveryDomainOnce()
    {
        SandboxOptions options;
        options.generatedDomains = 1000;
        ApiHarness &h = harness(options);
        QSet<QString> seen;
        ApiResult page = h.get(kDomains, {}, QStringLiteral("limit=200"));
        int pages = 0;
        for (;;) {
            QCOMPARE(page.status(), 200);
            ++pages;
            const QJsonObject paging = page.json[u"meta"].toObject()[u"paging"].toObject();
            QCOMPARE(paging[u"total"].toInt(), 1003);
            QCOMPARE(paging[u"limit"].toInt(), 200);
            QVERIFY(page.json[u"links"].toObject()[u"self"].toString().startsWith(
                QStringLiteral("http://127.0.0.1:4321/v1/alternativeDistributionDomains")));
            for (const QJsonValue item : page.json[u"data"].toArray()) {
                const QString id = item[u"id"].toString();
                QVERIFY2(!seen.contains(id), qPrintable(id));
                seen.insert(id);
                QCOMPARE(item[u"type"].toString(), QStringLiteral("alternativeDistributionDomains"));
                QCOMPARE(item[u"links"][u"self"].toString(), h.baseUrl.toString() + kDomains + u'/' + id);
            }
            const QString next = page.json[u"links"].toObject()[u"next"].toString();
            if (next.isEmpty()) {
                QVERIFY(!paging.contains(u"nextCursor"));
                break;
            }
            QVERIFY(next.startsWith(h.baseUrl.toString() + kDomains + u'?'));
            QVERIFY(next.contains(QStringLiteral("limit=200")));
            QCOMPARE(QUrlQuery(QUrl(next)).queryItemValue(QStringLiteral("cursor")),
                     paging[u"nextCursor"].toString());
            page = h.follow(kDomains, {}, next);
        }
        QCOMPARE(seen.size(), 1003);
        QCOMPARE(pages, 6);
    }

    void defaultLimitAndBadCursor()
    {
        SandboxOptions options;
        options.generatedDomains = 60;
        ApiHarness &h = harness(options);
        const ApiResult page = h.get(kDomains);
        QCOMPARE(page.json[u"data"].toArray().size(), 50);
        const ApiResult bad = h.get(kDomains, {}, QStringLiteral("cursor=garbage"));
        QCOMPARE(bad.status(), 400);
        QCOMPARE(bad.firstErrorCode(), QStringLiteral("PARAMETER_ERROR.INVALID"));
        QCOMPARE(bad.firstError()[u"source"][u"parameter"].toString(), QStringLiteral("cursor"));
    }

    void sparseFieldsets()
    {
        ApiHarness &h = harness();
        const ApiResult page = h.get(kDomains, {}, QStringLiteral("fields[alternativeDistributionDomains]=domain"));
        const QJsonObject first = page.json[u"data"].toArray().at(0).toObject();
        QCOMPARE(first[u"attributes"].toObject().keys(), QStringList{QStringLiteral("domain")});
        QVERIFY(first.contains(u"links"));

        const ApiResult app = h.get(QStringLiteral("/v1/apps/{id}"), appId(h, QStringLiteral("Lumen Notes")),
                                    QStringLiteral("fields[apps]=name,bundleId"));
        QCOMPARE(app.attributes().keys(), (QStringList{QStringLiteral("bundleId"), QStringLiteral("name")}));
        QVERIFY(!app.data().contains(u"relationships"));
        const ApiResult full = h.get(QStringLiteral("/v1/apps/{id}"), appId(h, QStringLiteral("Lumen Notes")));
        QVERIFY(full.attributes().contains(u"sku"));
        QVERIFY(full.data()[u"relationships"][u"alternativeDistributionKey"][u"links"][u"related"]
                    .toString().endsWith(QStringLiteral("/alternativeDistributionKey")));
    }

    void domainLifecycle()
    {
        ApiHarness &h = harness();
        const ApiResult created = h.call("POST", kDomains, {}, {}, domainBody(QStringLiteral("web.example.eu")));
        QCOMPARE(created.status(), 201);
        const QString id = created.data()[u"id"].toString();
        QCOMPARE(created.response.header("Location"), (h.baseUrl.toString() + kDomains + u'/' + id).toUtf8());
        QCOMPARE(created.attributes()[u"domain"].toString(), QStringLiteral("web.example.eu"));
        QCOMPARE(created.attributes()[u"createdDate"].toString(), QStringLiteral("2026-02-01T12:00:00.000Z"));

        QCOMPARE(h.get(kDomain, id).attributes()[u"referenceName"].toString(), QStringLiteral("Test"));
        QCOMPARE(h.call("DELETE", kDomain, id).status(), 204);
        const ApiResult gone = h.get(kDomain, id);
        QCOMPARE(gone.status(), 404);
        QCOMPARE(gone.firstErrorCode(), QStringLiteral("NOT_FOUND"));
        QCOMPARE(h.call("DELETE", kDomain, id).status(), 404);
    }

    void domainErrors_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("code");
        QTest::newRow("duplicate") << QStringLiteral("APPS.lumenlabs.eu") << QStringLiteral("ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE");
        QTest::newRow("scheme") << QStringLiteral("https://a.example.com") << QStringLiteral("ENTITY_ERROR.ATTRIBUTE.INVALID");
        QTest::newRow("path") << QStringLiteral("a.example.com/x") << QStringLiteral("ENTITY_ERROR.ATTRIBUTE.INVALID");
        QTest::newRow("port") << QStringLiteral("a.example.com:8443") << QStringLiteral("ENTITY_ERROR.ATTRIBUTE.INVALID");
        QTest::newRow("space") << QStringLiteral("a example.com") << QStringLiteral("ENTITY_ERROR.ATTRIBUTE.INVALID");
        QTest::newRow("single label") << QStringLiteral("localhost") << QStringLiteral("ENTITY_ERROR.ATTRIBUTE.INVALID");
        QTest::newRow("ip") << QStringLiteral("10.0.0.1") << QStringLiteral("ENTITY_ERROR.ATTRIBUTE.INVALID");
    }

    void domainErrors()
    {
        QFETCH(QString, domain);
        QFETCH(QString, code);
        ApiHarness &h = harness();
        const int before = h.api.store().domains.size();
        const ApiResult result = h.call("POST", kDomains, {}, {}, domainBody(domain));
        QCOMPARE(result.status(), 409);
        QCOMPARE(result.firstErrorCode(), code);
        QCOMPARE(result.errorPointer(), QStringLiteral("/data/attributes/domain"));
        QCOMPARE(h.api.store().domains.size(), before);
    }

    void punycodeDomainIsAccepted()
    {
        ApiHarness &h = harness();
        QCOMPARE(h.call("POST", kDomains, {}, {}, domainBody(QStringLiteral("xn--mnchen-3ya.example"))).status(), 201);
    }

    void keys()
    {
        ApiHarness &h = harness();
        const QString orchard = appId(h, QStringLiteral("Orchard Market"));
        const QString lumen = appId(h, QStringLiteral("Lumen Notes"));
        const QString pem = QString::fromLatin1(SandboxTest::generateKeyPair("P-256").publicKeyPem);

        // The app key: null before, present after.
        expectNullToOne(h, kAppKey, orchard);
        expectNullToOne(h, kAppKeyLinkage, orchard);
        QCOMPARE(h.get(kAppKey, QStringLiteral("0000000000")).status(), 404);

        const ApiResult created = h.call("POST", kKeys, {}, {}, keyBody(pem, orchard));
        QCOMPARE(created.status(), 201);
        const QString keyId = created.data()[u"id"].toString();
        QVERIFY(!created.response.header("Location").isEmpty());
        QCOMPARE(h.get(kAppKey, orchard).data()[u"id"].toString(), keyId);
        QCOMPARE(h.get(kAppKeyLinkage, orchard).data(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("alternativeDistributionKeys")},
                              {QStringLiteral("id"), keyId}}));

        // Account-wide key (no app), and exists[app].
        QCOMPARE(h.call("POST", kKeys, {}, {}, keyBody(pem)).status(), 201);
        QCOMPARE(h.get(kKeys).json[u"data"].toArray().size(), 3);
        QCOMPARE(h.get(kKeys, {}, QStringLiteral("exists[app]=true")).json[u"data"].toArray().size(), 2);
        QCOMPARE(h.get(kKeys, {}, QStringLiteral("exists[app]=false")).json[u"data"].toArray().size(), 1);

        // Errors.
        const ApiResult p384 = h.call("POST", kKeys, {}, {},
                                      keyBody(QString::fromLatin1(SandboxTest::generateKeyPair("P-384").publicKeyPem)));
        QCOMPARE(p384.status(), 409);
        QCOMPARE(p384.firstErrorCode(), QStringLiteral("ENTITY_ERROR.ATTRIBUTE.INVALID"));
        QCOMPARE(p384.errorPointer(), QStringLiteral("/data/attributes/publicKey"));
        QCOMPARE(h.call("POST", kKeys, {}, {}, keyBody(QStringLiteral("not a key"))).errorPointer(),
                 QStringLiteral("/data/attributes/publicKey"));
        const ApiResult unknownApp = h.call("POST", kKeys, {}, {}, keyBody(pem, QStringLiteral("1")));
        QCOMPARE(unknownApp.status(), 409);
        QCOMPARE(unknownApp.firstErrorCode(), QStringLiteral("ENTITY_ERROR.RELATIONSHIP.INVALID"));
        QCOMPARE(unknownApp.errorPointer(), QStringLiteral("/data/relationships/app"));
        const ApiResult twice = h.call("POST", kKeys, {}, {}, keyBody(pem, lumen));
        QCOMPARE(twice.status(), 409);
        QVERIFY(twice.firstError()[u"detail"].toString().contains(h.api.store().keyForApp(lumen)->id));
        QCOMPARE(h.api.store().keys.size(), 3);

        QCOMPARE(h.call("DELETE", QStringLiteral("/v1/alternativeDistributionKeys/{id}"), keyId).status(), 204);
        expectNullToOne(h, kAppKey, orchard);
    }

    void appsAndVersions()
    {
        ApiHarness &h = harness();
        const ApiResult byBundle = h.get(QStringLiteral("/v1/apps"), {}, QStringLiteral("filter[bundleId]=com.trailhead.maps"));
        QCOMPARE(byBundle.json[u"data"].toArray().size(), 1);
        QCOMPARE(byBundle.json[u"data"][0][u"attributes"][u"name"].toString(), QStringLiteral("Trailhead Maps"));
        const ApiResult sorted = h.get(QStringLiteral("/v1/apps"), {}, QStringLiteral("sort=-name&limit=2"));
        QCOMPARE(sorted.json[u"data"][0][u"attributes"][u"name"].toString(), QStringLiteral("Trailhead Maps"));
        const ApiResult sortedNext = h.follow(QStringLiteral("/v1/apps"), {}, sorted.json[u"links"][u"next"].toString());
        QCOMPARE(sortedNext.json[u"data"][0][u"attributes"][u"name"].toString(), QStringLiteral("Pocket Ledger"));

        const QString lumen = appId(h, QStringLiteral("Lumen Notes"));
        const QString versions = QStringLiteral("/v1/apps/{id}/appStoreVersions");
        QCOMPARE(h.get(versions, lumen).json[u"data"].toArray().size(), 4);
        const ApiResult ios = h.get(versions, lumen, QStringLiteral("filter[platform]=IOS&filter[appVersionState]=READY_FOR_DISTRIBUTION,PENDING_DEVELOPER_RELEASE"));
        QCOMPARE(ios.json[u"data"].toArray().size(), 2);
        const ApiResult v230 = h.get(versions, lumen, QStringLiteral("filter[versionString]=2.3.0&filter[platform]=IOS&include=alternativeDistributionPackage"));
        QCOMPARE(v230.json[u"data"].toArray().size(), 1);
        QCOMPARE(v230.json[u"included"][0][u"type"].toString(), QStringLiteral("alternativeDistributionPackages"));
        QCOMPARE(h.get(versions, QStringLiteral("42")).status(), 404);

        const QString versionId = v230.json[u"data"][0][u"id"].toString();
        const ApiResult one = h.get(QStringLiteral("/v1/appStoreVersions/{id}"), versionId);
        QCOMPARE(one.attributes()[u"appStoreState"].toString(), QStringLiteral("READY_FOR_SALE"));
        QCOMPARE(one.data()[u"relationships"][u"app"][u"data"][u"id"].toString(), lumen);
    }

    void webhooks()
    {
        ApiHarness &h = harness();
        const QString app = appId(h, QStringLiteral("Lumen Notes"));
        QJsonObject body = relationshipBody(
            QStringLiteral("webhooks"),
            {{QStringLiteral("name"), QStringLiteral("Packages")},
             {QStringLiteral("url"), QStringLiteral("https://hooks.example.com/asc")},
             {QStringLiteral("secret"), QStringLiteral("s3cret")},
             {QStringLiteral("enabled"), true},
             {QStringLiteral("eventTypes"), QJsonArray{QStringLiteral("ALTERNATIVE_DISTRIBUTION_PACKAGE_VERSION_CREATED")}}},
            QStringLiteral("app"), QStringLiteral("apps"), app);
        const ApiResult created = h.call("POST", QStringLiteral("/v1/webhooks"), {}, {}, body);
        QCOMPARE(created.status(), 201);
        const QString id = created.data()[u"id"].toString();
        QVERIFY(!created.attributes().contains(u"secret")); // never read back
        QCOMPARE(h.get(QStringLiteral("/v1/apps/{id}/webhooks"), app).json[u"data"].toArray().size(), 1);

        const QJsonObject patch{{QStringLiteral("data"),
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("webhooks")},
                                             {QStringLiteral("id"), id},
                                             {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), false}}}}}};
        QCOMPARE(h.call("PATCH", QStringLiteral("/v1/webhooks/{id}"), id, {}, patch).attributes()[u"enabled"].toBool(), false);
        QCOMPARE(h.get(QStringLiteral("/v1/webhooks/{id}"), id).attributes()[u"name"].toString(), QStringLiteral("Packages"));
        const ApiResult deliveries = h.get(QStringLiteral("/v1/webhooks/{id}/deliveries"), id);
        QCOMPARE(deliveries.status(), 200);
        QVERIFY(deliveries.json[u"data"].toArray().isEmpty());
        QCOMPARE(h.call("DELETE", QStringLiteral("/v1/webhooks/{id}"), id).status(), 204);
        QCOMPARE(h.get(QStringLiteral("/v1/webhooks/{id}/deliveries"), id).status(), 404);
        QCOMPARE(h.get(QStringLiteral("/v1/webhooks/{id}"), id).status(), 404);

        const QJsonObject marketplace{{QStringLiteral("data"),
                                       QJsonObject{{QStringLiteral("type"), QStringLiteral("marketplaceWebhooks")},
                                                   {QStringLiteral("attributes"),
                                                    QJsonObject{{QStringLiteral("endpointUrl"), QStringLiteral("https://m.example.com/hook")},
                                                                {QStringLiteral("secret"), QStringLiteral("x")}}}}}};
        QCOMPARE(h.call("POST", QStringLiteral("/v1/marketplaceWebhooks"), {}, {}, marketplace).status(), 201);
        QCOMPARE(h.call("POST", QStringLiteral("/v1/marketplaceWebhooks"), {}, {}, marketplace).status(), 409);
        const QString marketplaceId = h.get(QStringLiteral("/v1/marketplaceWebhooks")).json[u"data"][0][u"id"].toString();
        const QJsonObject marketplacePatch{
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("marketplaceWebhooks")},
                         {QStringLiteral("id"), marketplaceId},
                         {QStringLiteral("attributes"),
                          QJsonObject{{QStringLiteral("endpointUrl"), QStringLiteral("https://m.example.com/new")}}}}}};
        const ApiResult patched = h.call("PATCH", QStringLiteral("/v1/marketplaceWebhooks/{id}"), marketplaceId, {}, marketplacePatch);
        QCOMPARE(patched.status(), 200);
        QCOMPARE(patched.attributes()[u"endpointUrl"].toString(), QStringLiteral("https://m.example.com/new"));
        QCOMPARE(h.call("DELETE", QStringLiteral("/v1/marketplaceWebhooks/{id}"), marketplaceId).status(), 204);
        QCOMPARE(h.call("DELETE", QStringLiteral("/v1/marketplaceWebhooks/{id}"), marketplaceId).status(), 404);

        const ApiResult redelivery = h.call("POST", QStringLiteral("/v1/webhookDeliveries"), {}, {},
                                            relationshipBody(QStringLiteral("webhookDeliveries"), {}, QStringLiteral("template"),
                                                             QStringLiteral("webhookDeliveries"), QStringLiteral("d1")));
        QCOMPARE(redelivery.status(), 409);
        QCOMPARE(redelivery.errorPointer(), QStringLiteral("/data/relationships/template"));
    }

    void webhookPings()
    {
        ApiHarness &h = harness();
        const QString app = appId(h, QStringLiteral("Lumen Notes"));
        const ApiResult unknown = h.call("POST", QStringLiteral("/v1/webhookPings"), {}, {},
                                         relationshipBody(QStringLiteral("webhookPings"), {}, QStringLiteral("webhook"),
                                                          QStringLiteral("webhooks"), QStringLiteral("x")));
        QCOMPARE(unknown.status(), 409);
        QCOMPARE(unknown.errorPointer(), QStringLiteral("/data/relationships/webhook"));
        h.api.store().webhooks.insert({QStringLiteral("w1"), 0, app, QStringLiteral("n"),
                                       QStringLiteral("https://h.example.com"), QStringLiteral("s"), true, {}});
        const ApiResult ping = h.call("POST", QStringLiteral("/v1/webhookPings"), {}, {},
                                      relationshipBody(QStringLiteral("webhookPings"), {}, QStringLiteral("webhook"),
                                                       QStringLiteral("webhooks"), QStringLiteral("w1")));
        QCOMPARE(ping.status(), 201);
        QCOMPARE(ping.data()[u"type"].toString(), QStringLiteral("webhookPings"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxResources)
#include "tst_sandbox_resources.moc"
