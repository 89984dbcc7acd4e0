// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageDonePage.h"

#include "CreatePackageWizard.h"
#include "WizardSupport.h"

#include <QFormLayout>
#include <QLabel>

namespace AltDist {

PackageDonePage::PackageDonePage(const PackageDraft &draft, QWidget *parent)
    : QWizardPage(parent), m_draft(draft), m_summary(new QLabel(this)), m_packageId(new CopyableId(tr("Package ID"), this))
{
    setTitle(tr("Package Created"));
    setSubTitle(tr("App Store Connect now prepares the package's versions; they appear under the package."));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_packageId->setObjectName(QStringLiteral("packageId"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_summary);
    form->addRow(tr("Package ID:"), m_packageId);
}

void PackageDonePage::initializePage()
{
    const QString app = m_draft.appName.isEmpty() ? tr("the app") : m_draft.appName;
    m_summary->setText(tr("Created the alternative distribution package for %1 %2.").arg(app, m_draft.versionLabel));
    m_packageId->setText(m_draft.packageId);
}

} // namespace AltDist
