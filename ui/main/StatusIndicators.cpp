// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusIndicators.h"

#include "ActiveClient.h"
#include "Workspace.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>

namespace AltDist {

StatusIndicators::StatusIndicators(Workspace &workspace, ActiveClient &client, QStatusBar *bar)
    : QObject(bar)
    , m_workspace(workspace)
    , m_connection(new QLabel(bar))
    , m_activity(new QProgressBar(bar))
    , m_rateLimit(new QLabel(bar))
{
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_activity->setObjectName(QStringLiteral("activityIndicator"));
    m_activity->setRange(0, 0); // busy
    m_activity->setTextVisible(false);
    m_activity->setMaximumWidth(m_activity->fontMetrics().averageCharWidth() * 12);
    m_activity->setMaximumHeight(m_activity->fontMetrics().height());
    m_activity->setAccessibleName(tr("Requests under way"));
    m_activity->setVisible(false);
    m_rateLimit->setObjectName(QStringLiteral("rateLimitLabel"));
    m_rateLimit->setToolTip(tr("App Store Connect allows a fixed number of requests per hour "
                               "(from the X-Rate-Limit header of the latest answer)."));

    bar->addWidget(m_connection, 1);
    bar->addPermanentWidget(m_activity);
    bar->addPermanentWidget(m_rateLimit);

    connect(&workspace, &Workspace::connectionChanged, this, &StatusIndicators::showConnection);
    connect(&workspace, &Workspace::openingChanged, this, &StatusIndicators::showOpening);
    connect(&client, &ActiveClient::rateLimitChanged, this, &StatusIndicators::showRateLimit);
    connect(&client, &ActiveClient::activeCallsChanged, this, &StatusIndicators::showActivity);
    showConnection(workspace.connection());
    showRateLimit(client.rateLimit());
    showActivity(client.activeCalls());
}

QString StatusIndicators::rateLimitText(const std::optional<RateLimit> &limit)
{
    if (!limit || !limit->isKnown())
        return tr("Rate limit: not known yet");
    const QLocale locale;
    return tr("Rate limit: %1 of %2 left this hour")
        .arg(locale.toString(limit->remaining), locale.toString(limit->limit));
}

void StatusIndicators::showConnection(Connection *connection)
{
    if (!connection)
        m_connection->setText(tr("Not connected"));
    else if (connection->isSandbox())
        m_connection->setText(tr("Connected to the sandbox at %1").arg(connection->baseUrl().toDisplayString()));
    else
        m_connection->setText(tr("Connected as “%1” to %2")
                                  .arg(connection->displayName(), connection->baseUrl().toDisplayString()));
}

void StatusIndicators::showOpening(bool opening)
{
    if (opening)
        m_connection->setText(tr("Connecting…"));
    else
        showConnection(m_workspace.connection());
}

void StatusIndicators::showRateLimit(const std::optional<RateLimit> &limit)
{
    m_rateLimit->setVisible(m_workspace.connection() != nullptr);
    m_rateLimit->setText(rateLimitText(limit));
}

void StatusIndicators::showActivity(int calls)
{
    m_activity->setVisible(calls > 0);
    m_activity->setToolTip(tr("Requests under way: %1").arg(calls));
}

} // namespace AltDist
