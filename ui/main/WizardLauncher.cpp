// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardLauncher.h"

#include "AddAccountWizard.h"
#include "AddDomainWizard.h"
#include "CreateKeyWizard.h"
#include "CreatePackageWizard.h"

namespace AltDist {

WizardLauncher::WizardLauncher(Workspace &workspace, QWidget *window)
    : QObject(window), m_workspace(workspace), m_window(window)
{
}

template<typename Wizard, typename OnAccepted>
void WizardLauncher::show(Wizard *wizard, OnAccepted accepted)
{
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &QDialog::accepted, this, [wizard, accepted] { accepted(wizard); });
    m_current = wizard;
    wizard->open();
}

void WizardLauncher::addAccount()
{
    if (m_current)
        return m_current->raise();
    show(new AddAccountWizard(m_workspace, m_window),
         [this](AddAccountWizard *w) { Q_EMIT accountAdded(w->accountName()); });
}

void WizardLauncher::addDomain()
{
    if (m_current)
        return m_current->raise();
    show(new AddDomainWizard(m_workspace, m_window), [this](AddDomainWizard *) { Q_EMIT domainAdded(); });
}

void WizardLauncher::createKey(const QString &appId)
{
    if (m_current)
        return m_current->raise();
    show(new CreateKeyWizard(m_workspace, appId, m_window), [this](CreateKeyWizard *) { Q_EMIT keyCreated(); });
}

void WizardLauncher::createPackage(const QString &appId, const QString &versionId)
{
    if (m_current)
        return m_current->raise();
    show(new CreatePackageWizard(m_workspace, appId, versionId, m_window),
         [this](CreatePackageWizard *w) { Q_EMIT packageCreated(w->appId(), w->versionId()); });
}

} // namespace AltDist
