// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxKeys.h"

#include <QUuid>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

#include <memory>

namespace Sandbox {

namespace {

struct PkeyFree { void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); } };
struct BioFree { void operator()(BIO *bio) const { BIO_free(bio); } };

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, static_cast<qsizetype>(size)) : QByteArray();
}

QString randomKeyId()
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    unsigned char random[10];
    if (RAND_bytes(random, sizeof random) != 1)
        return {};
    QString id;
    for (const unsigned char byte : random)
        id += QLatin1Char(kAlphabet[byte % (sizeof kAlphabet - 1)]);
    return id;
}

} // namespace

GeneratedKey generateTeamKey()
{
    GeneratedKey key;
    std::unique_ptr<EVP_PKEY, PkeyFree> pkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    std::unique_ptr<BIO, BioFree> privateBio(BIO_new(BIO_s_mem()));
    std::unique_ptr<BIO, BioFree> publicBio(BIO_new(BIO_s_mem()));
    if (!pkey || !privateBio || !publicBio)
        return key;
    if (PEM_write_bio_PrivateKey(privateBio.get(), pkey.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1
        || PEM_write_bio_PUBKEY(publicBio.get(), pkey.get()) != 1)
        return key;
    key.keyId = randomKeyId();
    if (key.keyId.isEmpty())
        return key;
    key.issuerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    key.privateKeyPem = bioContents(privateBio.get());
    key.publicKeyPem = bioContents(publicBio.get());
    return key;
}

} // namespace Sandbox
