// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"

#include <QMetaObject>
#include <QObject>

#include <optional>

namespace AltDist {

class Connection;
class Workspace;

/// Follows the workspace's current connection and relays what its ApiClient
/// reports, so that status widgets and the request log connect once and never
/// hold an ApiClient* past Workspace::connectionChanged().
class ActiveClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActiveClient)

public:
    explicit ActiveClient(Workspace &workspace, QObject *parent = nullptr);

    /// The current client's newest X-Rate-Limit, if any.
    std::optional<RateLimit> rateLimit() const;
    /// Requests of the current client under way.
    int activeCalls() const;

Q_SIGNALS:
    /// After a connection change too (nullopt: not known yet).
    void rateLimitChanged(const std::optional<AltDist::RateLimit> &limit);
    void requestLogged(const AltDist::RequestLogEntry &entry);
    void activeCallsChanged(int count);

private:
    void follow(Connection *connection);

    Workspace &m_workspace;
    QList<QMetaObject::Connection> m_links;
};

} // namespace AltDist
