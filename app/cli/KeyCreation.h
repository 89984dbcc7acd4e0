// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EcKeyPair.h"
#include "Keys.h"

#include <QCoreApplication>
#include <QString>

namespace AltDist::Cli {

class Invocation;

/// `keys create`: uploads an imported public key, or generates a P-256 pair
/// here, uploads its public half and keeps the private half in the keychain
/// under the new key's id (and, with --private-key-out, in a 0600 file).
/// Without a keychain and without --private-key-out it refuses before
/// uploading: the private key would be lost.
class KeyCreation final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::Cli::KeyCreation)
public:
    static void run(Invocation &inv);

private:
    struct Plan
    {
        QByteArray publicKeyPem;
        EcKeyPair pair;          ///< null unless --generate
        QString appId;
        QString privateKeyOut;   ///< empty: keychain only
        bool keychainUsable = false;
    };

    static void checkKeychain(Invocation &inv, Plan plan);
    static void upload(Invocation &inv, Plan plan);
    static void keepPrivateKey(Invocation &inv, const Plan &plan, const DistributionKey &key);
    static void report(Invocation &inv, const DistributionKey &key);
};

} // namespace AltDist::Cli
