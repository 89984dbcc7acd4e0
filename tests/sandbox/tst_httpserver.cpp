// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpServer.h"
#include "SandboxTestUtil.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Sandbox;

namespace {

/// An endless, deterministic byte source: byte i is (i * 7 + i / 251) & 0xff.
/// It holds nothing in memory, so a large response proves the server streams.
class PatternDevice final : public QIODevice
{
public:
    PatternDevice() { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    static char byteAt(qint64 i) { return char((i * 7 + i / 251) & 0xff); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        for (qint64 i = 0; i < maxSize; ++i)
            data[i] = byteAt(m_position + i);
        m_position += maxSize;
        return maxSize;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_position = 0;
};

QByteArray expectedDigest(qint64 length)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    PatternDevice device;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 done = 0; done < length;) {
        const qint64 n = qMin<qint64>(chunk.size(), length - done);
        device.read(chunk.data(), n);
        hash.addData(QByteArrayView(chunk.constData(), n));
        done += n;
    }
    return hash.result();
}

/// Reads from a raw socket until `done(buffer)` or the timeout.
template <typename Done>
QByteArray readUntil(QTcpSocket &socket, Done done, int timeoutMs = 10000)
{
    QByteArray buffer;
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&] {
        buffer += socket.readAll();
        return done(buffer) || socket.state() == QAbstractSocket::UnconnectedState;
    }, timeoutMs);
    buffer += socket.readAll();
    return buffer;
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kLargeBytes = 48LL * 1024 * 1024;
    HttpServer *m_server = nullptr;
    QSet<HttpConnection *> m_connections;
    QList<HttpRequest> m_requests;

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path));
    }

    void connectRaw(QTcpSocket &socket)
    {
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
    }

