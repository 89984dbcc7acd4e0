// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

#include "DeliverLater.h"

#include <qt6keychain/keychain.h>

namespace AltDist {

namespace {

constexpr int NotFoundStatus = 404;

/// Sets up `job` for `entry` (never a plaintext fallback), calls `handler(job)`
/// when it finishes unless `context` is gone by then, and starts it. The job
/// has no parent: it deletes itself when done, even if `context` dies first.
template <typename JobT, typename Handler>
void start(JobT *job, const QString &entry, QObject *context, Handler handler)
{
    Q_ASSERT(context);
    job->setKey(entry);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [handler = std::move(handler)](QKeychain::Job *finished) {
                         handler(static_cast<JobT *>(finished));
                     });
    job->start();
}

Error toError(const QKeychain::Job &job)
{
    const QString details = job.errorString();
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return SecretStore::notFound(SecretStore::tr("No key is stored in the keychain for this account."));
    case QKeychain::AccessDeniedByUser:
        return {Error::Kind::Keychain, SecretStore::tr("Access to the keychain was denied.")};
    case QKeychain::AccessDenied:
        return {Error::Kind::Keychain,
                SecretStore::tr("The keychain refused access; unlock it and try again. Details: %1").arg(details)};
    case QKeychain::CouldNotDeleteEntry:
        return {Error::Kind::Keychain, SecretStore::tr("The keychain could not delete the key. Details: %1").arg(details)};
    case QKeychain::NoError: // not reached: callers handle success first
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    return {Error::Kind::Keychain, SecretStore::noKeychainMessage() + QLatin1Char(' ')
                                       + SecretStore::tr("Details: %1").arg(details)};
}

Error emptyEntryError()
{
    return Error::invalidInput(SecretStore::tr("No keychain entry name was given."));
}

} // namespace

SecretStore::SecretStore(QString service)
    : m_service(std::move(service))
{
}

QString SecretStore::apiKeyEntry(const QString &accountName)
{
    return QStringLiteral("asc-api-key/") + accountName;
}

QString SecretStore::webDistributionKeyEntry(const QString &keyId)
{
    return QStringLiteral("web-distribution-key/") + keyId;
}

bool SecretStore::isNotFound(const Error &error)
{
    return error.kind() == Error::Kind::Keychain && error.httpStatus() == NotFoundStatus;
}

Error SecretStore::notFound(const QString &message)
{
    return {Error::Kind::Keychain, message, NotFoundStatus};
}

QString SecretStore::noKeychainMessage()
{
    return tr("No keychain is available (Secret Service / KWallet / macOS Keychain); "
              "AltDist never stores keys in plain files.");
}

void SecretStore::write(const QString &entry, const QByteArray &secret, QObject *context,
                        std::function<void(Status)> done) const
{
    if (entry.isEmpty())
        return deliverLater(context, std::move(done), emptyEntryError());
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setBinaryData(secret);
    start(job, entry, context, [done = std::move(done)](QKeychain::WritePasswordJob *finished) {
        done(finished->error() == QKeychain::NoError ? Status::success() : Status(toError(*finished)));
    });
}

void SecretStore::read(const QString &entry, QObject *context, std::function<void(Result<QByteArray>)> done) const
{
    if (entry.isEmpty())
        return deliverLater(context, std::move(done), emptyEntryError());
    start(new QKeychain::ReadPasswordJob(m_service), entry, context,
          [done = std::move(done)](QKeychain::ReadPasswordJob *finished) {
              if (finished->error() == QKeychain::NoError)
                  done(finished->binaryData());
              else
                  done(toError(*finished));
          });
}

void SecretStore::remove(const QString &entry, QObject *context, std::function<void(Status)> done) const
{
    if (entry.isEmpty())
        return deliverLater(context, std::move(done), emptyEntryError());
    start(new QKeychain::DeletePasswordJob(m_service), entry, context,
          [done = std::move(done)](QKeychain::DeletePasswordJob *finished) {
              const QKeychain::Error code = finished->error();
              done(code == QKeychain::NoError || code == QKeychain::EntryNotFound ? Status::success()
                                                                                  : Status(toError(*finished)));
          });
}

} // namespace AltDist
