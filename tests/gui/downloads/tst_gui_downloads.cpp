// SPDX-License-Identifier: GPL-3.0-or-later
// Downloads through the real controller, model and panel against a sandbox:
// verified files, two at once, a duplicate refused, cancel (panel button and
// account switch) leaving nothing behind, a dropped connection resumed, and
// corrupt or truncated bodies ending Failed without a final file.
#include "GuiTest.h"

#include "../../resources/Await.h"

#include "AppStoreVersions.h"
#include "Apps.h"
#include "Connection.h"
#include "DownloadController.h"
#include "DownloadPaths.h"
#include "DownloadsModel.h"
#include "DownloadsPanel.h"
#include "PackageAssets.h"
#include "PackageVersions.h"
#include "Packages.h"
#include "TestFiles.h"

#include <QDesktopServices>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>

using namespace AltDist;
using namespace AltDist::Test;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kLargeAsset = 64 * kMiB; ///< Trailhead Maps' variants in the cancel tests
const QString kDownloadPath = QStringLiteral("/sandbox-downloads");

/// Takes the file:// URLs QDesktopServices would open in a file manager.
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

/// The variants of `appName`'s first package version that is COMPLETED,
/// found the way the browse pages find them: through the service layer.
Result<QList<Variant>> variantsOf(ApiClient *client, const QString &appName)
{
    const Result<Page<App>> apps = await(AppsApi(client).list(200));
    if (!apps.ok())
        return apps.error();
    for (const App &app : apps->items) {
        if (app.name != appName)
            continue;
        const Result<Page<AppStoreVersion>> versions = await(AppStoreVersionsApi(client).listForApp(app.id, 200));
        if (!versions.ok())
            return versions.error();
        for (const AppStoreVersion &version : versions->items) {
            const Result<std::optional<Package>> package = await(PackagesApi(client).forVersion(version.id));
            if (!package.ok() || !package->has_value())
                continue;
            const Result<Page<PackageVersion>> packageVersions = await(PackageVersionsApi(client).listForPackage(
                (*package)->id, 50, PackageVersion::State::Completed));
            if (!packageVersions.ok() || packageVersions->items.isEmpty())
                continue;
            const Result<Page<Variant>> variants =
                await(VariantsApi(client).listForVersion(packageVersions->items.first().id));
            if (!variants.ok())
                return variants.error();
            return variants->items;
        }
    }
    return Error{Error::Kind::Protocol, QStringLiteral("test: no variants found for ") + appName};
}

DownloadRequest requestFor(const Variant &variant, const QString &label)
{
    return {DownloadRequest::Kind::Variant, variant.json, label};
}

Sandbox::Fault downloadFault(Sandbox::Fault::Kind kind, qint64 afterBytes, int count = 1)
{
    Sandbox::Fault fault;
    fault.kind = kind;
    fault.pathPrefix = kDownloadPath;
    fault.afterBytes = afterBytes;
    fault.count = count;
    return fault;
}

QString statusText(const DownloadsModel &model, int row)
{
    return model.index(row, DownloadsModel::StatusColumn).data().toString();
}

int progressOf(const DownloadsModel &model, int row)
{
    return model.index(row, 0).data(DownloadsModel::ProgressRole).toInt();
}

} // namespace

class tst_GuiDownloads final : public QObject
{
    Q_OBJECT

    UrlCatcher m_catcher;
    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DownloadController> m_controller;
    std::unique_ptr<DownloadsPanel> m_panel;
    QList<Variant> m_variants;

