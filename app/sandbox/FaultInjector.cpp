// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultInjector.h"

namespace Sandbox {

FaultInjector::FaultInjector(quint32 seed)
    : m_random(seed)
{
}

void FaultInjector::add(const Fault &fault)
{
    QMutexLocker locker(&m_mutex);
    m_faults.append(fault);
}

void FaultInjector::clear()
{
    QMutexLocker locker(&m_mutex);
    m_faults.clear();
}

bool FaultInjector::fires(Fault &fault)
{
    if (fault.count == 0)
        return false;
    if (fault.probability < 1.0) {
        // mt19937's output is specified exactly, unlike the std distributions.
        const double draw = static_cast<double>(m_random()) / 4294967296.0;
        if (draw >= fault.probability)
            return false;
    }
    if (fault.count > 0)
        --fault.count;
    return true;
}

FaultInjector::Decision FaultInjector::decide(const QString &path)
{
    QMutexLocker locker(&m_mutex);
    Decision decision;
    bool bodyFaultChosen = false;
    for (Fault &fault : m_faults) {
        if (!path.startsWith(fault.pathPrefix) || !fires(fault))
            continue;
        switch (fault.kind) {
        case Fault::Kind::Latency:
            decision.latencyMs += fault.delayMs;
            break;
        case Fault::Kind::ServerError:
            if (!decision.replacesResponse())
                decision.serverErrorStatus = fault.status;
            break;
        case Fault::Kind::RateLimitBurst:
            if (!decision.replacesResponse())
                decision.rateLimitBurst = true;
            break;
        case Fault::Kind::ResetMidBody:
        case Fault::Kind::Stall:
        case Fault::Kind::TruncatedBody:
            if (bodyFaultChosen)
                break;
            bodyFaultChosen = true;
            decision.writePlan.afterBytes = fault.afterBytes;
            decision.writePlan.stallMs = fault.delayMs;
            decision.writePlan.mode = fault.kind == Fault::Kind::ResetMidBody ? WritePlan::Mode::Reset
                                      : fault.kind == Fault::Kind::Stall      ? WritePlan::Mode::Stall
                                                                              : WritePlan::Mode::Truncate;
            break;
        }
    }
    m_faults.erase(std::remove_if(m_faults.begin(), m_faults.end(), [](const Fault &f) { return f.count == 0; }),
                   m_faults.end());
    return decision;
}

} // namespace Sandbox
