// SPDX-License-Identifier: GPL-3.0-or-later
#include "PemKey.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>

namespace AltDist::PemKey {

namespace {

struct PemText
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::PemKey)
};

Error invalid(const QString &message)
{
    return Error::invalidInput(message);
}

/// Failed OpenSSL calls leave entries on the thread's error queue, which Qt's
/// own TLS code shares: never leave them behind.
template <typename T>
T cleared(T value)
{
    ERR_clear_error();
    return value;
}

struct PemBlock
{
    QByteArray label;       ///< e.g. "PRIVATE KEY"
    QByteArray block;       ///< BEGIN line .. END line, LF line ends
    QList<QByteArray> body; ///< the lines between them
    qsizetype next = 0;     ///< offset just past the END line
};

/// A PEM label is shown in messages only if it looks like one (it is never key material).
QString printableLabel(const QByteArray &label)
{
    for (const char c : label) {
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '-'))
            return PemText::tr("(unrecognised)");
    }
    return QString::fromLatin1(label.left(40));
}

/// The PEM block whose BEGIN line is the first at or after `from` in `text`.
Result<PemBlock> blockAt(const QByteArray &text, qsizetype from)
{
    static const QByteArray beginTag("-----BEGIN ");
    const qsizetype begin = text.indexOf(beginTag, from);
    if (begin < 0)
        return invalid(PemText::tr("This is not a PEM key: there is no \"-----BEGIN ...-----\" line."));
    const qsizetype labelStart = begin + beginTag.size();
    const qsizetype lineEnd = text.indexOf('\n', labelStart);
    const QByteArray firstLine = text.mid(labelStart, lineEnd < 0 ? -1 : lineEnd - labelStart).trimmed();
    if (!firstLine.endsWith("-----") || firstLine.size() <= 5)
        return invalid(PemText::tr("The key is damaged: its \"-----BEGIN\" line is malformed."));

    PemBlock pem;
    pem.label = firstLine.chopped(5);
    const QByteArray endTag = "-----END " + pem.label + "-----";
    const qsizetype end = lineEnd < 0 ? -1 : text.indexOf(endTag, lineEnd);
    if (end < 0)
        return invalid(PemText::tr("The key is truncated: its \"-----END\" line is missing."));
    for (const QByteArray &line : text.mid(lineEnd + 1, end - lineEnd - 1).split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            pem.body << trimmed;
    }
    pem.block = "-----BEGIN " + pem.label + "-----\n" + pem.body.join('\n') + '\n' + endTag + '\n';
    pem.next = end + endTag.size();
    return pem;
}

/// The first block that is not "EC PARAMETERS" (which `openssl ecparam -genkey`
/// writes before the key), or the parameters block if nothing follows it.
Result<PemBlock> findBlock(const QByteArray &input)
{
    QByteArray text = input;
    text.replace("\r\n", "\n");
    text.replace('\r', '\n');
    text = text.trimmed();
    if (text.isEmpty())
        return invalid(PemText::tr("The key is empty."));
    Result<PemBlock> block = blockAt(text, 0);
    while (block && block->label == "EC PARAMETERS" && text.indexOf("-----BEGIN ", block->next) >= 0)
        block = blockAt(text, block->next);
    return block;
}

enum class Content { Private, EncryptedPrivate, Public, RsaPublic, Certificate, Other };

Content classify(const PemBlock &pem)
{
    const QByteArray &label = pem.label;
    if (label == "ENCRYPTED PRIVATE KEY")
        return Content::EncryptedPrivate;
    if (label == "PRIVATE KEY" || label == "EC PRIVATE KEY" || label == "RSA PRIVATE KEY"
        || label == "DSA PRIVATE KEY") {
        // Traditional (SEC1/PKCS#1) encryption: "Proc-Type: 4,ENCRYPTED" header.
        for (const QByteArray &line : pem.body) {
            if (line.startsWith("Proc-Type:") && line.contains("ENCRYPTED"))
                return Content::EncryptedPrivate;
        }
        return Content::Private;
    }
    if (label == "PUBLIC KEY")
        return Content::Public;
    if (label == "RSA PUBLIC KEY")
        return Content::RsaPublic;
    if (label.contains("CERTIFICATE"))
        return Content::Certificate;
    return Content::Other;
}

Error notEcKey(const QString &typeName)
{
    return invalid(PemText::tr("This is a key of type %1; an EC key on the P-256 curve is needed.").arg(typeName));
}

