// SPDX-License-Identifier: GPL-3.0-or-later
#include "RateLimiter.h"

namespace Sandbox {

namespace {
constexpr qint64 kWindowMs = 3600 * 1000;
}

QByteArray RateLimiter::Decision::headerValue() const
{
    return "user-hour-lim:" + QByteArray::number(limit) + ";user-hour-rem:" + QByteArray::number(remaining) + ';';
}

RateLimiter::RateLimiter(int hourlyLimit)
    : m_limit(qMax(0, hourlyLimit))
{
}

void RateLimiter::setHourlyLimit(int limit)
{
    QMutexLocker locker(&m_mutex);
    m_limit = qMax(0, limit);
}

RateLimiter::Decision RateLimiter::decide(std::deque<qint64> &stamps, qint64 nowMs, bool count)
{
    while (!stamps.empty() && stamps.front() <= nowMs - kWindowMs)
        stamps.pop_front();
    Decision decision;
    decision.limit = m_limit;
    const int used = static_cast<int>(stamps.size());
    decision.allowed = used < m_limit;
    if (count && decision.allowed)
        stamps.push_back(nowMs);
    decision.remaining = qMax(0, m_limit - static_cast<int>(stamps.size()));
    return decision;
}

RateLimiter::Decision RateLimiter::take(const QString &key, const QDateTime &now)
{
    QMutexLocker locker(&m_mutex);
    return decide(m_requests[key], now.toMSecsSinceEpoch(), true);
}

RateLimiter::Decision RateLimiter::peek(const QString &key, const QDateTime &now)
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_requests.find(key); // never create an entry for a key that only asked
    if (it == m_requests.end()) {
        std::deque<qint64> none;
        return decide(none, now.toMSecsSinceEpoch(), false);
    }
    return decide(it.value(), now.toMSecsSinceEpoch(), false);
}

RateLimiter::Decision RateLimiter::exhausted() const
{
    QMutexLocker locker(&m_mutex);
    Decision decision;
    decision.allowed = false;
    decision.limit = m_limit;
    decision.remaining = 0;
    return decision;
}

} // namespace Sandbox
