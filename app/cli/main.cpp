// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRouter.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("altdist-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("AltDist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALTDIST_VERSION));
    QTranslator translator;
    AltDist::installTranslator(translator);
    AltDist::Cli::CommandRouter router;
    return router.run(app);
}
