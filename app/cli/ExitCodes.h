// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace AltDist::Cli {

/// The documented, distinct exit codes of altdist-cli (see exitCodeTable()).
enum ExitCode : int {
    ExitOk = 0,
    ExitGeneric = 1,        ///< unexpected failure, unreadable server answer
    ExitUsage = 2,          ///< bad arguments or bad local input, caught before any request
    ExitAuthentication = 3, ///< 401/403, unusable credentials, no account
    ExitApi = 4,            ///< any other API error status (4xx/5xx)
    ExitNetwork = 5,        ///< transport failure or timeout
    ExitIntegrity = 6,      ///< checksum mismatch
    ExitCancelled = 7,      ///< interrupted (SIGINT / Ctrl+C)
    ExitKeychainIo = 8,     ///< OS keychain or local file system
};

/// Maps an error to its exit code.
ExitCode exitCodeFor(const Error &error);

/// The table printed in the epilogue of --help.
QString exitCodeTable();

} // namespace AltDist::Cli
