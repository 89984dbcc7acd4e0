// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace AltDist {

bool installTranslator(QTranslator &translator)
{
    // Qt's own texts (wizard and dialog buttons, "Ctrl+Q", command-line help)
    // in the same language, when the system has Qt's catalogues.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    const QString dir = QStringLiteral(":/i18n");
    // No catalogue for the user's language (or the C locale): English, whose
    // catalogue holds the plural forms ("1 file" / "3 files").
    if (!translator.load(QLocale(), QStringLiteral("altdist"), QStringLiteral("_"), dir)
        && !translator.load(QStringLiteral("altdist_en"), dir))
        return false;
    return QCoreApplication::installTranslator(&translator);
}

} // namespace AltDist
