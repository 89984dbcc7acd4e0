// SPDX-License-Identifier: GPL-3.0-or-later
// Removing the open account while the user switches away (real keychain,
// with-keyring.sh): the removal closes that account's connection only.
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
        TestSandbox server;
        QVERIFY2(server.isReady(), qPrintable(server.startError()));
        QTemporaryDir dir;
        isolateSettings(dir.path());
        QSettings settings(QStringLiteral("AltDist"), QStringLiteral("AltDist"));
        CredentialStore credentials(settings);
        Workspace workspace(credentials);
        workspace.setAccountBaseUrl(server.baseUrl());
        MainWindow window(workspace);
        window.resize(1280, 800);
        window.show();

        const QString name = QStringLiteral("Lumen Labs");
        const ApiCredentials key = server.credentials();
        std::optional<Status> added;
        credentials.addAccount({name, key.issuerId, key.keyId}, key.key, this, [&added](Status s) { added = s; });
        QVERIFY(waitUntil([&] { return added.has_value(); }));
        QVERIFY(added->ok());
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
