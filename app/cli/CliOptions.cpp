// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliOptions.h"

namespace AltDist::Cli {

QList<QCommandLineOption> CliOptions::global()
{
    return {
        QCommandLineOption(Opt::json, tr("Print the API's JSON resource objects instead of a table.")),
        QCommandLineOption({QStringLiteral("y"), Opt::yes}, tr("Do not ask before deleting anything.")),
        QCommandLineOption(Opt::account, tr("Use the stored account <name>."), tr("name")),
        QCommandLineOption(Opt::issuerId, tr("Issuer ID (UUID) of a team API key."), tr("id")),
        QCommandLineOption(Opt::keyId, tr("Key ID of the API key."), tr("id")),
        QCommandLineOption(Opt::keyFile, tr("The API key's private key file (AuthKey_<KEYID>.p8)."), tr("file")),
        QCommandLineOption(Opt::individual, tr("The key is an individual API key (no issuer ID).")),
        QCommandLineOption(Opt::baseUrl, tr("API base URL (http only to loopback); default $ALTDIST_BASE_URL, else Apple's."), tr("url")),
        QCommandLineOption(Opt::sandbox,
                           tr("Start a local sandbox server in-process and talk to it instead of Apple.")),
    };
}

QList<QCommandLineOption> CliOptions::paging()
{
    return {
        QCommandLineOption(Opt::all, tr("Fetch every page, not only the first.")),
        QCommandLineOption(Opt::limit, tr("Items per page, at most %1.").arg(kMaxLimit), tr("n")),
    };
}

QList<QCommandLineOption> CliOptions::output()
{
    return {QCommandLineOption({QStringLiteral("o"), Opt::output},
                               tr("Directory to download into (default: the current directory)."), tr("dir"))};
}

QString CliOptions::credentialsHelp()
{
    return tr("Credentials, first match wins:\n"
              "  1. --issuer-id, --key-id, --key-file (--individual instead of --issuer-id for an individual key)\n"
              "  2. the environment: %1, %2, %3\n"
              "  3. --account NAME (a stored account; its private key lives in the OS keychain)\n"
              "  4. the account used last\n")
        .arg(QLatin1String(Env::issuerId), QLatin1String(Env::keyId), QLatin1String(Env::keyFile));
}

} // namespace AltDist::Cli
