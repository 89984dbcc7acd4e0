// SPDX-License-Identifier: GPL-3.0-or-later
// AppsBrowser against the sandbox's demo data: Apps → Lumen Notes → iOS 2.3.0
// → its package → package version 2 → variants, then download a variant.
#include "AppsBrowser.h"
#include "Breadcrumb.h"
#include "DetailsPanel.h"
#include "GuiTest.h"
#include "ListPane.h"
#include "PackageView.h"
#include "PagedModel.h"
#include "ResourceModels.h"

#include "PackageAssets.h"

#include <QAction>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace AltDist;
using namespace AltDist::Test;

class TestBrowseApps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void drillsDownToAVariantAndDownloadsIt();
    void ineligibleVersionCannotGetAPackage();
    void versionWithoutPackageOffersToCreateOne();
    void showPackageGoesStraightThere();

private:
    /// Loads `pane` completely and makes the row whose column `column` shows `text` current.
    bool selectRow(ListPane *pane, int column, const QString &text, const QString &secondText = {}, int secondColumn = -1);
    bool loaded(ListPane *pane);
    void enter(ListPane *pane);

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<AppsBrowser> m_browser;
};

void TestBrowseApps::init()
{
    m_fixture = std::make_unique<GuiFixture>();
    QVERIFY(m_fixture->isReady());
    m_browser = std::make_unique<AppsBrowser>(m_fixture->workspace());
    m_browser->resize(1100, 700);
    m_browser->show();
    m_browser->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_browser.get()));
}

void TestBrowseApps::cleanup()
{
    m_browser.reset();
    m_fixture.reset();
}

bool TestBrowseApps::loaded(ListPane *pane)
{
    return waitUntil([pane] { return pane->model() && pane->model()->state() == PagedModel::State::Complete; });
}

bool TestBrowseApps::selectRow(ListPane *pane, int column, const QString &text, const QString &secondText,
                               int secondColumn)
{
    if (!loaded(pane))
        return false;
    PagedModel *model = pane->model();
    for (int row = 0; row < model->itemCount(); ++row) {
        if (model->index(row, column).data().toString() != text)
            continue;
        if (secondColumn >= 0 && model->index(row, secondColumn).data().toString() != secondText)
            continue;
        return pane->selectId(model->idAt(row));
    }
    return false;
}

void TestBrowseApps::enter(ListPane *pane)
{
    pane->view()->setFocus();
    QTest::keyClick(pane->view(), Qt::Key_Return);
}

