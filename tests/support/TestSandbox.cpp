// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSandbox.h"

#include <QDir>
#include <QFile>

namespace AltDist::Test {

TestSandbox::TestSandbox(Sandbox::SandboxOptions options)
{
    options.validateResponses = true;
    m_server = std::make_unique<Sandbox::SandboxServer>(options);
    if (!m_server->start(&m_startError))
        return;
    const Sandbox::SandboxCredentials creds = m_server->credentials();
    Result<ApiKey> key = ApiKey::fromPem(creds.privateKeyPem);
    if (!key.ok()) {
        m_startError = key.error().describe();
        return;
    }
    m_credentials = ApiCredentials{creds.issuerId, creds.keyId, key.value()};
    m_tokens = std::make_unique<TokenProvider>(m_credentials);
    m_client = std::make_unique<ApiClient>(m_tokens.get());
    RetryPolicy fast;
    fast.baseDelayMs = 20;
    fast.maxDelayMs = 100;
    m_client->setRetryPolicy(fast);
    const Status base = m_client->setBaseUrl(m_server->baseUrl());
    if (!base.ok()) {
        m_startError = base.error().describe();
        return;
    }
    m_ready = true;
}

TestSandbox::~TestSandbox()
{
    // The client (and its in-flight calls) goes before the tokens and server.
    m_client.reset();
    m_tokens.reset();
    m_server.reset();
}

QString TestSandbox::writeKeyFile(const QString &dir) const
{
    const QString path = QDir(dir).filePath(QStringLiteral("AuthKey_%1.p8").arg(m_credentials.keyId));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(m_server->credentials().privateKeyPem);
    return path;
}

QString TestSandbox::violationsText() const
{
    return m_server->specViolations().join(QLatin1Char('\n'));
}

} // namespace AltDist::Test
