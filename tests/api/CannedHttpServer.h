// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

/// A loopback HTTP/1.1 server that records each request exactly as it came
/// off the wire and answers with canned responses, in order. When none is
/// queued it keeps the connection open and answers nothing (a hung server).
/// For what the sandbox cannot show: raw headers, odd bodies, redirects.
class CannedHttpServer final : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
        bool hasHeader(const QByteArray &name) const;
    };

    explicit CannedHttpServer(QObject *parent = nullptr);
    bool listen();
    QUrl baseUrl() const;

    void enqueue(int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    const QList<Request> &requests() const { return m_requests; }

Q_SIGNALS:
    void requestReceived();

private:
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    QList<QByteArray> m_responses;
    QList<Request> m_requests;
};
