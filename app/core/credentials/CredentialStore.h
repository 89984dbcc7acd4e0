// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Account.h"
#include "AccountRegistry.h"
#include "ApiKey.h"
#include "Result.h"
#include "SecretStore.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

class QSettings;

namespace AltDist {

/// Where AltDist keeps App Store Connect accounts and web-distribution keys.
///
/// Secrets (the account's .p8 private key, web-distribution private keys) live
/// only in the OS keychain, via SecretStore: without a keychain these calls
/// fail with Error::Kind::Keychain and nothing is written anywhere. The
/// account's name, issuer ID and key ID live in QSettings (AccountRegistry).
///
/// Asynchronous calls take a `context` (must not be null): the callback runs
/// once on its thread, or never if `context` is destroyed first. Bad input is
/// reported through the callback too (Error::Kind::InvalidInput), never
/// synchronously, and changes nothing. Changes to accounts finish even when
/// `context` dies, as long as the store lives.
///
///     store.addAccount({name, issuerId, keyId}, *ApiKey::fromFile(path), this,
///                      [](Status s) { if (!s) show(s.error().describe()); });
///     store.loadCredentials(name, this, [](Result<ApiCredentials> c) { ... });
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    /// `settings` must outlive the store. Tests pass a SecretStore with their own service name.
    explicit CredentialStore(QSettings &settings, SecretStore secrets = SecretStore(), QObject *parent = nullptr);
    ~CredentialStore() override;

    /// Known accounts, sorted by name (no keychain access).
    QList<Account> accounts() const;
    std::optional<Account> account(const QString &name) const;
    QString lastAccount() const;
    Status setLastAccount(const QString &name);

    /// Validates the account (name, issuer ID, key ID) and the key, refuses a name
    /// already in use (ignoring case), writes the private key to the keychain and
    /// only then saves the account: a failure at any step leaves nothing behind.
    void addAccount(const Account &account, const ApiKey &key, QObject *context, std::function<void(Status)> done);
    /// The account's IDs plus its private key read from the keychain. A key missing
    /// from the keychain is an error for which SecretStore::isNotFound() is true.
    void loadCredentials(const QString &name, QObject *context, std::function<void(Result<ApiCredentials>)> done);
    /// Deletes the account's key from the keychain (a key already gone is fine),
    /// then the account. If the keychain refuses, the account stays.
    void removeAccount(const QString &name, QObject *context, std::function<void(Status)> done);

    /// Stores a web-distribution private key (unencrypted PKCS#8 PEM, EC P-256)
    /// under the key's App Store Connect ID, replacing any earlier one.
    void storeWebDistributionKey(const QString &keyId, const QByteArray &privateKeyPem, QObject *context,
                                 std::function<void(Status)> done);
    void readWebDistributionKey(const QString &keyId, QObject *context,
                                std::function<void(Result<QByteArray>)> done);
    /// Removing a key that is not stored succeeds.
    void removeWebDistributionKey(const QString &keyId, QObject *context, std::function<void(Status)> done);

    /// Whether the keychain answers at all, without writing anything (it reads an
    /// entry that is never stored): ok, or the Keychain error a write would meet.
    /// Callers run it before creating something whose private half must be kept.
    void checkAvailable(QObject *context, std::function<void(Status)> done);

    /// Empty when `keyId` can name a web-distribution key, else a specific message.
    static QString webDistributionKeyIdProblem(const QString &keyId);

Q_SIGNALS:
    /// An account was added or removed.
    void accountsChanged();

private:
    /// Marks `name` as being changed; false (and `done` gets an error) if it already is.
    bool beginChange(const QString &name, QObject *context, const std::function<void(Status)> &done);
    void endChange(const QString &name);

    AccountRegistry m_registry;
    SecretStore m_secrets;
    QSet<QString> m_changing; ///< folded names of accounts with a change under way
};

} // namespace AltDist
