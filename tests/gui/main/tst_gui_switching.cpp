// SPDX-License-Identifier: GPL-3.0-or-later
// A Connection's lifetime seen from the widgets: switching (sandbox → closed →
// sandbox again) while a delete is being confirmed or is under way, while
// pages load, and quitting with requests and downloads in flight.
#include "DomainsPage.h"
#include "DownloadController.h"
#include "DownloadsModel.h"
#include "ErrorBanner.h"
#include "MainWindow.h"
#include "MainWindowTest.h"
#include "StatusIndicators.h"
#include "WorkArea.h"

#include "../browse/BrowseTest.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QTemporaryDir>

using namespace AltDist;
using namespace AltDist::Test;

namespace {

/// Delays every answer under `pathPrefix` by `ms`.
void slowDown(GuiFixture &fixture, const QString &pathPrefix, int ms)
{
    Sandbox::Fault slow;
    slow.kind = Sandbox::Fault::Kind::Latency;
    slow.delayMs = ms;
    slow.count = -1;
    slow.pathPrefix = pathPrefix;
    fixture.sandbox().addFault(slow);
}

/// Closes the fixture's sandbox and opens a fresh one, as a user switching
/// to an account and back would.
void reopenSandbox(GuiFixture &fixture)
{
    fixture.workspace().closeConnection();
    fixture.workspace().openSandbox();
}

bool listComplete(ListPane *pane)
{
    return pane->model() && pane->model()->state() == PagedModel::State::Complete && pane->model()->itemCount() > 0;
}

bool sentDelete(GuiFixture &fixture)
{
    const QList<Sandbox::RequestRecord> requests = fixture.sandbox().requests();
    return std::any_of(requests.begin(), requests.end(), [](const Sandbox::RequestRecord &r) {
        return r.method == "DELETE";
    });
}

/// A shown Domains page, its list loaded and its first domain selected; null if that failed.
std::unique_ptr<DomainsPage> domainsPageWithSelection(GuiFixture &fixture)
{
    auto page = std::make_unique<DomainsPage>(fixture.workspace());
    page->resize(1000, 600);
    page->show();
    if (!waitUntil([&] { return listComplete(page->listPane()); })
        || !page->listPane()->selectId(page->listPane()->model()->idAt(0)))
        return nullptr;
    return page;
}

} // namespace

