// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateKeyWizard.h"

#include "KeyAppPage.h"
#include "KeyDonePage.h"
#include "KeySourcePage.h"

namespace AltDist {

CreateKeyWizard::CreateKeyWizard(Workspace &workspace, const QString &appId, QWidget *parent) : WizardBase(parent)
{
    setObjectName(QStringLiteral("createKeyWizard"));
    setWindowTitle(tr("Create Web-Distribution Key"));
    m_draft.appId = appId;
    setPage(SourcePage, new KeySourcePage(m_draft, this));
    setPage(AppPage, new KeyAppPage(workspace, m_draft, this));
    setPage(DonePage, new KeyDonePage(m_draft, this));
    setButtonText(QWizard::CommitButton, tr("Create Key"));
    closeOnConnectionChange(workspace);
}

CreateKeyWizard::~CreateKeyWizard()
{
    clearSecrets();
}

void CreateKeyWizard::clearSecrets()
{
    m_draft.pair = EcKeyPair(); // the last reference: OpenSSL wipes the private scalar
}

} // namespace AltDist
