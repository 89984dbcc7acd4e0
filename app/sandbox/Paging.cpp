// SPDX-License-Identifier: GPL-3.0-or-later
#include "Paging.h"

namespace Sandbox {

namespace {

constexpr auto kCursorPrefix = "v1:";

QString encode(const QByteArray &payload)
{
    return QString::fromLatin1(
        payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QString Paging::seqCursor(qint64 seq)
{
    return encode(kCursorPrefix + QByteArray::number(seq));
}

QString Paging::offsetCursor(int offset)
{
    return encode(kCursorPrefix + QByteArray("@") + QByteArray::number(offset));
}

std::variant<PageRequest, AppleError> Paging::parse(const QUrlQuery &query,
                                                    const QString &limitParameter)
{
    PageRequest request;
    if (query.hasQueryItem(limitParameter)) {
        bool ok = false;
        const int limit = query.queryItemValue(limitParameter).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit) {
            return parameterError(QStringLiteral("INVALID"), limitParameter,
                                  tr("The limit must be an integer between 1 and 200."));
        }
        request.limit = limit;
    }
    if (!query.hasQueryItem(QStringLiteral("cursor")))
        return request;

    const QByteArray raw = query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded).toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(
        raw, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    QByteArray payload = decoded.decoded;
    bool ok = decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok
        && payload.startsWith(kCursorPrefix);
    payload = payload.mid(int(qstrlen(kCursorPrefix)));
    if (ok && payload.startsWith('@')) {
        request.byOffset = true;
        request.offset = payload.mid(1).toInt(&ok);
        ok = ok && request.offset >= 0;
    } else if (ok) {
        request.afterSeq = payload.toLongLong(&ok);
        ok = ok && request.afterSeq >= 0;
    }
    if (!ok) {
        return parameterError(QStringLiteral("INVALID"), QStringLiteral("cursor"),
                              tr("The cursor is not valid. Use the links.next URL of the "
                                 "previous page."));
    }
    return request;
}

} // namespace Sandbox
