// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransferRate.h"

#include <cmath>

namespace AltDist {

void TransferRate::addSample(qint64 bytes, qint64 atMs)
{
    if (!m_samples.empty() && bytes < m_samples.back().bytes)
        m_samples.clear(); // the download started over
    m_samples.push_back({bytes, atMs});
    // Keep one sample older than the window so the window is always spanned.
    while (m_samples.size() > 2 && m_samples[1].atMs <= atMs - m_windowMs)
        m_samples.pop_front();
}

double TransferRate::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const Sample &first = m_samples.front();
    const Sample &last = m_samples.back();
    const qint64 elapsed = last.atMs - first.atMs;
    if (elapsed < 1)
        return 0;
    return double(last.bytes - first.bytes) * 1000.0 / double(elapsed);
}

std::optional<qint64> TransferRate::secondsLeft(qint64 total) const
{
    const double rate = bytesPerSecond();
    if (total < 0 || rate <= 0 || m_samples.empty())
        return std::nullopt;
    const qint64 remaining = qMax<qint64>(0, total - m_samples.back().bytes);
    return qint64(std::ceil(double(remaining) / rate));
}

} // namespace AltDist
