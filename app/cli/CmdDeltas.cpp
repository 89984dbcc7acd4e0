// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageAssetCommands.h"

namespace AltDist::Cli {

Family deltasFamily()
{
    return PackageAssetCommands<Delta>::family(
        QStringLiteral("deltas"),
        QCoreApplication::translate("AltDist::Cli::CmdDeltas",
                                    "Deltas of a package version: encrypted updates from an earlier version."));
}

} // namespace AltDist::Cli
