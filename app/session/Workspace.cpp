// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "CredentialStore.h"
#include "DownloadManager.h"

namespace AltDist {

Workspace::Workspace(CredentialStore &credentials, QObject *parent)
    : QObject(parent), m_credentials(credentials), m_downloads(std::make_unique<DownloadManager>())
{
}

Workspace::~Workspace()
{
    // Downloads refresh their URLs through the connection's client: stop them first.
    m_downloads.reset();
    m_connection.reset();
    // Connections replaced just before (their deleteLater() not run yet: a
    // deferred delete never runs once the event loop has stopped) go too, so
    // no sandbox thread outlives the workspace.
    qDeleteAll(findChildren<Connection *>(QString(), Qt::FindDirectChildrenOnly));
}

void Workspace::openAccount(const QString &name)
{
    const quint64 serial = ++m_openSerial;
    setOpening(true);
    m_credentials.loadCredentials(name, this, [this, serial, name](Result<ApiCredentials> credentials) {
        if (serial != m_openSerial)
            return; // another open came later
        setOpening(false);
        if (!credentials.ok()) {
            Q_EMIT openFailed(name, credentials.error());
            return;
        }
        Result<std::unique_ptr<Connection>> connection = Connection::open(name, credentials.value(), m_accountBaseUrl);
        if (!connection.ok()) {
            Q_EMIT openFailed(name, connection.error());
            return;
        }
        (void)m_credentials.setLastAccount(name);
        install(std::move(connection).value());
    });
}

void Workspace::openSandbox()
{
    ++m_openSerial;
    setOpening(false);
    if (m_connection && m_connection->isSandbox())
        return;
    Result<std::unique_ptr<Connection>> connection = Connection::openSandbox(m_sandboxOptions);
    if (!connection.ok()) {
        Q_EMIT openFailed(tr("Sandbox"), connection.error());
        return;
    }
    install(std::move(connection).value());
}

void Workspace::closeConnection()
{
    ++m_openSerial;
    setOpening(false);
    if (m_connection)
        install(nullptr);
}

void Workspace::install(std::unique_ptr<Connection> connection)
{
    std::unique_ptr<Connection> old = std::move(m_connection);
    m_connection = std::move(connection);
    Q_EMIT connectionChanged(m_connection.get());
    if (old) {
        old->setParent(this);
        old.release()->deleteLater();
    }
}

void Workspace::setOpening(bool opening)
{
    if (m_opening == opening)
        return;
    m_opening = opening;
    Q_EMIT openingChanged(opening);
}

} // namespace AltDist
