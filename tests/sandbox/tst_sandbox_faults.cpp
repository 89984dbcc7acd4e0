// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxServer.h"
#include "SandboxTestUtil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTest>

using namespace Sandbox;
using namespace SandboxTest;

namespace {

struct RawExchange
{
    QByteArray head;
    QByteArray body;
    qint64 contentLength = -1;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    bool closed = false;
};

/// One unauthenticated GET over a raw socket, read until the server closes or
/// resets the connection (or `timeoutMs` passes).
RawExchange rawGet(quint16 port, const QByteArray &path, int timeoutMs = 10000)
{
    QTcpSocket socket;
    RawExchange result;
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket,
                     [&](QAbstractSocket::SocketError error) { result.error = error; });
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return result;
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray all;
    result.closed = QTest::qWaitFor([&] {
        all += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState;
    }, timeoutMs);
    all += socket.readAll();
    const qsizetype end = all.indexOf("\r\n\r\n");
    result.head = all.left(end + 4);
    result.body = all.mid(end + 4);
    for (const QByteArray &line : result.head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            result.contentLength = line.mid(15).trimmed().toLongLong();
    }
    return result;
}

Fault fault(Fault::Kind kind, int count = 1)
{
    Fault f;
    f.kind = kind;
    f.count = count;
    return f;
}

QString firstCode(const Reply &reply)
{
    return reply.json().value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("code")).toString();
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LiveSandbox> m_sandbox;

    SandboxServer &server() { return m_sandbox->server(); }
    QUrl url(const QString &path) const { return m_sandbox->url(path); }
    quint16 port() const { return m_sandbox->port(); }
    Reply getDomains() { return m_sandbox->get(QStringLiteral("/v1/alternativeDistributionDomains")); }

