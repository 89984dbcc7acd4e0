// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AccountSwitcher.h"
#include "ActiveClient.h"
#include "AppsBrowser.h"
#include "ConnectionSwitcher.h"
#include "CredentialStore.h"
#include "DomainsPage.h"
#include "DownloadController.h"
#include "DownloadsPanel.h"
#include "ErrorBanner.h"
#include "KeysPage.h"
#include "RequestLogModel.h"
#include "RequestLogWindow.h"
#include "SandboxBanner.h"
#include "StatusIndicators.h"
#include "WelcomePage.h"
#include "WizardLauncher.h"
#include "WorkArea.h"
#include "Workspace.h"

#include <QCloseEvent>
#include <QDialog>
#include <QDockWidget>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace AltDist {

namespace {
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kPages = QStringLiteral("mainWindow/pages");
constexpr int kStateVersion = 1;
} // namespace

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_client(new ActiveClient(workspace, this))
    , m_log(new RequestLogModel(this))
    , m_downloads(new DownloadController(workspace, this))
    , m_switcher(new AccountSwitcher(workspace.credentials(), this))
    , m_errorBanner(new ErrorBanner(this))
    , m_sandboxBanner(new SandboxBanner(this))
    , m_central(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_central))
    , m_work(new WorkArea(workspace, m_central))
    , m_wizards(new WizardLauncher(workspace, this))
    , m_connections(new ConnectionSwitcher(workspace, *m_downloads, m_switcher, m_errorBanner, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QGuiApplication::applicationDisplayName());
    connect(m_client, &ActiveClient::requestLogged, m_log, &RequestLogModel::append);

    m_central->addWidget(m_welcome);
    m_central->addWidget(m_work);
    auto *centre = new QWidget(this);
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sandboxBanner);
    auto *bannerBox = new QVBoxLayout;
    bannerBox->setContentsMargins(layout->spacing(), 4, 4, 0);
    bannerBox->addWidget(m_errorBanner);
    layout->addLayout(bannerBox);
    layout->addWidget(m_central, 1);
    setCentralWidget(centre);

    m_status = new StatusIndicators(workspace, *m_client, statusBar());
    m_chooseFolder = [this] { return m_downloads->chooseFolder(this); };
    createToolBar();
    createDownloadsDock();
    createMenus();
    connectPages();

    connect(m_welcome, &WelcomePage::addAccountRequested, m_wizards, &WizardLauncher::addAccount);
    connect(m_welcome, &WelcomePage::exploreSandboxRequested, m_connections, &ConnectionSwitcher::openSandbox);
    connect(m_switcher, &AccountSwitcher::addAccountChosen, m_wizards, &WizardLauncher::addAccount);
    connect(m_wizards, &WizardLauncher::accountAdded, m_connections, &ConnectionSwitcher::openAccount);
    connect(&workspace, &Workspace::connectionChanged, this, &MainWindow::showConnection);
    connect(&workspace.credentials(), &CredentialStore::accountsChanged, this,
            [this] {
                m_welcome->setHasAccounts(!m_workspace.credentials().accounts().isEmpty());
                fillRemoveMenu();
            });
    m_welcome->setHasAccounts(!workspace.credentials().accounts().isEmpty());
    showConnection(workspace.connection());
    fillRemoveMenu();
    restoreSettings();
}

MainWindow::~MainWindow()
{
    saveSettings();
    delete m_logWindow; // before the model it shows
}

void MainWindow::reopenLastConnection()
{
    m_connections->reopenLast();
}

void MainWindow::setFolderChooserForTesting(std::function<QString()> chooser)
{
    m_chooseFolder = std::move(chooser);
}

