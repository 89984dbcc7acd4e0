// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QUrlQuery>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace Sandbox {

/// Checks App Store Connect bearer tokens the way Apple does: ES256 over the
/// registered public key, header {alg ES256, typ JWT, kid known}, audience
/// "appstoreconnect-v1", issuer (team keys) or sub "user" (individual keys),
/// a lifetime of at most 20 minutes, not expired, not issued in the future
/// (60 s of skew allowed), and an optional scope that must permit the request.
/// Its own OpenSSL code: it shares nothing with the client's signer.
/// Thread-safe.
class JwtVerifier final
{
public:
    JwtVerifier();
    ~JwtVerifier();
    JwtVerifier(const JwtVerifier &) = delete;
    JwtVerifier &operator=(const JwtVerifier &) = delete;

    static constexpr qint64 kMaxLifetimeSeconds = 1200;
    static constexpr qint64 kAllowedSkewSeconds = 60;

    /// Registers a key: a team key (issuerId set) or an individual key
    /// (issuerId empty). False if the PEM is not an EC P-256 public key.
    bool registerKey(const QString &issuerId, const QString &keyId, const QByteArray &publicKeyPem);

    struct Outcome
    {
        bool accepted = false;
        QString keyId;  ///< the token's kid once the header parsed (even if rejected)
        QString reason; ///< why it was rejected, for the sandbox's own log; never token contents
    };

    /// Verifies the value of an Authorization header for a request.
    Outcome verify(const QByteArray &authorization, const QByteArray &method, const QString &path,
                   const QUrlQuery &query, const QDateTime &now) const;

    /// Base64url without padding, strictly: any other character fails.
    static bool decodeBase64Url(const QByteArray &text, QByteArray *out);

private:
    struct Key
    {
        QString issuerId;
        std::shared_ptr<EVP_PKEY> publicKey;
    };
    bool verifySignature(const EVP_PKEY *key, const QByteArray &signingInput, const QByteArray &rawSignature) const;

    mutable QMutex m_mutex;
    QHash<QString, Key> m_keys;
};

} // namespace Sandbox
