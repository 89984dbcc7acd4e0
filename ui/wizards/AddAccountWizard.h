// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "WizardBase.h"

namespace AltDist {

class AccountTestPage;
class Workspace;

/// What the add-account pages share. The key is dropped when the wizard closes.
struct AccountDraft
{
    ApiKey key;                 ///< the loaded .p8; null until a valid file is chosen
    QString keyIdFromFileName;  ///< KEYID of AuthKey_<KEYID>.p8, else empty
};

/// Adds an App Store Connect account: the .p8 key file (chosen or dropped),
/// the issuer ID and key ID (or an individual key), an optional connection
/// test, and on Finish the key goes into the keychain and the account into
/// the settings (CredentialStore::addAccount), and only then.
class AddAccountWizard final : public WizardBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddAccountWizard)

public:
    enum PageId { KeyFilePage, IdsPage, TestPage };

    explicit AddAccountWizard(Workspace &workspace, QWidget *parent = nullptr);
    ~AddAccountWizard() override;

    /// The stored account's name, after acceptance.
    QString accountName() const { return m_accountName; }

protected:
    void clearSecrets() override;

private:
    AccountDraft m_draft;
    AccountTestPage *m_testPage;
    QString m_accountName;
};

} // namespace AltDist
