// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>

namespace AltDist {

bool installTranslator(QTranslator &translator)
{
    if (!translator.load(QLocale(), QStringLiteral("altdist"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    return QCoreApplication::installTranslator(&translator);
}

} // namespace AltDist
