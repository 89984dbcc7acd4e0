// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialStore.h"

#include "DeliverLater.h"
#include "EcKeyPair.h"

#include <algorithm>

namespace AltDist {

namespace {
constexpr int MaxWebDistributionKeyIdLength = 128;

QString folded(const QString &name)
{
    return name.toCaseFolded();
}
} // namespace

CredentialStore::CredentialStore(QSettings &settings, SecretStore secrets, QObject *parent)
    : QObject(parent)
    , m_registry(settings)
    , m_secrets(std::move(secrets))
{
}

CredentialStore::~CredentialStore() = default;

QList<Account> CredentialStore::accounts() const
{
    return m_registry.accounts();
}

std::optional<Account> CredentialStore::account(const QString &name) const
{
    return m_registry.find(name);
}

QString CredentialStore::lastAccount() const
{
    return m_registry.lastAccount();
}

Status CredentialStore::setLastAccount(const QString &name)
{
    return m_registry.setLastAccount(name);
}

bool CredentialStore::beginChange(const QString &name, QObject *context, const std::function<void(Status)> &done)
{
    if (m_changing.contains(folded(name))) {
        deliverLater(context, done,
                     Error::invalidInput(tr("The account “%1” is being changed; try again when that is done.").arg(name)));
        return false;
    }
    m_changing.insert(folded(name));
    return true;
}

void CredentialStore::endChange(const QString &name)
{
    m_changing.remove(folded(name));
}

void CredentialStore::addAccount(const Account &account, const ApiKey &key, QObject *context,
                                 std::function<void(Status)> done)
{
    if (Status valid = validateAccount(account); !valid)
        return deliverLater(context, std::move(done), valid.error());
    if (key.isNull())
        return deliverLater(context, std::move(done), Error::invalidInput(tr("No private key was given.")));
    if (m_registry.contains(account.name))
        return deliverLater(context, std::move(done),
                            Error::invalidInput(tr("An account named “%1” already exists.").arg(account.name)));
    const QByteArray pem = key.privateKeyPem();
    if (pem.isEmpty())
        return deliverLater(context, std::move(done),
                            Error::invalidInput(tr("The private key could not be encoded for the keychain.")));
    if (!beginChange(account.name, context, done))
        return;

    const QString entry = SecretStore::apiKeyEntry(account.name);
    m_secrets.write(entry, pem, this, [this, account, entry, done = guardedBy(context, std::move(done))](Status written) {
        if (!written) {
            endChange(account.name);
            return done(written);
        }
        const Status saved = m_registry.save(account);
        if (saved) {
            endChange(account.name);
            Q_EMIT accountsChanged();
            return done(saved);
        }
        // Roll back: the key must not outlive the account that names it.
        m_secrets.remove(entry, this, [this, name = account.name, saved, done](Status) {
            endChange(name);
            done(saved);
        });
    });
}

void CredentialStore::loadCredentials(const QString &name, QObject *context,
                                      std::function<void(Result<ApiCredentials>)> done)
{
    const std::optional<Account> found = m_registry.find(name);
    if (!found)
        return deliverLater(context, std::move(done),
                            Error::invalidInput(tr("There is no account named “%1”.").arg(name)));
    m_secrets.read(SecretStore::apiKeyEntry(name), context,
                   [account = *found, done = std::move(done)](Result<QByteArray> pem) {
                       if (!pem) {
                           if (!SecretStore::isNotFound(pem.error()))
                               return done(pem.error());
                           return done(SecretStore::notFound(
                               tr("No private key is stored in the keychain for the account “%1”. "
                                  "Remove the account and add it again with its .p8 file.")
                                   .arg(account.name)));
                       }
                       Result<ApiKey> key = ApiKey::fromPem(*pem);
                       if (!key)
                           return done(Error(Error::Kind::Keychain,
                                             tr("The key stored in the keychain for the account “%1” is unusable: %2")
                                                 .arg(account.name, key.error().message())));
                       return done(ApiCredentials{account.issuerId, account.keyId, std::move(key).value()});
                   });
}

void CredentialStore::removeAccount(const QString &name, QObject *context, std::function<void(Status)> done)
{
    if (!m_registry.find(name))
        return deliverLater(context, std::move(done),
                            Error::invalidInput(tr("There is no account named “%1”.").arg(name)));
    if (!beginChange(name, context, done))
        return;
    m_secrets.remove(SecretStore::apiKeyEntry(name), this,
                     [this, name, done = guardedBy(context, std::move(done))](Status removed) {
                         const Status result = removed ? m_registry.remove(name) : removed;
                         endChange(name);
                         if (removed)
                             Q_EMIT accountsChanged();
                         done(result);
                     });
}

QString CredentialStore::webDistributionKeyIdProblem(const QString &keyId)
{
    if (keyId.isEmpty())
        return tr("The web-distribution key ID is empty.");
    if (keyId.size() > MaxWebDistributionKeyIdLength)
        return tr("The web-distribution key ID is longer than %1 characters.").arg(MaxWebDistributionKeyIdLength);
    const bool plain = std::all_of(keyId.cbegin(), keyId.cend(), [](QChar c) {
        return c.isPrint() && !c.isSpace() && c != QLatin1Char('/') && c != QLatin1Char('\\');
    });
    if (!plain)
        return tr("The web-distribution key ID must not contain spaces, '/', '\\' or control characters.");
    return {};
}

void CredentialStore::storeWebDistributionKey(const QString &keyId, const QByteArray &privateKeyPem,
                                              QObject *context, std::function<void(Status)> done)
{
    if (const QString problem = webDistributionKeyIdProblem(keyId); !problem.isEmpty())
        return deliverLater(context, std::move(done), Error::invalidInput(problem));
    if (Result<EcKeyPair> pair = EcKeyPair::fromPrivateKeyPem(privateKeyPem); !pair)
        return deliverLater(context, std::move(done), pair.error());
    m_secrets.write(SecretStore::webDistributionKeyEntry(keyId), privateKeyPem, context, std::move(done));
}

void CredentialStore::checkAvailable(QObject *context, std::function<void(Status)> done)
{
    const QString probe = SecretStore::webDistributionKeyEntry(QStringLiteral("keychain-check"));
    m_secrets.read(probe, context, [done = std::move(done)](Result<QByteArray> read) {
        if (read.ok() || SecretStore::isNotFound(read.error()))
            return done(Status());
        done(read.error());
    });
}

void CredentialStore::readWebDistributionKey(const QString &keyId, QObject *context,
                                             std::function<void(Result<QByteArray>)> done)
{
    if (const QString problem = webDistributionKeyIdProblem(keyId); !problem.isEmpty())
        return deliverLater(context, std::move(done), Error::invalidInput(problem));
    m_secrets.read(SecretStore::webDistributionKeyEntry(keyId), context,
                   [keyId, done = std::move(done)](Result<QByteArray> pem) {
                       if (!pem && SecretStore::isNotFound(pem.error()))
                           return done(SecretStore::notFound(
                               tr("No private key is stored in the keychain for the web-distribution key %1.")
                                   .arg(keyId)));
                       done(std::move(pem));
                   });
}

void CredentialStore::removeWebDistributionKey(const QString &keyId, QObject *context,
                                               std::function<void(Status)> done)
{
    if (const QString problem = webDistributionKeyIdProblem(keyId); !problem.isEmpty())
        return deliverLater(context, std::move(done), Error::invalidInput(problem));
    m_secrets.remove(SecretStore::webDistributionKeyEntry(keyId), context, std::move(done));
}

} // namespace AltDist
