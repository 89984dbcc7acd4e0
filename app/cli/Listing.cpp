// SPDX-License-Identifier: GPL-3.0-or-later
#include "Listing.h"

namespace AltDist::Cli {

void Listing::printMoreHint(int shown, std::optional<int> total, bool hasNext)
{
    if (!Terminal::stdoutIsTerminal() || !hasNext)
        return;
    if (total && *total > shown) {
        Terminal::printError(tr("Showing %1 of %2 (%3 more). Use --all to list them all.")
                                 .arg(shown)
                                 .arg(*total)
                                 .arg(*total - shown));
    } else {
        Terminal::printError(tr("Showing the first %1; more exist. Use --all to list them all.").arg(shown));
    }
}

} // namespace AltDist::Cli
