// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExitCodes.h"

#include <QCoreApplication>

namespace AltDist::Cli {

ExitCode exitCodeFor(const Error &error)
{
    switch (error.kind()) {
    case Error::Kind::InvalidInput:
        return ExitUsage;
    case Error::Kind::Authentication:
        return ExitAuthentication;
    case Error::Kind::Api:
        if (error.httpStatus() == 401 || error.httpStatus() == 403)
            return ExitAuthentication;
        return ExitApi;
    case Error::Kind::Network:
        return ExitNetwork;
    case Error::Kind::Integrity:
        return ExitIntegrity;
    case Error::Kind::Cancelled:
        return ExitCancelled;
    case Error::Kind::Io:
    case Error::Kind::Keychain:
        return ExitKeychainIo;
    case Error::Kind::Protocol:
        break;
    }
    return ExitGeneric;
}

QString exitCodeTable()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("AltDist::Cli::ExitCodes", text); };
    const struct
    {
        int code;
        QString meaning;
    } rows[] = {
        {ExitOk, tr("success")},
        {ExitGeneric, tr("unexpected failure (e.g. an answer the client did not understand)")},
        {ExitUsage, tr("usage: bad arguments or bad input (malformed domain, unusable .p8 ...), "
                       "caught before any request")},
        {ExitAuthentication, tr("authentication: 401/403, unusable credentials, no account")},
        {ExitApi, tr("API error: any other 4xx/5xx answer")},
        {ExitNetwork, tr("network failure or timeout")},
        {ExitIntegrity, tr("integrity: a downloaded file's checksum did not match")},
        {ExitCancelled, tr("cancelled (Ctrl+C)")},
        {ExitKeychainIo, tr("keychain or local file error")},
    };
    QString text = tr("Exit codes:") + QLatin1Char('\n');
    for (const auto &row : rows)
        text += QStringLiteral("  %1  %2\n").arg(row.code).arg(row.meaning);
    return text;
}

} // namespace AltDist::Cli
