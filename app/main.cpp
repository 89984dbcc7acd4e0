// SPDX-License-Identifier: GPL-3.0-or-later
// altdist: the desktop application. Reads its options (ui/main/AppOptions),
// wires the workspace and the main window together, and shows it.
#include "AppIcons.h"
#include "AppOptions.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "Translations.h"
#include "Workspace.h"

#include <QApplication>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AltDist"));
    QApplication::setApplicationName(QStringLiteral("AltDist"));
    QApplication::setApplicationDisplayName(QStringLiteral("AltDist"));
    QApplication::setApplicationVersion(QStringLiteral(ALTDIST_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("altdist"));
    QApplication::setWindowIcon(AltDist::applicationIcon());
    AltDist::useFallbackIconTheme();
    QTranslator translator;
    AltDist::installTranslator(translator);

    using Action = AltDist::AppOptions::Action;
    const AltDist::AppOptions options =
        AltDist::parseAppOptions(QApplication::arguments(), QProcessEnvironment::systemEnvironment());
    switch (options.action) {
    case Action::PrintHelp:
    case Action::PrintVersion:
        std::fputs(qPrintable(options.text + QLatin1Char('\n')), stdout);
        return 0;
    case Action::Refuse:
        std::fputs(qPrintable(options.text + QLatin1Char('\n')), stderr);
        QMessageBox::critical(nullptr, QApplication::translate("main", "AltDist Cannot Start"), options.text);
        return 1;
    case Action::Run:
        break;
    }

    QSettings settings(QStringLiteral("AltDist"), QStringLiteral("AltDist"));
    AltDist::CredentialStore credentials(settings);
    AltDist::Workspace workspace(credentials);
    workspace.setAccountBaseUrl(options.accountBaseUrl);

    AltDist::MainWindow window(workspace);
    if (options.sandbox)
        workspace.openSandbox();
    else
        window.reopenLastConnection();
    window.show();
    return app.exec();
}