void MainWindow::connectPages()
{
    connect(m_work->domainsPage(), &DomainsPage::addDomainRequested, m_wizards, &WizardLauncher::addDomain);
    connect(m_work->keysPage(), &KeysPage::createKeyRequested, m_wizards, &WizardLauncher::createKey);
    AppsBrowser *apps = m_work->appsBrowser();
    connect(apps, &AppsBrowser::createKeyRequested, m_wizards, &WizardLauncher::createKey);
    connect(apps, &AppsBrowser::createPackageRequested, m_wizards, &WizardLauncher::createPackage);
    connect(apps, &AppsBrowser::downloadRequested, this, &MainWindow::startDownload);

    connect(m_wizards, &WizardLauncher::domainAdded, this, [this] {
        m_work->setSection(WorkArea::Domains);
        m_work->domainsPage()->refresh();
    });
    connect(m_wizards, &WizardLauncher::keyCreated, this, [this] {
        m_work->setSection(WorkArea::Keys);
        m_work->keysPage()->refresh();
    });
    connect(m_wizards, &WizardLauncher::packageCreated, this, [this](const QString &appId, const QString &versionId) {
        m_work->setSection(WorkArea::Apps);
        m_work->appsBrowser()->showPackage(appId, versionId);
    });
}

void MainWindow::showConnection(Connection *connection)
{
    m_central->setCurrentWidget(connection ? static_cast<QWidget *>(m_work) : m_welcome);
    m_sandboxBanner->showFor(connection);
    for (QAction *action : std::as_const(m_connectedActions))
        action->setEnabled(connection != nullptr);
    if (connection)
        setWindowTitle(tr("%1 — %2").arg(connection->displayName(), QGuiApplication::applicationDisplayName()));
    else
        setWindowTitle(QGuiApplication::applicationDisplayName());
}

void MainWindow::refreshCurrentPage()
{
    if (m_workspace.connection())
        m_work->refreshCurrent();
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    // F5 / Ctrl+R reach here when no list's own Refresh took them (the menu
    // item shows them without registering a shortcut that would be ambiguous).
    const QKeySequence pressed(event->keyCombination());
    if (pressed == QKeySequence(Qt::Key_F5) || pressed == QKeySequence(Qt::CTRL | Qt::Key_R)) {
        refreshCurrentPage();
        event->accept();
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::startDownload(const DownloadRequest &request)
{
    const QString folder = m_chooseFolder ? m_chooseFolder() : QString();
    if (folder.isEmpty())
        return; // the user cancelled
    m_downloads->download(request, folder);
}

void MainWindow::createDownloadsDock()
{
    m_downloadsDock = new QDockWidget(tr("Downloads"), this);
    m_downloadsDock->setObjectName(QStringLiteral("downloadsDock"));
    m_downloadsDock->setWidget(new DownloadsPanel(*m_downloads, m_downloadsDock));
    m_downloadsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_downloadsDock);
    m_downloadsDock->hide();
    // A download that starts shows the list; one that ends leaves it as it is.
    connect(m_downloads, &DownloadController::activeCountChanged, this, [this](int count) {
        if (count > m_shownDownloads) {
            const bool wasHidden = m_downloadsDock->isHidden();
            m_downloadsDock->show();
            m_downloadsDock->raise();
            // The first time it opens by itself it takes a quarter of the
            // window, leaving the list the user is working in most of it.
            if (wasHidden && !m_downloadsDockSized && dockWidgetArea(m_downloadsDock) == Qt::BottomDockWidgetArea)
                resizeDocks({m_downloadsDock}, {qMax(m_downloadsDock->minimumSizeHint().height(), height() / 4)},
                            Qt::Vertical);
            m_downloadsDockSized = true;
        }
        m_shownDownloads = count;
    });
}

void MainWindow::showRequestLog()
{
    if (!m_logWindow)
        m_logWindow = new RequestLogWindow(*m_log, this);
    m_logWindow->show();
    m_logWindow->raise();
    m_logWindow->activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (m_logWindow)
        m_logWindow->close();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, saveState(kStateVersion));
    settings.setValue(kPages, m_work->saveState());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometry).toByteArray())) {
        // First run: 1200×800, or 80% of the screen where that is smaller, centred.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1500, 1000);
        const QSize size = QSize(1200, 800).boundedTo(available.size() * 0.8);
        resize(size);
        move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    restoreState(settings.value(kState).toByteArray(), kStateVersion);
    m_work->restoreState(settings.value(kPages).toByteArray());
}

} // namespace AltDist
