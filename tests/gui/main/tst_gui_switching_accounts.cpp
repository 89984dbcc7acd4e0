// SPDX-License-Identifier: GPL-3.0-or-later
// Removing the open account while the user switches away (real keychain,
// with-keyring.sh): the removal closes that account's connection only.
#include "AccountWindow.h"
#include "AppIcons.h"
#include "MainWindow.h"
#include "MainWindowTest.h"
#include "TestSandbox.h"

#include "../browse/BrowseTest.h"

#include <QAction>
#include <QTemporaryDir>

using namespace AltDist;
using namespace AltDist::Test;

class TestSwitchingAccounts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useFallbackIconTheme(); }

    void removalClosesOnlyTheRemovedAccount()
    {
        AccountWindow fixture;
        QVERIFY2(fixture.isReady(), qPrintable(fixture.server().startError()));
        MainWindow &window = fixture.window();
        Workspace &workspace = fixture.workspace();
        CredentialStore &credentials = fixture.credentials();
        const QString name = QStringLiteral("Lumen Labs");
        QVERIFY(fixture.addAccount(name, this).ok());
        workspace.openAccount(name);
        QVERIFY(waitUntil([&] { return workspace.connection() && !workspace.connection()->isSandbox(); }));

        window.findChild<QAction *>(QStringLiteral("removeAccount:") + name)->trigger();
        QMessageBox *box = waitForMessageBox();
        QVERIFY(box);
        QVERIFY(click(box, QStringLiteral("Remove “%1”").arg(name)));
        // The user picks the sandbox before the keychain has answered.
        workspace.openSandbox();
        QVERIFY(workspace.connection() && workspace.connection()->isSandbox());
        QVERIFY(waitUntil([&] { return !credentials.account(name); }));
        QTest::qWait(100); // the removal's answer has arrived by now
        QVERIFY2(workspace.connection(), "removing an account closed the sandbox opened meanwhile");
        QVERIFY(workspace.connection()->isSandbox());
    }
};

QTEST_MAIN(TestSwitchingAccounts)
#include "tst_gui_switching_accounts.moc"
