// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
#include "Result.h"
#include "SandboxServer.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace AltDist {

class CredentialStore;
class DownloadManager;

/// What the desktop app is connected to right now: one stored account or the
/// built-in sandbox. Opens them (reading an account's key from the keychain
/// asynchronously), owns the current Connection and the DownloadManager.
///
/// Widgets hold a Workspace& and follow connectionChanged(); they never keep a
/// Connection* past that signal.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    /// `credentials` must outlive the workspace.
    explicit Workspace(CredentialStore &credentials, QObject *parent = nullptr);
    ~Workspace() override;

    CredentialStore &credentials() const { return m_credentials; }
    DownloadManager &downloads() const { return *m_downloads; }

    /// The open connection, or null.
    Connection *connection() const { return m_connection.get(); }
    /// True between openAccount() and its connectionChanged()/openFailed().
    bool isOpening() const { return m_opening; }

    /// Where stored accounts connect: empty (the default) is Apple's API.
    /// ALTDIST_BASE_URL and tests point it at a sandbox; only https:// or
    /// loopback http:// are accepted (ApiClient's rule).
    void setAccountBaseUrl(const QUrl &url) { m_accountBaseUrl = url; }
    QUrl accountBaseUrl() const { return m_accountBaseUrl; }

    /// Options for the next openSandbox() (tests: generated domains, faults ...).
    void setSandboxOptions(const Sandbox::SandboxOptions &options) { m_sandboxOptions = options; }

    /// Reads the account's key from the keychain and connects. Ends with
    /// connectionChanged() or openFailed(); the old connection stays until then.
    void openAccount(const QString &name);
    /// Starts the built-in sandbox (or keeps the one already open) and connects.
    void openSandbox();
    /// Closes the connection (connectionChanged(nullptr)).
    void closeConnection();

Q_SIGNALS:
    /// Emitted after the previous connection has been replaced; it is
    /// destroyed right after this signal returns (deleteLater).
    void connectionChanged(AltDist::Connection *connection);
    void openFailed(const QString &name, const AltDist::Error &error);
    void openingChanged(bool opening);

private:
    void install(std::unique_ptr<Connection> connection);
    void setOpening(bool opening);

    CredentialStore &m_credentials;
    std::unique_ptr<DownloadManager> m_downloads;
    std::unique_ptr<Connection> m_connection;
    QUrl m_accountBaseUrl;
    Sandbox::SandboxOptions m_sandboxOptions;
    quint64 m_openSerial = 0; ///< ignores the answer of an openAccount() overtaken by another
    bool m_opening = false;
};

} // namespace AltDist
