// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Faults.h"
#include "HttpConnection.h"

#include <QList>
#include <QMutex>
#include <QString>

#include <random>

namespace Sandbox {

/// Decides which faults hit a request. Matching faults are taken in the order
/// they were added; each one's probability is drawn from a generator seeded
/// with SandboxOptions::seed, so a run is reproducible. Thread-safe.
class FaultInjector final
{
public:
    explicit FaultInjector(quint32 seed);

    void add(const Fault &fault);
    void clear();

    struct Decision
    {
        int latencyMs = 0;
        int serverErrorStatus = 0;   ///< non-zero: answer this 5xx instead
        bool rateLimitBurst = false; ///< answer 429 instead
        WritePlan writePlan;         ///< how the body reaches the wire

        bool replacesResponse() const { return serverErrorStatus != 0 || rateLimitBurst; }
    };

    Decision decide(const QString &path);

private:
    bool fires(Fault &fault);

    QMutex m_mutex;
    QList<Fault> m_faults;
    std::mt19937 m_random;
};

} // namespace Sandbox
