// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiClient.h"
#include "Download.h"
#include "Invocation.h"
#include "Pending.h"

#include <QCoreApplication>

#include <functional>

namespace AltDist::Cli {

/// The download commands: read the resource for its signed URL, then stream
/// it into --output DIR with a progress bar on stderr, resuming and
/// refreshing the URL as needed, and report the verified checksum and path.
/// Ctrl+C cancels and leaves no file behind.
class Downloads final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::Cli::Downloads)
public:
    using Make = std::function<Download *(ApiClient &, const QString &dir)>;

    /// `fetch` reads the item; `make(item)` gives the factory for its Download.
    template <typename T>
    static void run(Invocation &inv, std::function<Pending<T>(ApiClient &)> fetch,
                    std::function<Make(const T &)> make, std::function<QString(const T &)> checksum)
    {
        const QString dir = outputDir(inv);
        if (dir.isEmpty())
            return;
        inv.withClient([&inv, fetch, make, checksum, dir](ApiClient &client) {
            fetch(client).then(&inv, [&inv, &client, make, checksum, dir](Result<T> item) {
                if (!item.ok())
                    return inv.fail(item.error());
                start(inv, make(item.value())(client, dir), checksum(item.value()));
            });
        });
    }

private:
    /// --output (made if missing) or the current directory; empty after a failure.
    static QString outputDir(Invocation &inv);
    static void start(Invocation &inv, Download *download, const QString &expectedChecksum);
};

} // namespace AltDist::Cli
