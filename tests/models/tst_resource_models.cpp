// SPDX-License-Identifier: GPL-3.0-or-later
// Each concrete list model's columns and roles against the sandbox's seeded
// data; the ids they need are found by walking the sandbox through the
// service layer.
#include "ModelTestSupport.h"
#include "EcKeyPair.h"
#include "Packages.h"
#include "ResourceLabels.h"
#include "ResourceModels.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QVersionNumber>

#include <memory>

using namespace AltDist;
using namespace AltDist::Test;

namespace {

bool isSha256Hex(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

} // namespace

class tst_ResourceModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void domains();
    void keys();
    void apps();
    void appStoreVersionsEligibility();
    void packageVersions();
    void variants();
    void deltas();
    void badParentIdShowsErrorRow();

private:
    /// Loads every page of `model` with a tester watching it throughout.
    void loadWatched(PagedModel &model);
    QString appIdNamed(const QString &name);

    std::unique_ptr<TestSandbox> m_sandbox;
    QString m_lumenId;
    QString m_lumenPackageId;
    QString m_lumenVersion2Id; ///< package version "2": has variants and deltas from "1"
};

void tst_ResourceModels::initTestCase()
{
    m_sandbox = std::make_unique<TestSandbox>();
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->startError()));
    ApiClient *client = &m_sandbox->client();

    m_lumenId = appIdNamed(QStringLiteral("Lumen Notes"));
    QVERIFY(!m_lumenId.isEmpty());
    Result<Page<AppStoreVersion>> versions = await(AppStoreVersionsApi(client).listForApp(m_lumenId), this);
    QVERIFY2(versions.ok(), errorText(versions).constData());
    for (const AppStoreVersion &version : versions->items) {
        Result<std::optional<Package>> package = await(PackagesApi(client).forVersion(version.id), this);
        QVERIFY2(package.ok(), errorText(package).constData());
        if (package.value())
            m_lumenPackageId = package.value()->id;
    }
    QVERIFY(!m_lumenPackageId.isEmpty());
    Result<Page<PackageVersion>> packageVersions =
        await(PackageVersionsApi(client).listForPackage(m_lumenPackageId), this);
    QVERIFY2(packageVersions.ok(), errorText(packageVersions).constData());
    for (const PackageVersion &version : packageVersions->items) {
        if (version.version == QLatin1String("2"))
            m_lumenVersion2Id = version.id;
    }
    QVERIFY(!m_lumenVersion2Id.isEmpty());
}

QString tst_ResourceModels::appIdNamed(const QString &name)
{
    Result<Page<App>> apps = await(AppsApi(&m_sandbox->client()).list(), this);
    if (!apps.ok())
        return {};
    for (const App &app : apps->items) {
        if (app.name == name)
            return app.id;
    }
    return {};
}

void tst_ResourceModels::cleanup()
{
    ALTDIST_VERIFY_NO_SPEC_VIOLATIONS(*m_sandbox);
}

void tst_ResourceModels::cleanupTestCase()
{
    m_sandbox.reset();
}

void tst_ResourceModels::loadWatched(PagedModel &model)
{
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadAll(model));
    QCOMPARE(model.rowCount(), model.itemCount());
}

