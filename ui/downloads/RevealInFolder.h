// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace AltDist {

/// Shows `path` in the desktop's file manager: selected in Finder (macOS) or
/// Explorer (Windows); elsewhere, and whenever that fails, the containing
/// folder opens through QDesktopServices. False if nothing could be opened.
bool revealInFolder(const QString &path);

} // namespace AltDist
