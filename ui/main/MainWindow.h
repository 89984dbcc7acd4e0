// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DownloadRequest.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QDockWidget;
class QMenu;
class QStackedWidget;

namespace AltDist {

class AccountSwitcher;
class ActiveClient;
class Connection;
class ConnectionSwitcher;
class DownloadController;
class DownloadsPanel;
class ErrorBanner;
class RequestLogModel;
class RequestLogWindow;
class SandboxBanner;
class StatusIndicators;
class WelcomePage;
class WizardLauncher;
class WorkArea;
class Workspace;

/// The AltDist main window: account switcher, navigator and pages, the
/// downloads dock, the request log, status bar and menus. Restores its
/// geometry and pages' state from QSettings and saves them when it closes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `workspace` must outlive the window.
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the connection open when the app last ran (see ConnectionSwitcher).
    void reopenLastConnection();
    /// Writes geometry, window state and page state to QSettings (also done on close).
    void saveSettings() const;

    /// Replaces the folder dialog shown before a download (tests).
    void setFolderChooserForTesting(std::function<QString()> chooser);

    // The parts, for tests and for main().
    AccountSwitcher *accountSwitcher() const { return m_switcher; }
    WelcomePage *welcomePage() const { return m_welcome; }
    WorkArea *workArea() const { return m_work; }
    SandboxBanner *sandboxBanner() const { return m_sandboxBanner; }
    ErrorBanner *errorBanner() const { return m_errorBanner; }
    StatusIndicators *statusIndicators() const { return m_status; }
    DownloadController *downloadController() const { return m_downloads; }
    QDockWidget *downloadsDock() const { return m_downloadsDock; }
    RequestLogModel *requestLog() const { return m_log; }
    WizardLauncher *wizards() const { return m_wizards; }
    /// Null until the log was first shown.
    RequestLogWindow *requestLogWindow() const { return m_logWindow; }

public Q_SLOTS:
    void showRequestLog();
    void refreshCurrentPage();
    void startDownload(const AltDist::DownloadRequest &request);

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void createMenus();
    void createToolBar();
    void createDownloadsDock();
    void connectPages();
    void showConnection(Connection *connection);
    void fillRemoveMenu();
    void showAbout();
    void restoreSettings();

    Workspace &m_workspace;
    ActiveClient *m_client;
    RequestLogModel *m_log;
    DownloadController *m_downloads;
    AccountSwitcher *m_switcher;
    ErrorBanner *m_errorBanner;
    SandboxBanner *m_sandboxBanner;
    QStackedWidget *m_central;
    WelcomePage *m_welcome;
    WorkArea *m_work;
    WizardLauncher *m_wizards;
    ConnectionSwitcher *m_connections;
    StatusIndicators *m_status = nullptr;
    QDockWidget *m_downloadsDock = nullptr;
    RequestLogWindow *m_logWindow = nullptr;
    QList<QAction *> m_connectedActions; ///< enabled only while connected
    QMenu *m_removeMenu = nullptr; ///< File > Remove Account: one entry per stored account
    std::function<QString()> m_chooseFolder;
    int m_shownDownloads = 0;
    bool m_downloadsDockSized = false; ///< sized once when it first opens by itself
};

} // namespace AltDist
