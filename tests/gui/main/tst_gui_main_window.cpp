// SPDX-License-Identifier: GPL-3.0-or-later
// The main window against the sandbox: welcome page, sandbox banner, status
// bar, request log, persistence, and a download from the apps browser.
#include "AccountSwitcher.h"
#include "AppIcons.h"
#include "AppsBrowser.h"
#include "DownloadController.h"
#include "DownloadsModel.h"
#include "ErrorBanner.h"
#include "MainWindow.h"
#include "MainWindowTest.h"
#include "PackageView.h"
#include "RequestLogModel.h"
#include "RequestLogWindow.h"
#include "SandboxBanner.h"
#include "StatusIndicators.h"
#include "TokenProvider.h"
#include "WelcomePage.h"
#include "WorkArea.h"

#include "ApiClient.h"

#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace AltDist;
using namespace AltDist::Test;

namespace {

/// A workspace with nothing open, as on first launch.
struct Unconnected
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<CredentialStore> credentials;
    std::unique_ptr<Workspace> workspace;

    Unconnected()
    {
        isolateSettings(dir.path());
        settings = std::make_unique<QSettings>(QStringLiteral("AltDist"), QStringLiteral("AltDist"));
        credentials = std::make_unique<CredentialStore>(*settings);
        workspace = std::make_unique<Workspace>(*credentials);
    }
};

