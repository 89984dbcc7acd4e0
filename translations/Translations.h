// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTranslator>

namespace AltDist {

/// Loads the catalogue for the user's locale (":/i18n/altdist_<lang>.qm",
/// compiled into every AltDist executable) into `translator` and installs it.
/// Falls back to the English catalogue (plural forms only); false when even
/// that is missing. Also installs Qt's own catalogue (qtbase_<lang>.qm,
/// Debian's qt6-translations-l10n) for the same language when the system has it.
bool installTranslator(QTranslator &translator);

} // namespace AltDist