void TestBrowseApps::drillsDownToAVariantAndDownloadsIt()
{
    QCOMPARE(m_browser->level(), AppsBrowser::AppsLevel);
    QVERIFY(selectRow(m_browser->appsPane(), AppsModel::NameColumn, QStringLiteral("Lumen Notes")));
    QCOMPARE(m_browser->detailsPanel()->title(), QStringLiteral("Lumen Notes"));
    AltDist::Test::screenshot(m_browser.get(), QStringLiteral("browse-apps"));
    enter(m_browser->appsPane());
    QCOMPARE(m_browser->level(), AppsBrowser::VersionsLevel);
    QCOMPARE(m_browser->breadcrumb()->text(), QStringLiteral("Apps › Lumen Notes"));

    QVERIFY(selectRow(m_browser->versionsPane(), AppStoreVersionsModel::VersionColumn, QStringLiteral("2.3.0"),
                      QStringLiteral("iOS"), AppStoreVersionsModel::PlatformColumn));
    QVERIFY(m_browser->createPackageAction()->isEnabled());
    AltDist::Test::screenshot(m_browser.get(), QStringLiteral("browse-app-versions"));
    enter(m_browser->versionsPane());
    QCOMPARE(m_browser->level(), AppsBrowser::PackageLevel);
    QCOMPARE(m_browser->breadcrumb()->text(), QStringLiteral("Apps › Lumen Notes › iOS 2.3.0"));

    PackageView *package = m_browser->packageView();
    QVERIFY(waitUntil([&] { return !package->packageResource().isEmpty(); }));
    const QString packageId = package->packageResource().value(QLatin1String("id")).toString();
    QVERIFY(package->headerText().contains(packageId));
    const QString sourceHash = package->packageResource()
                                   .value(QLatin1String("attributes")).toObject()
                                   .value(QLatin1String("sourceFileChecksum")).toObject()
                                   .value(QLatin1String("file")).toObject()
                                   .value(QLatin1String("hash")).toString();
    QVERIFY(!sourceHash.isEmpty());
    QVERIFY2(package->headerText().contains(sourceHash), qPrintable(package->headerText())); // in full
    QVERIFY(!m_browser->createPackageAction()->isEnabled()); // it has one

    QVERIFY(selectRow(package->versions(), PackageVersionsModel::VersionColumn, QStringLiteral("2")));
    AltDist::Test::screenshot(m_browser.get(), QStringLiteral("browse-package"));
    const QString packageVersionId = package->versions()->currentId();
    enter(package->versions());
    QCOMPARE(m_browser->level(), AppsBrowser::AssetsLevel);
    QCOMPARE(m_browser->breadcrumb()->text(), QStringLiteral("Apps › Lumen Notes › iOS 2.3.0 › Package version 2"));
    QCOMPARE(m_browser->assetTabs()->currentWidget(), m_browser->variantsPane());

    // The sandbox's own variants, read straight from the API.
    QList<Variant> expected;
    VariantsApi(m_fixture->connection().client())
        .listForVersion(packageVersionId)
        .then(m_browser.get(), [&](const Result<Page<Variant>> &page) {
            if (page.ok())
                expected = page->items;
        });
    QVERIFY(waitUntil([&] { return !expected.isEmpty(); }));

    ListPane *variants = m_browser->variantsPane();
    QVERIFY(loaded(variants));
    QCOMPARE(variants->model()->itemCount(), int(expected.size()));
    const int row = variants->model()->rowOfId(expected.first().id);
    QVERIFY(row >= 0);
    QCOMPARE(variants->model()->index(row, VariantsModel::ChecksumColumn).data().toString(),
             expected.first().fileChecksum);
    QVERIFY(variants->selectId(expected.first().id));
    QVERIFY(m_browser->detailsPanel()->countdownText().startsWith(QLatin1String("expires in")));
    AltDist::Test::screenshot(m_browser.get(), QStringLiteral("browse-variants"));

    QSignalSpy spy(m_browser.get(), &AppsBrowser::downloadRequested);
    variants->view()->setFocus();
    QTest::keyClick(variants->view(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(spy.count(), 1);
    const auto request = spy.takeFirst().at(0).value<DownloadRequest>();
    QCOMPARE(int(request.kind), int(DownloadRequest::Kind::Variant));
    QCOMPARE(request.resource.value(QLatin1String("id")).toString(), expected.first().id);
    QVERIFY2(request.label.contains(QLatin1String("Lumen Notes")), qPrintable(request.label));
    // Named by its ID, not by its row, which changes with sorting.
    QVERIFY2(request.label.endsWith(QStringLiteral("variant ") + expected.first().id.left(8)), qPrintable(request.label));
    QVERIFY(Variant::fromJson(request.resource).ok());
    QVERIFY(click(m_browser.get(), QStringLiteral("Download…")));
    QCOMPARE(spy.count(), 1);

    // Deltas tab; then up with Backspace, and back to the apps by a crumb.
    m_browser->assetTabs()->setCurrentWidget(m_browser->deltasPane());
    QVERIFY(loaded(m_browser->deltasPane()));
    AltDist::Test::screenshot(m_browser.get(), QStringLiteral("browse-deltas"));
    QTest::keyClick(m_browser->deltasPane()->view(), Qt::Key_Backspace);
    QCOMPARE(m_browser->level(), AppsBrowser::PackageLevel);
    QVERIFY(waitUntil([&] { return findButton(m_browser->breadcrumb(), QStringLiteral("Apps")) != nullptr; }));
    QVERIFY(click(m_browser->breadcrumb(), QStringLiteral("Apps")));
    QCOMPARE(m_browser->level(), AppsBrowser::AppsLevel);
}

void TestBrowseApps::ineligibleVersionCannotGetAPackage()
{
    QVERIFY(selectRow(m_browser->appsPane(), AppsModel::NameColumn, QStringLiteral("Lumen Notes")));
    enter(m_browser->appsPane());
    QVERIFY(selectRow(m_browser->versionsPane(), AppStoreVersionsModel::PlatformColumn, QStringLiteral("macOS")));
    const QModelIndex current = m_browser->versionsPane()->view()->currentIndex();
    QVERIFY(!current.data(AppStoreVersionsModel::EligibleRole).toBool());
    QVERIFY(!current.data(AppStoreVersionsModel::IneligibleReasonRole).toString().isEmpty());
    QVERIFY(!m_browser->createPackageAction()->isEnabled());
    // The list cell is shortened; the details panel gives the whole reason.
    const QString note = m_browser->detailsPanel()->note();
    QVERIFY2(note.startsWith(QStringLiteral("No package can be created")) && note.contains(QStringLiteral("for macOS")),
             qPrintable(note));
}

void TestBrowseApps::versionWithoutPackageOffersToCreateOne()
{
    QVERIFY(selectRow(m_browser->appsPane(), AppsModel::NameColumn, QStringLiteral("Lumen Notes")));
    enter(m_browser->appsPane());
    QVERIFY(selectRow(m_browser->versionsPane(), AppStoreVersionsModel::VersionColumn, QStringLiteral("2.4.0")));
    const QString versionId = m_browser->versionsPane()->currentId();
    const QString appId = m_browser->appsPane()->currentId();
    enter(m_browser->versionsPane());
    QCOMPARE(m_browser->level(), AppsBrowser::PackageLevel);
    QVERIFY(waitUntil([&] { return m_browser->packageView()->headerText().startsWith(QLatin1String("No package yet")); }));
    AltDist::Test::screenshot(m_browser.get(), QStringLiteral("browse-no-package"));
    QSignalSpy spy(m_browser.get(), &AppsBrowser::createPackageRequested);
    QVERIFY(click(m_browser->packageView(), QStringLiteral("Create package…")));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), appId);
    QCOMPARE(spy.at(0).at(1).toString(), versionId);
}

