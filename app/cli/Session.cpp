// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "ApiClient.h"
#include "SandboxServer.h"
#include "Terminal.h"
#include "TokenProvider.h"

namespace AltDist::Cli {

Session::~Session()
{
    // In-flight calls go before the tokens they sign with and the server they talk to.
    m_client.reset();
    m_tokens.reset();
    m_sandbox.reset();
}

Result<std::unique_ptr<Session>> Session::create(const ApiCredentials &credentials, const QUrl &baseUrl)
{
    std::unique_ptr<Session> session(new Session);
    session->m_tokens = std::make_unique<TokenProvider>(credentials);
    session->m_client = std::make_unique<ApiClient>(session->m_tokens.get());
    if (!baseUrl.isEmpty()) {
        const Status status = session->m_client->setBaseUrl(baseUrl);
        if (!status.ok())
            return status.error();
    }
    return Result<std::unique_ptr<Session>>(std::move(session));
}

Result<std::unique_ptr<Session>> Session::createSandbox()
{
    auto server = std::make_unique<Sandbox::SandboxServer>();
    QString startError;
    if (!server->start(&startError))
        return Error{Error::Kind::Network, tr("The sandbox server could not start: %1").arg(startError)};
    const Sandbox::SandboxCredentials sandboxKey = server->credentials();
    Result<ApiKey> key = ApiKey::fromPem(sandboxKey.privateKeyPem);
    if (!key.ok())
        return key.error();
    Result<std::unique_ptr<Session>> session =
        create(ApiCredentials{sandboxKey.issuerId, sandboxKey.keyId, key.value()}, server->baseUrl());
    if (!session.ok())
        return session.error();
    Terminal::printError(tr("Note: talking to a local sandbox at %1, not to Apple's App Store Connect.")
                             .arg(server->baseUrl().toString()));
    session.value()->m_sandbox = std::move(server);
    return session;
}

} // namespace AltDist::Cli
