// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiClient.h"
#include "ApiKey.h"
#include "SandboxServer.h"
#include "TokenProvider.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace AltDist::Test {

/// A live sandbox on a free loopback port plus a real ApiClient signed with
/// the sandbox's team key. Tests drive the real client over real sockets.
/// The retry policy's delays are shortened (not removed) to keep tests quick.
class TestSandbox
{
public:
    explicit TestSandbox(Sandbox::SandboxOptions options = {});
    ~TestSandbox();

    bool isReady() const { return m_ready; }
    QString startError() const { return m_startError; }

    Sandbox::SandboxServer &server() { return *m_server; }
    ApiClient &client() { return *m_client; }
    TokenProvider &tokens() { return *m_tokens; }
    ApiCredentials credentials() const { return m_credentials; }
    QUrl baseUrl() const { return m_server->baseUrl(); }

    /// Writes the sandbox key as AuthKey_<KEYID>.p8 into `dir`; returns its path.
    QString writeKeyFile(const QString &dir) const;

    /// Spec violations seen so far, joined for a QVERIFY2 message.
    QString violationsText() const;

private:
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    ApiCredentials m_credentials;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<ApiClient> m_client;
    bool m_ready = false;
    QString m_startError;
};

/// Waits (event loop running) until `result` has a value, up to `timeoutMs`.
template <typename T>
bool waitFor(const std::optional<T> &result, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs);
}

} // namespace AltDist::Test

/// In a test's cleanup(): fail if the client sent anything Apple's spec forbids.
#define ALTDIST_VERIFY_NO_SPEC_VIOLATIONS(sandbox) \
    QVERIFY2((sandbox).server().specViolations().isEmpty(), qPrintable((sandbox).violationsText()))
