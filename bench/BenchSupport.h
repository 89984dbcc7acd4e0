// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the download benchmarks share: waiting for a request, peak memory
// from /proc, the demo account's variants and one download run to the end.
// Benchmarks are programs, not library code: they may spin a local loop.

#include "ApiClient.h"
#include "Download.h"
#include "PackageAssets.h"
#include "Pending.h"

#include <QEventLoop>
#include <QList>
#include <QString>

#include <cstdio>
#include <optional>

namespace AltDist::Bench {

/// The value of `pending`, or nullopt (the error printed to stderr).
template <typename T>
std::optional<T> await(const Pending<T> &pending)
{
    QEventLoop loop;
    std::optional<Result<T>> result;
    pending.then(&loop, [&](Result<T> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    if (!result->ok()) {
        std::fprintf(stderr, "request failed: %s\n", qPrintable(result->error().describe()));
        return std::nullopt;
    }
    return std::move(*result).value();
}

/// VmHWM (peak resident set) in KiB of `pid` (0: this process); -1 if unknown.
qint64 peakRssKiB(qint64 pid = 0);
/// "123.4 MiB", or "n/a" for -1.
QString formatKiB(qint64 kib);
/// Starts a fresh VmHWM for this process (Linux: "5" into clear_refs); false if refused.
bool resetPeakRss();

/// Every variant of every package version of the account's apps, or of the
/// app called `appName` only when given.
QList<Variant> listVariants(ApiClient *client, const QString &appName = {});

/// Downloads `source` to the end on this thread; the file's size, or -1 (the
/// error printed to stderr). The file is deleted afterwards.
qint64 downloadAndDiscard(const DownloadSource &source);

} // namespace AltDist::Bench
