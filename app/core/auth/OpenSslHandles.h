// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to app/core/auth: owning handles for the few OpenSSL objects we use.

#include <QByteArray>

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/evp.h>

#include <memory>

namespace AltDist::Ossl {

struct Deleter
{
    void operator()(BIO *bio) const { BIO_free_all(bio); }
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
    void operator()(ECDSA_SIG *sig) const { ECDSA_SIG_free(sig); }
};

template <typename T>
using Ptr = std::unique_ptr<T, Deleter>;

using SharedKey = std::shared_ptr<EVP_PKEY>;

/// Takes ownership of `key` (may be null).
inline SharedKey share(EVP_PKEY *key)
{
    return key ? SharedKey(key, Deleter()) : SharedKey();
}

inline const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

inline unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

} // namespace AltDist::Ossl
