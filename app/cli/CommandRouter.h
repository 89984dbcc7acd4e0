// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>

namespace AltDist::Cli {

/// Parses the command line (global options, then "<family> <command>" and the
/// family's own options), prints help, and runs the chosen command on the
/// application's event loop. Returns the process exit code.
class CommandRouter final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::Cli::CommandRouter)
public:
    CommandRouter();

    int run(QCoreApplication &app);

private:
    const Family *findFamily(const QString &name) const;
    /// Every option of every family (each name once), for the first pass.
    QList<QCommandLineOption> allOptions() const;
    void describeTopLevel(QCommandLineParser &parser) const;
    void describeFamily(QCommandLineParser &parser, const Family &family) const;
    int printHelp(const QCommandLineParser &parser) const;
    int usageError(const QString &message, const QString &helpCommand) const;

    QList<Family> m_families;
};

} // namespace AltDist::Cli
