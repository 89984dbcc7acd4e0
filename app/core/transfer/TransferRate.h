// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <deque>
#include <optional>

namespace AltDist {

/// Speed over a sliding window and the time left, from progress samples
/// (cumulative bytes at a time in milliseconds, e.g. from QElapsedTimer).
class TransferRate final
{
public:
    explicit TransferRate(qint64 windowMs = 5000) : m_windowMs(windowMs) {}

    void addSample(qint64 bytes, qint64 atMs);
    void reset() { m_samples.clear(); }

    /// 0 until two samples at least 1 ms apart are in the window.
    double bytesPerSecond() const;
    /// Seconds until `total`; nullopt while the speed or the total is unknown.
    std::optional<qint64> secondsLeft(qint64 total) const;

private:
    struct Sample
    {
        qint64 bytes;
        qint64 atMs;
    };
    qint64 m_windowMs;
    std::deque<Sample> m_samples;
};

} // namespace AltDist
