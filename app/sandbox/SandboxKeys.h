// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Sandbox {

/// A freshly generated API key of the kind App Store Connect hands out: an EC
/// P-256 pair (the private half as the ".p8" PKCS#8 PEM), a 10-character key
/// ID and, for team keys, an issuer UUID. Never a real Apple credential.
struct GeneratedKey
{
    QString issuerId;
    QString keyId;
    QByteArray privateKeyPem; ///< "-----BEGIN PRIVATE KEY-----"
    QByteArray publicKeyPem;  ///< "-----BEGIN PUBLIC KEY-----"

    bool isValid() const { return !privateKeyPem.isEmpty() && !publicKeyPem.isEmpty(); }
};

/// Generates a team key with OpenSSL's CSPRNG. Invalid (empty PEMs) only if
/// OpenSSL itself fails.
GeneratedKey generateTeamKey();

} // namespace Sandbox
