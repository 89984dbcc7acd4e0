// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageVersionPage.h"

#include "CreatePackageWizard.h"
#include "ErrorBanner.h"
#include "Packages.h"
#include "Page.h"
#include "ResourceLabels.h"
#include "WizardSupport.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>

namespace AltDist {

namespace {
constexpr int VersionIdRole = Qt::UserRole + 1;
}

PackageVersionPage::PackageVersionPage(Workspace &workspace, PackageDraft &draft, QWidget *parent)
    : AsyncPage(parent),
      m_workspace(workspace),
      m_draft(draft),
      m_list(new QListWidget(this)),
      m_status(new FieldHint(this)),
      m_goTo(new QPushButton(tr("Go to Package"), this))
{
    setTitle(tr("App Store Version"));
    setCommitPage(true);
    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setAccessibleName(tr("App Store versions"));
    m_list->setWordWrap(true);
    m_list->setSpacing(fontMetrics().height() / 4);
    m_status->setObjectName(QStringLiteral("packageStatus"));
    m_goTo->setObjectName(QStringLiteral("goToPackageButton"));
    m_goTo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_goTo->setVisible(false);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &PackageVersionPage::versionChosen);
    connect(m_goTo, &QPushButton::clicked, this, [this] {
        m_leaving = true;
        Q_EMIT goToPackage(m_existing);
    });
    connect(banner(), &ErrorBanner::retryRequested, this, &PackageVersionPage::load);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_goTo, 0, Qt::AlignTop);
    contentLayout()->addWidget(m_list, 1);
    contentLayout()->addLayout(row);
}

void PackageVersionPage::initializePage()
{
    setSubTitle(m_draft.appName.isEmpty()
                    ? tr("Choose the App Store version the package is for. Only eligible versions can be chosen.")
                    : tr("Choose the version of %1 the package is for. Only eligible versions can be chosen.")
                          .arg(m_draft.appName));
    if (m_loadedFor != m_draft.appId)
        load();
}

void PackageVersionPage::load()
{
    m_list->clear();
    QObject *context = beginWork(tr("Loading App Store versions…"));
    banner()->setRetryVisible(false);
    ApiClient *client = currentClient(m_workspace);
    if (!client) {
        endWork();
        banner()->setMessage(tr("Not connected: open an account or the sandbox first."));
        return;
    }
    const QString appId = m_draft.appId;
    collectAllPages<AppStoreVersion>(
        client, AppStoreVersionsApi(client).listForApp(appId, Resources::kMaxLimit), context,
        [this, appId](Result<QList<AppStoreVersion>> versions) {
            endWork();
            if (!versions.ok()) {
                banner()->setError(versions.error());
                banner()->setRetryVisible(true);
                return;
            }
            m_loadedFor = appId;
            fill(versions.value());
        });
}

void PackageVersionPage::fill(const QList<AppStoreVersion> &versions)
{
    QListWidgetItem *preselect = nullptr;
    for (const AppStoreVersion &version : versions) {
        const AppStoreVersion::Eligibility eligibility = version.eligibility();
        QString text = tr("%1 %2 · %3")
                           .arg(ResourceLabels::platform(version.platform), version.versionString,
                                ResourceLabels::versionState(version.effectiveState()));
        auto *item = new QListWidgetItem(m_list);
        item->setData(VersionIdRole, version.id);
        if (eligibility.eligible) {
            item->setToolTip(tr("A package can be created for this version."));
            item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
        } else {
            text += QLatin1Char('\n') + tr("Not eligible: %1").arg(eligibility.reason);
            item->setToolTip(eligibility.reason);
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        }
        item->setText(text);
        if (eligibility.eligible && version.id == m_draft.versionId)
            preselect = item;
    }
    if (versions.isEmpty())
        m_status->setNote(tr("This app has no App Store versions yet."));
    if (preselect)
        m_list->setCurrentItem(preselect);
}

QString PackageVersionPage::selectedVersionId() const
{
    const QList<QListWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.constFirst()->data(VersionIdRole).toString();
}

void PackageVersionPage::versionChosen()
{
    m_existing.clear();
    m_checked = false;
    m_goTo->setVisible(false);
    m_status->setNote({});
    const QList<QListWidgetItem *> items = m_list->selectedItems();
    if (items.isEmpty()) {
        Q_EMIT completeChanged();
        return;
    }
    m_draft.versionId = items.constFirst()->data(VersionIdRole).toString();
    m_draft.versionLabel = items.constFirst()->text().section(QLatin1String(" · "), 0, 0);
    lookUpPackage(m_draft.versionId);
}

void PackageVersionPage::lookUpPackage(const QString &versionId, const std::optional<Error> &conflict)
{
    ApiClient *client = currentClient(m_workspace);
    if (!client)
        return;
    QObject *context = beginWork(tr("Checking whether the version already has a package…"));
    const Pending<std::optional<Package>> request = PackagesApi(client).forVersion(versionId);
    track(request.call());
    request.then(context, [this, conflict](Result<std::optional<Package>> package) {
        endWork();
        if (conflict)
            banner()->setError(*conflict); // the server's reason stays visible above the offer
        if (!package.ok()) {
            banner()->setError(package.error());
            return;
        }
        m_checked = true;
        if (package.value())
            showExisting(package.value()->id);
        else if (!conflict)
            m_status->setNote(tr("This version has no package yet. Click Create Package to create it."));
        Q_EMIT completeChanged();
    });
}

void PackageVersionPage::showExisting(const QString &packageId)
{
    m_existing = packageId;
    m_status->setNote(tr("This version already has a package (ID %1).").arg(packageId));
    m_goTo->setVisible(true);
}

bool PackageVersionPage::isComplete() const
{
    return AsyncPage::isComplete() && !selectedVersionId().isEmpty() && m_checked && m_existing.isEmpty();
}

bool PackageVersionPage::validatePage()
{
    if (m_leaving)
        return true;
    if (!isBusy() && isComplete())
        create();
    return false;
}

void PackageVersionPage::create()
{
    ApiClient *client = currentClient(m_workspace);
    if (!client) {
        banner()->setMessage(tr("Not connected: open an account or the sandbox first."));
        return;
    }
    const QString versionId = selectedVersionId();
    QObject *context = beginWork(tr("Creating the package…"));
    const Pending<Package> request = PackagesApi(client).createForVersion(versionId);
    track(request.call());
    request.then(context, [this, versionId](Result<Package> package) {
        endWork();
        if (package.ok()) {
            m_draft.packageId = package->id;
            m_leaving = true;
            wizard()->next();
            return;
        }
        if (package.error().httpStatus() == 409)
            lookUpPackage(versionId, package.error()); // "already has a package": offer to go to it
        else
            banner()->setError(package.error());
    });
}

} // namespace AltDist
