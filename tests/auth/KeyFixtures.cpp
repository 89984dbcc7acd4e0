// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyFixtures.h"

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace AltDist::Test::Keys {

namespace {

struct Free
{
    void operator()(BIO *p) const { BIO_free_all(p); }
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
    void operator()(ECDSA_SIG *p) const { ECDSA_SIG_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(OSSL_ENCODER_CTX *p) const { OSSL_ENCODER_CTX_free(p); }
};
template <typename T>
using Owned = std::unique_ptr<T, Free>;

Owned<EVP_PKEY> generate(const char *type, const char *curve)
{
    if (curve)
        return Owned<EVP_PKEY>(EVP_PKEY_Q_keygen(nullptr, nullptr, type, curve));
    if (QByteArray(type) == "RSA")
        return Owned<EVP_PKEY>(EVP_PKEY_Q_keygen(nullptr, nullptr, type, size_t(2048)));
    return Owned<EVP_PKEY>(EVP_PKEY_Q_keygen(nullptr, nullptr, type));
}

template <typename Write>
QByteArray pem(Write write)
{
    Owned<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

Owned<EVP_PKEY> readPrivate(const QByteArray &text)
{
    Owned<BIO> bio(BIO_new_mem_buf(text.constData(), int(text.size())));
    return Owned<EVP_PKEY>(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

} // namespace

QByteArray privatePkcs8(const char *type, const char *curve)
{
    const Owned<EVP_PKEY> key = generate(type, curve);
    return pem([&](BIO *bio) {
        return PEM_write_bio_PKCS8PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
}

QByteArray p256Sec1()
{
    const Owned<EVP_PKEY> key = generate("EC", "P-256");
    Owned<OSSL_ENCODER_CTX> encoder(OSSL_ENCODER_CTX_new_for_pkey(
        key.get(), OSSL_KEYMGMT_SELECT_ALL, "PEM", "type-specific", nullptr));
    return pem([&](BIO *bio) { return OSSL_ENCODER_to_bio(encoder.get(), bio); });
}

QByteArray p256EncryptedPkcs8()
{
    const Owned<EVP_PKEY> key = generate("EC", "P-256");
    static char password[] = "correct horse";
    return pem([&](BIO *bio) {
        return PEM_write_bio_PKCS8PrivateKey(bio, key.get(), EVP_aes_256_cbc(), password,
                                             int(sizeof password - 1), nullptr, nullptr);
    });
}

QByteArray publicOf(const QByteArray &privatePem)
{
    const Owned<EVP_PKEY> key = readPrivate(privatePem);
    return pem([&](BIO *bio) { return PEM_write_bio_PUBKEY(bio, key.get()); });
}

QByteArray p256Certificate()
{
    const Owned<EVP_PKEY> key = generate("EC", "P-256");
    Owned<X509> cert(X509_new());
    X509_set_version(cert.get(), X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("altdist test"),
                               -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return {};
    return pem([&](BIO *bio) { return PEM_write_bio_X509(bio, cert.get()); });
}

bool verifyEs256(const QByteArray &publicKeyPem, const QByteArray &input, const QByteArray &rawSignature)
{
    if (rawSignature.size() != 64)
        return false;
    Owned<BIO> bio(BIO_new_mem_buf(publicKeyPem.constData(), int(publicKeyPem.size())));
    Owned<EVP_PKEY> key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    Owned<ECDSA_SIG> sig(ECDSA_SIG_new());
    const auto *raw = reinterpret_cast<const unsigned char *>(rawSignature.constData());
    BIGNUM *r = BN_bin2bn(raw, 32, nullptr);
    BIGNUM *s = BN_bin2bn(raw + 32, 32, nullptr);
    if (!key || !sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return false;
    }
    unsigned char *der = nullptr;
    const int derLength = i2d_ECDSA_SIG(sig.get(), &der);
    Owned<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
    const bool ok = derLength > 0
        && EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1
        && EVP_DigestVerify(ctx.get(), der, size_t(derLength),
                            reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()))
            == 1;
    OPENSSL_free(der);
    ERR_clear_error();
    return ok;
}

} // namespace AltDist::Test::Keys
