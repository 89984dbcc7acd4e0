// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

class QProcessEnvironment;

namespace AltDist {

/// What `altdist` was asked to do, from its command line and environment.
struct AppOptions
{
    enum class Action { Run, PrintHelp, PrintVersion, Refuse };

    Action action = Action::Run;
    bool sandbox = false;     ///< --sandbox: open straight into the built-in sandbox
    QUrl accountBaseUrl;      ///< ALTDIST_BASE_URL, normalised; empty = Apple's API
    QString text;             ///< help or version text (PrintHelp/PrintVersion), or why not (Refuse)
};

/// Parses `args` (arguments()[0] first) and `env`. A bad option or a base URL
/// that may not carry tokens (not https://, or http:// off this computer) is
/// Refuse with a message naming what is wrong; nothing starts then.
AppOptions parseAppOptions(const QStringList &args, const QProcessEnvironment &env);

} // namespace AltDist
