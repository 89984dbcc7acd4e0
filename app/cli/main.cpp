// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRouter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("altdist-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("AltDist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALTDIST_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("altdist"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    AltDist::Cli::CommandRouter router;
    return router.run(app);
}
