// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountIdsPage.h"

#include "AddAccountWizard.h"
#include "CredentialStore.h"
#include "WizardSupport.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>

namespace AltDist {

AccountIdsPage::AccountIdsPage(const CredentialStore &credentials, const AccountDraft &draft, QWidget *parent)
    : QWizardPage(parent),
      m_credentials(credentials),
      m_draft(draft),
      m_name(new QLineEdit(this)),
      m_issuer(new QLineEdit(this)),
      m_individual(new QCheckBox(tr("Individual key (no issuer ID)"), this)),
      m_keyId(new QLineEdit(this)),
      m_nameHint(new FieldHint(this)),
      m_issuerHint(new FieldHint(this)),
      m_keyIdHint(new FieldHint(this))
{
    setTitle(tr("Account Details"));
    setSubTitle(tr("Name the account and enter the IDs App Store Connect shows next to the key."));

    m_name->setObjectName(QStringLiteral("accountNameEdit"));
    m_name->setMaxLength(MaxAccountNameLength);
    m_issuer->setObjectName(QStringLiteral("issuerIdEdit"));
    m_issuer->setPlaceholderText(QStringLiteral("57246542-96fe-1a63-e053-0824d011072a"));
    m_individual->setObjectName(QStringLiteral("individualCheck"));
    m_keyId->setObjectName(QStringLiteral("keyIdEdit"));
    m_keyId->setPlaceholderText(QStringLiteral("ABCDE12345"));

    registerField(QStringLiteral("accountName*"), m_name);
    registerField(QStringLiteral("issuerId"), m_issuer);
    registerField(QStringLiteral("individual"), m_individual);
    registerField(QStringLiteral("keyId*"), m_keyId);

    for (QLineEdit *edit : {m_name, m_issuer, m_keyId})
        connect(edit, &QLineEdit::textChanged, this, &AccountIdsPage::revalidate);
    connect(m_individual, &QCheckBox::toggled, this, [this](bool individual) {
        m_issuer->setEnabled(!individual);
        revalidate();
    });

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Account &name:"), fieldWithHint(m_name, m_nameHint, this));
    form->addRow(tr("&Issuer ID:"), fieldWithHint(m_issuer, m_issuerHint, this));
    form->addRow(QString(), m_individual);
    form->addRow(tr("&Key ID:"), fieldWithHint(m_keyId, m_keyIdHint, this));
}

void AccountIdsPage::initializePage()
{
    if (m_name->text().isEmpty())
        m_name->setText(suggestedName());
    const QString fromFile = m_draft.keyIdFromFileName;
    if (!fromFile.isEmpty() && (m_keyId->text().isEmpty() || m_keyId->text() == m_prefilledKeyId)) {
        m_keyId->setText(fromFile);
        m_prefilledKeyId = fromFile;
    }
    revalidate();
}

Account AccountIdsPage::account() const
{
    return Account{m_name->text(), m_individual->isChecked() ? QString() : m_issuer->text(), m_keyId->text()};
}

bool AccountIdsPage::isComplete() const
{
    const Account a = account();
    return QWizardPage::isComplete() && validateAccount(a).ok() && nameProblem(a.name).isEmpty();
}

QString AccountIdsPage::nameProblem(const QString &name) const
{
    if (const QString problem = accountNameProblem(name); !problem.isEmpty())
        return problem;
    const QList<Account> accounts = m_credentials.accounts();
    for (const Account &existing : accounts) {
        if (existing.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("There is already an account named \"%1\"; choose another name.").arg(existing.name);
    }
    return {};
}

QString AccountIdsPage::suggestedName() const
{
    const QString base = tr("App Store Connect");
    QString name = base;
    for (int n = 2; !nameProblem(name).isEmpty() && n < 100; ++n)
        name = tr("%1 %2").arg(base).arg(n);
    return name;
}

void AccountIdsPage::revalidate()
{
    const Account a = account();
    // A field still untouched gets no complaint; one being typed in does.
    m_nameHint->setProblem(nameProblem(a.name));
    m_issuerHint->setProblem(a.isIndividual() || m_issuer->text().isEmpty() ? QString() : issuerIdProblem(a.issuerId));
    if (!m_individual->isChecked() && m_issuer->text().isEmpty())
        m_issuerHint->setNote(tr("Enter the issuer ID shown above the list of team keys, or tick "
                                 "\"Individual key\"."));
    m_keyIdHint->setProblem(m_keyId->text().isEmpty() ? QString() : keyIdProblem(a.keyId));
    Q_EMIT completeChanged();
}

} // namespace AltDist
