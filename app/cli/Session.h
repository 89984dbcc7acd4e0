// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "Result.h"

#include <QCoreApplication>
#include <QUrl>

#include <memory>

namespace Sandbox {
class SandboxServer;
}

namespace AltDist {
class ApiClient;
class TokenProvider;
} // namespace AltDist

namespace AltDist::Cli {

/// What one command talks through: tokens, the client and, with --sandbox,
/// the in-process sandbox server it talks to.
class Session final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::Cli::Session)
public:
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    /// A client for `credentials`; an empty `baseUrl` means Apple's.
    static Result<std::unique_ptr<Session>> create(const ApiCredentials &credentials, const QUrl &baseUrl);
    /// Starts a SandboxServer on a free loopback port and uses its key.
    /// Writes a one-line notice to stderr that this is not Apple.
    static Result<std::unique_ptr<Session>> createSandbox();

    ApiClient &client() { return *m_client; }

private:
    Session() = default;

    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<ApiClient> m_client;
};

} // namespace AltDist::Cli
