// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActiveClient.h"

#include "ApiClient.h"
#include "Workspace.h"

namespace AltDist {

ActiveClient::ActiveClient(Workspace &workspace, QObject *parent) : QObject(parent), m_workspace(workspace)
{
    connect(&workspace, &Workspace::connectionChanged, this, &ActiveClient::follow);
    follow(workspace.connection());
}

std::optional<RateLimit> ActiveClient::rateLimit() const
{
    const Connection *connection = m_workspace.connection();
    return connection && connection->client() ? connection->client()->rateLimit() : std::nullopt;
}

int ActiveClient::activeCalls() const
{
    const Connection *connection = m_workspace.connection();
    return connection && connection->client() ? connection->client()->activeCalls() : 0;
}

void ActiveClient::follow(Connection *connection)
{
    for (const QMetaObject::Connection &link : std::as_const(m_links))
        disconnect(link);
    m_links.clear();
    if (ApiClient *client = connection ? connection->client() : nullptr) {
        m_links << connect(client, &ApiClient::rateLimitChanged, this,
                           [this](const RateLimit &limit) { Q_EMIT rateLimitChanged(limit); });
        m_links << connect(client, &ApiClient::requestLogged, this, &ActiveClient::requestLogged);
        m_links << connect(client, &ApiClient::activeCallsChanged, this, &ActiveClient::activeCallsChanged);
    }
    Q_EMIT rateLimitChanged(rateLimit());
    Q_EMIT activeCallsChanged(activeCalls());
}

} // namespace AltDist
