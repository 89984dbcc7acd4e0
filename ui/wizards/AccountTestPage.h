// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Account.h"
#include "AsyncPage.h"

#include <memory>

class QLabel;
class QPushButton;

namespace AltDist {

class ApiClient;
class FieldHint;
class TokenProvider;
class Workspace;
struct AccountDraft;

/// Add account, page 3: an optional real request with the new key (a
/// temporary TokenProvider + ApiClient listing one app), then on Finish the
/// key into the keychain via CredentialStore::addAccount; a keychain failure
/// stays on this page.
class AccountTestPage final : public AsyncPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountTestPage)

public:
    AccountTestPage(Workspace &workspace, AccountDraft &draft, QWidget *parent = nullptr);
    ~AccountTestPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;

    /// Ends the connection test and forgets its client (and the key it signs with).
    void dropClient();

Q_SIGNALS:
    /// The account is in the keychain and the settings.
    void stored(const QString &accountName);

private:
    Account account() const;
    void testConnection();
    void store();

    Workspace &m_workspace;
    AccountDraft &m_draft;
    QLabel *m_summary;
    QPushButton *m_test;
    FieldHint *m_result;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<ApiClient> m_client;
    bool m_stored = false;
};

} // namespace AltDist
