// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxTestUtil.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace SandboxTest {

namespace {
struct PkeyFree { void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); } };
struct BioFree { void operator()(BIO *b) const { BIO_free(b); } };
struct CtxFree { void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); } };
struct SigFree { void operator()(ECDSA_SIG *s) const { ECDSA_SIG_free(s); } };

QByteArray bioText(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}
} // namespace

KeyPair generateKeyPair(const char *curve)
{
    std::unique_ptr<EVP_PKEY, PkeyFree> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve));
    std::unique_ptr<BIO, BioFree> priv(BIO_new(BIO_s_mem()));
    std::unique_ptr<BIO, BioFree> pub(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(priv.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    PEM_write_bio_PUBKEY(pub.get(), key.get());
    return {bioText(priv.get()), bioText(pub.get())};
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray signJwt(const QByteArray &privateKeyPem, const QJsonObject &header, const QJsonObject &payload)
{
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                             + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size())));
    std::unique_ptr<EVP_PKEY, PkeyFree> key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    std::unique_ptr<EVP_MD_CTX, CtxFree> ctx(EVP_MD_CTX_new());
    size_t length = 0;
    EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get());
    EVP_DigestSign(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(input.constData()),
                   size_t(input.size()));
    QByteArray der(qsizetype(length), '\0');
    EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(der.data()), &length,
                   reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()));
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<ECDSA_SIG, SigFree> sig(d2i_ECDSA_SIG(nullptr, &p, long(length)));
    QByteArray raw(64, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), reinterpret_cast<unsigned char *>(raw.data()), 32);
    BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), reinterpret_cast<unsigned char *>(raw.data()) + 32, 32);
    return input + '.' + base64Url(raw);
}

QJsonObject teamClaims(const QString &issuerId, qint64 nowSeconds)
{
    return QJsonObject{{QStringLiteral("iss"), issuerId},
                       {QStringLiteral("iat"), nowSeconds - 60},
                       {QStringLiteral("exp"), nowSeconds + 15 * 60},
                       {QStringLiteral("aud"), QStringLiteral("appstoreconnect-v1")}};
}

QJsonObject es256Header(const QString &keyId)
{
    return QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")},
                       {QStringLiteral("kid"), keyId},
                       {QStringLiteral("typ"), QStringLiteral("JWT")}};
}

QByteArray bearer(const QByteArray &privateKeyPem, const QString &issuerId, const QString &keyId)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return "Bearer " + signJwt(privateKeyPem, es256Header(keyId), teamClaims(issuerId, now));
}

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

Reply send(QNetworkAccessManager &manager, const QByteArray &method, const QUrl &url,
           const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body, int timeoutMs)
{
    QNetworkRequest request(url);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    auto *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    // A "custom" HEAD would make QNAM wait for the body its Content-Length announces.
    QNetworkReply *reply = method == "HEAD"
                               ? manager.head(request)
                               : manager.sendCustomRequest(request, method,
                                                           body.isEmpty() && method != "POST" ? nullptr : buffer);
    buffer->setParent(reply);
    Reply result;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs)) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
    } else {
        result.error = reply->error();
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

LiveSandbox::LiveSandbox(const Sandbox::SandboxOptions &options)
    : m_server(std::make_unique<Sandbox::SandboxServer>(options))
    , m_manager(std::make_unique<QNetworkAccessManager>())
{
    m_started = m_server->start();
}

LiveSandbox::~LiveSandbox()
{
    m_manager.reset();
    m_server.reset();
}

QUrl LiveSandbox::url(const QString &pathAndQuery) const
{
    return QUrl(m_server->baseUrl().toString() + pathAndQuery);
}

QByteArray LiveSandbox::authorization() const
{
    const Sandbox::SandboxCredentials c = m_server->credentials();
    return bearer(c.privateKeyPem, c.issuerId, c.keyId);
}

Reply LiveSandbox::get(const QString &pathAndQuery, const QByteArray &authorization)
{
    return send(*m_manager, "GET", url(pathAndQuery),
                {{"Authorization", authorization.isNull() ? this->authorization() : authorization}});
}

Reply LiveSandbox::getAnonymously(const QString &pathAndQuery)
{
    return send(*m_manager, "GET", url(pathAndQuery));
}

} // namespace SandboxTest
