// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QWizardPage>

class QLineEdit;

namespace AltDist {

class ErrorBanner;
class FieldHint;

/// Add domain, page 1: the host name, checked as typed with
/// DomainName::normalize (an internationalised name shows the punycode it is
/// registered as), and the reference name. Shows a duplicate-domain error
/// from the server right here.
class DomainPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainPage)

public:
    explicit DomainPage(QWidget *parent = nullptr);

    bool isComplete() const override;
    /// Shows `error` in the page's banner and puts the cursor into the domain field.
    void showDomainError(const Error &error);
    ErrorBanner *banner() const { return m_banner; }

private:
    void checkDomain();
    void checkReference();

    QLineEdit *m_domain;
    QLineEdit *m_reference;
    FieldHint *m_domainHint;
    FieldHint *m_referenceHint;
    ErrorBanner *m_banner;
};

} // namespace AltDist
