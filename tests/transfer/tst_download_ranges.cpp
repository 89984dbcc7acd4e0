// SPDX-License-Identifier: GPL-3.0-or-later
// Servers that do not honour Range as asked: a 200 with the whole file, or a
// 206 starting elsewhere. The download must start over (and reset its hash).
// A minimal HTTP/1.1 responder on loopback stands in for such a host.
#include "Download.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace AltDist;

namespace {

/// Answers every GET with `body`: in full (200) when `honourRange` is false,
/// else 206 from `wrongStart` (when >= 0) instead of the requested offset.
class OddRangeServer final : public QTcpServer
{
public:
    QByteArray body;
    bool honourRange = false;
    qint64 wrongStart = -1;
    QList<QByteArray> ranges;

    OddRangeServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    void answer(QTcpSocket *socket)
    {
        const QByteArray request = socket->peek(socket->bytesAvailable());
        if (!request.contains("\r\n\r\n"))
            return;
        socket->readAll();
        QByteArray range;
        for (const QByteArray &line : request.split('\n')) {
            if (line.toLower().startsWith("range:"))
                range = line.mid(6).trimmed();
        }
        ranges << range;
        qint64 start = 0;
        QByteArray head = "HTTP/1.1 200 OK\r\n";
        if (!range.isEmpty() && honourRange) {
            start = wrongStart >= 0 ? wrongStart : range.mid(6, range.indexOf('-') - 6).toLongLong();
            wrongStart = -1; // only once
            head = "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " + QByteArray::number(start) + '-'
                + QByteArray::number(body.size() - 1) + '/' + QByteArray::number(body.size()) + "\r\n";
        }
        socket->write(head + "Content-Length: " + QByteArray::number(body.size() - start)
                      + "\r\nConnection: close\r\n\r\n" + body.mid(start));
        socket->disconnectFromHost();
    }
};

} // namespace

class tst_DownloadRanges final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsOverWhenTheRangeIsNotHonoured_data()
    {
        QTest::addColumn<bool>("honourRange");
        QTest::addColumn<qint64>("wrongStart");
        QTest::newRow("200 instead of 206") << false << qint64(-1);
        QTest::newRow("206 from another offset") << true << qint64(10);
    }
    void startsOverWhenTheRangeIsNotHonoured()
    {
        QFETCH(bool, honourRange);
        QFETCH(qint64, wrongStart);
        OddRangeServer server;
        server.body = QByteArray(700 * 1024, 'a') + QByteArray(300 * 1024, 'b');
        server.honourRange = honourRange;
        server.wrongStart = wrongStart;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("file.bin"));
        {
            QFile part(target + QLatin1String(".part"));
            QVERIFY(part.open(QIODevice::WriteOnly));
            part.write(QByteArray(4000, 'z')); // stale bytes that must not survive
        }
        DownloadSource source;
        source.url = QUrl(QStringLiteral("http://127.0.0.1:%1/file.bin").arg(server.serverPort()));
        source.expectedChecksum = QString::fromLatin1(QCryptographicHash::hash(server.body, QCryptographicHash::Sha256).toHex());
        source.targetPath = target;
        DownloadOptions options;
        options.baseBackoffMs = 10;
        Download download(source, options);
        std::optional<Result<QString>> result;
        connect(&download, &Download::finished, this, [&result](const Result<QString> &r) { result.emplace(r); });
        download.start();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().describe()));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), server.body);
        QCOMPARE(server.ranges.first(), QByteArray("bytes=4000-"));
        QCOMPARE(server.ranges.size(), honourRange ? 2 : 1);
        if (honourRange)
            QVERIFY(server.ranges.last().isEmpty()); // started over from zero
    }
};

QTEST_GUILESS_MAIN(tst_DownloadRanges)
#include "tst_download_ranges.moc"