private Q_SLOTS:
    void init()
    {
        SandboxOptions options;
        options.seed = 42;
        m_sandbox = std::make_unique<LiveSandbox>(options);
        QVERIFY(m_sandbox->isStarted());
    }

    void cleanup() { m_sandbox.reset(); }

    void parsesTheCommandLineForm()
    {
        const auto reset = Fault::parse(QStringLiteral("reset:path=/sandbox-downloads,after=65536,count=1"));
        QVERIFY(reset);
        QCOMPARE(reset->kind, Fault::Kind::ResetMidBody);
        QCOMPARE(reset->pathPrefix, QStringLiteral("/sandbox-downloads"));
        QCOMPARE(reset->afterBytes, 65536);
        const auto flaky = Fault::parse(QStringLiteral("5xx:rate=0.1,count=-1,status=502"));
        QVERIFY(flaky);
        QCOMPARE(flaky->kind, Fault::Kind::ServerError);
        QCOMPARE(flaky->probability, 0.1);
        QCOMPARE(flaky->count, -1);
        QCOMPARE(flaky->status, 502);
        QCOMPARE(Fault::parse(QStringLiteral("429:count=3"))->count, 3);
        QCOMPARE(Fault::parse(QStringLiteral("stall:after=1024,ms=5000"))->delayMs, 5000);
        QCOMPARE(Fault::parse(QStringLiteral("latency:ms=200,count=-1"))->kind, Fault::Kind::Latency);
        QString error;
        QVERIFY(!Fault::parse(QStringLiteral("meteor:count=1"), &error));
        QVERIFY(error.contains(QStringLiteral("meteor")));
        QVERIFY(!Fault::parse(QStringLiteral("5xx:rate=2"), &error));
        QVERIFY(!Fault::parse(QStringLiteral("5xx:status=404"), &error));
        QVERIFY(!Fault::parse(QStringLiteral("reset:after"), &error));
        QVERIFY(!Fault::parse(QStringLiteral("reset:path=nope"), &error));
        QCOMPARE(Fault::kindName(Fault::Kind::TruncatedBody), QStringLiteral("truncate"));
    }

    void serverErrorOnceThenRecovery()
    {
        Fault f = fault(Fault::Kind::ServerError);
        f.status = 503;
        server().addFault(f);
        const Reply failed = getDomains();
        QCOMPARE(failed.status, 503);
        QCOMPARE(firstCode(failed), QStringLiteral("UNEXPECTED_ERROR"));
        QCOMPARE(failed.header("X-Rate-Limit"), QByteArrayLiteral("user-hour-lim:3600;user-hour-rem:3600;"));
        const Reply recovered = getDomains();
        QCOMPARE(recovered.status, 200);
        QCOMPARE(recovered.header("X-Rate-Limit"), QByteArrayLiteral("user-hour-lim:3600;user-hour-rem:3599;"));
    }

    void rateLimitBurstOfThreeThenRecovery()
    {
        server().addFault(fault(Fault::Kind::RateLimitBurst, 3));
        for (int i = 0; i < 3; ++i) {
            const Reply reply = getDomains();
            QCOMPARE(reply.status, 429);
            QCOMPARE(firstCode(reply), QStringLiteral("RATE_LIMIT_EXCEEDED"));
            QVERIFY(reply.header("X-Rate-Limit").contains("user-hour-rem:0;"));
        }
        QCOMPARE(getDomains().status, 200);
    }

    void pathPrefixLimitsTheFault()
    {
        Fault f = fault(Fault::Kind::ServerError, -1);
        f.pathPrefix = QStringLiteral("/v1/apps");
        server().addFault(f);
        QCOMPARE(getDomains().status, 200);
        QCOMPARE(m_sandbox->getAnonymously(QStringLiteral("/v1/apps")).status, 503);
    }

    void resetMidBody()
    {
        Fault f = fault(Fault::Kind::ResetMidBody);
        f.afterBytes = 40;
        server().addFault(f);
        const RawExchange raw = rawGet(port(), "/v1/apps"); // a 401 body of a few hundred bytes
        QVERIFY(raw.closed);
        QVERIFY(raw.head.startsWith("HTTP/1.1 401"));
        QVERIFY(raw.contentLength > 40);
        QVERIFY(raw.body.size() <= 40);
        QCOMPARE(raw.error, QAbstractSocket::RemoteHostClosedError);

        server().addFault(f);
        const Reply reply = m_sandbox->getAnonymously(QStringLiteral("/v1/apps"));
        QVERIFY(reply.error != QNetworkReply::NoError);
    }

    void truncatedBody()
    {
        Fault f = fault(Fault::Kind::TruncatedBody);
        f.afterBytes = 50;
        server().addFault(f);
        const RawExchange raw = rawGet(port(), "/v1/apps");
        QVERIFY(raw.closed);
        QVERIFY(raw.contentLength > 50);
        QCOMPARE(raw.body.size(), 50);
    }

    void stallForeverTimesOut()
    {
        Fault f = fault(Fault::Kind::Stall);
        f.afterBytes = 20;
        server().addFault(f);
        QNetworkRequest request(url(QStringLiteral("/v1/apps")));
        request.setTransferTimeout(300);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_sandbox->manager().get(request);
        QByteArray received;
        connect(reply, &QIODevice::readyRead, this, [&] { received += reply->readAll(); });
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QVERIFY(reply->error() != QNetworkReply::NoError);
        QVERIFY(timer.elapsed() >= 300);
        QVERIFY(received.size() <= 20);
        reply->deleteLater();
    }

    void stallThenResume()
    {
        Fault f = fault(Fault::Kind::Stall);
        f.afterBytes = 20;
        f.delayMs = 300;
        server().addFault(f);
        QElapsedTimer timer;
        timer.start();
        const RawExchange raw = rawGet(port(), "/v1/apps?stall=1");
        QVERIFY(raw.closed);
        QVERIFY(timer.elapsed() >= 300);
        QCOMPARE(raw.body.size(), raw.contentLength);
    }

    void latencyDelaysOnlyItsPath()
    {
        Fault f = fault(Fault::Kind::Latency);
        f.delayMs = 800; // generous, so the undelayed request wins the race even on a loaded machine
        f.pathPrefix = QStringLiteral("/v1/apps");
        server().addFault(f);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *slow = m_sandbox->manager().get(QNetworkRequest(url(QStringLiteral("/v1/apps"))));
        QNetworkReply *fast = m_sandbox->manager().get(QNetworkRequest(url(QStringLiteral("/v1/alternativeDistributionDomains"))));
        QList<QNetworkReply *> order;
        connect(slow, &QNetworkReply::finished, this, [&] { order.append(slow); });
        connect(fast, &QNetworkReply::finished, this, [&] { order.append(fast); });
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, 10000);
        QCOMPARE(order.first(), fast);
        QVERIFY(timer.elapsed() >= 800);
        slow->deleteLater();
        fast->deleteLater();
    }

    void downloadsStreamAndTakeFaultsToo()
    {
        // A real signed URL, read from the resources (downloads need no bearer token).
        const Reply apps = m_sandbox->get(QStringLiteral("/v1/apps"));
        QCOMPARE(apps.status, 200);
        QString url;
        const QJsonArray appList = apps.json().value(QStringLiteral("data")).toArray();
        for (const QJsonValue &app : appList) {
            const QString appId = app.toObject().value(QStringLiteral("id")).toString();
            const QJsonArray versions = m_sandbox->get(QStringLiteral("/v1/apps/%1/appStoreVersions").arg(appId))
                                            .json().value(QStringLiteral("data")).toArray();
            for (const QJsonValue &version : versions) {
                const Reply package = m_sandbox->get(QStringLiteral("/v1/appStoreVersions/%1/alternativeDistributionPackage")
                                                         .arg(version.toObject().value(QStringLiteral("id")).toString()));
                const QString packageId = package.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString();
                if (package.status != 200 || packageId.isEmpty())
                    continue;
                const QJsonArray packageVersions = m_sandbox->get(QStringLiteral("/v1/alternativeDistributionPackages/%1/versions").arg(packageId))
                                                       .json().value(QStringLiteral("data")).toArray();
                if (!packageVersions.isEmpty()) {
                    url = packageVersions.first().toObject().value(QStringLiteral("attributes")).toObject()
                              .value(QStringLiteral("url")).toString();
                    break;
                }
            }
            if (!url.isEmpty())
                break;
        }
        if (url.isEmpty())
            QSKIP("the sandbox's demo data has no package version to download");

        const Reply whole = send(m_sandbox->manager(), "GET", QUrl(url));
        QCOMPARE(whole.status, 200);
        QVERIFY(whole.body.size() > 1000);
        QCOMPARE(whole.header("Content-Length").toLongLong(), whole.body.size());

        const Reply head = send(m_sandbox->manager(), "HEAD", QUrl(url));
        QCOMPARE(head.error, QNetworkReply::NoError);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("Content-Length").toLongLong(), whole.body.size());
        QVERIFY(head.body.isEmpty());

        Fault reset = fault(Fault::Kind::ResetMidBody);
        reset.pathPrefix = QStringLiteral("/sandbox-downloads/");
        reset.afterBytes = 1000;
        server().addFault(reset);
        const Reply broken = send(m_sandbox->manager(), "GET", QUrl(url));
        QVERIFY(broken.error != QNetworkReply::NoError);
        QVERIFY(broken.body.size() <= 1000);
        QCOMPARE(send(m_sandbox->manager(), "GET", QUrl(url)).body, whole.body);
        QVERIFY(server().specViolations().isEmpty());
    }

    void probabilityIsReproducibleWithASeed()
    {
        auto run = [](quint32 seed) {
            SandboxOptions options;
            options.seed = seed;
            LiveSandbox sandbox(options);
            Fault f = fault(Fault::Kind::ServerError, -1);
            f.probability = 0.5;
            sandbox.server().addFault(f);
            QList<int> statuses;
            for (int i = 0; sandbox.isStarted() && i < 16; ++i)
                statuses.append(sandbox.getAnonymously(QStringLiteral("/v1/apps")).status);
            return statuses;
        };
        const QList<int> first = run(7);
        QCOMPARE(first.size(), 16);
        QCOMPARE(run(7), first);
        QVERIFY(first.contains(503));
        QVERIFY(first.contains(401));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
