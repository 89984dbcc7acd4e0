// SPDX-License-Identifier: GPL-3.0-or-later
// The account switcher against a real keychain (with-keyring.sh): a stored
// account opens and shows in the status bar; one whose key is missing from
// the keychain shows why, and can be removed after a confirmation naming it.
#include "AccountRegistry.h"
#include "AccountWindow.h"
#include "AccountSwitcher.h"
#include "AppIcons.h"
#include "DownloadController.h"
#include "DownloadsModel.h"
#include "AddAccountWizard.h"
#include "ErrorBanner.h"
#include "MainWindow.h"
#include "MainWindowTest.h"
#include "SandboxBanner.h"
#include "StatusIndicators.h"
#include "TestSandbox.h"
#include "WizardLauncher.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTemporaryDir>

using namespace AltDist;
using namespace AltDist::Test;

namespace {

int indexOf(const AccountSwitcher *switcher, const QString &text)
{
    return switcher->findText(text);
}

/// Picks an entry as a user would (activated, not just made current).
void choose(AccountSwitcher *switcher, const QString &text)
{
    const int index = indexOf(switcher, text);
    QVERIFY2(index >= 0, qPrintable(text));
    switcher->setCurrentIndex(index);
    Q_EMIT switcher->activated(index);
}

/// The entries of File > Remove Account.
QStringList removeEntries(const MainWindow &window)
{
    QStringList texts;
    const QList<QAction *> actions = window.findChild<QMenu *>(QStringLiteral("removeAccountMenu"))->actions();
    for (const QAction *action : actions)
        texts << action->text();
    return texts;
}

} // namespace

