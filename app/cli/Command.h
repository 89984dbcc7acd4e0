// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>

namespace AltDist::Cli {

class Invocation;

/// One command of a family, e.g. "list" of "domains".
struct Subcommand
{
    QString name;        ///< "list"
    QString syntax;      ///< "list [--all] [--limit N]", for help
    QString description; ///< one line, translated
    int minArgs = 0;     ///< positional arguments after the name
    int maxArgs = 0;
    std::function<void(Invocation &)> run; ///< starts the command; it ends with Invocation::finish/fail
};

/// A group of commands about one resource, e.g. "domains".
struct Family
{
    QString name;
    QString description;
    QList<QCommandLineOption> options; ///< on top of the global ones
    QList<Subcommand> subcommands;

    const Subcommand *find(const QString &subcommand) const;
};

// One per command family (Cmd*.cpp).
Family accountFamily();
Family domainsFamily();
Family keysFamily();
Family appsFamily();
Family packagesFamily();
Family packageVersionsFamily();
Family variantsFamily();
Family deltasFamily();

} // namespace AltDist::Cli
