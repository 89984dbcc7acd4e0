// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKey.h"

#include "OpenSslHandles.h"
#include "PemKey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/err.h>

namespace AltDist {

namespace {

constexpr qint64 kMaxKeyFileBytes = 64 * 1024;
constexpr int kCoordinateBytes = 32; // P-256

struct ApiKeyText
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::ApiKey)
};

QByteArray derToRaw(const QByteArray &der)
{
    const unsigned char *cursor = Ossl::bytes(der);
    Ossl::Ptr<ECDSA_SIG> sig(d2i_ECDSA_SIG(nullptr, &cursor, long(der.size())));
    if (!sig)
        return {};
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    QByteArray raw(2 * kCoordinateBytes, '\0');
    if (BN_bn2binpad(r, Ossl::bytes(raw), kCoordinateBytes) != kCoordinateBytes
        || BN_bn2binpad(s, Ossl::bytes(raw) + kCoordinateBytes, kCoordinateBytes) != kCoordinateBytes)
        return {};
    return raw;
}

} // namespace

Result<ApiKey> ApiKey::fromPem(const QByteArray &pem)
{
    return PemKey::readP256(pem, PemKey::Expect::PrivateKey).map([](const Ossl::SharedKey &key) {
        ApiKey apiKey;
        apiKey.m_key = key;
        return apiKey;
    });
}

Result<ApiKey> ApiKey::fromFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto tooLarge = [&] {
        return Error::invalidInput(
            ApiKeyText::tr("%1 is too large to be a key file (a .p8 key is well under 1 KiB).").arg(shown));
    };
    const auto unreadable = [&](const QFile &file) {
        return Error(Error::Kind::Io,
                     ApiKeyText::tr("The key file %1 cannot be read: %2").arg(shown, file.errorString()));
    };
    const QFileInfo info(path);
    if (path.isEmpty())
        return Error::invalidInput(ApiKeyText::tr("No key file was given."));
    if (!info.exists())
        return Error(Error::Kind::Io, ApiKeyText::tr("The key file %1 does not exist.").arg(shown));
    if (info.isDir())
        return Error::invalidInput(ApiKeyText::tr("%1 is a folder, not a key file.").arg(shown));
    if (info.size() > kMaxKeyFileBytes)
        return tooLarge();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(file);
    QByteArray content = file.read(kMaxKeyFileBytes + 1); // size() lies for special files
    if (content.size() > kMaxKeyFileBytes) {
        content.fill('\0');
        return tooLarge();
    }
    if (file.error() != QFileDevice::NoError)
        return unreadable(file);

    Result<ApiKey> key = fromPem(content);
    content.fill('\0');
    if (!key)
        return Error(key.error().kind(), ApiKeyText::tr("%1: %2").arg(shown, key.error().message()));
    return key;
}

QByteArray ApiKey::privateKeyPem() const
{
    return PemKey::privateKeyPem(m_key.get());
}

QByteArray ApiKey::publicKeyPem() const
{
    return PemKey::publicKeyPem(m_key.get());
}

QByteArray ApiKey::signEs256(const QByteArray &signingInput) const
{
    Ossl::Ptr<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!m_key || !ctx
        || EVP_DigestSignInit_ex(ctx.get(), nullptr, "SHA256", nullptr, nullptr, m_key.get(), nullptr) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length, Ossl::bytes(signingInput), size_t(signingInput.size())) != 1) {
        ERR_clear_error();
        return {};
    }
    QByteArray der(qsizetype(length), '\0');
    if (EVP_DigestSign(ctx.get(), Ossl::bytes(der), &length, Ossl::bytes(signingInput), size_t(signingInput.size()))
        != 1) {
        ERR_clear_error();
        return {};
    }
    der.truncate(qsizetype(length));
    const QByteArray raw = derToRaw(der);
    ERR_clear_error();
    return raw;
}

QString issuerIdProblem(const QString &issuerId)
{
    static const QList<int> dashes{8, 13, 18, 23};
    if (issuerId.isEmpty())
        return ApiKeyText::tr("The issuer ID is empty.");
    if (issuerId.trimmed() != issuerId || issuerId.contains(QLatin1Char(' ')))
        return ApiKeyText::tr("The issuer ID contains spaces or line breaks.");
    if (issuerId.size() != 36)
        return ApiKeyText::tr("The issuer ID has %n characters; it should have 36, "
                  "like 57246542-96fe-1a63-e053-0824d011072a.",
                  nullptr, int(issuerId.size()));
    for (int i = 0; i < issuerId.size(); ++i) {
        const QChar c = issuerId.at(i);
        if (dashes.contains(i) != (c == QLatin1Char('-')))
            return ApiKeyText::tr("The issuer ID does not have the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.");
        if (c != QLatin1Char('-') && !QStringLiteral("0123456789abcdefABCDEF").contains(c))
            return ApiKeyText::tr("The issuer ID contains \"%1\", which is not a hexadecimal digit.").arg(c);
    }
    return {};
}

QString keyIdProblem(const QString &keyId)
{
    if (keyId.isEmpty())
        return ApiKeyText::tr("The key ID is empty.");
    for (const QChar c : keyId) {
        if (c.isSpace())
            return ApiKeyText::tr("The key ID contains spaces or line breaks.");
    }
    for (const QChar c : keyId) {
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            return ApiKeyText::tr("The key ID contains lower-case letters; key IDs are upper-case, "
                      "as in AuthKey_<KEY ID>.p8.");
    }
    for (const QChar c : keyId) {
        if (!(c >= QLatin1Char('A') && c <= QLatin1Char('Z')) && !(c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            return ApiKeyText::tr("The key ID contains \"%1\"; only A-Z and 0-9 are allowed.").arg(c);
    }
    if (keyId.size() == 1)
        return ApiKeyText::tr("The key ID has only one character; it should have 10.");
    if (keyId.size() != 10)
        return ApiKeyText::tr("The key ID has %n characters; it should have 10.", nullptr,
                              int(keyId.size()));
    return {};
}

} // namespace AltDist
