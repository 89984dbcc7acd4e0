// SPDX-License-Identifier: GPL-3.0-or-later
// altdist: the desktop application. Parses options, wires the workspace and
// the main window together, and shows it.
#include "AppIcons.h"
#include "CredentialStore.h"
#include "MainWindow.h"
#include "Translations.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTranslator>
#include <QUrl>

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

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Manage App Store Connect alternative distribution: domains, "
                                        "web-distribution keys, packages and their downloads."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QApplication::translate("main", "Explore the built-in sandbox; nothing reaches Apple."));
    parser.addOption(sandbox);
    parser.process(app);

    QSettings settings(QStringLiteral("AltDist"), QStringLiteral("AltDist"));
    AltDist::CredentialStore credentials(settings);
    AltDist::Workspace workspace(credentials);
    if (const QString baseUrl = qEnvironmentVariable("ALTDIST_BASE_URL"); !baseUrl.isEmpty()) {
        // Stored accounts talk to this server (a sandbox started elsewhere, a proxy).
        workspace.setAccountBaseUrl(QUrl(baseUrl, QUrl::StrictMode));
    }

    AltDist::MainWindow window(workspace);
    if (parser.isSet(sandbox))
        workspace.openSandbox();
    else
        window.reopenLastConnection();
    window.show();
    return app.exec();
}
