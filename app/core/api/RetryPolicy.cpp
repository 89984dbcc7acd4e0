// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"

#include <QRandomGenerator>

#include <algorithm>

namespace AltDist {

int RetryPolicy::maxDelayFor(int attempt) const
{
    if (attempt < 2)
        return 0;
    // base * 2^(attempt-2), saturating at maxDelayMs without overflowing.
    qint64 cap = std::max(0, baseDelayMs);
    for (int i = 2; i < attempt && cap < maxDelayMs; ++i)
        cap *= 2;
    return int(std::clamp<qint64>(cap, 0, std::max(0, maxDelayMs)));
}

int RetryPolicy::delayMs(int attempt) const
{
    if (delayFor)
        return std::max(0, delayFor(attempt));
    const int cap = maxDelayFor(attempt);
    // Full jitter: uniformly random in [0, cap].
    return cap > 0 ? int(QRandomGenerator::global()->bounded(cap + 1)) : 0;
}

} // namespace AltDist
