// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Key material for the auth tests, generated at test time with OpenSSL
// directly (no private key is ever committed), and an ES256 verifier that
// shares no code with app/core/auth.

#include <QByteArray>

namespace AltDist::Test::Keys {

/// Unencrypted PKCS#8 PEM of a fresh key: type "EC" with a curve name
/// ("P-256", "P-384", "secp256k1"), "RSA" (2048 bits) or "ED25519".
QByteArray privatePkcs8(const char *type, const char *curve = nullptr);
/// A fresh P-256 key as SEC1 ("-----BEGIN EC PRIVATE KEY-----").
QByteArray p256Sec1();
/// A fresh P-256 key as password-encrypted PKCS#8 (AES-256-CBC).
QByteArray p256EncryptedPkcs8();
/// SPKI PEM of the public half of `privatePem`.
QByteArray publicOf(const QByteArray &privatePem);
/// A self-signed certificate for a fresh P-256 key.
QByteArray p256Certificate();

/// Verifies a JOSE ES256 signature (raw 64-byte r||s) over `input` against a
/// PEM SPKI public key: r||s is converted back to DER for EVP_DigestVerify.
bool verifyEs256(const QByteArray &publicKeyPem, const QByteArray &input, const QByteArray &rawSignature);

} // namespace AltDist::Test::Keys
