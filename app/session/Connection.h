// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "Result.h"
#include "SandboxServer.h"

#include <QObject>
#include <QThread>
#include <QUrl>

#include <memory>

namespace AltDist {

class ApiClient;
class TokenProvider;

/// One open line to App Store Connect (or to the built-in sandbox): the token
/// provider, the ApiClient every request goes through and, for the sandbox,
/// the SandboxServer running on its own thread so that answering requests
/// never competes with the UI thread.
///
/// Everything here lives in the thread that opened it (the UI thread), except
/// the sandbox server, whose thread-safe control methods may be called from
/// anywhere (see SandboxServer).
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    enum class Kind { Account, Sandbox };

    /// A client for a stored account. `baseUrl` empty: Apple's API.
    static Result<std::unique_ptr<Connection>> open(const QString &accountName, const ApiCredentials &credentials,
                                                    const QUrl &baseUrl = {});
    /// Starts a SandboxServer on a free loopback port on its own thread and
    /// connects to it with the sandbox's key. Takes milliseconds (a P-256 key
    /// is made and a loopback port bound); no network beyond loopback.
    static Result<std::unique_ptr<Connection>> openSandbox(const Sandbox::SandboxOptions &options = {});

    ~Connection() override;

    Kind kind() const { return m_kind; }
    bool isSandbox() const { return m_kind == Kind::Sandbox; }
    /// The account's name, or a translated "Sandbox".
    QString displayName() const { return m_displayName; }
    ApiClient *client() const { return m_client.get(); }
    QUrl baseUrl() const;
    /// The in-process sandbox (thread-safe control methods only); null for accounts.
    Sandbox::SandboxServer *sandbox() const { return m_sandbox; }

private:
    Connection(Kind kind, QString displayName);
    Status connect(const ApiCredentials &credentials, const QUrl &baseUrl);

    Kind m_kind;
    QString m_displayName;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<ApiClient> m_client;
    QThread m_sandboxThread;
    Sandbox::SandboxServer *m_sandbox = nullptr; ///< lives on m_sandboxThread
};

} // namespace AltDist
