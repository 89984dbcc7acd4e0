// SPDX-License-Identifier: GPL-3.0-or-later
#include "Connection.h"

#include "ApiClient.h"
#include "TokenProvider.h"

namespace AltDist {

Connection::Connection(Kind kind, QString displayName) : m_kind(kind), m_displayName(std::move(displayName)) {}

Connection::~Connection()
{
    // In-flight calls go before the tokens they sign with and the server they talk to.
    m_client.reset();
    m_tokens.reset();
    if (m_sandboxThread.isRunning()) {
        m_sandboxThread.quit();
        m_sandboxThread.wait();
    }
}

Result<std::unique_ptr<Connection>> Connection::open(const QString &accountName, const ApiCredentials &credentials,
                                                     const QUrl &baseUrl)
{
    std::unique_ptr<Connection> connection(new Connection(Kind::Account, accountName));
    if (const Status s = connection->connect(credentials, baseUrl); !s.ok())
        return s.error();
    return Result<std::unique_ptr<Connection>>(std::move(connection));
}

Result<std::unique_ptr<Connection>> Connection::openSandbox(const Sandbox::SandboxOptions &options)
{
    std::unique_ptr<Connection> connection(new Connection(Kind::Sandbox, tr("Sandbox")));
    connection->m_sandboxThread.setObjectName(QStringLiteral("AltDist sandbox"));
    auto *server = new Sandbox::SandboxServer(options);
    server->moveToThread(&connection->m_sandboxThread);
    QObject::connect(&connection->m_sandboxThread, &QThread::finished, server, &QObject::deleteLater);
    connection->m_sandboxThread.start();
    connection->m_sandbox = server;

    bool started = false;
    QString startError;
    // The server's socket must be created on its own thread; binding a
    // loopback port takes microseconds, so waiting for it here is harmless.
    QMetaObject::invokeMethod(
        server, [&] { started = server->start(&startError); }, Qt::BlockingQueuedConnection);
    if (!started)
        return Error{Error::Kind::Network, tr("The sandbox could not start: %1").arg(startError)};

    const Sandbox::SandboxCredentials key = server->credentials();
    Result<ApiKey> apiKey = ApiKey::fromPem(key.privateKeyPem);
    if (!apiKey.ok())
        return apiKey.error();
    if (const Status s = connection->connect(ApiCredentials{key.issuerId, key.keyId, apiKey.value()},
                                             server->baseUrl());
        !s.ok())
        return s.error();
    return Result<std::unique_ptr<Connection>>(std::move(connection));
}

Status Connection::connect(const ApiCredentials &credentials, const QUrl &baseUrl)
{
    m_tokens = std::make_unique<TokenProvider>(credentials);
    m_client = std::make_unique<ApiClient>(m_tokens.get());
    if (!baseUrl.isEmpty())
        return m_client->setBaseUrl(baseUrl);
    return {};
}

QUrl Connection::baseUrl() const
{
    return m_client ? m_client->baseUrl() : QUrl();
}

} // namespace AltDist
