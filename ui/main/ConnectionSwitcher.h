// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QObject>

class QWidget;

namespace AltDist {

class AccountSwitcher;
class Connection;
class DownloadController;
class ErrorBanner;
class Workspace;

/// Decides what the workspace opens: the account switcher's choices (after
/// asking when switching would cancel downloads), the last connection on
/// start, removing any stored account. Opening failures go to the window's banner.
class ConnectionSwitcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionSwitcher)

public:
    ConnectionSwitcher(Workspace &workspace, DownloadController &downloads, AccountSwitcher *switcher,
                       ErrorBanner *banner, QWidget *window);

    /// Opens what was open when the app last ran (the sandbox or an account);
    /// without one, the first stored account; without accounts, nothing.
    void reopenLast();

    /// Settings key of the last connection ("sandbox" or "account").
    static QString lastConnectionKey();

public Q_SLOTS:
    void openAccount(const QString &name);
    void openSandbox();
    /// Asks (naming the account), then removes it from the keychain and
    /// settings; closes it first when it is the open one.
    void removeAccount(const QString &name);

private:
    /// Runs `proceed` now, or after the user agreed to cancel running downloads.
    void confirmSwitch(const QString &target, std::function<void()> proceed);
    void onConnectionChanged(Connection *connection);
    void onOpenFailed(const QString &name, const Error &error);

    Workspace &m_workspace;
    DownloadController &m_downloads;
    AccountSwitcher *m_switcher;
    ErrorBanner *m_banner;
    QWidget *m_window;
};

} // namespace AltDist
