// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreatePackageWizard.h"

#include "PackageAppPage.h"
#include "PackageDonePage.h"
#include "PackageVersionPage.h"

namespace AltDist {

CreatePackageWizard::CreatePackageWizard(Workspace &workspace, const QString &appId, const QString &versionId,
                                         QWidget *parent)
    : WizardBase(parent)
{
    setObjectName(QStringLiteral("createPackageWizard"));
    setWindowTitle(tr("Create Alternative Distribution Package"));
    m_draft.appId = appId;
    m_draft.versionId = versionId;
    auto *versions = new PackageVersionPage(workspace, m_draft, this);
    setPage(AppPage, new PackageAppPage(workspace, m_draft, this));
    setPage(VersionPage, versions);
    setPage(DonePage, new PackageDonePage(m_draft, this));
    setButtonText(QWizard::CommitButton, tr("Create Package"));
    if (!appId.isEmpty())
        setStartId(VersionPage);
    closeOnConnectionChange(workspace);
    connect(versions, &PackageVersionPage::goToPackage, this, [this](const QString &packageId) {
        m_draft.packageId = packageId;
        accept();
    });
}

} // namespace AltDist
