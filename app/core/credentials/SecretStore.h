// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

namespace AltDist {

/// Asynchronous access to the OS keychain (QtKeychain: Secret Service or
/// KWallet on Linux, Keychain on macOS, Credential Manager on Windows).
/// One service name, deterministic entry names, never a plaintext fallback:
/// without a keychain every operation fails with Error::Kind::Keychain.
///
/// `context` must not be null. Each callback runs once, on the thread of `context`, unless `context` is
/// destroyed first (then never). The operation itself still completes.
/// Nothing here logs or puts secret bytes into an Error.
class SecretStore final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::SecretStore)

public:
    /// The service name every AltDist entry is filed under.
    static QString defaultService() { return QStringLiteral("AltDist"); }

    /// Tests pass a service name of their own.
    explicit SecretStore(QString service = defaultService());

    QString service() const { return m_service; }

    /// "asc-api-key/<accountName>": an account's App Store Connect private key.
    static QString apiKeyEntry(const QString &accountName);
    /// "web-distribution-key/<keyId>": a web-distribution private key.
    static QString webDistributionKeyEntry(const QString &keyId);

    /// Stores (or replaces) `secret` under `entry`. Binary data is fine.
    void write(const QString &entry, const QByteArray &secret, QObject *context,
               std::function<void(Status)> done) const;
    /// Reads `entry`. A missing entry is a Keychain error for which isNotFound() is true.
    void read(const QString &entry, QObject *context, std::function<void(Result<QByteArray>)> done) const;
    /// Deletes `entry`. Deleting a missing entry succeeds.
    void remove(const QString &entry, QObject *context, std::function<void(Status)> done) const;

    /// True for the "nothing is stored under this entry" outcome of read(). Such an
    /// error has kind Keychain and httpStatus() 404 (by analogy with HTTP), so it
    /// stays recognisable when a caller rewraps it with notFound().
    static bool isNotFound(const Error &error);
    /// A not-found error with a message of the caller's choosing.
    static Error notFound(const QString &message);
    /// The message of a keychain that cannot be reached at all.
    static QString noKeychainMessage();

private:
    QString m_service;
};

} // namespace AltDist
