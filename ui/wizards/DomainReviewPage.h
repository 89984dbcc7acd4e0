// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AsyncPage.h"
#include "Domains.h"

class QLabel;

namespace AltDist {

class Workspace;

/// Add domain, page 2: exactly what will be sent, and on Finish the POST
/// (once per click: Finish is off while it is in flight).
class DomainReviewPage final : public AsyncPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainReviewPage)

public:
    DomainReviewPage(Workspace &workspace, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

Q_SIGNALS:
    void created(const AltDist::Domain &domain);
    /// The server answered 409: the domain is already registered.
    void duplicate(const AltDist::Error &error);

private:
    void create();

    Workspace &m_workspace;
    QLabel *m_domain;
    QLabel *m_ace;
    QLabel *m_reference;
    QLabel *m_request;
    bool m_created = false;
};

} // namespace AltDist