private Q_SLOTS:
    void init()
    {
        m_server = new HttpServer(this);
        m_server->setDateHeader([] { return QByteArrayLiteral("Sun, 06 Nov 1994 08:49:37 GMT"); });
        m_server->setHandler([this](const HttpRequest &request, HttpConnection *connection) {
            m_requests.append(request);
            m_connections.insert(connection);
            HttpResponse response;
            if (request.path == QLatin1String("/large")) {
                response.stream = std::make_shared<PatternDevice>();
                response.streamLength = kLargeBytes;
                response.setHeader("Content-Type", "application/octet-stream");
            } else {
                response = HttpResponse::json(200, "{\"echo\":\"" + request.path.toUtf8() + "\",\"bytes\":"
                                                       + QByteArray::number(request.body.size()) + '}');
            }
            connection->respond(std::move(response));
        });
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }

    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
        m_connections.clear();
        m_requests.clear();
    }

    void refusesNonLoopback()
    {
        HttpServer other;
        QString error;
        QVERIFY(!other.listen(QHostAddress::AnyIPv4, 0, &error));
        QVERIFY(!error.isEmpty());
    }

    void keepAliveServesSeveralRequestsOnOneConnection()
    {
        QNetworkAccessManager manager;
        for (int i = 0; i < 5; ++i) {
            const auto reply = SandboxTest::send(manager, "GET", url(QStringLiteral("/r%1").arg(i)));
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.json().value(QStringLiteral("echo")).toString(), QStringLiteral("/r%1").arg(i));
            QCOMPARE(reply.header("Date"), QByteArrayLiteral("Sun, 06 Nov 1994 08:49:37 GMT"));
        }
        QCOMPARE(m_requests.size(), 5);
        QCOMPARE(m_connections.size(), 1);
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        QTcpSocket socket;
        connectRaw(socket);
        socket.write("GET /a HTTP/1.1\r\nHost: x\r\n\r\nPOST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                     "GET /c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        const QByteArray all = readUntil(socket, [](const QByteArray &b) { return b.count("HTTP/1.1 200") == 3; });
        QCOMPARE(all.count("HTTP/1.1 200 OK"), 3);
        QVERIFY(all.indexOf("\"/a\"") < all.indexOf("\"/b\""));
        QVERIFY(all.indexOf("\"/b\"") < all.indexOf("\"/c\""));
        QVERIFY(all.contains("\"bytes\":3"));
        QVERIFY(all.contains("Connection: close"));
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    }

    void largeStreamedBodyArrivesIntact()
    {
        QNetworkAccessManager manager;
        QNetworkReply *reply = manager.get(QNetworkRequest(url(QStringLiteral("/large"))));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 received = 0;
        connect(reply, &QIODevice::readyRead, this, [&] {
            const QByteArray data = reply->readAll();
            received += data.size();
            hash.addData(data);
        });
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
        const QByteArray rest = reply->readAll();
        received += rest.size();
        hash.addData(rest);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), kLargeBytes);
        QCOMPARE(received, kLargeBytes);
        QCOMPARE(hash.result(), expectedDigest(kLargeBytes));
        reply->deleteLater();
    }

    void headSendsLengthButNoBody()
    {
        QTcpSocket socket;
        connectRaw(socket);
        socket.write("HEAD /large HTTP/1.1\r\nHost: x\r\n\r\nGET /after HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray all = readUntil(socket, [](const QByteArray &b) { return b.contains("\"/after\""); });
        QVERIFY(all.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(all.contains(QByteArray("Content-Length: " + QByteArray::number(kLargeBytes) + "\r\n")));
        // The HEAD answer has no body: the next bytes are the second response's status line.
        const qsizetype headEnd = all.indexOf("\r\n\r\n") + 4;
        QVERIFY(all.mid(headEnd).startsWith("HTTP/1.1 200 OK\r\n"));
    }

    void garbageRequestIs400AndClose_data()
    {
        QTest::addColumn<QByteArray>("garbage");
        QTest::newRow("not http") << QByteArray("HELLO THERE\r\n\r\n");
        QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11);
        QTest::newRow("absolute target") << QByteArray("GET http://x/ HTTP/1.1\r\nHost: x\r\n\r\n");
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n");
        QTest::newRow("bad content length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n");
        QTest::newRow("conflicting lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab");
    }

    void garbageRequestIs400AndClose()
    {
        QFETCH(QByteArray, garbage);
        QTcpSocket socket;
        connectRaw(socket);
        socket.write(garbage);
        const QByteArray all = readUntil(socket, [](const QByteArray &) { return false; }, 5000);
        QVERIFY2(all.startsWith("HTTP/1.1 400 Bad Request\r\n"), all.constData());
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(m_requests.isEmpty());
    }

    void oversizeBodyIs413()
    {
        QTcpSocket socket;
        connectRaw(socket);
        socket.write("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 2097152\r\n\r\n");
        const QByteArray all = readUntil(socket, [](const QByteArray &b) { return b.contains("\r\n\r\n"); });
        QVERIFY2(all.startsWith("HTTP/1.1 413 "), all.constData());
        QVERIFY(m_requests.isEmpty());
    }

    void oversizeHeadIs431()
    {
        QTcpSocket socket;
        connectRaw(socket);
        socket.write("GET / HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'a'));
        const QByteArray all = readUntil(socket, [](const QByteArray &b) { return b.contains("\r\n\r\n"); });
        QVERIFY2(all.startsWith("HTTP/1.1 431 "), all.left(80).constData());
    }

    void chunkedRequestBodyIs411()
    {
        QTcpSocket socket;
        connectRaw(socket);
        socket.write("POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n");
        const QByteArray all = readUntil(socket, [](const QByteArray &b) { return b.contains("\r\n\r\n"); });
        QVERIFY2(all.startsWith("HTTP/1.1 411 "), all.constData());
    }

    void clientThatHalfClosesStillGetsItsAnswers()
    {
        // A client may shut down its sending side once its requests are out
        // (HTTP/1.0 style): the answers must still arrive, in order.
#ifndef Q_OS_UNIX
        QSKIP("needs shutdown(2)");
#else
        QTcpSocket socket;
        connectRaw(socket);
        socket.write("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(socket.flush());
        QCOMPARE(::shutdown(int(socket.socketDescriptor()), SHUT_WR), 0);
        const QByteArray all = readUntil(socket, [](const QByteArray &b) { return b.count("HTTP/1.1 200") == 2; });
        QCOMPARE(all.count("HTTP/1.1 200 OK"), 2);
        QVERIFY(all.indexOf("\"/a\"") < all.indexOf("\"/b\""));
#endif
    }

    void clientDisconnectMidResponseIsHarmless()
    {
        {
            QTcpSocket socket;
            connectRaw(socket);
            socket.write("GET /large HTTP/1.1\r\nHost: x\r\n\r\n");
            readUntil(socket, [](const QByteArray &b) { return b.size() > 1024 * 1024; });
            socket.abort();
        }
        QNetworkAccessManager manager;
        const auto reply = SandboxTest::send(manager, "GET", url(QStringLiteral("/still-alive")));
        QCOMPARE(reply.status, 200);
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
