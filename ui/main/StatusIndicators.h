// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"

#include <QObject>

#include <optional>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace AltDist {

class ActiveClient;
class Connection;
class Workspace;

/// The main window's status bar: what we are connected to, whether requests
/// are under way, and the hourly rate limit from X-Rate-Limit.
class StatusIndicators final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusIndicators)

public:
    StatusIndicators(Workspace &workspace, ActiveClient &client, QStatusBar *bar);

    QLabel *connectionLabel() const { return m_connection; }
    QLabel *rateLimitLabel() const { return m_rateLimit; }
    QProgressBar *activityIndicator() const { return m_activity; }

    /// "Rate limit: 3,412 of 3,600 left this hour".
    static QString rateLimitText(const std::optional<RateLimit> &limit);

private:
    void showConnection(Connection *connection);
    void showOpening(bool opening);
    void showRateLimit(const std::optional<RateLimit> &limit);
    void showActivity(int calls);

    Workspace &m_workspace;
    QLabel *m_connection;
    QProgressBar *m_activity;
    QLabel *m_rateLimit;
};

} // namespace AltDist
