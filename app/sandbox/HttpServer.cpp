// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpServer.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

namespace Sandbox {

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_dateHeader([] { return QByteArray(); })
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *errorMessage)
{
    if (!address.isLoopback()) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("Sandbox::HttpServer",
                                                        "The sandbox listens on loopback only, not on %1.")
                                .arg(address.toString());
        return false;
    }
    if (!m_server->listen(address, port)) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("Sandbox::HttpServer", "Cannot listen on %1:%2: %3")
                                .arg(address.toString())
                                .arg(port)
                                .arg(m_server->errorString());
        return false;
    }
    return true;
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new HttpConnection(socket, m_handler, m_dateHeader, m_limits, this);
}

} // namespace Sandbox