    /// A sandbox (with `options`), the variants of `app`, a controller and a shown panel.
    bool setUp(const QString &app, const Sandbox::SandboxOptions &options = {})
    {
        m_fixture = std::make_unique<GuiFixture>(options);
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_fixture->isReady() || !m_dir->isValid())
            return false;
        const Result<QList<Variant>> variants = variantsOf(m_fixture->connection().client(), app);
        if (!variants.ok() || variants->size() < 2) {
            qWarning("%s", variants.ok() ? "too few variants" : qPrintable(variants.error().describe()));
            return false;
        }
        m_variants = variants.value();
        m_controller = std::make_unique<DownloadController>(m_fixture->workspace());
        m_panel = std::make_unique<DownloadsPanel>(*m_controller);
        m_panel->resize(1000, 320);
        m_panel->show();
        return QTest::qWaitForWindowExposed(m_panel.get());
    }

    DownloadsModel &model() { return *m_controller->model(); }
    QString target(int variant) const { return DownloadPaths::forVariant(m_dir->path(), m_variants.at(variant)); }
    QStringList files() const { return filesUnder(m_dir->path()); }
    QString fileName(int variant) const { return QFileInfo(target(variant)).fileName(); }

    /// A sandbox whose Trailhead Maps variants are large, one download of them
    /// that stalls for good after `bytes`, and a wait until they arrived.
    bool startStalledDownload(qint64 bytes)
    {
        Sandbox::SandboxOptions options;
        options.largeAssetBytes = kLargeAsset;
        if (!setUp(QStringLiteral("Trailhead Maps"), options))
            return false;
        m_fixture->sandbox().addFault(downloadFault(Sandbox::Fault::Kind::Stall, bytes));
        m_controller->download(requestFor(m_variants.at(0), QStringLiteral("Trailhead Maps 5.1.0 · variant")),
                               m_dir->path());
        return waitUntil([&] { return progressOf(model(), 0) >= int(bytes * 100 / kLargeAsset); });
    }

    void verifyVerified(int row, int variant)
    {
        QCOMPARE(model().state(row), DownloadsModel::State::Verified);
        QVERIFY(QFile::exists(target(variant)));
        QCOMPARE(sha256HexOfFile(target(variant)), m_variants.at(variant).fileChecksum.toLower());
        QVERIFY2(statusText(model(), row).startsWith(QStringLiteral("Verified (SHA-256 ")),
                 qPrintable(statusText(model(), row)));
        QVERIFY(model().index(row, DownloadsModel::StatusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(m_variants.at(variant).fileChecksum.toLower()));
        QCOMPARE(progressOf(model(), row), 100);
    }

private Q_SLOTS:
    void initTestCase() { QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_catcher, "open"); }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }

    void cleanup()
    {
        m_panel.reset();
        m_controller.reset();
        m_fixture.reset();
        m_dir.reset();
        m_catcher.urls.clear();
    }

    void downloadsAVariantVerifiedAndRevealsIt()
    {
        QVERIFY(setUp(QStringLiteral("Lumen Notes")));
        QSignalSpy finished(m_controller.get(), &DownloadController::finished);
        QSignalSpy active(m_controller.get(), &DownloadController::activeCountChanged);
        m_controller->download(requestFor(m_variants.at(0), QStringLiteral("Lumen Notes 2.3.0 · variant 1")),
                               m_dir->path());
        QCOMPARE(m_controller->activeCount(), 1);
        QCOMPARE(model().rowCount(), 1);
        QCOMPARE(model().index(0, DownloadsModel::NameColumn).data().toString(),
                 QStringLiteral("Lumen Notes 2.3.0 · variant 1"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toInt(), 0);
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QCOMPARE(m_controller->activeCount(), 0);
        QCOMPARE(active.last().at(0).toInt(), 0);
        verifyVerified(0, 0);
        QCOMPARE(files(), QStringList{fileName(0)}); // no .part left
        QCOMPARE(model().index(0, 0).data(DownloadsModel::PathRole).toString(), target(0));

        // Double-clicking the verified row reveals its folder.
        QTableView *view = m_panel->view();
        const QPoint cell = view->visualRect(model().index(0, DownloadsModel::NameColumn)).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell); // mouseDClick alone sends no press
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell);
        QTRY_COMPARE(m_catcher.urls.size(), 1);
        QCOMPARE(m_catcher.urls.first(), QUrl::fromLocalFile(m_dir->path()));
        screenshot(m_panel.get(), QStringLiteral("downloads-verified"));
    }

    void runsTwoAtOnceAndRefusesADuplicate()
    {
        QVERIFY(setUp(QStringLiteral("Lumen Notes")));
        QSignalSpy refused(m_controller.get(), &DownloadController::refused);
        m_controller->download(requestFor(m_variants.at(0), QStringLiteral("first")), m_dir->path());
        m_controller->download(requestFor(m_variants.at(1), QStringLiteral("second")), m_dir->path());
        QCOMPARE(m_controller->activeCount(), 2);
        m_controller->download(requestFor(m_variants.at(0), QStringLiteral("first again")), m_dir->path());
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.at(0).at(0).toString().contains(QStringLiteral("already being downloaded")),
                 qPrintable(refused.at(0).at(0).toString()));
        QCOMPARE(model().rowCount(), 2);
        QCOMPARE(m_controller->activeCount(), 2);

        QVERIFY(waitUntil([this] { return m_controller->activeCount() == 0; }));
        verifyVerified(0, 0);
        verifyVerified(1, 1);
        QStringList both{fileName(0), fileName(1)};
        both.sort();
        QCOMPARE(files(), both);
        QCOMPARE(model().summary(), QStringLiteral("2 verified"));

        // Once it finished, the same file may be downloaded again.
        m_controller->download(requestFor(m_variants.at(0), QStringLiteral("first again")), m_dir->path());
        QCOMPARE(refused.size(), 1);
        QVERIFY(waitUntil([this] { return m_controller->activeCount() == 0; }));
        verifyVerified(2, 0);
    }

    void panelCancelButtonLeavesNoFile()
    {
        // Headers and 4 MiB, then nothing: the download is surely still running when cancelled.
        QVERIFY(startStalledDownload(4 * kMiB));
        QSignalSpy finished(m_controller.get(), &DownloadController::finished);
        QCOMPARE(model().state(0), DownloadsModel::State::Downloading);
        QCOMPARE(model().summary(), QStringLiteral("1 downloading"));
        screenshot(m_panel.get(), QStringLiteral("downloads-running"));

        QVERIFY(!findButton(m_panel.get(), QStringLiteral("Cancel"))); // nothing selected yet
        m_panel->view()->selectRow(0);
        QVERIFY(click(m_panel.get(), QStringLiteral("Cancel")));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QCOMPARE(model().state(0), DownloadsModel::State::Cancelled);
        QCOMPARE(statusText(model(), 0), QStringLiteral("Cancelled"));
        QCOMPARE(files(), QStringList()); // neither the file nor its .part
        QVERIFY(!findButton(m_panel.get(), QStringLiteral("Cancel")));
        screenshot(m_panel.get(), QStringLiteral("downloads-cancelled"));

        QVERIFY(click(m_panel.get(), QStringLiteral("Clear Finished")));
        QCOMPARE(model().rowCount(), 0);
    }

    void accountSwitchCancelsRunningDownloads()
    {
        QVERIFY(startStalledDownload(2 * kMiB));
        QSignalSpy finished(m_controller.get(), &DownloadController::finished);
        QCOMPARE(m_controller->activeCount(), 1);

        m_fixture->workspace().closeConnection();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QCOMPARE(statusText(model(), 0), QStringLiteral("Cancelled: the account was switched"));
        QCOMPARE(m_controller->activeCount(), 0);
        QCOMPARE(files(), QStringList());

        QSignalSpy refused(m_controller.get(), &DownloadController::refused);
        m_controller->download(requestFor(m_variants.at(0), QStringLiteral("offline")), m_dir->path());
        QCOMPARE(refused.size(), 1);
    }

    void droppedConnectionResumesAndVerifies()
    {
        QVERIFY(setUp(QStringLiteral("Lumen Notes")));
        m_fixture->sandbox().addFault(downloadFault(Sandbox::Fault::Kind::ResetMidBody, 256 * 1024));
        m_fixture->sandbox().clearRequests();
        QSignalSpy finished(m_controller.get(), &DownloadController::finished);
        m_controller->download(requestFor(m_variants.at(0), QStringLiteral("reset")), m_dir->path());
        QVERIFY(finished.wait(20000));
        verifyVerified(0, 0);
        bool resumed = false;
        const QList<Sandbox::RequestRecord> requests = m_fixture->sandbox().requests();
        for (const Sandbox::RequestRecord &r : requests)
            resumed |= r.target.startsWith(kDownloadPath) && r.rangeHeader.startsWith("bytes=");
        QVERIFY2(resumed, "the second attempt should have asked for the rest with Range");
    }

    void corruptPartialFileFailsWithoutAFinalFile()
    {
        QVERIFY(setUp(QStringLiteral("Lumen Notes")));
        // An earlier run's .part whose bytes are not the file's: the result cannot match.
        QFile part(target(0) + QStringLiteral(".part"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(QByteArray(4096, 'x'));
        part.close();
        QSignalSpy finished(m_controller.get(), &DownloadController::finished);
        m_controller->download(requestFor(m_variants.at(0), QStringLiteral("corrupt")), m_dir->path());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QCOMPARE(model().state(0), DownloadsModel::State::Failed);
        QVERIFY2(statusText(model(), 0).contains(QStringLiteral("checksum")), qPrintable(statusText(model(), 0)));
        QCOMPARE(files(), QStringList()); // the mismatching download was deleted
        QCOMPARE(model().summary(), QStringLiteral("1 failed"));
    }

    void truncatedEveryTimeFailsWithoutAFinalFile()
    {
        QVERIFY(setUp(QStringLiteral("Lumen Notes")));
        DownloadOptions fast;
        fast.maxAttempts = 3;
        fast.baseBackoffMs = 10;
        fast.maxBackoffMs = 20;
        m_controller->setDownloadOptions(fast);
        m_fixture->sandbox().addFault(downloadFault(Sandbox::Fault::Kind::TruncatedBody, 0, -1));
        QSignalSpy finished(m_controller.get(), &DownloadController::finished);
        m_controller->download(requestFor(m_variants.at(0), QStringLiteral("truncated")), m_dir->path());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QCOMPARE(model().state(0), DownloadsModel::State::Failed);
        QVERIFY(statusText(model(), 0).startsWith(QStringLiteral("Failed: ")));
        QVERIFY(!QFile::exists(target(0)));
    }
};

QTEST_MAIN(tst_GuiDownloads)
#include "tst_gui_downloads.moc"
