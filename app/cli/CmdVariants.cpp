// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageAssetCommands.h"

namespace AltDist::Cli {

Family variantsFamily()
{
    return PackageAssetCommands<Variant>::family(
        QStringLiteral("variants"),
        QCoreApplication::translate("AltDist::Cli::CmdVariants",
                                    "Variants of a package version: the encrypted app for one device class."));
}

} // namespace AltDist::Cli