void TestBrowseApps::showPackageGoesStraightThere()
{
    // The ids of Trailhead Maps 5.1.0 (which has a package), found through the panes.
    QVERIFY(selectRow(m_browser->appsPane(), AppsModel::NameColumn, QStringLiteral("Trailhead Maps")));
    const QString appId = m_browser->appsPane()->currentId();
    enter(m_browser->appsPane());
    QVERIFY(selectRow(m_browser->versionsPane(), AppStoreVersionsModel::VersionColumn, QStringLiteral("5.1.0")));
    const QString versionId = m_browser->versionsPane()->currentId();

    // A browser that has seen neither (as after the create-package wizard in a fresh window).
    AppsBrowser fresh(m_fixture->workspace());
    fresh.resize(900, 600);
    fresh.show();
    fresh.showPackage(appId, versionId);
    QCOMPARE(fresh.level(), AppsBrowser::PackageLevel);
    QVERIFY(waitUntil([&] { return !fresh.packageView()->packageResource().isEmpty(); }));
    QVERIFY(waitUntil([&] { return fresh.breadcrumb()->text() == QStringLiteral("Apps › Trailhead Maps › iOS 5.1.0"); }));
    QVERIFY(loaded(fresh.packageView()->versions()));
    QCOMPARE(fresh.packageView()->versions()->model()->itemCount(), 1);
    QVERIFY(waitUntil([&] { return findButton(fresh.breadcrumb(), QStringLiteral("Trailhead Maps")) != nullptr; }));
    QVERIFY(click(fresh.breadcrumb(), QStringLiteral("Trailhead Maps")));
    QCOMPARE(fresh.level(), AppsBrowser::VersionsLevel);
    QVERIFY(loaded(fresh.versionsPane()));
}

QTEST_MAIN(TestBrowseApps)
#include "tst_gui_browse_apps.moc"
