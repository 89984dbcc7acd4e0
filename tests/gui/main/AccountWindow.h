// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CredentialStore.h"
#include "GuiTest.h"
#include "MainWindow.h"
#include "TestSandbox.h"
#include "Workspace.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace AltDist::Test {

/// A main window whose stored accounts talk to a live sandbox on loopback,
/// with their keys in the real keychain (KEYCHAIN tests, with-keyring.sh).
class AccountWindow
{
public:
    AccountWindow()
    {
        isolateSettings(m_dir.path());
        m_settings = std::make_unique<QSettings>(QStringLiteral("AltDist"), QStringLiteral("AltDist"));
        m_credentials = std::make_unique<CredentialStore>(*m_settings);
        m_workspace = std::make_unique<Workspace>(*m_credentials);
        m_workspace->setAccountBaseUrl(m_server.baseUrl());
        m_window = std::make_unique<MainWindow>(*m_workspace);
        m_window->resize(1280, 800);
        m_window->show();
    }
    ~AccountWindow()
    {
        m_window.reset();
        m_workspace.reset();
        m_credentials.reset();
        m_settings.reset();
    }
    AccountWindow(const AccountWindow &) = delete;
    AccountWindow &operator=(const AccountWindow &) = delete;

    bool isReady() const { return m_server.isReady(); }
    TestSandbox &server() { return m_server; }
    CredentialStore &credentials() { return *m_credentials; }
    Workspace &workspace() { return *m_workspace; }
    MainWindow &window() { return *m_window; }

    /// Stores the sandbox's key as the account `name` (in the keychain).
    Status addAccount(const QString &name, QObject *context)
    {
        const ApiCredentials key = m_server.credentials();
        std::optional<Status> added;
        m_credentials->addAccount({name, key.issuerId, key.keyId}, key.key, context,
                                  [&added](Status s) { added = s; });
        if (!waitUntil([&] { return added.has_value(); }))
            return Error{Error::Kind::Keychain, QStringLiteral("The keychain did not answer.")};
        return *added;
    }

private:
    TestSandbox m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace AltDist::Test
