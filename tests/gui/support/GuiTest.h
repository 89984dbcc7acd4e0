// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CredentialStore.h"
#include "SandboxServer.h"
#include "SecretStore.h"
#include "Workspace.h"

#include <QAbstractButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <functional>
#include <memory>

namespace AltDist::Test {

/// Everything a GUI test needs around the widgets: settings in a temporary
/// directory (QSettings() and QSettings("AltDist","AltDist") both land there),
/// a CredentialStore (its keychain is only touched by tests that ask for it,
/// which run under with-keyring.sh), and a Workspace connected to a fresh
/// in-process sandbox on its own thread.
class GuiFixture
{
public:
    explicit GuiFixture(const Sandbox::SandboxOptions &options = {});
    ~GuiFixture();

    bool isReady() const { return m_workspace && m_workspace->connection(); }
    QString tempPath() const { return m_dir.path(); }
    QSettings &settings() { return *m_settings; }
    CredentialStore &credentials() { return *m_credentials; }
    Workspace &workspace() { return *m_workspace; }
    Connection &connection() { return *m_workspace->connection(); }
    Sandbox::SandboxServer &sandbox() { return *m_workspace->connection()->sandbox(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<Workspace> m_workspace;
};

/// Points QSettings' user scope at `dir` and sets the organisation and
/// application names the app uses (call before any QSettings is created).
void isolateSettings(const QString &dir);

/// Waits, with the event loop running, until `condition` holds (default 20 s).
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 20000);

/// The first visible, enabled button under `root` whose text (mnemonics
/// removed) or objectName equals `textOrName`; null if none.
QAbstractButton *findButton(QWidget *root, const QString &textOrName);

/// Clicks like a user: the button must be visible and enabled.
bool click(QWidget *root, const QString &textOrName);

/// Saves a PNG of `widget` under $ALTDIST_SCREENSHOT_DIR (when set) as <name>.png.
void screenshot(QWidget *widget, const QString &name);

} // namespace AltDist::Test
