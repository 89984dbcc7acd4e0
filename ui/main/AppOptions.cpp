// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppOptions.h"

#include "UrlPolicy.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>

namespace AltDist {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::AppOptions)
};
} // namespace

AppOptions parseAppOptions(const QStringList &args, const QProcessEnvironment &env)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Manage App Store Connect alternative distribution: domains, "
                                              "web-distribution keys, packages and their downloads."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     Text::tr("Explore the built-in sandbox; nothing reaches Apple."));
    parser.addOption(sandbox);

    AppOptions options;
    if (!parser.parse(args)) {
        options.action = AppOptions::Action::Refuse;
        options.text = parser.errorText();
        return options;
    }
    if (parser.isSet(help)) {
        options.action = AppOptions::Action::PrintHelp;
        options.text = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.action = AppOptions::Action::PrintVersion;
        options.text = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
        return options;
    }
    options.sandbox = parser.isSet(sandbox);
    const QString baseUrl = env.value(QStringLiteral("ALTDIST_BASE_URL")).trimmed();
    if (!baseUrl.isEmpty()) {
        // Stored accounts talk to this server (a sandbox started elsewhere, a proxy).
        const Result<QUrl> checked = UrlPolicy::checkBaseUrl(QUrl(baseUrl, QUrl::StrictMode));
        if (!checked.ok()) {
            options.action = AppOptions::Action::Refuse;
            options.text = Text::tr("ALTDIST_BASE_URL=\"%1\" is not usable: %2").arg(baseUrl, checked.error().message());
            return options;
        }
        options.accountBaseUrl = checked.value();
    }
    return options;
}

} // namespace AltDist