class TestGuiSwitching final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        while (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    }

    void confirmationOpenAcrossASwitchDeletesNothing()
    {
        GuiFixture fixture;
        QVERIFY(fixture.isReady());
        const std::unique_ptr<DomainsPage> shown = domainsPageWithSelection(fixture);
        QVERIFY(shown);
        DomainsPage &page = *shown;
        page.deleteAction()->trigger();
        QPointer<QMessageBox> box = waitForMessageBox();
        QVERIFY(box);

        // The connection changes under the open question.
        reopenSandbox(fixture);
        QVERIFY(waitUntil([&] { return listComplete(page.listPane()); }));
        // It was about the old connection's domain: it must not stay to delete
        // through the new connection.
        if (box && box->isVisible())
            click(box, QStringLiteral("Delete"));
        QTest::qWait(100); // a wrongly sent DELETE needs a moment to reach the sandbox
        QVERIFY2(!sentDelete(fixture), "the old connection's domain was deleted through the new one");
        QVERIFY(!box || !box->isVisible());
    }

    void deleteInFlightAcrossASwitchLeavesDeleteUsable()
    {
        GuiFixture fixture;
        QVERIFY(fixture.isReady());
        const std::unique_ptr<DomainsPage> shown = domainsPageWithSelection(fixture);
        QVERIFY(shown);
        DomainsPage &page = *shown;
        const QString id = page.listPane()->currentId();
        slowDown(fixture, QStringLiteral("/v1/alternativeDistributionDomains/") + id, 2000);
        page.deleteAction()->trigger();
        QMessageBox *box = waitForMessageBox();
        QVERIFY(box);
        QVERIFY(click(box, QStringLiteral("Delete")));
        QVERIFY(waitUntil([&] { return sentDelete(fixture); }, 5000));
        QVERIFY(!page.deleteAction()->isEnabled()); // under way

        // The old client goes with its unanswered DELETE.
        reopenSandbox(fixture);
        QVERIFY(waitUntil([&] { return listComplete(page.listPane()); }));
        QVERIFY(page.listPane()->selectId(page.listPane()->model()->idAt(0)));
        QVERIFY2(waitUntil([&] { return page.deleteAction()->isEnabled(); }, 3000),
                 "Delete stays disabled after a switch cut a delete short");
        QVERIFY(!page.errorBanner()->hasError());
    }

    void switchWhileAThousandDomainsLoadEndsBusyState()
    {
        Sandbox::SandboxOptions options;
        options.generatedDomains = 1000;
        GuiFixture fixture(options);
        QVERIFY(fixture.isReady());
        slowDown(fixture, QStringLiteral("/v1/alternativeDistributionDomains"), 1500);
        MainWindow window(fixture.workspace());
        window.resize(1280, 800);
        window.show();
        QVERIFY(waitUntil([&] { return window.statusIndicators()->activityIndicator()->isVisible(); }, 3000));

        reopenSandbox(fixture); // a new sandbox with 1,000 domains too, but no latency
        ListPane *domains = window.workArea()->domainsPage()->listPane();
        QVERIFY(waitUntil([&] {
            return domains->model() && domains->model()->state() == PagedModel::State::Idle
                && domains->model()->itemCount() > 0;
        }));
        QVERIFY(waitUntil([&] { return window.statusIndicators()->activityIndicator()->isHidden(); }));
        QVERIFY(waitUntil([&] {
            return window.statusIndicators()->rateLimitLabel()->text().contains(QStringLiteral("left this hour"));
        }));
    }

    void replacedConnectionGoesWithTheWorkspace()
    {
        auto fixture = std::make_unique<GuiFixture>();
        QVERIFY(fixture->isReady());
        QPointer<Connection> old = &fixture->connection();
        reopenSandbox(*fixture);
        QVERIFY(old); // replaced; its deletion is deferred to the event loop
        fixture.reset(); // no event loop in between, as when the app quits right after a switch
        QVERIFY2(!old, "a replaced connection (and its sandbox thread) outlived the workspace");
    }

    void quittingWithRequestsAndDownloadsInFlightEndsPromptly()
    {
        auto fixture = std::make_unique<GuiFixture>();
        QVERIFY(fixture->isReady());
        auto window = std::make_unique<MainWindow>(fixture->workspace());
        QTemporaryDir target;
        window->setFolderChooserForTesting([&] { return target.path(); });
        window->resize(1280, 800);
        window->show();
        QVERIFY(selectFirstVariant(*window));

        Sandbox::Fault stall;
        stall.kind = Sandbox::Fault::Kind::Stall;
        stall.pathPrefix = QStringLiteral("/sandbox-downloads");
        stall.afterBytes = 1024;
        stall.count = -1;
        fixture->sandbox().addFault(stall);
        slowDown(*fixture, QStringLiteral("/v1"), 30000);
        window->workArea()->appsBrowser()->downloadAction()->trigger();
        DownloadsModel *downloads = window->downloadController()->model();
        QVERIFY(waitUntil([&] { return downloads->rowCount() == 1 && downloads->state(0) == DownloadsModel::State::Downloading; }));
        window->workArea()->appsBrowser()->refresh();
        QVERIFY(waitUntil([&] { return window->statusIndicators()->activityIndicator()->isVisible(); }, 3000));

        QElapsedTimer quitting;
        quitting.start();
        window.reset();
        fixture.reset();
        QVERIFY2(quitting.elapsed() < 5000, qPrintable(QString::number(quitting.elapsed())));
        QTest::qWait(50); // whatever was queued for the dead objects runs without them
    }
};

QTEST_MAIN(TestGuiSwitching)
#include "tst_gui_switching.moc"
