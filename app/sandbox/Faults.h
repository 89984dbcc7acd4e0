// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Sandbox {

/// One fault to inject. A fault matches requests whose path starts with
/// `pathPrefix` (empty: every request). It fires on the next `count` matching
/// requests (count < 0: every one), each time with `probability` drawn from the
/// sandbox's seeded generator, so a run is reproducible.
struct Fault
{
    enum class Kind {
        Latency,       ///< delay the whole response by delayMs
        ServerError,   ///< answer `status` (500/502/503) with an Apple error body
        ResetMidBody,  ///< send headers and `afterBytes` of the body, then reset the connection
        Stall,         ///< send headers and `afterBytes`, then send nothing more for delayMs (or forever if 0)
        TruncatedBody, ///< send `afterBytes` of the body then close cleanly (Content-Length unmet)
        RateLimitBurst,///< answer 429 RATE_LIMIT_EXCEEDED
    };

    Kind kind = Kind::Latency;
    QString pathPrefix;
    int count = 1;
    double probability = 1.0;
    qint64 afterBytes = 0;
    int delayMs = 0;
    int status = 503;

    /// Parses the command-line form "kind[:key=value,...]", e.g.
    /// "reset:path=/sandbox-downloads,after=65536,count=1", "5xx:rate=0.1,count=-1",
    /// "latency:ms=200,count=-1", "stall:after=1024,ms=5000", "truncate:after=10",
    /// "429:count=3". Keys: path, count, rate (probability), after, ms, status.
    static std::optional<Fault> parse(const QString &spec, QString *errorMessage = nullptr);
    static QString kindName(Kind kind);
};

} // namespace Sandbox
