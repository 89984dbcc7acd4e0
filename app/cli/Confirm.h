// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace AltDist::Cli {

class Invocation;

/// Asks a yes/no question for a destructive command.
class Confirm final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::Cli::Confirm)
public:
    enum class Answer {
        Yes,
        No,
        NotInteractive, ///< stdin is no terminal and --yes was not given: refuse
    };

    /// With `assumeYes` answers Yes without asking. Otherwise, on a terminal,
    /// writes "<question> [y/N] " to stderr and reads the reply without
    /// blocking the event loop. `done` runs asynchronously, tied to `context`.
    static void ask(const QString &question, bool assumeYes, QObject *context, std::function<void(Answer)> done);

    /// For destructive commands, before any request: a usage error (and
    /// false) when stdin is no terminal and --yes was not given.
    static bool ensurePossible(Invocation &inv);
    /// Asks `question`; runs `proceed` on yes, ends the run as cancelled on no.
    static void thenProceed(Invocation &inv, const QString &question, std::function<void()> proceed);

    /// True for "y" / "yes" (and their translations), case-insensitive.
    static bool isYes(const QString &reply);
};

} // namespace AltDist::Cli
