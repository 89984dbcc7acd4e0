// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainReviewPage.h"

#include "DomainName.h"
#include "ErrorBanner.h"
#include "WizardBase.h"
#include "Workspace.h"

#include <QFormLayout>
#include <QLabel>

namespace AltDist {

namespace {
QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

DomainReviewPage::DomainReviewPage(Workspace &workspace, QWidget *parent)
    : AsyncPage(parent),
      m_workspace(workspace),
      m_domain(valueLabel(this, QStringLiteral("reviewDomain"))),
      m_ace(valueLabel(this, QStringLiteral("reviewAce"))),
      m_reference(valueLabel(this, QStringLiteral("reviewReferenceName"))),
      m_request(valueLabel(this, QStringLiteral("reviewRequest")))
{
    setTitle(tr("Review"));
    setSubTitle(tr("This is what AltDist sends to App Store Connect when you click Add Domain."));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Domain:"), m_domain);
    form->addRow(tr("Sent as (domain):"), m_ace);
    form->addRow(tr("Reference name:"), m_reference);
    form->addRow(tr("Request:"), m_request);
    contentLayout()->addLayout(form);
}

void DomainReviewPage::initializePage()
{
    banner()->clear();
    const Result<QString> ace = DomainName::normalize(field(QStringLiteral("domain")).toString());
    const QString sent = ace.ok() ? ace.value() : QString();
    m_domain->setText(DomainName::display(sent));
    m_ace->setText(sent);
    m_reference->setText(field(QStringLiteral("referenceName")).toString().trimmed());
    m_request->setText(QStringLiteral("POST /v1/alternativeDistributionDomains"));
}

bool DomainReviewPage::validatePage()
{
    if (m_created)
        return true;
    if (!isBusy())
        create();
    return false;
}

void DomainReviewPage::create()
{
    ApiClient *client = currentClient(m_workspace);
    if (!client) {
        banner()->setMessage(tr("Not connected: open an account or the sandbox first."));
        return;
    }
    QObject *context = beginWork(tr("Registering the domain…"));
    const Pending<Domain> request =
        DomainsApi(client).create(field(QStringLiteral("domain")).toString(), field(QStringLiteral("referenceName")).toString());
    track(request.call());
    request.then(context, [this](Result<Domain> domain) {
        endWork();
        if (domain.ok()) {
            m_created = true;
            Q_EMIT created(domain.value());
        } else if (domain.error().httpStatus() == 409) {
            Q_EMIT duplicate(domain.error());
        } else {
            banner()->setError(domain.error());
        }
    });
}

} // namespace AltDist
