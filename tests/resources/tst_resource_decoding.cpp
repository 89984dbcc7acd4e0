// SPDX-License-Identifier: GPL-3.0-or-later
// Decodes documents in the shapes of openapi-subset.json into the typed resources.
// URLs inside the JSON fixtures are written "https:\/\/...": moc 6.4 mistakes a
// "//" inside a multi-line raw string literal for a comment.
#include "AppStoreVersions.h"
#include "Apps.h"
#include "Domains.h"
#include "Keys.h"
#include "PackageAssets.h"
#include "PackageVersions.h"
#include "Packages.h"

#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(AltDist::AppStoreVersion)

using namespace AltDist;

namespace {

ApiResponse response(const char *json)
{
    ApiResponse r;
    r.status = 200;
    QJsonParseError error{};
    r.json = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return r;
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

AppStoreVersion version(const char *platform, const char *versionState, const char *storeState)
{
    AppStoreVersion v;
    v.platform = QLatin1String(platform);
    v.appVersionState = QLatin1String(versionState);
    v.appStoreState = QLatin1String(storeState);
    return v;
}

} // namespace

class tst_ResourceDecoding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void domainsPage()
    {
        const ApiResponse r = response(R"({
            "data": [
              {"type": "alternativeDistributionDomains", "id": "d1",
               "attributes": {"domain": "apps.example.com", "referenceName": "Main",
                              "createdDate": "2024-03-05T10:20:30.000Z"},
               "links": {"self": "https:\/\/api.example/v1/alternativeDistributionDomains/d1"}},
              {"type": "alternativeDistributionDomains", "id": "d2", "attributes": {"domain": "b.example"}}
            ],
            "links": {"self": "https:\/\/api.example/v1/alternativeDistributionDomains",
                      "next": "https:\/\/api.example/v1/alternativeDistributionDomains?cursor=Mg&limit=2"},
            "meta": {"paging": {"total": 5, "limit": 2}}})");
        const Result<Page<Domain>> page = JsonApi::decodePage<Domain>(r);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().describe()));
        QCOMPARE(page->items.size(), 2);
        const Domain &d = page->items.first();
        QCOMPARE(d.id, QStringLiteral("d1"));
        QCOMPARE(d.domain, QStringLiteral("apps.example.com"));
        QCOMPARE(d.referenceName, QStringLiteral("Main"));
        QCOMPARE(d.createdDate, QDateTime(QDate(2024, 3, 5), QTime(10, 20, 30), Qt::UTC));
        QVERIFY(d.json.contains(QLatin1String("links"))); // kept exactly as returned
        QVERIFY(!page->items.at(1).createdDate.isValid());
        QVERIFY(page->hasNext());
        QCOMPARE(page->total, std::optional<int>(5));
    }

    void wrongTypeIsProtocolError()
    {
        const Result<Domain> d = Domain::fromJson(object(R"({"type": "apps", "id": "1"})"));
        QVERIFY(!d.ok());
        QCOMPARE(d.error().kind(), Error::Kind::Protocol);
        const Result<Variant> v = Variant::fromJson(object(R"({"type": "alternativeDistributionPackageDeltas", "id": "x"})"));
        QVERIFY(!v.ok());
        QCOMPARE(v.error().kind(), Error::Kind::Protocol);
        // One bad item spoils the page: no half-decoded lists.
        const Result<Page<App>> page = JsonApi::decodePage<App>(
            response(R"({"data": [{"type": "apps", "id": "1"}, {"type": "builds", "id": "2"}], "links": {"self": "x"}})"));
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind(), Error::Kind::Protocol);
    }

    void missingIdIsProtocolError()
    {
        const Result<App> a = App::fromJson(object(R"({"type": "apps", "attributes": {"name": "X"}})"));
        QVERIFY(!a.ok());
        QCOMPARE(a.error().kind(), Error::Kind::Protocol);
    }

    void key()
    {
        const Result<DistributionKey> k = JsonApi::decodeSingle<DistributionKey>(response(R"({
            "data": {"type": "alternativeDistributionKeys", "id": "k1",
                     "attributes": {"publicKey": "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"},
                     "relationships": {"app": {"data": {"type": "apps", "id": "6450000001"}}}},
            "links": {"self": "x"}})"));
        QVERIFY(k.ok());
        QVERIFY(k->publicKey.startsWith(QLatin1String("-----BEGIN PUBLIC KEY-----")));
        QCOMPARE(k->appId, QStringLiteral("6450000001"));

        const Result<std::optional<DistributionKey>> none =
            JsonApi::decodeOptional<DistributionKey>(response(R"({"data": null, "links": {"self": "x"}})"));
        QVERIFY(none.ok());
        QVERIFY(!none->has_value());
    }

    void app()
    {
        const Result<App> a = App::fromJson(object(R"({"type": "apps", "id": "6450000001",
            "attributes": {"name": "Notes", "bundleId": "com.example.notes", "sku": "NOTES1", "primaryLocale": "en-GB"}})"));
        QVERIFY(a.ok());
        QCOMPARE(a->name, QStringLiteral("Notes"));
        QCOMPARE(a->bundleId, QStringLiteral("com.example.notes"));
        QCOMPARE(a->sku, QStringLiteral("NOTES1"));
        QCOMPARE(a->primaryLocale, QStringLiteral("en-GB"));
    }

    void appStoreVersion()
    {
        const Result<AppStoreVersion> v = AppStoreVersion::fromJson(object(R"({"type": "appStoreVersions", "id": "v1",
            "attributes": {"platform": "IOS", "versionString": "2.1", "appStoreState": "PENDING_DEVELOPER_RELEASE",
                           "appVersionState": "PENDING_DEVELOPER_RELEASE", "reviewType": "NOTARIZATION",
                           "createdDate": "2024-01-30T10:15:41.443-08:00"}})"));
        QVERIFY(v.ok());
        QCOMPARE(v->versionString, QStringLiteral("2.1"));
        QCOMPARE(v->reviewType, QStringLiteral("NOTARIZATION"));
        QCOMPARE(v->createdDate, QDateTime(QDate(2024, 1, 30), QTime(18, 15, 41, 443), Qt::UTC));
        QVERIFY(v->eligibility().eligible);
    }

    void eligibility_data()
    {
        QTest::addColumn<AppStoreVersion>("version");
        QTest::addColumn<bool>("eligible");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("pending developer release") << version("IOS", "PENDING_DEVELOPER_RELEASE", "") << true << QString();
        QTest::newRow("pending apple release") << version("IOS", "PENDING_APPLE_RELEASE", "") << true << QString();
        QTest::newRow("ready for distribution") << version("IOS", "READY_FOR_DISTRIBUTION", "READY_FOR_SALE") << true << QString();
        QTest::newRow("in review") << version("IOS", "IN_REVIEW", "IN_REVIEW") << false << QStringLiteral("is In Review");
        QTest::newRow("prepare") << version("IOS", "PREPARE_FOR_SUBMISSION", "") << false << QStringLiteral("is Prepare for Submission");
        QTest::newRow("macOS") << version("MAC_OS", "READY_FOR_DISTRIBUTION", "") << false << QStringLiteral("for macOS");
        QTest::newRow("fallback ready for sale") << version("IOS", "", "READY_FOR_SALE") << true << QString();
        QTest::newRow("fallback pending") << version("IOS", "", "PENDING_APPLE_RELEASE") << true << QString();
        QTest::newRow("fallback rejected") << version("IOS", "", "REJECTED") << false << QStringLiteral("is Rejected");
        // The newer state wins over the deprecated one.
        QTest::newRow("version state wins") << version("IOS", "REJECTED", "READY_FOR_SALE") << false << QStringLiteral("is Rejected");
    }
    void eligibility()
    {
        QFETCH(AppStoreVersion, version);
        QFETCH(bool, eligible);
        QFETCH(QString, reasonPart);
        const AppStoreVersion::Eligibility e = version.eligibility();
        QCOMPARE(e.eligible, eligible);
        QCOMPARE(e.reason.isEmpty(), eligible);
        QVERIFY2(e.reason.contains(reasonPart), qPrintable(e.reason));
    }

    void package()
    {
        const Result<Package> p = JsonApi::decodeSingle<Package>(response(R"({
            "data": {"type": "alternativeDistributionPackages", "id": "p1",
                     "attributes": {"sourceFileChecksum": {
                         "file": {"hash": "aa11", "algorithm": "SHA_256"},
                         "composite": {"hash": "bb22", "algorithm": "MD5"}}}},
            "links": {"self": "x"}})"));
        QVERIFY(p.ok());
        QCOMPARE(p->sourceFileChecksum.fileHash, QStringLiteral("aa11"));
        QCOMPARE(p->sourceFileChecksum.fileAlgorithm, QStringLiteral("SHA_256"));
        QCOMPARE(p->sourceFileChecksum.compositeHash, QStringLiteral("bb22"));
        QCOMPARE(p->sourceFileChecksum.compositeAlgorithm, QStringLiteral("MD5"));
    }

    void packageVersion()
    {
        const Result<PackageVersion> v = PackageVersion::fromJson(object(R"({
            "type": "alternativeDistributionPackageVersions", "id": "pv1",
            "attributes": {"url": "https:\/\/dl.example/pkg.zip?sig=abc", "urlExpirationDate": "2024-03-05T11:00:00Z",
                           "version": "3", "fileChecksum": "0123", "state": "COMPLETED"}})"));
        QVERIFY(v.ok());
        QCOMPARE(v->url, QUrl(QStringLiteral("https://dl.example/pkg.zip?sig=abc")));
        QCOMPARE(v->urlExpirationDate, QDateTime(QDate(2024, 3, 5), QTime(11, 0), Qt::UTC));
        QCOMPARE(v->version, QStringLiteral("3"));
        QCOMPARE(v->state, QStringLiteral("COMPLETED"));
        QCOMPARE(v->fileChecksum, QStringLiteral("0123"));
        QCOMPARE(PackageVersion::stateName(PackageVersion::State::Replaced), QStringLiteral("REPLACED"));
    }

    void variantAndDelta()
    {
        const char *attributes = R"("attributes": {"url": "https:\/\/dl.example/a", "urlExpirationDate": "2024-03-05T11:00:00Z",
                                  "alternativeDistributionKeyBlob": "AAEC", "fileChecksum": "ff"}})";
        const Result<Variant> v = Variant::fromJson(
            object(QByteArray(R"({"type": "alternativeDistributionPackageVariants", "id": "va1", )").append(attributes)));
        QVERIFY(v.ok());
        QCOMPARE(v->alternativeDistributionKeyBlob, QStringLiteral("AAEC"));
        QCOMPARE(v->fileChecksum, QStringLiteral("ff"));
        QCOMPARE(v->url, QUrl(QStringLiteral("https://dl.example/a")));
        const Result<Delta> d = Delta::fromJson(
            object(QByteArray(R"({"type": "alternativeDistributionPackageDeltas", "id": "de1", )").append(attributes)));
        QVERIFY(d.ok());
        QCOMPARE(d->id, QStringLiteral("de1"));
    }
};


QTEST_GUILESS_MAIN(tst_ResourceDecoding)
#include "tst_resource_decoding.moc"