/// Nothing when `content` is what `expect` asks for, else the specific error.
std::optional<Error> contentProblem(Content content, Expect expect, const QByteArray &label)
{
    if (expect == Expect::PrivateKey) {
        switch (content) {
        case Content::Private:
            return std::nullopt;
        case Content::EncryptedPrivate:
            return invalid(PemText::tr("The key is encrypted with a password; an unencrypted PKCS#8 key "
                              "(\"-----BEGIN PRIVATE KEY-----\") is needed."));
        case Content::Public:
        case Content::RsaPublic:
            return invalid(PemText::tr("This is a public key; the private key is needed "
                              "(\"-----BEGIN PRIVATE KEY-----\")."));
        case Content::Certificate:
            return invalid(PemText::tr("This is a certificate, not a private key."));
        case Content::Other:
            break;
        }
        return invalid(PemText::tr("The PEM block \"%1\" does not hold a private key.").arg(printableLabel(label)));
    }
    switch (content) {
    case Content::Public:
        return std::nullopt;
    case Content::Private:
    case Content::EncryptedPrivate:
        return invalid(PemText::tr("This is a private key. Give only the public key "
                          "(\"-----BEGIN PUBLIC KEY-----\"); never hand out the private key."));
    case Content::RsaPublic:
        return notEcKey(QStringLiteral("RSA"));
    case Content::Certificate:
        return invalid(PemText::tr("This is a certificate, not a public key."));
    case Content::Other:
        break;
    }
    return invalid(PemText::tr("The PEM block \"%1\" does not hold a public key.").arg(printableLabel(label)));
}

bool isBase64(const QList<QByteArray> &body)
{
    QByteArray joined;
    for (const QByteArray &line : body) {
        if (!line.contains(':')) // RFC 1421 headers are not base64
            joined += line;
    }
    auto decoded = QByteArray::fromBase64Encoding(joined, QByteArray::AbortOnBase64DecodingErrors);
    const bool ok = decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok && !decoded.decoded.isEmpty();
    decoded.decoded.fill('\0');
    return ok;
}

int noPassword(char *, int, int, void *)
{
    return -1; // never prompt on a terminal
}

Ossl::SharedKey parse(const PemBlock &pem, Expect expect)
{
    Ossl::Ptr<BIO> bio(BIO_new_mem_buf(pem.block.constData(), int(pem.block.size())));
    if (!bio)
        return {};
    EVP_PKEY *key = expect == Expect::PrivateKey
        ? PEM_read_bio_PrivateKey_ex(bio.get(), nullptr, noPassword, nullptr, nullptr, nullptr)
        : PEM_read_bio_PUBKEY_ex(bio.get(), nullptr, noPassword, nullptr, nullptr, nullptr);
    return cleared(Ossl::share(key));
}

std::optional<Error> curveProblem(EVP_PKEY *key)
{
    char name[80] = {};
    size_t length = 0;
    if (EVP_PKEY_get_group_name(key, name, sizeof name, &length) != 1)
        return cleared(
            invalid(PemText::tr("The key uses explicit curve parameters; the named curve P-256 is needed.")));
    int nid = OBJ_txt2nid(name);
    if (nid == NID_undef)
        nid = EC_curve_nist2nid(name);
    if (nid == NID_X9_62_prime256v1)
        return std::nullopt;
    QString shown = QString::fromLatin1(name);
    if (const char *nist = EC_curve_nid2nist(nid))
        shown += QStringLiteral(" (%1)").arg(QLatin1String(nist));
    return cleared(
        invalid(PemText::tr("The key uses the curve %1; the curve P-256 (prime256v1) is needed.").arg(shown)));
}

bool valuesAreValid(EVP_PKEY *key, Expect expect)
{
    Ossl::Ptr<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    if (!ctx)
        return cleared(false);
    const int ok = expect == Expect::PrivateKey ? EVP_PKEY_check(ctx.get()) : EVP_PKEY_public_check(ctx.get());
    return cleared(ok == 1);
}

/// Runs `write` on a fresh memory BIO and returns what it wrote; empty on failure.
template <typename Write>
QByteArray writePem(const BIO_METHOD *method, Write write)
{
    Ossl::Ptr<BIO> bio(BIO_new(method));
    if (!bio || write(bio.get()) != 1)
        return cleared(QByteArray());
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

} // namespace

Result<Ossl::SharedKey> readP256(const QByteArray &pem, Expect expect)
{
    const Result<PemBlock> block = findBlock(pem);
    if (!block)
        return block.error();
    if (auto problem = contentProblem(classify(*block), expect, block->label))
        return *problem;
    if (!isBase64(block->body))
        return invalid(
            PemText::tr("The key is damaged: the text between its BEGIN and END lines is not valid base64."));
    const Ossl::SharedKey key = parse(*block, expect);
    if (!key)
        return invalid(PemText::tr("The key is damaged: its content is not a valid key encoding."));
    if (!EVP_PKEY_is_a(key.get(), "EC")) {
        const char *type = EVP_PKEY_get0_type_name(key.get());
        return notEcKey(type ? QString::fromLatin1(type) : PemText::tr("unknown"));
    }
    if (auto problem = curveProblem(key.get()))
        return *problem;
    if (!valuesAreValid(key.get(), expect))
        return invalid(PemText::tr("The key is damaged: its values do not form a valid P-256 key."));
    return key;
}

QByteArray privateKeyPem(EVP_PKEY *key)
{
    if (!key)
        return {};
    // Secure-heap memory where available; cleared when freed in any case.
    return writePem(BIO_s_secmem(), [key](BIO *bio) {
        return PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    });
}

QByteArray publicKeyPem(EVP_PKEY *key)
{
    if (!key)
        return {};
    return writePem(BIO_s_mem(), [key](BIO *bio) { return PEM_write_bio_PUBKEY(bio, key); });
}

} // namespace AltDist::PemKey
