// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRouter.h"

#include "CliOptions.h"
#include "ExitCodes.h"
#include "Interrupt.h"
#include "Invocation.h"
#include "Terminal.h"

#include <QSet>
#include <QTimer>

namespace AltDist::Cli {

const Subcommand *Family::find(const QString &subcommand) const
{
    for (const Subcommand &sub : subcommands) {
        if (sub.name == subcommand)
            return &sub;
    }
    return nullptr;
}

CommandRouter::CommandRouter()
    : m_families{accountFamily(), domainsFamily(),         keysFamily(),     appsFamily(),
                 packagesFamily(), packageVersionsFamily(), variantsFamily(), deltasFamily()}
{
}

const Family *CommandRouter::findFamily(const QString &name) const
{
    for (const Family &family : m_families) {
        if (family.name == name)
            return &family;
    }
    return nullptr;
}

QList<QCommandLineOption> CommandRouter::allOptions() const
{
    QList<QCommandLineOption> options;
    QSet<QString> seen;
    for (const Family &family : m_families) {
        for (const QCommandLineOption &option : family.options) {
            if (!seen.contains(option.names().constFirst())) {
                seen.insert(option.names().constFirst());
                options.append(option);
            }
        }
    }
    return options;
}

void CommandRouter::describeTopLevel(QCommandLineParser &parser) const
{
    QString text = tr("Manage App Store Connect alternative distribution (EU web distribution and "
                      "alternative marketplaces) from scripts and CI.")
                   + QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    for (const Family &family : m_families)
        text += QStringLiteral("  %1  %2\n").arg(family.name.leftJustified(17), family.description);
    text += QLatin1Char('\n') + tr("Run \"%1 <command> --help\" for a command's own options.")
                                   .arg(QCoreApplication::applicationName());
    parser.setApplicationDescription(text);
    parser.addPositionalArgument(QStringLiteral("command"), tr("One of the commands above."),
                                 tr("<command> <subcommand> [arguments]"));
}

void CommandRouter::describeFamily(QCommandLineParser &parser, const Family &family) const
{
    int width = 0;
    for (const Subcommand &sub : family.subcommands)
        width = std::max(width, int(sub.syntax.size()));
    QString text = family.description + QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    for (const Subcommand &sub : family.subcommands)
        text += QStringLiteral("  %1 %2  %3\n").arg(family.name, sub.syntax.leftJustified(width), sub.description);
    parser.setApplicationDescription(text);
    parser.addPositionalArgument(family.name, family.description, family.name + QLatin1Char(' ') + tr("<subcommand> [arguments]"));
}

int CommandRouter::printHelp(const QCommandLineParser &parser) const
{
    Terminal::writeOut(parser.helpText() + QLatin1Char('\n') + CliOptions::credentialsHelp() + QLatin1Char('\n')
                       + exitCodeTable());
    return ExitOk;
}

int CommandRouter::usageError(const QString &message, const QString &helpCommand) const
{
    Invocation::printUsageError(message, helpCommand);
    return ExitUsage;
}

int CommandRouter::run(QCoreApplication &app)
{
    const QStringList arguments = app.arguments();
    const QString program = QCoreApplication::applicationName();

    // First pass: every option known, only to find the family name.
    QCommandLineParser probe;
    probe.addOptions(CliOptions::global());
    probe.addOptions(allOptions());
    probe.addHelpOption();
    probe.parse(arguments);
    const QString familyName = probe.positionalArguments().value(0);
    const Family *family = findFamily(familyName);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(CliOptions::global());
    if (family) {
        parser.addOptions(family->options);
        describeFamily(parser, *family);
    } else {
        describeTopLevel(parser);
    }
    const QString helpCommand = family ? program + QLatin1Char(' ') + family->name : program;
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), helpCommand);
    if (parser.isSet(QStringLiteral("help")))
        return printHelp(parser);
    if (familyName.isEmpty())
        return usageError(tr("No command given."), program);
    if (!family)
        return usageError(tr("Unknown command \"%1\".").arg(familyName), program);

    const QStringList positional = parser.positionalArguments();
    const QString subName = positional.value(1);
    const Subcommand *sub = family->find(subName);
    if (!sub) {
        return usageError(subName.isEmpty() ? tr("No %1 command given.").arg(family->name)
                                            : tr("Unknown %1 command \"%2\".").arg(family->name, subName),
                          helpCommand);
    }
    const QStringList args = positional.mid(2);
    if (args.size() < sub->minArgs || args.size() > sub->maxArgs)
        return usageError(tr("Usage: %1 %2 %3").arg(program, family->name, sub->syntax), helpCommand);

    Invocation invocation(parser, args);
    invocation.setHelpCommand(helpCommand);
    Interrupt interrupt;
    QObject::connect(&interrupt, &Interrupt::interrupted, &invocation, &Invocation::cancel);
    QObject::connect(&invocation, &Invocation::finished, &app, [](int code) { QCoreApplication::exit(code); },
                     Qt::QueuedConnection);
    const auto start = sub->run;
    QTimer::singleShot(0, &invocation, [&invocation, start] { start(invocation); });
    return app.exec();
}

} // namespace AltDist::Cli
