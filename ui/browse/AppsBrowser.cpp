// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppsBrowser.h"

#include "AppStoreVersions.h"

#include "BrowseActions.h"
#include "Breadcrumb.h"
#include "Connection.h"
#include "DetailsPanel.h"
#include "ErrorBanner.h"
#include "ListPane.h"
#include "PackageView.h"
#include "ResourceModels.h"
#include "Workspace.h"

#include <QAction>
#include <QDataStream>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace AltDist {

namespace {
constexpr quint32 kStateMagic = 0x41420001; // "AB", version 1
}

AppsBrowser::AppsBrowser(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_toolBar(new QToolBar(this)), m_crumbs(new Breadcrumb(this)),
      m_banner(new ErrorBanner(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_stack(new QStackedWidget(m_splitter)), m_apps(new ListPane(m_stack)), m_versions(new ListPane(m_stack)),
      m_package(new PackageView(m_stack)), m_assets(new QTabWidget), m_variants(new ListPane),
      m_deltas(new ListPane), m_details(new DetailsPanel(m_splitter))
{
    setObjectName(QStringLiteral("appsBrowser"));
    m_apps->setEmptyText(tr("No apps in this account."));
    m_apps->view()->setAccessibleName(tr("Apps"));
    m_versions->setEmptyText(tr("This app has no App Store versions."));
    m_versions->view()->setAccessibleName(tr("App Store versions"));
    m_stack->addWidget(m_apps);
    m_stack->addWidget(m_versions);
    m_stack->addWidget(m_package);
    m_stack->addWidget(buildAssetsLevel());
    DetailsPanel::splitBesideList(m_splitter);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    createActions();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_crumbs);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    connect(m_crumbs, &Breadcrumb::crumbClicked, this, &AppsBrowser::goToLevel);
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        m_banner->clear();
        lookUpPackage();
    });
    connect(m_package, &PackageView::createPackageRequested, this, &AppsBrowser::requestCreatePackage);
    connect(m_apps, &ListPane::activated, this, [this](const QJsonObject &app) {
        openApp(app.value(QLatin1String("id")).toString(),
                app.value(QLatin1String("attributes")).toObject().value(QLatin1String("name")).toString());
    });
    connect(m_versions, &ListPane::activated, this, [this](const QJsonObject &version) {
        if (const Result<AppStoreVersion> decoded = AppStoreVersion::fromJson(version); decoded.ok())
            openVersion(decoded.value());
    });
    connect(m_package->versions(), &ListPane::activated, this, &AppsBrowser::openPackageVersion);
    for (ListPane *pane : {m_apps, m_versions, m_package->versions(), m_variants, m_deltas}) {
        connect(pane, &ListPane::currentChanged, this, [this, pane] {
            if (pane == currentPane()) {
                updateDetails();
                updateActions();
            }
        });
    }
    connect(m_assets, &QTabWidget::currentChanged, this, [this] {
        updateDetails();
        updateActions();
    });

    connect(&m_workspace, &Workspace::connectionChanged, this, &AppsBrowser::setConnection);
    setConnection(m_workspace.connection());
}

AppsBrowser::~AppsBrowser() = default;

QWidget *AppsBrowser::buildAssetsLevel()
{
    m_variants->setEmptyText(tr("This package version has no variants."));
    m_variants->view()->setAccessibleName(tr("Variants"));
    m_deltas->setEmptyText(tr("This package version has no deltas (a first version has none)."));
    m_deltas->view()->setAccessibleName(tr("Deltas"));
    m_assets->addTab(m_variants, tr("&Variants"));
    m_assets->addTab(m_deltas, tr("D&eltas"));
    m_assets->setDocumentMode(true);
    return m_assets;
}

