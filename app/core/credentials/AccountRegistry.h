// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Account.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QSettings;

namespace AltDist {

/// The list of accounts in QSettings, under "accounts/<name>/{issuerId,keyId}",
/// plus "lastAccount". Holds nothing secret: the private keys live in the
/// keychain (see CredentialStore, which is what callers normally use).
/// Writes are synced at once; a settings file that cannot be written is an
/// Error::Kind::Io error.
class AccountRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::AccountRegistry)

public:
    /// `settings` must outlive the registry.
    explicit AccountRegistry(QSettings &settings);

    /// All accounts, sorted by name.
    QList<Account> accounts() const;
    /// The account named exactly `name`, if any.
    std::optional<Account> find(const QString &name) const;
    /// True when an account has this name, ignoring case: names differing only
    /// in case are refused, because some settings back-ends fold case.
    bool contains(const QString &name) const;

    /// Adds or replaces the account named `account.name` after validateAccount().
    Status save(const Account &account);
    /// Removes the account (and forgets it as the last account). Unknown: no-op.
    Status remove(const QString &name);

    /// The account used last, or empty.
    QString lastAccount() const;
    Status setLastAccount(const QString &name);

private:
    Status sync();

    QSettings &m_settings;
};

} // namespace AltDist