class TestMainAccounts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useFallbackIconTheme(); }

    void opensAStoredAccount()
    {
        AccountWindow fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.server().startError()));
        MainWindow &window = fixture.window();
        Workspace &workspace = fixture.workspace();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Status added = fixture.addAccount(QStringLiteral("Lumen Labs"), this);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().describe()));
        // The switcher follows the store: accounts first, then Sandbox and Add account….
        AccountSwitcher *switcher = window.accountSwitcher();
        QCOMPARE(indexOf(switcher, QStringLiteral("Lumen Labs")), 0);
        QVERIFY(indexOf(switcher, QStringLiteral("Sandbox")) > 0);
        QCOMPARE(switcher->itemText(switcher->count() - 1), QStringLiteral("Add account…"));

        choose(switcher, QStringLiteral("Lumen Labs"));
        QVERIFY(waitUntil([&] { return workspace.connection() != nullptr; }));
        QVERIFY(!workspace.connection()->isSandbox());
        QCOMPARE(switcher->currentText(), QStringLiteral("Lumen Labs"));
        QVERIFY(!window.sandboxBanner()->isVisible());
        QVERIFY(!window.errorBanner()->hasError());
        QVERIFY(window.statusIndicators()->connectionLabel()->text().contains(QStringLiteral("Lumen Labs")));
        auto *remove = window.findChild<QAction *>(QStringLiteral("actionRemoveAccount"));
        QVERIFY(remove->isEnabled());
        QCOMPARE(removeEntries(window), QStringList{QStringLiteral("Lumen Labs…")});
        screenshot(&window, QStringLiteral("main-account"));

        // "Add account…" opens the wizard over the window and keeps the switcher on the account.
        choose(switcher, QStringLiteral("Add account…"));
        QVERIFY(qobject_cast<AddAccountWizard *>(window.wizards()->current()));
        QCOMPARE(switcher->currentText(), QStringLiteral("Lumen Labs"));
        window.wizards()->current()->reject();
    }

    void accountWithoutKeyShowsWhyAndCanBeRemoved()
    {
        GuiFixture fixture;
        QVERIFY(fixture.isReady());
        // In the settings, but its key never reached the keychain.
        AccountRegistry registry(fixture.settings());
        QVERIFY(registry.save({QStringLiteral("Orphan"), QStringLiteral("69a6de70-0000-47e3-e053-5b8c7c11a4d1"),
                               QStringLiteral("ABCDEFGHIJ")})
                    .ok());
        MainWindow window(fixture.workspace());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AccountSwitcher *switcher = window.accountSwitcher();

        choose(switcher, QStringLiteral("Orphan"));
        QVERIFY(waitUntil([&] { return window.errorBanner()->hasError(); }));
        const QString text = window.errorBanner()->text();
        QVERIFY2(text.contains(QStringLiteral("Orphan")) && text.contains(QStringLiteral("keychain")), qPrintable(text));
        QVERIFY(window.errorBanner()->isVisible());
        // Still on the sandbox, and the switcher says so.
        QVERIFY(fixture.workspace().connection()->isSandbox());
        QCOMPARE(switcher->currentText(), QStringLiteral("Sandbox"));
        screenshot(&window, QStringLiteral("main-account-error"));

        auto *remove = window.findChild<QAction *>(QStringLiteral("actionRemoveAccount"));
        QVERIFY(remove->isEnabled());
        QCOMPARE(removeEntries(window), QStringList{QStringLiteral("Orphan…")});
        window.findChild<QAction *>(QStringLiteral("removeAccount:Orphan"))->trigger();
        QMessageBox *box = nullptr;
        QVERIFY(waitUntil([&] { return (box = window.findChild<QMessageBox *>(QStringLiteral("confirmation"))); }));
        QVERIFY(box->text().contains(QStringLiteral("“Orphan”")));
        screenshot(box, QStringLiteral("main-remove-account"));
        QVERIFY(click(box, QStringLiteral("Remove “Orphan”")));
        QVERIFY(waitUntil([&] { return fixture.credentials().accounts().isEmpty(); }));
        QCOMPARE(indexOf(switcher, QStringLiteral("Orphan")), -1);
        QVERIFY(!remove->isEnabled());
        QVERIFY(fixture.workspace().connection()->isSandbox());
    }

    void switchingAsksBeforeCancellingDownloads()
    {
        GuiFixture fixture;
        QVERIFY(fixture.isReady());
        QVERIFY(AccountRegistry(fixture.settings())
                    .save({QStringLiteral("Orphan"), QStringLiteral("69a6de70-0000-47e3-e053-5b8c7c11a4d1"),
                           QStringLiteral("ABCDEFGHIJ")})
                    .ok());
        // Headers and a little data, then nothing: the download runs until cancelled.
        Sandbox::Fault stall;
        stall.kind = Sandbox::Fault::Kind::Stall;
        stall.pathPrefix = QStringLiteral("/sandbox-downloads");
        stall.afterBytes = 1024;
        fixture.sandbox().addFault(stall);
        MainWindow window(fixture.workspace());
        QTemporaryDir target;
        window.setFolderChooserForTesting([&] { return target.path(); });
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(selectFirstVariant(window));
        window.workArea()->appsBrowser()->downloadAction()->trigger();
        DownloadController *downloads = window.downloadController();
        QVERIFY(waitUntil([&] { return downloads->activeCount() == 1; }));
        AccountSwitcher *switcher = window.accountSwitcher();
        Connection *sandbox = fixture.workspace().connection();

        // Cancel: nothing switches, the download keeps running.
        choose(switcher, QStringLiteral("Orphan"));
        QMessageBox *box = nullptr;
        QVERIFY(waitUntil([&] { return (box = window.findChild<QMessageBox *>(QStringLiteral("confirmation"))); }));
        QVERIFY2(box->text().contains(QStringLiteral("Downloads running: 1")) && box->text().contains(QStringLiteral("Orphan")),
                 qPrintable(box->text()));
        screenshot(box, QStringLiteral("main-switch-cancels-downloads"));
        QVERIFY(click(box, QStringLiteral("Cancel")));
        QVERIFY(waitUntil([&] { return !window.findChild<QMessageBox *>(QStringLiteral("confirmation")); }));
        QCOMPARE(fixture.workspace().connection(), sandbox);
        QVERIFY(!fixture.workspace().isOpening());
        QCOMPARE(switcher->currentText(), QStringLiteral("Sandbox"));
        QCOMPARE(downloads->activeCount(), 1);
        // Still running: it may not have reported its first bytes yet on a busy machine.
        QVERIFY(waitUntil([&] { return downloads->model()->state(0) == DownloadsModel::State::Downloading; }));

        // Switch: the download is cancelled (and Orphan, whose key is missing, fails to open).
        choose(switcher, QStringLiteral("Orphan"));
        QVERIFY(waitUntil([&] { return (box = window.findChild<QMessageBox *>(QStringLiteral("confirmation"))); }));
        QVERIFY(click(box, QStringLiteral("Cancel Downloads and Switch")));
        QVERIFY(waitUntil([&] { return downloads->activeCount() == 0; }));
        QCOMPARE(downloads->model()->state(0), DownloadsModel::State::Cancelled);
        QVERIFY(QDir(target.path()).entryList(QDir::Files).isEmpty());
        QVERIFY(waitUntil([&] { return window.errorBanner()->hasError(); }));
    }
};

QTEST_MAIN(TestMainAccounts)
#include "tst_gui_main_accounts.moc"
