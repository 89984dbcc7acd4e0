// SPDX-License-Identifier: GPL-3.0-or-later
#include "JwtVerifier.h"

#include "JwtClaims.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace Sandbox {

namespace {

struct BioFree { void operator()(BIO *bio) const { BIO_free(bio); } };
struct SigFree { void operator()(ECDSA_SIG *sig) const { ECDSA_SIG_free(sig); } };
struct MdCtxFree { void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); } };

constexpr int kCoordinateBytes = 32;

bool isP256(EVP_PKEY *key)
{
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_EC)
        return false;
    char group[64] = {};
    size_t length = 0;
    return EVP_PKEY_get_group_name(key, group, sizeof group, &length) == 1
           && (qstrcmp(group, "prime256v1") == 0 || qstrcmp(group, "P-256") == 0);
}

/// The JOSE signature is r||s; OpenSSL verifies DER.
QByteArray joseToDer(const QByteArray &raw)
{
    if (raw.size() != 2 * kCoordinateBytes)
        return {};
    const auto *bytes = reinterpret_cast<const unsigned char *>(raw.constData());
    std::unique_ptr<ECDSA_SIG, SigFree> sig(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(bytes, kCoordinateBytes, nullptr);
    BIGNUM *s = BN_bin2bn(bytes + kCoordinateBytes, kCoordinateBytes, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    return i2d_ECDSA_SIG(sig.get(), &out) == length ? der : QByteArray();
}

bool decodeJsonPart(const QByteArray &part, QJsonObject *out)
{
    QByteArray json;
    if (!JwtVerifier::decodeBase64Url(part, &json))
        return false;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *out = document.object();
    return true;
}

JwtVerifier::Outcome reject(const QString &reason, const QString &keyId = {})
{
    return JwtVerifier::Outcome{false, keyId, reason};
}

} // namespace

JwtVerifier::JwtVerifier() = default;
JwtVerifier::~JwtVerifier() = default;

bool JwtVerifier::decodeBase64Url(const QByteArray &text, QByteArray *out)
{
    if (text.isEmpty() || text.size() % 4 == 1)
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                        || c == '_';
        if (!ok)
            return false;
    }
    auto result = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = result.decoded;
    return true;
}

bool JwtVerifier::registerKey(const QString &issuerId, const QString &keyId, const QByteArray &publicKeyPem)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(publicKeyPem.constData(), static_cast<int>(publicKeyPem.size())));
    EVP_PKEY *raw = bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    std::shared_ptr<EVP_PKEY> key(raw, EVP_PKEY_free);
    if (!key || !isP256(key.get()) || keyId.isEmpty())
        return false;
    QMutexLocker locker(&m_mutex);
    m_keys.insert(keyId, Key{issuerId, key});
    return true;
}

bool JwtVerifier::verifySignature(const EVP_PKEY *key, const QByteArray &signingInput,
                                  const QByteArray &rawSignature) const
{
    const QByteArray der = joseToDer(rawSignature);
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    if (der.isEmpty() || !ctx)
        return false;
    if (EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, const_cast<EVP_PKEY *>(key)) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(der.constData()),
                            static_cast<size_t>(der.size()),
                            reinterpret_cast<const unsigned char *>(signingInput.constData()),
                            static_cast<size_t>(signingInput.size()))
           == 1;
}

JwtVerifier::Outcome JwtVerifier::verify(const QByteArray &authorization, const QByteArray &method,
                                         const QString &path, const QUrlQuery &query, const QDateTime &now) const
{
    if (authorization.isEmpty())
        return reject(QStringLiteral("no Authorization header"));
    if (!authorization.startsWith("Bearer "))
        return reject(QStringLiteral("the Authorization header is not a Bearer token"));
    const QByteArray token = authorization.mid(7).trimmed();
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return reject(QStringLiteral("the token does not have three parts"));

    QJsonObject header;
    QJsonObject payload;
    QByteArray signature;
    if (!decodeJsonPart(parts.at(0), &header) || !decodeJsonPart(parts.at(1), &payload)
        || !decodeBase64Url(parts.at(2), &signature))
        return reject(QStringLiteral("the token is not base64url-encoded JSON"));

    const QString keyId = header.value(QStringLiteral("kid")).toString();
    if (header.value(QStringLiteral("alg")).toString() != QLatin1String("ES256"))
        return reject(QStringLiteral("alg is not ES256"), keyId);
    if (header.value(QStringLiteral("typ")).toString() != QLatin1String("JWT"))
        return reject(QStringLiteral("typ is not JWT"), keyId);

    Key key;
    {
        QMutexLocker locker(&m_mutex);
        const auto it = m_keys.constFind(keyId);
        if (keyId.isEmpty() || it == m_keys.cend())
            return reject(QStringLiteral("unknown kid"), keyId);
        key = it.value();
    }
    if (!verifySignature(key.publicKey.get(), parts.at(0) + '.' + parts.at(1), signature))
        return reject(QStringLiteral("bad signature"), keyId);

    const QString claimsProblem = JwtClaims::check(payload, key.issuerId, now);
    if (!claimsProblem.isEmpty())
        return reject(claimsProblem, keyId);
    if (!JwtClaims::scopePermits(payload, method, path, query))
        return reject(QStringLiteral("the token's scope does not permit this request"), keyId);
    return Outcome{true, keyId, {}};
}

} // namespace Sandbox
