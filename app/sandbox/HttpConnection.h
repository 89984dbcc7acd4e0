// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpMessage.h"
#include "HttpRequestParser.h"

#include <QByteArray>
#include <QObject>

#include <functional>

class QTcpSocket;
class QTimer;

namespace Sandbox {

/// How a response's body reaches the wire: whole, or cut short on purpose
/// (fault injection) once `afterBytes` of the body have been sent.
struct WritePlan
{
    enum class Mode { Normal, Reset, Stall, Truncate };
    Mode mode = Mode::Normal;
    qint64 afterBytes = 0;
    int stallMs = 0; ///< Stall: resume after this long; 0 = never
};

class HttpConnection;
using HttpHandler = std::function<void(const HttpRequest &request, HttpConnection *connection)>;

/// One client connection: reads requests one at a time (keep-alive, several
/// per connection, pipelined ones wait their turn), hands each to the handler,
/// and writes the response the handler gives back to respond(), streaming
/// large bodies in chunks as the socket drains.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)
public:
    HttpConnection(QTcpSocket *socket, HttpHandler handler, std::function<QByteArray()> dateHeader,
                   HttpRequestParser::Limits limits, QObject *parent);
    ~HttpConnection() override;

    /// Answers the request last handed to the handler. Once only per request.
    void respond(HttpResponse response, const WritePlan &plan = {});

private:
    void onReadyRead();
    void processBuffer();
    void fail(int status);
    void writeHead(const HttpResponse &response, qint64 bodyLength);
    void pump();
    qint64 readBody(char *data, qint64 maxSize);
    void finishResponse();
    void interrupt();
    void resetConnection();

    enum class State { ReadingHead, ReadingBody, Handling, Writing, Stalled, Closing };

    QTcpSocket *m_socket;
    HttpHandler m_handler;
    std::function<QByteArray()> m_dateHeader;
    HttpRequestParser::Limits m_limits;
    QByteArray m_buffer;
    State m_state = State::ReadingHead;
    HttpRequestParser::Head m_head;

    // The response being written.
    HttpResponse m_response;
    WritePlan m_plan;
    qint64 m_bodyOffset = 0;  ///< body bytes sent so far
    qint64 m_bodyLength = 0;  ///< body bytes to send in total
    bool m_closeAfter = false;
    QTimer *m_stallTimer = nullptr;
};

} // namespace Sandbox
