// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiClient.h"
#include "Confirm.h"
#include "Invocation.h"
#include "Pending.h"
#include "Terminal.h"

#include <functional>

namespace AltDist::Cli {

/// The shape of every destructive API command: refuse without a way to
/// confirm (before any request), fetch the resource to name it, ask, delete.
template <typename T>
struct Deletion
{
    std::function<Pending<T>(ApiClient &)> fetch;
    std::function<QString(const T &)> question; ///< "Delete domain example.com (ID 123)?"
    std::function<Pending<void>(ApiClient &)> remove;
    std::function<QString(const T &)> done;     ///< "Deleted domain example.com (ID 123)."

    void run(Invocation &inv) const
    {
        if (!Confirm::ensurePossible(inv))
            return;
        inv.withClient([&inv, self = *this](ApiClient &client) {
            self.fetch(client).then(&inv, [&inv, &client, self](Result<T> item) {
                if (!item.ok())
                    return inv.fail(item.error());
                Confirm::thenProceed(inv, self.question(item.value()), [&inv, &client, self, item = item.value()] {
                    self.remove(client).then(&inv, [&inv, self, item](Status status) {
                        if (!status.ok())
                            return inv.fail(status.error());
                        Terminal::printLine(self.done(item));
                        inv.finish();
                    });
                });
            });
        });
    }
};

} // namespace AltDist::Cli
