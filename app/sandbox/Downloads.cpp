// SPDX-License-Identifier: GPL-3.0-or-later
#include "Downloads.h"

#include "SandboxApi.h"

#include <QIODevice>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace Sandbox {

namespace {

/// An S3-style XML error, which is what a signed-URL host answers.
HttpResponse s3Error(int status, const char *code, const QString &message)
{
    HttpResponse response;
    response.status = status;
    response.body = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>")
        + code + QByteArrayLiteral("</Code><Message>") + message.toHtmlEscaped().toUtf8()
        + QByteArrayLiteral("</Message></Error>");
    response.setHeader("Content-Type", "application/xml");
    return response;
}

struct ByteRange
{
    qint64 first = 0;
    qint64 last = 0; ///< inclusive
};

enum class RangeResult { Full, Partial, Unsatisfiable };

/// One `bytes=` range (RFC 9110 14.1.2); anything else is served in full.
RangeResult parseRange(const QByteArray &header, qint64 size, ByteRange *range)
{
    if (!header.startsWith("bytes=") || header.contains(','))
        return RangeResult::Full;
    const QByteArray spec = header.mid(6).trimmed();
    const int dash = int(spec.indexOf('-'));
    if (dash < 0)
        return RangeResult::Full;
    bool okFirst = false;
    bool okLast = false;
    const QByteArray firstText = spec.left(dash).trimmed();
    const QByteArray lastText = spec.mid(dash + 1).trimmed();
    if (firstText.isEmpty()) { // suffix: the last N bytes
        const qint64 suffix = lastText.toLongLong(&okLast);
        if (!okLast || suffix < 0)
            return RangeResult::Full;
        if (suffix == 0 || size == 0)
            return RangeResult::Unsatisfiable;
        *range = {qMax<qint64>(0, size - suffix), size - 1};
        return RangeResult::Partial;
    }
    range->first = firstText.toLongLong(&okFirst);
    range->last = lastText.isEmpty() ? size - 1 : lastText.toLongLong(&okLast);
    if (!okFirst || range->first < 0 || (!lastText.isEmpty() && (!okLast || range->last < range->first)))
        return RangeResult::Full;
    if (range->first >= size)
        return RangeResult::Unsatisfiable;
    range->last = qMin(range->last, size - 1);
    return RangeResult::Partial;
}

} // namespace

Downloads::Downloads(const SandboxStore &store, int lifetimeSeconds)
    : m_blobs(store)
    , m_lifetimeSeconds(lifetimeSeconds)
{
    m_secret.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_secret.data()),
                                          m_secret.size() / 4);
}

QByteArray Downloads::signature(const QString &kindSegment, const QString &id,
                                qint64 expires) const
{
    const QByteArray message = kindSegment.toUtf8() + '/' + id.toUtf8() + '/'
        + QByteArray::number(expires);
    return QMessageAuthenticationCode::hash(message, m_secret, QCryptographicHash::Sha256).toHex();
}

Downloads::SignedUrl Downloads::sign(const QString &baseUrl, AssetKind kind, const QString &id,
                                     const QDateTime &now) const
{
    const QDateTime expires = now.addSecs(m_lifetimeSeconds);
    const qint64 expiresSecs = expires.toSecsSinceEpoch();
    const QString segment = Blobs::pathSegment(kind);
    const QString url = baseUrl + QLatin1String(SandboxApi::kDownloadPrefix) + segment + u'/' + id
        + u'/' + Blobs::fileName(kind, id) + QStringLiteral("?expires=")
        + QString::number(expiresSecs) + QStringLiteral("&signature=")
        + QString::fromLatin1(signature(segment, id, expiresSecs));
    // The URL carries whole seconds: report the instant it really stops working.
    return {url, QDateTime::fromSecsSinceEpoch(expiresSecs, Qt::UTC)};
}

HttpResponse Downloads::serve(const HttpRequest &request, const QDateTime &now)
{
    const QStringList parts =
        request.path.mid(int(qstrlen(SandboxApi::kDownloadPrefix))).split(u'/');
    const std::optional<AssetKind> kind =
        parts.size() == 3 ? Blobs::kindFromSegment(parts.at(0)) : std::nullopt;
    if (!kind || parts.at(2) != Blobs::fileName(*kind, parts.at(1)))
        return s3Error(404, "NoSuchKey", tr("The specified key does not exist."));
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse response = s3Error(405, "MethodNotAllowed",
                                        tr("The specified method is not allowed against this resource."));
        response.setHeader("Allow", "GET, HEAD");
        return response;
    }
    const QString id = parts.at(1);
    bool expiresOk = false;
    const qint64 expires = request.query.queryItemValue(QStringLiteral("expires")).toLongLong(&expiresOk);
    const QByteArray given = request.query.queryItemValue(QStringLiteral("signature")).toLatin1();
    if (!expiresOk || given.isEmpty()) {
        return s3Error(403, "AccessDenied",
                       tr("Query-string authentication requires the signature and expires "
                          "parameters."));
    }
    const QByteArray expected = signature(parts.at(0), id, expires);
    // Constant-time comparison: the secret must not leak through timing.
    int difference = int(given.size() ^ expected.size());
    for (int i = 0; i < qMin(given.size(), expected.size()); ++i)
        difference |= given.at(i) ^ expected.at(i);
    if (difference != 0) {
        return s3Error(403, "SignatureDoesNotMatch",
                       tr("The request signature we calculated does not match the signature you "
                          "provided."));
    }
    if (now.toSecsSinceEpoch() > expires)
        return s3Error(403, "AccessDenied", tr("Request has expired"));

    std::shared_ptr<QIODevice> stream = m_blobs.open(*kind, id);
    if (!stream)
        return s3Error(404, "NoSuchKey", tr("The specified key does not exist."));
    const qint64 size = stream->size();

    HttpResponse response;
    response.setHeader("Accept-Ranges", "bytes");
    response.setHeader("ETag", '"' + m_blobs.checksum(*kind, id).toLatin1() + '"');
    ByteRange range{0, size - 1};
    switch (parseRange(request.header("Range"), size, &range)) {
    case RangeResult::Unsatisfiable:
        response.status = 416;
        response.setHeader("Content-Range", "bytes */" + QByteArray::number(size));
        return response;
    case RangeResult::Partial:
        response.status = 206;
        response.setHeader("Content-Range", "bytes " + QByteArray::number(range.first) + '-'
                               + QByteArray::number(range.last) + '/' + QByteArray::number(size));
        break;
    case RangeResult::Full:
        range = {0, size - 1};
        break;
    }
    const qint64 length = range.last - range.first + 1;
    response.setHeader("Content-Type", Blobs::contentType(*kind));
    response.setHeader("Content-Length", QByteArray::number(length));
    // HEAD too: the transport takes Content-Length from the stream and sends no body.
    stream->seek(range.first);
    response.stream = std::move(stream);
    response.streamLength = length;
    return response;
}

} // namespace Sandbox
