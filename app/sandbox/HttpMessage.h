// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <memory>

class QIODevice;

namespace Sandbox {

/// A parsed HTTP/1.1 request as the sandbox sees it.
struct HttpRequest
{
    QByteArray method;
    QString path;        ///< decoded path, no query: "/v1/apps/123"
    QByteArray rawTarget;///< the request-target exactly as sent
    QUrlQuery query;     ///< decoded query
    QList<QPair<QByteArray, QByteArray>> headers; ///< names as sent
    QByteArray body;

    QByteArray header(const QByteArray &name) const; ///< case-insensitive; empty if absent
    bool hasHeader(const QByteArray &name) const;
};

/// An HTTP response. Small bodies in `body`; large ones (downloads) as a
/// `stream` the server reads from in chunks, so memory stays flat.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::shared_ptr<QIODevice> stream; ///< open for reading, positioned; takes precedence over body
    qint64 streamLength = -1;          ///< bytes to send from stream

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static HttpResponse json(int status, const QByteArray &jsonBody);
    static HttpResponse noContent(); ///< 204
};

/// Reason phrase for a status code ("Not Found").
QByteArray reasonPhrase(int status);

} // namespace Sandbox
