// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainPage.h"

#include "DomainName.h"
#include "ErrorBanner.h"
#include "WizardSupport.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace AltDist {

DomainPage::DomainPage(QWidget *parent)
    : QWizardPage(parent),
      m_domain(new QLineEdit(this)),
      m_reference(new QLineEdit(this)),
      m_domainHint(new FieldHint(this)),
      m_referenceHint(new FieldHint(this)),
      m_banner(new ErrorBanner(this))
{
    setTitle(tr("Domain"));
    setSubTitle(tr("Enter the host name your web-distribution apps are offered from, without https:// or a "
                   "path, and a reference name only you see."));
    m_domain->setObjectName(QStringLiteral("domainEdit"));
    m_domain->setPlaceholderText(tr("apps.example.com"));
    m_domainHint->setObjectName(QStringLiteral("domainHint"));
    m_reference->setObjectName(QStringLiteral("referenceNameEdit"));
    m_reference->setPlaceholderText(tr("Main website"));
    m_referenceHint->setObjectName(QStringLiteral("referenceNameHint"));
    registerField(QStringLiteral("domain*"), m_domain);
    registerField(QStringLiteral("referenceName*"), m_reference);
    connect(m_domain, &QLineEdit::textChanged, this, &DomainPage::checkDomain);
    connect(m_reference, &QLineEdit::textChanged, this, &DomainPage::checkReference);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Domain:"), fieldWithHint(m_domain, m_domainHint, this));
    form->addRow(tr("&Reference name:"), fieldWithHint(m_reference, m_referenceHint, this));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addStretch(1);
}

bool DomainPage::isComplete() const
{
    return QWizardPage::isComplete() && DomainName::normalize(m_domain->text()).ok()
        && !m_reference->text().trimmed().isEmpty();
}

void DomainPage::showDomainError(const Error &error)
{
    m_banner->setError(error);
    m_domain->setFocus(Qt::OtherFocusReason);
    m_domain->selectAll();
}

void DomainPage::checkDomain()
{
    m_banner->clear(); // a server's complaint was about the name as it was
    const QString text = m_domain->text();
    if (text.isEmpty()) {
        m_domainHint->setNote({});
    } else if (const Result<QString> ace = DomainName::normalize(text); !ace.ok()) {
        m_domainHint->setProblem(ace.error().message());
    } else if (ace.value() != text.trimmed().toLower()) {
        m_domainHint->setNote(tr("Will be registered as %1").arg(ace.value()));
    } else {
        m_domainHint->setNote({});
    }
    Q_EMIT completeChanged();
}

void DomainPage::checkReference()
{
    const bool blank = !m_reference->text().isEmpty() && m_reference->text().trimmed().isEmpty();
    m_referenceHint->setProblem(blank ? tr("The reference name cannot be only spaces.") : QString());
    Q_EMIT completeChanged();
}

} // namespace AltDist
