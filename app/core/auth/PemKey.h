// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to app/core/auth: the one place that turns PEM text into an EC P-256
// EVP_PKEY (with a specific, translated message for every way it can be wrong)
// and back. Shared by ApiKey and EcKeyPair.

#include "OpenSslHandles.h"
#include "Result.h"

#include <QByteArray>

namespace AltDist::PemKey {

enum class Expect {
    PrivateKey, ///< PKCS#8 "PRIVATE KEY" (also SEC1 "EC PRIVATE KEY")
    PublicKey,  ///< SPKI "PUBLIC KEY"
};

/// Parses `pem` and checks it is an unencrypted EC P-256 key of the expected
/// half. Errors are Kind::InvalidInput and never quote the input.
Result<Ossl::SharedKey> readP256(const QByteArray &pem, Expect expect);

/// Unencrypted PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"); empty on failure.
QByteArray privateKeyPem(EVP_PKEY *key);
/// SPKI PEM ("-----BEGIN PUBLIC KEY-----"); empty on failure.
QByteArray publicKeyPem(EVP_PKEY *key);

} // namespace AltDist::PemKey
