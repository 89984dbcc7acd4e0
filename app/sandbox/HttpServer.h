// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpConnection.h"

#include <QHostAddress>
#include <QObject>

#include <functional>

class QTcpServer;

namespace Sandbox {

/// A small HTTP/1.1 server on QTcpServer: loopback only, Content-Length
/// bodies, keep-alive, streamed responses. (Not QtHttpServer: its 6.4 API was
/// a preview that changed in 6.5, and it hides the socket fault injection needs.)
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)
public:
    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void setHandler(HttpHandler handler) { m_handler = std::move(handler); }
    /// Supplies the IMF-fixdate for responses that carry no Date header.
    void setDateHeader(std::function<QByteArray()> dateHeader) { m_dateHeader = std::move(dateHeader); }
    void setLimits(HttpRequestParser::Limits limits) { m_limits = limits; }

    /// Listens on `address` (refused unless loopback). False and a message on failure.
    bool listen(const QHostAddress &address, quint16 port, QString *errorMessage);
    quint16 port() const;

private:
    void acceptConnections();

    QTcpServer *m_server;
    HttpHandler m_handler;
    std::function<QByteArray()> m_dateHeader;
    HttpRequestParser::Limits m_limits;
};

} // namespace Sandbox
