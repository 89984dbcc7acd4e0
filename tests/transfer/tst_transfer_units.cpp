// SPDX-License-Identifier: GPL-3.0-or-later
// The small pure pieces of downloads: Content-Range, expected checksums,
// file naming, speed and time left.
#include "Checksum.h"
#include "DownloadPaths.h"
#include "HttpRange.h"
#include "PackageAssets.h"
#include "PackageVersions.h"
#include "TransferRate.h"

#include <QDir>
#include <QTest>

using namespace AltDist;

class tst_TransferUnits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contentRange_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        QTest::addColumn<qint64>("total");
        QTest::newRow("range") << QByteArray("bytes 100-199/1000") << true << qint64(100) << qint64(199) << qint64(1000);
        QTest::newRow("unknown total") << QByteArray("bytes 0-9/*") << true << qint64(0) << qint64(9) << qint64(-1);
        QTest::newRow("unsatisfied") << QByteArray("bytes */1000") << true << qint64(-1) << qint64(-1) << qint64(1000);
        QTest::newRow("spaces") << QByteArray("  bytes 5-5/6 ") << true << qint64(5) << qint64(5) << qint64(6);
        QTest::newRow("last past total") << QByteArray("bytes 0-1000/1000") << false << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("reversed") << QByteArray("bytes 9-1/10") << false << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("other unit") << QByteArray("items 0-1/2") << false << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("negative") << QByteArray("bytes -1-5/10") << false << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("no slash") << QByteArray("bytes 0-5") << false << qint64(0) << qint64(0) << qint64(0);
        QTest::newRow("all unknown") << QByteArray("bytes */*") << false << qint64(0) << qint64(0) << qint64(0);
    }
    void contentRange()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, valid);
        const std::optional<HttpRange::ContentRange> range = HttpRange::parseContentRange(value);
        QCOMPARE(range.has_value(), valid);
        if (!valid)
            return;
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        QFETCH(qint64, total);
        QCOMPARE(range->first, first);
        QCOMPARE(range->last, last);
        QCOMPARE(range->total, total);
    }

    void rangeRequest()
    {
        QCOMPARE(HttpRange::requestFrom(65536), QByteArray("bytes=65536-"));
    }

    void expectedChecksum()
    {
        const Result<ExpectedChecksum> sha = ExpectedChecksum::parse(QString(64, QLatin1Char('A')));
        QVERIFY(sha.ok());
        QCOMPARE(sha->algorithm, QCryptographicHash::Sha256);
        QVERIFY(sha->matches(QByteArray(64, 'a')));
        const Result<ExpectedChecksum> md5 = ExpectedChecksum::parse(QStringLiteral(" d41d8cd98f00b204e9800998ecf8427e "));
        QVERIFY(md5.ok());
        QCOMPARE(md5->algorithm, QCryptographicHash::Md5);
        QCOMPARE(md5->algorithmName(), QStringLiteral("MD5"));
        for (const QString &bad : {QString(), QString(63, QLatin1Char('a')), QString(64, QLatin1Char('g'))}) {
            const Result<ExpectedChecksum> r = ExpectedChecksum::parse(bad);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind(), Error::Kind::InvalidInput);
        }
    }

    void naming()
    {
        const QString dir = QStringLiteral("/downloads");
        PackageVersion version;
        version.id = QStringLiteral("pv1");
        version.version = QStringLiteral("2");
        QCOMPARE(DownloadPaths::forPackageVersion(dir, version),
                 QStringLiteral("/downloads/alternative-distribution-package-2.zip"));
        version.version.clear();
        QCOMPARE(DownloadPaths::forPackageVersion(dir, version),
                 QStringLiteral("/downloads/alternative-distribution-package-pv1.zip"));
        Variant variant;
        variant.id = QStringLiteral("abc-123");
        QCOMPARE(DownloadPaths::forVariant(dir, variant), QStringLiteral("/downloads/abc-123.ipa"));
        Delta delta;
        delta.id = QStringLiteral("../../etc/passwd");
        const QString deltaPath = DownloadPaths::forDelta(dir, delta);
        QCOMPARE(QFileInfo(deltaPath).absolutePath(), dir); // a hostile id cannot leave the folder
        QCOMPARE(DownloadPaths::source(delta, dir, QStringLiteral("/elsewhere/x")).targetPath, QStringLiteral("/elsewhere/x"));
    }

    void rate()
    {
        TransferRate rate(1000);
        QCOMPARE(rate.bytesPerSecond(), 0.0);
        QVERIFY(!rate.secondsLeft(100).has_value());
        rate.addSample(0, 0);
        rate.addSample(500, 500);
        QCOMPARE(rate.bytesPerSecond(), 1000.0);
        QCOMPARE(rate.secondsLeft(2500), std::optional<qint64>(2));
        rate.addSample(1000, 1000);
        rate.addSample(4000, 2000); // the window now spans 1000..2000 ms
        QCOMPARE(rate.bytesPerSecond(), 3000.0);
        QVERIFY(!rate.secondsLeft(-1).has_value());
        rate.addSample(10, 2100); // started over
        QCOMPARE(rate.bytesPerSecond(), 0.0);
    }
};

QTEST_GUILESS_MAIN(tst_TransferUnits)
#include "tst_transfer_units.moc"