void tst_ResourceModels::domains()
{
    DomainsModel model(&m_sandbox->client());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadAll(model));
    QCOMPARE(model.itemCount(), 3);
    QCOMPARE(model.columnCount(), int(DomainsModel::ColumnCount));
    QCOMPARE(model.headerData(DomainsModel::ReferenceNameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Reference name"));

    // Internationalised names show in Unicode, with the ACE form in the tool tip.
    const int row = rowShowing(model, DomainsModel::DomainColumn, QStringLiteral("bücher.example"));
    QVERIFY(row >= 0);
    QVERIFY(model.index(row, DomainsModel::DomainColumn).data(Qt::ToolTipRole).toString()
                .contains(QStringLiteral("xn--bcher-kva.example")));
    QCOMPARE(model.index(row, DomainsModel::ReferenceNameColumn).data().toString(),
             QStringLiteral("Bücher (punycode)"));
    const QDateTime created(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC);
    const QModelIndex createdIndex = model.index(row, DomainsModel::CreatedColumn);
    QCOMPARE(createdIndex.data(PagedModel::SortRole).toDateTime(), created);
    QCOMPARE(createdIndex.data().toString(), ResourceLabels::localDateTime(created));
    QCOMPARE(model.resourceAt(row).value(QStringLiteral("type")).toString(),
             QStringLiteral("alternativeDistributionDomains"));
}

void tst_ResourceModels::keys()
{
    // An account-wide key next to the seeded Lumen Notes key.
    Result<EcKeyPair> pair = EcKeyPair::generateP256();
    QVERIFY(pair.ok());
    Result<DistributionKey> created = await(KeysApi(&m_sandbox->client()).create(pair->publicKeyPem()), this);
    QVERIFY2(created.ok(), errorText(created).constData());

    // The API's key resource names no app: the model pages the app keys
    // (exists[app]=true), then the account-wide ones (exists[app]=false).
    KeysModel model(&m_sandbox->client());
    model.setPageSize(1);
    loadWatched(model);
    QCOMPARE(model.itemCount(), 2);
    QCOMPARE(model.rowOfId(created->id), 1);
    QCOMPARE(model.index(1, KeysModel::KeyIdColumn).data().toString(), created->id);
    QCOMPARE(model.index(1, KeysModel::AppColumn).data().toString(), QStringLiteral("Account-wide"));
    QVERIFY(!model.isAppKey(1));
    QCOMPARE(model.index(0, KeysModel::AppColumn).data().toString(), QStringLiteral("App-specific"));
    QVERIFY(model.isAppKey(0));
    const int accountWide = 1;

    const QModelIndex key = model.index(accountWide, KeysModel::PublicKeyColumn);
    const QString shown = key.data().toString();
    QCOMPARE(shown.size(), 25);
    QVERIFY(shown.endsWith(QStringLiteral("…")));
    QVERIFY(!shown.contains(QLatin1Char('-')) && !shown.contains(QLatin1Char('\n')));
    QString body = created->publicKey;
    body.remove(QLatin1Char('\n'));
    QVERIFY(body.contains(shown.left(24)));
    QCOMPARE(key.data(Qt::ToolTipRole).toString(), model.itemAt(accountWide).publicKey);

    QCOMPARE(KeysModel::shortPublicKey(QStringLiteral("-----BEGIN PUBLIC KEY-----\nABCD\n-----END PUBLIC KEY-----\n")),
             QStringLiteral("ABCD"));
}

void tst_ResourceModels::apps()
{
    AppsModel model(&m_sandbox->client());
    loadWatched(model);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, AppsModel::NameColumn).data().toString());
    names.sort();
    const QStringList expected{QStringLiteral("Beacon Radio"),  QStringLiteral("Lumen Notes"),
                               QStringLiteral("Orchard Market"), QStringLiteral("Pocket Ledger"),
                               QStringLiteral("Quill Journal"),  QStringLiteral("Trailhead Maps")};
    QCOMPARE(names, expected);
    const int lumen = model.rowOfId(m_lumenId);
    QCOMPARE(model.index(lumen, AppsModel::BundleIdColumn).data().toString(), QStringLiteral("eu.lumenlabs.notes"));
    QCOMPARE(model.index(lumen, AppsModel::SkuColumn).data().toString(), QStringLiteral("LUMEN-NOTES-001"));
    QVERIFY(!model.index(lumen, AppsModel::PrimaryLocaleColumn).data().toString().isEmpty());
}

void tst_ResourceModels::appStoreVersionsEligibility()
{
    AppStoreVersionsModel model(&m_sandbox->client(), m_lumenId);
    QCOMPARE(model.appId(), m_lumenId);
    loadWatched(model);
    QCOMPARE(model.itemCount(), 4);

    int eligibleIos = -1;
    int mac = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString platform = model.index(row, AppStoreVersionsModel::PlatformColumn).data().toString();
        const QString version = model.index(row, AppStoreVersionsModel::VersionColumn).data().toString();
        if (platform == QLatin1String("iOS") && version == QLatin1String("2.3.0"))
            eligibleIos = row;
        if (platform == QLatin1String("macOS"))
            mac = row;
    }
    QVERIFY(eligibleIos >= 0);
    QVERIFY(mac >= 0);

    // Versions sort as version numbers ("2.10.0" after "2.9.1"), not as text.
    const QVariant sortKey = model.index(eligibleIos, AppStoreVersionsModel::VersionColumn).data(PagedModel::SortRole);
    QCOMPARE(sortKey.value<QVersionNumber>(), QVersionNumber(2, 3, 0));
    QCOMPARE(QVariant::compare(QVariant::fromValue(QVersionNumber(2, 10, 0)), QVariant::fromValue(QVersionNumber(2, 9, 1))),
             QPartialOrdering::Greater);

    const QModelIndex ios = model.index(eligibleIos, AppStoreVersionsModel::PackageColumn);
    QCOMPARE(model.index(eligibleIos, AppStoreVersionsModel::StateColumn).data().toString(),
             QStringLiteral("Ready for Distribution"));
    QCOMPARE(ios.data().toString(), QStringLiteral("Eligible"));
    QCOMPARE(ios.data(AppStoreVersionsModel::EligibleRole).toBool(), true);
    QVERIFY(ios.data(AppStoreVersionsModel::IneligibleReasonRole).toString().isEmpty());

    const QModelIndex macPackage = model.index(mac, AppStoreVersionsModel::PackageColumn);
    QCOMPARE(macPackage.data(AppStoreVersionsModel::EligibleRole).toBool(), false);
    const QString reason = macPackage.data(AppStoreVersionsModel::IneligibleReasonRole).toString();
    QVERIFY(!reason.isEmpty());
    QCOMPARE(reason, model.itemAt(mac).eligibility().reason);
    QCOMPARE(macPackage.data().toString(), reason);
    // Ineligible rows stay selectable and enabled; wizards decide to disable them.
    QCOMPARE(model.flags(macPackage) & (Qt::ItemIsSelectable | Qt::ItemIsEnabled),
             Qt::ItemIsSelectable | Qt::ItemIsEnabled);

    // A replaced iOS version: ineligible for its state, shown in words.
    const int replaced = rowShowing(model, AppStoreVersionsModel::VersionColumn, QStringLiteral("2.2.1"));
    QVERIFY(replaced >= 0);
    QCOMPARE(model.index(replaced, AppStoreVersionsModel::StateColumn).data().toString(),
             QStringLiteral("Replaced with New Version"));
    QCOMPARE(model.index(replaced, 0).data(AppStoreVersionsModel::EligibleRole).toBool(), false);
    QVERIFY(model.roleNames().contains(AppStoreVersionsModel::EligibleRole));
}

