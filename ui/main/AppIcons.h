// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace AltDist {

/// The application icon (":/icons/altdist.svg"), or a null icon when Qt's SVG
/// image plugin is not installed (Debian: libqt6svg6).
QIcon applicationIcon();

/// Lets QIcon::fromTheme() find freedesktop icons (Adwaita, when installed)
/// on desktops whose own theme has none, instead of falling back to the
/// style's few standard pixmaps.
void useFallbackIconTheme();

} // namespace AltDist
