// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddDomainWizard.h"

#include "DomainPage.h"
#include "DomainReviewPage.h"
#include "Workspace.h"

namespace AltDist {

AddDomainWizard::AddDomainWizard(Workspace &workspace, QWidget *parent)
    : WizardBase(parent), m_entry(new DomainPage(this)), m_review(new DomainReviewPage(workspace, this))
{
    setObjectName(QStringLiteral("addDomainWizard"));
    setWindowTitle(tr("Add Web-Distribution Domain"));
    setPage(EntryPage, m_entry);
    setPage(ReviewPage, m_review);
    setButtonText(QWizard::FinishButton, tr("Add Domain"));
    closeOnConnectionChange(workspace);

    connect(m_review, &DomainReviewPage::created, this, [this](const Domain &domain) {
        m_created = domain;
        accept();
    });
    connect(m_review, &DomainReviewPage::duplicate, this, [this](const Error &error) {
        // The page that can fix it: back to the domain, with Apple's words.
        back();
        m_entry->showDomainError(error);
    });
}

} // namespace AltDist
