// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY; // OpenSSL, kept out of this header

namespace AltDist {

/// An App Store Connect API private key: PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"),
/// EC P-256, as in Apple's AuthKey_<KEYID>.p8. Immutable, cheap to copy (shared).
/// The key material lives only in memory; nothing here logs or prints it.
class ApiKey
{
public:
    ApiKey() = default;

    /// Parses and validates. Each bad case gets its own message: empty input,
    /// not PEM, truncated/corrupt PEM, encrypted PKCS#8, a public key or
    /// certificate instead of a private key, not an EC key (RSA, Ed25519 ...),
    /// an EC key on another curve than P-256.
    static Result<ApiKey> fromPem(const QByteArray &pem);
    /// Reads the file (unreadable / too large are errors of their own) then fromPem().
    static Result<ApiKey> fromFile(const QString &path);

    bool isNull() const { return !m_key; }

    /// The private key re-encoded as unencrypted PKCS#8 PEM, for the keychain.
    QByteArray privateKeyPem() const;
    /// The matching public key as PEM SPKI ("-----BEGIN PUBLIC KEY-----").
    QByteArray publicKeyPem() const;

    /// ES256 over `signingInput`: SHA-256 + ECDSA P-256, returned as the raw
    /// 64-byte r||s JOSE form (not DER). Empty on an internal OpenSSL failure.
    QByteArray signEs256(const QByteArray &signingInput) const;

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

/// Everything needed to sign tokens for one App Store Connect key.
struct ApiCredentials
{
    QString issuerId; ///< UUID for a team key; empty for an individual key.
    QString keyId;    ///< 10 upper-case alphanumerics.
    ApiKey key;

    bool isIndividual() const { return issuerId.isEmpty(); }
};

/// Empty when valid, otherwise a translated, specific message.
QString issuerIdProblem(const QString &issuerId);
QString keyIdProblem(const QString &keyId);

} // namespace AltDist