void tst_ResourceModels::packageVersions()
{
    PackageVersionsModel model(&m_sandbox->client(), m_lumenPackageId);
    loadWatched(model);
    QCOMPARE(model.itemCount(), 2);
    const int first = rowShowing(model, PackageVersionsModel::VersionColumn, QStringLiteral("1"));
    const int second = rowShowing(model, PackageVersionsModel::VersionColumn, QStringLiteral("2"));
    QVERIFY(first >= 0 && second >= 0);
    QCOMPARE(model.index(first, PackageVersionsModel::StateColumn).data().toString(), QStringLiteral("Replaced"));
    QCOMPARE(model.index(second, PackageVersionsModel::StateColumn).data().toString(), QStringLiteral("Completed"));
    const QString checksum = model.index(second, PackageVersionsModel::ChecksumColumn).data().toString();
    QCOMPARE(checksum, model.itemAt(second).fileChecksum);
    QVERIFY(!checksum.isEmpty());
    const QModelIndex expires = model.index(second, PackageVersionsModel::UrlExpiresColumn);
    const QDateTime expiry = expires.data(PagedModel::SortRole).toDateTime();
    QVERIFY(expiry.isValid());
    QVERIFY(expiry > QDateTime::currentDateTimeUtc());
    QCOMPARE(expires.data().toString(), ResourceLabels::localDateTime(expiry));
}

void tst_ResourceModels::variants()
{
    VariantsModel model(&m_sandbox->client(), m_lumenVersion2Id);
    QCOMPARE(model.versionId(), m_lumenVersion2Id);
    loadWatched(model);
    QVERIFY(model.itemCount() > 0);
    QCOMPARE(model.columnCount(), int(VariantsModel::ColumnCount));
    QCOMPARE(model.headerData(VariantsModel::KeyBlobColumn, Qt::Horizontal).toString(), QStringLiteral("Key blob"));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, VariantsModel::IdColumn).data().toString(), model.idAt(row));
        const QString checksum = model.index(row, VariantsModel::ChecksumColumn).data().toString();
        QVERIFY2(isSha256Hex(checksum), qPrintable(checksum));
        QCOMPARE(model.index(row, VariantsModel::KeyBlobColumn).data().toString(), QStringLiteral("Yes"));
        QVERIFY(model.index(row, VariantsModel::UrlExpiresColumn).data(PagedModel::SortRole).toDateTime().isValid());
    }
}

void tst_ResourceModels::deltas()
{
    DeltasModel model(&m_sandbox->client(), m_lumenVersion2Id);
    loadWatched(model);
    QVERIFY(model.itemCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, DeltasModel::IdColumn).data().toString(), model.idAt(row));
        QCOMPARE(model.index(row, DeltasModel::ChecksumColumn).data().toString(), model.itemAt(row).fileChecksum);
        QCOMPARE(model.index(row, DeltasModel::KeyBlobColumn).data().toString(),
                 ResourceLabels::yesNo(!model.itemAt(row).alternativeDistributionKeyBlob.isEmpty()));
        QCOMPARE(model.resourceAt(row).value(QStringLiteral("type")).toString(),
                 QStringLiteral("alternativeDistributionPackageDeltas"));
    }
}

void tst_ResourceModels::badParentIdShowsErrorRow()
{
    // Refused before the network: still an error row, never a silent empty list.
    VariantsModel model(&m_sandbox->client(), QStringLiteral("not/an id"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!loadNextPage(model));
    QCOMPARE(model.state(), PagedModel::State::Failed);
    QCOMPARE(model.lastError()->kind(), Error::Kind::InvalidInput);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(rowKind(model, 0), PagedModel::RowKind::Error);
}

QTEST_GUILESS_MAIN(tst_ResourceModels)
#include "tst_resource_models.moc"
