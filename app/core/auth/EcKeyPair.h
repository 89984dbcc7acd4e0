// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace AltDist {

/// A web-distribution key pair: EC P-256, generated locally. The public half
/// is uploaded as PEM SPKI; the private half goes to the keychain and, if the
/// user asks, to a file of their choosing.
class EcKeyPair
{
public:
    EcKeyPair() = default;

    static Result<EcKeyPair> generateP256();
    /// From an unencrypted PKCS#8 PEM private key (as stored in the keychain).
    static Result<EcKeyPair> fromPrivateKeyPem(const QByteArray &pem);

    bool isNull() const { return !m_key; }
    QByteArray publicKeyPem() const;  ///< "-----BEGIN PUBLIC KEY-----" SPKI
    QByteArray privateKeyPem() const; ///< "-----BEGIN PRIVATE KEY-----" PKCS#8

    /// Checks an imported public key: PEM SPKI, EC, P-256; specific message otherwise.
    /// Returns the normalised PEM.
    static Result<QByteArray> validatePublicKeyPem(const QByteArray &pem);

    /// Writes `pem` to `path` with mode 0600 (owner read/write only), atomically
    /// (QSaveFile): no partially written key file is ever left behind.
    static Status writePrivateKeyFile(const QString &path, const QByteArray &pem);

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

} // namespace AltDist