void AppsBrowser::createActions()
{
    m_up = BrowseActions::action(this, tr("Up"), "go-up", QStyle::SP_ArrowBack);
    m_up->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Backspace)});
    m_up->setToolTip(tr("Back to the level above (Alt+Left, Backspace)"));
    connect(m_up, &QAction::triggered, this, &AppsBrowser::goUp);

    m_createPackage = BrowseActions::action(this, tr("Create package…"), "list-add", QStyle::SP_FileDialogNewFolder);
    m_createPackage->setToolTip(tr("Create an alternative distribution package for this App Store version"));
    connect(m_createPackage, &QAction::triggered, this, &AppsBrowser::requestCreatePackage);

    m_createKey = BrowseActions::action(this, tr("Create key…"), "document-new", QStyle::SP_FileIcon);
    m_createKey->setToolTip(tr("Create a web-distribution key for this app"));
    connect(m_createKey, &QAction::triggered, this, [this] {
        const QString appId = m_level == AppsLevel ? m_apps->currentId() : m_trail.appId;
        if (!appId.isEmpty())
            Q_EMIT createKeyRequested(appId);
    });

    m_download = BrowseActions::downloadAction(this);
    connect(m_download, &QAction::triggered, this, &AppsBrowser::requestDownload);
    m_copyId = BrowseActions::copyIdAction(this);
    connect(m_copyId, &QAction::triggered, this, [this] { BrowseActions::copyToClipboard(currentPane()->currentId()); });

    // No shortcut here: each list's own refresh action has F5 / Ctrl+R.
    m_refresh = BrowseActions::action(this, tr("Refresh"), "view-refresh", QStyle::SP_BrowserReload);
    m_refresh->setToolTip(tr("Reload this level (F5)"));
    connect(m_refresh, &QAction::triggered, this, &AppsBrowser::refresh);

    m_toolBar->addActions({m_up, m_createPackage, m_createKey, m_download, m_copyId, m_refresh});
    addActions({m_up, m_download, m_copyId});
    m_apps->setContextActions({m_createKey, m_copyId});
    m_versions->setContextActions({m_createPackage, m_copyId});
    for (ListPane *pane : {m_package->versions(), m_variants, m_deltas})
        pane->setContextActions({m_download, m_copyId});
}

ApiClient *AppsBrowser::client() const
{
    return m_workspace.connection() ? m_workspace.connection()->client() : nullptr;
}

void AppsBrowser::setConnection(Connection *connection)
{
    ++m_serial;
    m_trail = {};
    m_banner->clear();
    m_versions->setModel(nullptr);
    m_package->showLoading();
    m_variants->setModel(nullptr);
    m_deltas->setModel(nullptr);
    m_apps->setModel(connection ? new AppsModel(connection->client()) : nullptr);
    setLevel(AppsLevel);
}

ListPane *AppsBrowser::currentPane() const
{
    switch (m_level) {
    case AppsLevel:
        return m_apps;
    case VersionsLevel:
        return m_versions;
    case PackageLevel:
        return m_package->versions();
    case AssetsLevel:
        break;
    }
    return m_assets->currentWidget() == m_deltas ? m_deltas : m_variants;
}

void AppsBrowser::refresh()
{
    m_banner->clear();
    if (m_level == PackageLevel)
        lookUpPackage();
    else
        currentPane()->refresh();
}

void AppsBrowser::updateDetails()
{
    QJsonObject resource = currentPane()->currentResource();
    if (resource.isEmpty() && m_level == PackageLevel)
        resource = m_package->packageResource();
    QString note;
    if (m_level == VersionsLevel && !resource.isEmpty()) {
        if (const Result<AppStoreVersion> version = AppStoreVersion::fromJson(resource); version.ok()) {
            const AppStoreVersion::Eligibility eligibility = version->eligibility();
            note = eligibility.eligible ? tr("Eligible for an alternative distribution package.")
                                        : tr("No package can be created: %1").arg(eligibility.reason);
        }
    }
    m_details->setResource(resource, {}, note);
}

void AppsBrowser::updateActions()
{
    const bool item = !currentPane()->currentId().isEmpty();
    m_up->setEnabled(m_level > AppsLevel);
    m_copyId->setEnabled(item);
    m_download->setEnabled(item && m_level >= PackageLevel);
    bool canCreate = false;
    if (m_level == VersionsLevel) {
        const Result<AppStoreVersion> version = AppStoreVersion::fromJson(m_versions->currentResource());
        canCreate = version.ok() && version->eligibility().eligible;
    } else if (m_level == PackageLevel) {
        canCreate = m_packageMissing && m_trail.version.eligibility().eligible;
    }
    m_createPackage->setEnabled(canCreate);
    m_createPackage->setVisible(m_level == VersionsLevel || m_level == PackageLevel);
    m_createKey->setEnabled(m_level == AppsLevel ? item : !m_trail.appId.isEmpty());
    m_createKey->setVisible(m_level <= VersionsLevel);
    m_download->setVisible(m_level >= PackageLevel);
}

QByteArray AppsBrowser::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kStateMagic << m_splitter->saveState();
    for (ListPane *pane : {m_apps, m_versions, m_package->versions(), m_variants, m_deltas})
        out << pane->saveState();
    return state;
}

void AppsBrowser::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    QByteArray splitter;
    in >> magic >> splitter;
    if (in.status() != QDataStream::Ok || magic != kStateMagic)
        return;
    m_splitter->restoreState(splitter);
    for (ListPane *pane : {m_apps, m_versions, m_package->versions(), m_variants, m_deltas}) {
        QByteArray paneState;
        in >> paneState;
        if (in.status() != QDataStream::Ok)
            return;
        pane->restoreState(paneState);
    }
}

} // namespace AltDist