bool isShown(QWidget *widget)
{
    return widget->isVisibleTo(widget->window());
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useFallbackIconTheme(); }

    void firstLaunchShowsWelcomeThenSandbox()
    {
        Unconnected setup;
        MainWindow window(*setup.workspace);
        // No saved geometry: 1200×800 or 80% of the screen, whichever is smaller, centred.
        const QRect available = window.screen()->availableGeometry();
        QCOMPARE(window.size(), QSize(1200, 800).boundedTo(available.size() * 0.8));
        QVERIFY(qAbs(window.geometry().center().x() - available.center().x()) <= 1);
        QVERIFY(qAbs(window.geometry().center().y() - available.center().y()) <= 1);
        window.reopenLastConnection(); // nothing was open before: stays on the welcome page
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(isShown(window.welcomePage()));
        QVERIFY(!isShown(window.workArea()));
        QVERIFY(!isShown(window.sandboxBanner()));
        QCOMPARE(window.accountSwitcher()->currentIndex(), -1);
        QVERIFY(findButton(&window, QStringLiteral("Add App Store Connect key…")));
        screenshot(&window, QStringLiteral("main-welcome"));

        QVERIFY(click(&window, QStringLiteral("Explore the sandbox")));
        QVERIFY(waitUntil([&] { return setup.workspace->connection() != nullptr; }));
        QVERIFY(setup.workspace->connection()->isSandbox());
        QVERIFY(isShown(window.sandboxBanner()));
        QVERIFY(window.sandboxBanner()->text().contains(QStringLiteral("Nothing you do here reaches Apple")));
        QVERIFY(isShown(window.workArea()));
        QVERIFY(!isShown(window.welcomePage()));
        QCOMPARE(window.accountSwitcher()->currentText(), QStringLiteral("Sandbox"));
        const QString connected = window.statusIndicators()->connectionLabel()->text();
        QVERIFY2(connected.contains(setup.workspace->connection()->baseUrl().toDisplayString()), qPrintable(connected));
        QCOMPARE(window.workArea()->section(), WorkArea::Domains);
        QVERIFY(waitUntil([&] { return window.requestLog()->rowCount() > 0; }));
        screenshot(&window, QStringLiteral("main-domains"));

        // Ctrl+2 / Ctrl+3 switch the navigator.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.workArea()->section(), WorkArea::Keys);
        QCOMPARE(window.workArea()->navigator()->currentRow(), 1);
        QVERIFY(waitUntil([&] { return window.statusIndicators()->activityIndicator()->isHidden(); }));
        screenshot(&window, QStringLiteral("main-keys"));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.workArea()->section(), WorkArea::Apps);
        QVERIFY(waitUntil([&] { return window.statusIndicators()->activityIndicator()->isHidden(); }));
        screenshot(&window, QStringLiteral("main-apps"));
    }

    void statusBarShowsRateLimitAndActivity()
    {
        GuiFixture fixture;
        QVERIFY(fixture.isReady());
        fixture.sandbox().setHourlyRateLimit(500);
        MainWindow window(fixture.workspace());
        window.resize(1280, 800);
        window.show();
        QLabel *rate = window.statusIndicators()->rateLimitLabel();
        // The first page of domains comes back with X-Rate-Limit.
        QVERIFY(waitUntil([&] { return rate->text().contains(QStringLiteral("of 500 left this hour")); }));
        QVERIFY(waitUntil([&] { return window.statusIndicators()->activityIndicator()->isHidden(); }));
        const int before = fixture.connection().client()->rateLimit()->remaining;

        // A slow answer: the activity indicator shows while it is under way.
        Sandbox::Fault slow;
        slow.kind = Sandbox::Fault::Kind::Latency;
        slow.delayMs = 1500;
        slow.pathPrefix = QStringLiteral("/v1/alternativeDistributionDomains");
        fixture.sandbox().addFault(slow);
        QTest::keyClick(window.workArea()->navigator(), Qt::Key_F5);
        QVERIFY(waitUntil([&] { return window.statusIndicators()->activityIndicator()->isVisible(); }, 1000));
        screenshot(&window, QStringLiteral("main-busy"));
        QVERIFY(waitUntil([&] { return window.statusIndicators()->activityIndicator()->isHidden(); }));
        const QString expected = StatusIndicators::rateLimitText(RateLimit{500, before - 1});
        QVERIFY(waitUntil([&] { return rate->text() == expected; }));
        QCOMPARE(expected, QStringLiteral("Rate limit: %1 of 500 left this hour").arg(before - 1));
    }

    void requestLogShowsRequestsWithoutSecrets()
    {
        GuiFixture fixture;
        QVERIFY(fixture.isReady());
        MainWindow window(fixture.workspace());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier); // apps load too
        const auto logged = [&](const QString &prefix) {
            const RequestLogModel *model = window.requestLog();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->entry(row).path.startsWith(prefix))
                    return true;
            }
            return false;
        };
        QVERIFY(waitUntil([&] {
            return logged(QStringLiteral("/v1/alternativeDistributionDomains")) && logged(QStringLiteral("/v1/apps"));
        }));
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        RequestLogWindow *log = window.requestLogWindow();
        QVERIFY(log);
        QVERIFY(QTest::qWaitForWindowExposed(log));
        screenshot(log, QStringLiteral("main-request-log"));

        const QAbstractItemModel *shown = log->view()->model();
        bool sawDomains = false;
        const QByteArray token = fixture.connection().client()->tokens()->bearerToken();
        QVERIFY(token.startsWith("eyJ"));
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QString path = shown->index(row, RequestLogModel::PathColumn).data().toString();
            if (path.startsWith(QStringLiteral("/v1/alternativeDistributionDomains"))) {
                sawDomains = true;
                QCOMPARE(shown->index(row, RequestLogModel::MethodColumn).data().toString(), QStringLiteral("GET"));
                QCOMPARE(shown->index(row, RequestLogModel::StatusColumn).data().toString(), QStringLiteral("200"));
                QVERIFY(!shown->index(row, RequestLogModel::RateLimitColumn).data().toString().isEmpty());
            }
            for (int column = 0; column < shown->columnCount(); ++column) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                    const QString text = shown->index(row, column).data(role).toString();
                    QVERIFY2(!text.contains(QStringLiteral("eyJ")) && !text.contains(QStringLiteral("Bearer"), Qt::CaseInsensitive)
                                 && !text.contains(QStringLiteral("PRIVATE KEY"))
                                 && !text.contains(QString::fromLatin1(token)),
                             qPrintable(text));
                }
            }
        }
        QVERIFY(sawDomains);

        // Filter, then Clear.
        const int all = shown->rowCount();
        QTest::keyClicks(log->filterField(), QStringLiteral("/v1/apps"));
        QVERIFY(shown->rowCount() > 0 && shown->rowCount() < all);
        log->filterField()->clear();
        QCOMPARE(shown->rowCount(), all);
        QVERIFY(click(log, QStringLiteral("Clear")));
        QCOMPARE(window.requestLog()->rowCount(), 0);
    }

    void geometryPagesAndLastConnectionPersist()
    {
        Unconnected setup;
        QRect geometry;
        {
            MainWindow window(*setup.workspace);
            window.resize(1280, 800);
        window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(click(&window, QStringLiteral("Explore the sandbox")));
            QVERIFY(waitUntil([&] { return setup.workspace->connection() != nullptr; }));
            window.resize(1000, 700);
            window.workArea()->setSection(WorkArea::Keys);
            geometry = window.geometry();
        } // destroyed: saves
        setup.workspace->closeConnection();

        MainWindow again(*setup.workspace);
        QCOMPARE(again.workArea()->section(), WorkArea::Keys);
        QCOMPARE(again.size(), geometry.size());
        QVERIFY(isShown(again.welcomePage()));
        again.reopenLastConnection();
        QVERIFY(waitUntil([&] { return setup.workspace->connection() != nullptr; }));
        QVERIFY(setup.workspace->connection()->isSandbox());
        again.show();
        QVERIFY(isShown(again.sandboxBanner()));
    }

    void downloadsAVariantFromTheAppsBrowser()
    {
        GuiFixture fixture;
        QVERIFY(fixture.isReady());
        MainWindow window(fixture.workspace());
        QTemporaryDir target;
        int asked = 0;
        window.setFolderChooserForTesting([&] {
            ++asked;
            return target.path();
        });
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.downloadsDock()->isVisible());

        QVERIFY(selectFirstVariant(window, QStringLiteral("main")));
        AppsBrowser *apps = window.workArea()->appsBrowser();
        screenshot(&window, QStringLiteral("main-variants"));
        apps->downloadAction()->trigger();
        QCOMPARE(asked, 1);

        DownloadsModel *downloads = window.downloadController()->model();
        QVERIFY(waitUntil([&] { return downloads->rowCount() == 1; }));
        QVERIFY(window.downloadsDock()->isVisible());
        QVERIFY(waitUntil([&] {
            const DownloadsModel::State state = downloads->state(0);
            return state == DownloadsModel::State::Verified || state == DownloadsModel::State::Failed;
        }));
        QCOMPARE(downloads->state(0), DownloadsModel::State::Verified);
        QCOMPARE(QDir(target.path()).entryList(QDir::Files).size(), 1);
        screenshot(&window, QStringLiteral("main-downloaded"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_gui_main_window.moc"
