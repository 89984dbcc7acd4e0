// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Account.h"

#include <QWizardPage>

class QCheckBox;
class QLineEdit;

namespace AltDist {

class CredentialStore;
class FieldHint;
struct AccountDraft;

/// Add account, page 2: account name, issuer ID (or "Individual key"), key ID,
/// each checked as typed with the core's specific messages.
class AccountIdsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountIdsPage)

public:
    AccountIdsPage(const CredentialStore &credentials, const AccountDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    Account account() const;
    QString nameProblem(const QString &name) const;
    QString suggestedName() const;
    void revalidate();

    const CredentialStore &m_credentials;
    const AccountDraft &m_draft;
    QLineEdit *m_name;
    QLineEdit *m_issuer;
    QCheckBox *m_individual;
    QLineEdit *m_keyId;
    FieldHint *m_nameHint;
    FieldHint *m_issuerHint;
    FieldHint *m_keyIdHint;
    QString m_prefilledKeyId; ///< what initializePage() put into the key ID field
};

} // namespace AltDist
