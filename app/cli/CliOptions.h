// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace AltDist::Cli {

/// Names of the options shared by several commands, and their definitions.
namespace Opt {
inline const QString json = QStringLiteral("json");
inline const QString yes = QStringLiteral("yes");
inline const QString account = QStringLiteral("account");
inline const QString issuerId = QStringLiteral("issuer-id");
inline const QString keyId = QStringLiteral("key-id");
inline const QString keyFile = QStringLiteral("key-file");
inline const QString individual = QStringLiteral("individual");
inline const QString baseUrl = QStringLiteral("base-url");
inline const QString sandbox = QStringLiteral("sandbox");
inline const QString all = QStringLiteral("all");
inline const QString limit = QStringLiteral("limit");
inline const QString output = QStringLiteral("output");
} // namespace Opt

/// Environment variables read for credentials and the base URL (flags take precedence).
namespace Env {
inline const char *const issuerId = "ALTDIST_ISSUER_ID";
inline const char *const keyId = "ALTDIST_KEY_ID";
inline const char *const keyFile = "ALTDIST_KEY_FILE";
inline const char *const baseUrl = "ALTDIST_BASE_URL"; ///< --base-url wins over it
} // namespace Env

class CliOptions final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::Cli::CliOptions)
public:
    /// Output, confirmation, credentials, base URL, sandbox: valid for every command.
    static QList<QCommandLineOption> global();
    /// --all and --limit N, for list commands.
    static QList<QCommandLineOption> paging();
    /// -o, --output DIR, for downloads.
    static QList<QCommandLineOption> output();

    /// The largest page the API serves (and the largest --limit accepted).
    static constexpr int kMaxLimit = 200;

    /// Explains credential sources and their precedence, for --help.
    static QString credentialsHelp();
};

} // namespace AltDist::Cli
