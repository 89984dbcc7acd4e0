// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Domains.h"
#include "WizardBase.h"

namespace AltDist {

class DomainPage;
class DomainReviewPage;
class Workspace;

/// Registers a web-distribution domain: the host name (checked as typed,
/// internationalised names shown in the punycode they are sent as) and a
/// reference name, a review of exactly what is sent, then DomainsApi::create
/// on Finish. A 409 duplicate takes the user back to the domain field with
/// the API's error shown there; other errors stay on the review page.
class AddDomainWizard final : public WizardBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddDomainWizard)

public:
    enum PageId { EntryPage, ReviewPage };

    explicit AddDomainWizard(Workspace &workspace, QWidget *parent = nullptr);

    /// The domain as the API returned it, after acceptance.
    Domain createdDomain() const { return m_created; }

private:
    DomainPage *m_entry;
    DomainReviewPage *m_review;
    Domain m_created;
};

} // namespace AltDist
