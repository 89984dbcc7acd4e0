// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace AltDist::Cli {

class Invocation;

/// `package-versions layout ID --output DIR`: lays a package version out for
/// web hosting (HostingLayout) with a progress bar on stderr, then prints
/// each hosted file as "<sha256>  <path>" (the format `sha256sum -c` reads,
/// run in DIR), or --json. Ctrl+C cancels and leaves DIR as it was.
class LayoutCommand final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::Cli::LayoutCommand)
public:
    static void run(Invocation &inv);
};

} // namespace AltDist::Cli
