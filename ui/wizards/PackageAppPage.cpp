// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageAppPage.h"

#include "CreatePackageWizard.h"
#include "ErrorBanner.h"
#include "WizardSupport.h"

#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace AltDist {

namespace {
constexpr int AppIdRole = Qt::UserRole + 1;
constexpr int AppNameRole = Qt::UserRole + 2;
} // namespace

PackageAppPage::PackageAppPage(Workspace &workspace, PackageDraft &draft, QWidget *parent)
    : AsyncPage(parent),
      m_workspace(workspace),
      m_draft(draft),
      m_filter(new QLineEdit(this)),
      m_view(new QListView(this)),
      m_apps(new QStandardItemModel(this)),
      m_filtered(new QSortFilterProxyModel(this))
{
    setTitle(tr("App"));
    setSubTitle(tr("Choose the app whose App Store version gets an alternative distribution package."));
    m_filter->setObjectName(QStringLiteral("appFilter"));
    m_filter->setPlaceholderText(tr("Filter apps by name or bundle ID"));
    m_filter->setAccessibleName(tr("Filter apps"));
    m_filter->setClearButtonEnabled(true);
    m_filtered->setSourceModel(m_apps);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filtered->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("appList"));
    m_view->setAccessibleName(tr("Apps"));
    m_view->setModel(m_filtered);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_filter, &QLineEdit::textChanged, m_filtered, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AsyncPage::completeChanged);
    connect(m_view, &QListView::activated, this, [this] {
        if (isComplete())
            wizard()->next();
    });
    connect(banner(), &ErrorBanner::retryRequested, this, &PackageAppPage::load);
    banner()->setRetryVisible(true);
    contentLayout()->addWidget(m_filter);
    contentLayout()->addWidget(m_view, 1);
    setTabOrder(m_filter, m_view);
}

void PackageAppPage::initializePage()
{
    if (!m_loaded)
        load();
}

void PackageAppPage::load()
{
    QObject *context = beginWork(tr("Loading apps…"));
    loadAllApps(currentClient(m_workspace), context, [this](Result<QList<App>> apps) {
        endWork();
        if (!apps.ok()) {
            banner()->setError(apps.error());
            return;
        }
        m_loaded = true;
        m_apps->clear();
        for (const App &app : apps.value()) {
            auto *item = new QStandardItem(appLabel(app));
            item->setData(app.id, AppIdRole);
            item->setData(app.name, AppNameRole);
            item->setToolTip(tr("App ID %1").arg(app.id));
            m_apps->appendRow(item);
        }
        m_filtered->sort(0);
        if (m_apps->rowCount() == 0)
            banner()->setMessage(tr("This account has no apps yet."));
        m_filter->setFocus();
    });
}

QModelIndex PackageAppPage::currentApp() const
{
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    return selected.isEmpty() ? QModelIndex() : selected.constFirst();
}

bool PackageAppPage::isComplete() const
{
    return AsyncPage::isComplete() && currentApp().isValid();
}

bool PackageAppPage::validatePage()
{
    const QModelIndex app = currentApp();
    if (!app.isValid())
        return false;
    const QString id = app.data(AppIdRole).toString();
    if (id != m_draft.appId)
        m_draft.versionId.clear();
    m_draft.appId = id;
    m_draft.appName = app.data(AppNameRole).toString();
    return true;
}

} // namespace AltDist
