// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace AltDist::Cli {

class Invocation;

/// `keys export-private-key ID --output FILE [--force]`: copies the private
/// half of a web-distribution key generated here from the keychain into a
/// file the user chooses, with mode 0600, atomically. An existing file is
/// left alone unless --force. Needs no credentials and sends no request.
class KeyExport final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::Cli::KeyExport)
public:
    static void run(Invocation &inv);
};

} // namespace AltDist::Cli
