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
    // QT_TRANSLATE_NOOP keeps the context lupdate records equal to the one
    // translate() looks up at run time.
    static const struct
    {
        int code;
        const char *meaning;
    } rows[] = {
        {ExitOk, QT_TRANSLATE_NOOP("AltDist::Cli::ExitCodes", "success")},
        {ExitGeneric, QT_TRANSLATE_NOOP("AltDist::Cli::ExitCodes",
                                        "unexpected failure (e.g. an answer the client did not understand)")},
        {ExitUsage, QT_TRANSLATE_NOOP("AltDist::Cli::ExitCodes",
                                      "usage: bad arguments or bad input (malformed domain, unusable .p8 ...), "
                                      "caught before any request")},
        {ExitAuthentication, QT_TRANSLATE_NOOP("AltDist::Cli::ExitCodes",
                                               "authentication: 401/403, unusable credentials, no account")},
        {ExitApi, QT_TRANSLATE_NOOP("AltDist::Cli::ExitCodes", "API error: any other 4xx/5xx answer")},
        {ExitNetwork, QT_TRANSLATE_NOOP("AltDist::Cli::ExitCodes", "network failure or timeout")},
        {ExitIntegrity, QT_TRANSLATE_NOOP("AltDist::Cli::ExitCodes",
                                          "integrity: a downloaded file's checksum did not match")},
        {ExitCancelled, QT_TRANSLATE_NOOP("AltDist::Cli::ExitCodes", "cancelled (Ctrl+C)")},
        {ExitKeychainIo, QT_TRANSLATE_NOOP("AltDist::Cli::ExitCodes", "keychain or local file error")},
    };
    QString text = QCoreApplication::translate("AltDist::Cli::ExitCodes", "Exit codes:") + QLatin1Char('\n');
    for (const auto &row : rows)
        text += QStringLiteral("  %1  %2\n").arg(row.code).arg(QCoreApplication::translate("AltDist::Cli::ExitCodes", row.meaning));
    return text;
}

} // namespace AltDist::Cli
