// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

#include <deque>

namespace Sandbox {

/// Apple's per-key rolling-hour request budget. Thread-safe.
class RateLimiter final
{
public:
    explicit RateLimiter(int hourlyLimit);

    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        /// "user-hour-lim:3600;user-hour-rem:3599;"
        QByteArray headerValue() const;
    };

    void setHourlyLimit(int limit);
    /// Counts one request for `key` at `now` if the budget allows it.
    Decision take(const QString &key, const QDateTime &now);
    /// The budget as it stands, without counting anything.
    Decision peek(const QString &key, const QDateTime &now);
    /// A decision saying the budget is spent (for injected 429 bursts).
    Decision exhausted() const;

private:
    Decision decide(std::deque<qint64> &stamps, qint64 nowMs, bool count);

    mutable QMutex m_mutex;
    int m_limit;
    QHash<QString, std::deque<qint64>> m_requests; ///< per key, ms since epoch, oldest first
};

} // namespace Sandbox
