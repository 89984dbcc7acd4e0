// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionSwitcher.h"

#include "AccountSwitcher.h"
#include "CredentialStore.h"
#include "DownloadController.h"
#include "ErrorBanner.h"
#include "Workspace.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace AltDist {

namespace {
const QString kSandbox = QStringLiteral("sandbox");
const QString kAccount = QStringLiteral("account");

/// A window-modal question (open(), not exec()); `yes` runs if accepted.
void ask(QWidget *window, const QString &title, const QString &text, const QString &yesText,
         std::function<void()> yes)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, window);
    box->setObjectName(QStringLiteral("confirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(yesText, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, window, [confirm, yes = std::move(yes)](QAbstractButton *b) {
        if (b == confirm)
            yes();
    });
    box->open();
}
} // namespace

ConnectionSwitcher::ConnectionSwitcher(Workspace &workspace, DownloadController &downloads,
                                       AccountSwitcher *switcher, ErrorBanner *banner, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_downloads(downloads)
    , m_switcher(switcher)
    , m_banner(banner)
    , m_window(window)
{
    connect(switcher, &AccountSwitcher::accountChosen, this, &ConnectionSwitcher::openAccount);
    connect(switcher, &AccountSwitcher::sandboxChosen, this, &ConnectionSwitcher::openSandbox);
    connect(&workspace, &Workspace::connectionChanged, this, &ConnectionSwitcher::onConnectionChanged);
    connect(&workspace, &Workspace::openFailed, this, &ConnectionSwitcher::onOpenFailed);
    switcher->showCurrent(workspace.connection());
    if (workspace.connection())
        onConnectionChanged(workspace.connection());
}

QString ConnectionSwitcher::lastConnectionKey()
{
    return QStringLiteral("session/lastConnection");
}

void ConnectionSwitcher::reopenLast()
{
    const QString last = QSettings().value(lastConnectionKey()).toString();
    if (last == kSandbox)
        return openSandbox();
    CredentialStore &store = m_workspace.credentials();
    const QString lastAccount = store.lastAccount();
    if (!lastAccount.isEmpty() && store.account(lastAccount))
        return openAccount(lastAccount);
    const QList<Account> accounts = store.accounts();
    if (!accounts.isEmpty())
        openAccount(accounts.first().name);
}

void ConnectionSwitcher::openAccount(const QString &name)
{
    const Connection *connection = m_workspace.connection();
    if (connection && !connection->isSandbox() && connection->displayName() == name && !m_workspace.isOpening())
        return;
    confirmSwitch(name, [this, name] {
        m_switcher->showAccount(name);
        m_workspace.openAccount(name);
    });
}

void ConnectionSwitcher::openSandbox()
{
    const Connection *connection = m_workspace.connection();
    if (connection && connection->isSandbox())
        return;
    confirmSwitch(tr("the sandbox"), [this] { m_workspace.openSandbox(); });
}

void ConnectionSwitcher::confirmSwitch(const QString &target, std::function<void()> proceed)
{
    const int running = m_downloads.activeCount();
    if (running == 0 || !m_workspace.connection())
        return proceed();
    ask(m_window, tr("Cancel Downloads?"),
        tr("Downloads running: %1. Switching to %2 cancels them.").arg(QLocale().toString(running), target),
        tr("Cancel Downloads and Switch"), [this, proceed = std::move(proceed)] {
            m_downloads.cancelAll();
            proceed();
        });
}

void ConnectionSwitcher::removeAccount(const QString &name)
{
    if (!m_workspace.credentials().account(name))
        return;
    ask(m_window, tr("Remove Account?"),
        tr("Remove the account “%1”? Its private key is deleted from this computer's keychain; "
           "the key itself stays valid in App Store Connect until you revoke it there.")
            .arg(name),
        tr("Remove “%1”").arg(name), [this, name] {
            m_workspace.credentials().removeAccount(name, this, [this, name](Status status) {
                if (!status.ok())
                    return m_banner->setError(status.error());
                // Whatever is open now: the user may have switched while the keychain worked.
                const Connection *connection = m_workspace.connection();
                if (connection && !connection->isSandbox() && connection->displayName() == name)
                    m_workspace.closeConnection();
            });
        });
}

void ConnectionSwitcher::onConnectionChanged(Connection *connection)
{
    m_switcher->showCurrent(connection);
    if (connection) {
        m_banner->clear();
        QSettings().setValue(lastConnectionKey(), connection->isSandbox() ? kSandbox : kAccount);
    }
}

void ConnectionSwitcher::onOpenFailed(const QString &name, const Error &error)
{
    m_switcher->showCurrent(m_workspace.connection());
    m_banner->setError(Error(error.kind(), tr("Could not open “%1”: %2").arg(name, error.message()),
                             error.httpStatus(), error.apiErrors()));
}

} // namespace AltDist
