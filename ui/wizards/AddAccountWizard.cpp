// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddAccountWizard.h"

#include "AccountIdsPage.h"
#include "AccountKeyPage.h"
#include "AccountTestPage.h"
#include "Workspace.h"

namespace AltDist {

AddAccountWizard::AddAccountWizard(Workspace &workspace, QWidget *parent)
    : WizardBase(parent), m_testPage(new AccountTestPage(workspace, m_draft, this))
{
    setObjectName(QStringLiteral("addAccountWizard"));
    setWindowTitle(tr("Add App Store Connect Account"));
    setPage(KeyFilePage, new AccountKeyPage(m_draft, this));
    setPage(IdsPage, new AccountIdsPage(workspace.credentials(), m_draft, this));
    setPage(TestPage, m_testPage);
    connect(m_testPage, &AccountTestPage::stored, this, [this](const QString &name) {
        m_accountName = name;
        accept();
    });
}

AddAccountWizard::~AddAccountWizard()
{
    clearSecrets();
}

void AddAccountWizard::clearSecrets()
{
    // The last references to the key: OpenSSL wipes the private scalar when it frees the key.
    m_testPage->dropClient();
    m_draft.key = ApiKey();
}

} // namespace AltDist
