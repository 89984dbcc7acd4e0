// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpConnection.h"

#include <QIODevice>
#include <QTcpSocket>
#include <QTimer>

#include <cctype>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace Sandbox {

namespace {

constexpr qint64 kChunkBytes = 64 * 1024;
constexpr qint64 kHighWaterBytes = 256 * 1024;

bool hasNoBody(int status)
{
    return status == 204 || status == 304 || (status >= 100 && status < 200);
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpHandler handler, std::function<QByteArray()> dateHeader,
                               HttpRequestParser::Limits limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
    , m_dateHeader(std::move(dateHeader))
    , m_limits(limits)
{
    m_socket->setParent(this);
    // Responses go out as soon as they are written: without this, Nagle and the
    // client's delayed ACK add ~40 ms to every small response on loopback.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::pump);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            deleteLater();
    });
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    m_buffer.append(m_socket->readAll());
    processBuffer();
}

void HttpConnection::processBuffer()
{
    if (m_state == State::ReadingHead) {
        const qsizetype end = HttpRequestParser::headEnd(m_buffer);
        if (end < 0) {
            if (m_buffer.size() > m_limits.maxHeadBytes)
                fail(431);
            else if (!m_buffer.isEmpty() && m_buffer.at(0) != '\r' && !std::isalpha(static_cast<unsigned char>(m_buffer.at(0))))
                fail(400);
            return;
        }
        m_head = HttpRequestParser::parse(m_buffer.left(end), m_limits);
        m_buffer.remove(0, end);
        if (m_head.errorStatus != 0) {
            fail(m_head.errorStatus);
            return;
        }
        m_state = State::ReadingBody;
        if (m_head.expectsContinue && m_head.contentLength > m_buffer.size())
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    if (m_state == State::ReadingBody) {
        if (m_buffer.size() < m_head.contentLength)
            return;
        m_head.request.body = m_buffer.left(m_head.contentLength);
        m_buffer.remove(0, m_head.contentLength);
        m_state = State::Handling;
        m_handler(m_head.request, this);
    }
}

void HttpConnection::fail(int status)
{
    m_head.keepAlive = false;
    m_head.request.method = "GET";
    m_state = State::Handling;
    HttpResponse response;
    response.status = status;
    response.body = reasonPhrase(status) + '\n';
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    respond(std::move(response));
}

void HttpConnection::respond(HttpResponse response, const WritePlan &plan)
{
    if (m_state != State::Handling)
        return;
    m_response = std::move(response);
    m_plan = plan;
    m_closeAfter = !m_head.keepAlive;
    if (hasNoBody(m_response.status)) {
        m_response.body.clear();
        m_response.stream.reset();
    }
    const qint64 length = m_response.stream ? qMax<qint64>(0, m_response.streamLength) : m_response.body.size();
    writeHead(m_response, length);
    m_bodyOffset = 0;
    m_bodyLength = m_head.request.method == "HEAD" || hasNoBody(m_response.status) ? 0 : length;
    if (m_plan.mode != WritePlan::Mode::Normal && m_plan.afterBytes >= m_bodyLength)
        m_plan.mode = WritePlan::Mode::Normal; // the cut would fall past the end: nothing to interrupt
    m_state = State::Writing;
    pump();
}

void HttpConnection::writeHead(const HttpResponse &response, qint64 bodyLength)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (response.header("Date").isEmpty())
        head += "Date: " + m_dateHeader() + "\r\n";
    for (const auto &header : response.headers) {
        if (header.first.compare("Content-Length", Qt::CaseInsensitive) == 0
            || header.first.compare("Connection", Qt::CaseInsensitive) == 0)
            continue;
        head += header.first + ": " + header.second + "\r\n";
    }
    if (!hasNoBody(response.status))
        head += "Content-Length: " + QByteArray::number(bodyLength) + "\r\n";
    if (m_closeAfter)
        head += "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head);
}

qint64 HttpConnection::readBody(char *data, qint64 maxSize)
{
    if (!m_response.stream) {
        const qint64 n = qMin<qint64>(maxSize, m_response.body.size() - m_bodyOffset);
        memcpy(data, m_response.body.constData() + m_bodyOffset, static_cast<size_t>(n));
        return n;
    }
    return m_response.stream->read(data, maxSize);
}

void HttpConnection::pump()
{
    if (m_state != State::Writing)
        return;
    const bool interrupted = m_plan.mode != WritePlan::Mode::Normal;
    const qint64 end = interrupted ? m_plan.afterBytes : m_bodyLength;
    QByteArray chunk;
    while (m_bodyOffset < end && m_socket->bytesToWrite() < kHighWaterBytes) {
        chunk.resize(static_cast<qsizetype>(qMin(kChunkBytes, end - m_bodyOffset)));
        const qint64 n = readBody(chunk.data(), chunk.size());
        if (n <= 0) { // the stream ended early: we cannot keep the Content-Length promise
            m_closeAfter = true;
            resetConnection();
            return;
        }
        m_socket->write(chunk.constData(), n);
        m_bodyOffset += n;
    }
    if (m_bodyOffset < end)
        return; // wait for bytesWritten
    if (interrupted)
        interrupt();
    else
        finishResponse();
}

void HttpConnection::interrupt()
{
    const WritePlan::Mode mode = m_plan.mode;
    if (mode == WritePlan::Mode::Truncate) {
        m_state = State::Closing;
        m_socket->disconnectFromHost(); // flushes what was written, then FIN
        return;
    }
    if (mode == WritePlan::Mode::Reset) {
        m_state = State::Closing;
        // Let what was written reach the client before the RST discards the rest.
        if (m_socket->bytesToWrite() > 0) {
            connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
                if (m_socket->bytesToWrite() == 0)
                    QTimer::singleShot(50, this, &HttpConnection::resetConnection);
            });
        } else {
            QTimer::singleShot(50, this, &HttpConnection::resetConnection);
        }
        return;
    }
    // Stall: nothing more for a while (or for good), then carry on normally.
    m_state = State::Stalled;
    if (m_plan.stallMs > 0) {
        QTimer::singleShot(m_plan.stallMs, this, [this] {
            if (m_state != State::Stalled)
                return;
            m_plan.mode = WritePlan::Mode::Normal;
            m_state = State::Writing;
            pump();
        });
    }
}

void HttpConnection::resetConnection()
{
#ifdef Q_OS_UNIX
    // SO_LINGER with a zero timeout turns close() into a TCP reset.
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        linger option{1, 0};
        ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
#endif
    m_state = State::Closing;
    m_socket->abort();
    deleteLater();
}

void HttpConnection::finishResponse()
{
    m_response = HttpResponse();
    if (m_closeAfter) {
        m_state = State::Closing;
        m_socket->disconnectFromHost();
        return;
    }
    m_state = State::ReadingHead;
    m_head = HttpRequestParser::Head();
    // Hand the response to the kernel now. Qt closes the whole socket when it
    // reads the end of the stream, so a client that half-closes after sending
    // its request would otherwise never get an answer still in the write buffer.
    // (flush() emits bytesWritten; pump() ignores it outside State::Writing.)
    m_socket->flush();
    // More requests may already be buffered (pipelining); take them in turn.
    QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
}

} // namespace Sandbox
