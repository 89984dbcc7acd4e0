// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "Result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <functional>

class QCommandLineParser;
class QObject;

namespace AltDist {
class CredentialStore;
}

namespace AltDist::Cli {

/// Where a command's App Store Connect credentials come from, first match
/// wins: flags (--issuer-id/--individual, --key-id, --key-file), then the
/// environment (ALTDIST_ISSUER_ID, ALTDIST_KEY_ID, ALTDIST_KEY_FILE), then
/// --account NAME, then the account used last. Flags and environment
/// combine field by field (a flag beats the variable of the same field).
class CredentialsResolver final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::Cli::CredentialsResolver)
public:
    struct Explicit
    {
        QString issuerId;
        QString keyId;
        QString keyFile;
        bool individual = false;

        bool isGiven() const { return !issuerId.isEmpty() || !keyId.isEmpty() || !keyFile.isEmpty() || individual; }
    };

    static Explicit explicitInputs(const QCommandLineParser &parser,
                                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    /// Checks the explicit inputs (each missing or malformed piece is an
    /// InvalidInput error that names the flag) and loads the key file.
    static Result<ApiCredentials> load(const Explicit &inputs);

    /// Resolves by precedence; `done` runs tied to `context` (possibly at once).
    /// A stored account used by name becomes the "last used" one.
    static void resolve(const QCommandLineParser &parser, CredentialStore &store, QObject *context,
                        std::function<void(Result<ApiCredentials>)> done);

    /// The stored account's credentials (key from the keychain). An unknown
    /// name is an authentication error that lists the known accounts.
    static void loadAccount(const QString &name, CredentialStore &store, QObject *context,
                            std::function<void(Result<ApiCredentials>)> done);
};

} // namespace AltDist::Cli
