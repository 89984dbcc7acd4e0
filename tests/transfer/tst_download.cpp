// SPDX-License-Identifier: GPL-3.0-or-later
// Downloads against a live sandbox: verified, resumed, refreshed, cancelled,
// never with a bearer token.
#include "DownloadFixture.h"

#include "DownloadJob.h"
#include "DownloadManager.h"
#include "DownloadPaths.h"

#include <QFile>
#include <QThread>

using namespace AltDist;
using AltDist::Test::DownloadFixture;

#define VERIFY_FINISHED_OK(outcome)                                                                     \
    do {                                                                                                \
        QVERIFY2((outcome).has_value(), "the download did not finish in time");                         \
        VERIFY_OK(*(outcome));                                                                          \
    } while (false)

namespace {

bool hasRangeFrom(const QList<Sandbox::RequestRecord> &requests, qint64 minimum)
{
    for (const Sandbox::RequestRecord &r : requests) {
        if (r.rangeHeader.startsWith("bytes=") && r.rangeHeader.mid(6).split('-').first().toLongLong() >= minimum)
            return true;
    }
    return false;
}

} // namespace

class tst_Download final : public QObject
{
    Q_OBJECT

    std::unique_ptr<DownloadFixture> m_fixture;
    std::optional<Variant> m_variant;

    DownloadFixture &f() { return *m_fixture; }
    VariantsApi variantsApi() { return VariantsApi(f().client()); }

    /// Starts a fixture with `options` and finds the first variant.
    bool setUp(Sandbox::SandboxOptions options = {})
    {
        m_fixture = std::make_unique<DownloadFixture>(options);
        if (!f().isReady())
            return false;
        Result<Variant> variant = f().variant();
        if (!variant.ok())
            return false;
        m_variant = variant.value();
        f().server().clearRequests();
        return true;
    }

    std::unique_ptr<Download> variantDownload(DownloadOptions options = DownloadFixture::fastOptions())
    {
        return std::unique_ptr<Download>(DownloadJob::forVariant(variantsApi(), *m_variant, f().dir(), options));
    }

    QString target() const { return DownloadPaths::forVariant(m_fixture->dir(), *m_variant); }

    void verifyFileMatches(const QString &path)
    {
        QCOMPARE(path, target());
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + QLatin1String(".part")));
        QCOMPARE(QString::fromLatin1(DownloadFixture::sha256Hex(path)), m_variant->fileChecksum);
    }

private Q_SLOTS:
    void cleanup()
    {
        if (!m_fixture)
            return;
        const QString leaks = f().authorizationLeaks();
        QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("Authorization sent to the download host:\n") + leaks));
        ALTDIST_VERIFY_NO_SPEC_VIOLATIONS(f().sandbox());
        m_fixture.reset();
        m_variant.reset();
    }

    void fullDownloadVerifies()
    {
        QVERIFY(setUp());
        auto download = variantDownload();
        qint64 lastReceived = -1;
        qint64 lastTotal = -2;
        connect(download.get(), &Download::progress, this, [&](qint64 received, qint64 total) {
            lastReceived = received;
            lastTotal = total;
        });
        const auto outcome = DownloadFixture::run(download.get());
        VERIFY_FINISHED_OK(outcome);
        verifyFileMatches(outcome->value());
        QCOMPARE(lastReceived, QFileInfo(target()).size());
        QCOMPARE(lastTotal, lastReceived);
        QCOMPARE(f().downloadRequests().size(), 1);
        QVERIFY(f().downloadRequests().first().rangeHeader.isEmpty());
    }

    void packageVersionZipAndDelta()
    {
        QVERIFY(setUp());
        const Result<PackageVersion> version = f().packageVersion();
        VERIFY_OK(version);
        std::unique_ptr<Download> zip(
            DownloadJob::forPackageVersion(PackageVersionsApi(f().client()), *version, f().dir()));
        const auto zipOutcome = DownloadFixture::run(zip.get());
        VERIFY_FINISHED_OK(zipOutcome);
        QCOMPARE(zipOutcome->value(), DownloadPaths::forPackageVersion(f().dir(), *version));
        QCOMPARE(QString::fromLatin1(DownloadFixture::sha256Hex(zipOutcome->value())), version->fileChecksum.toLower());

        const Result<Delta> delta = f().delta();
        VERIFY_OK(delta);
        std::unique_ptr<Download> deltaDownload(DownloadJob::forDelta(DeltasApi(f().client()), *delta, f().dir()));
        const auto deltaOutcome = DownloadFixture::run(deltaDownload.get());
        VERIFY_FINISHED_OK(deltaOutcome);
        QVERIFY(deltaOutcome->value().endsWith(QLatin1String(".delta")));
    }

    /// A dropped, cut or stalled connection is resumed with Range; 5xx are retried.
    void recoversFromTransportFaults_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("afterBytes");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("expectedRequests");
        QTest::addColumn<bool>("resumed");
        QTest::newRow("reset mid-body") << int(Sandbox::Fault::Kind::ResetMidBody) << qint64(300 * 1024) << 1 << 2 << true;
        QTest::newRow("truncated body") << int(Sandbox::Fault::Kind::TruncatedBody) << qint64(200 * 1024) << 1 << 2 << true;
        QTest::newRow("stall") << int(Sandbox::Fault::Kind::Stall) << qint64(128 * 1024) << 1 << 2 << true;
        QTest::newRow("503 twice") << int(Sandbox::Fault::Kind::ServerError) << qint64(0) << 2 << 3 << false;
    }
    void recoversFromTransportFaults()
    {
        QFETCH(int, kind);
        QFETCH(qint64, afterBytes);
        QFETCH(int, count);
        QFETCH(int, expectedRequests);
        QFETCH(bool, resumed);
        QVERIFY(setUp());
        Sandbox::Fault fault = DownloadFixture::downloadFault(Sandbox::Fault::Kind(kind), afterBytes, count);
        fault.delayMs = 0;  // a stall lasts forever
        fault.status = 503; // for ServerError
        f().server().addFault(fault);
        DownloadOptions options = DownloadFixture::fastOptions();
        options.stallTimeoutMs = 400;
        auto download = variantDownload(options);
        const auto outcome = DownloadFixture::run(download.get());
        VERIFY_FINISHED_OK(outcome);
        verifyFileMatches(outcome->value());
        const QList<Sandbox::RequestRecord> requests = f().downloadRequests();
        QCOMPARE(requests.size(), expectedRequests);
        QCOMPARE(hasRangeFrom(requests, 1), resumed);
        QCOMPARE(requests.last().status, resumed ? 206 : 200);
    }

    void givesUpAfterBoundedAttempts()
    {
        QVERIFY(setUp());
        Sandbox::Fault error = DownloadFixture::downloadFault(Sandbox::Fault::Kind::ServerError, 0, -1);
        error.status = 503;
        f().server().addFault(error);
        DownloadOptions options = DownloadFixture::fastOptions();
        options.maxAttempts = 3;
        auto download = variantDownload(options);
        const auto outcome = DownloadFixture::run(download.get());
        QVERIFY(outcome.has_value());
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().kind(), Error::Kind::Network);
        QCOMPARE(f().downloadRequests().size(), 3);
        QVERIFY(!QFile::exists(target()));
    }

    void expiredUrlAnswered403IsRefreshed()
    {
        Sandbox::SandboxOptions options;
        options.signedUrlLifetimeSeconds = 60;
        QVERIFY(setUp(options));
        f().server().setClockOffsetSeconds(120); // the listed URL has now expired
        auto download = variantDownload();
        int refreshes = 0;
        connect(download.get(), &Download::needsFreshUrl, this, [&refreshes] { ++refreshes; });
        const auto outcome = DownloadFixture::run(download.get());
        VERIFY_FINISHED_OK(outcome);
        verifyFileMatches(outcome->value());
        QCOMPARE(refreshes, 1);
        const QList<Sandbox::RequestRecord> requests = f().downloadRequests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.first().status, 403);
        bool reread = false;
        const QList<Sandbox::RequestRecord> all = f().server().requests();
        for (const Sandbox::RequestRecord &r : all)
            reread |= r.target.startsWith(QLatin1String("/v1/alternativeDistributionPackageVariants/") + m_variant->id);
        QVERIFY(reread);
    }

    void urlExpiredBeforeStartIsRefreshedFirst()
    {
        Sandbox::SandboxOptions options;
        options.signedUrlLifetimeSeconds = 60;
        QVERIFY(setUp(options));
        f().server().setClockOffsetSeconds(120); // fresh URLs now expire 180 s from the real now
        ManualClock clock(m_variant->urlExpirationDate.addSecs(30));
        DownloadOptions downloadOptions = DownloadFixture::fastOptions();
        downloadOptions.clock = &clock;
        auto download = variantDownload(downloadOptions);
        const auto outcome = DownloadFixture::run(download.get());
        VERIFY_FINISHED_OK(outcome);
        verifyFileMatches(outcome->value());
        const QList<Sandbox::RequestRecord> requests = f().downloadRequests();
        QCOMPARE(requests.size(), 1); // the stale URL was never tried
        QCOMPARE(requests.first().status, 200);
    }

    void refreshFailureEndsTheDownload()
    {
        QVERIFY(setUp());
        Variant stale = *m_variant;
        stale.id = QStringLiteral("does-not-exist");
        stale.urlExpirationDate = QDateTime::currentDateTimeUtc().addSecs(-10);
        std::unique_ptr<Download> download(DownloadJob::forVariant(variantsApi(), stale, f().dir()));
        const auto outcome = DownloadFixture::run(download.get());
        QVERIFY(outcome.has_value());
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().httpStatus(), 404);
        QVERIFY(f().downloadRequests().isEmpty());
    }

    void checksumMismatchLeavesNothing()
    {
        QVERIFY(setUp());
        DownloadSource source = DownloadPaths::source(*m_variant, f().dir());
        source.expectedChecksum = QString(64, QLatin1Char('0'));
        Download download(source, DownloadFixture::fastOptions());
        const auto outcome = DownloadFixture::run(&download);
        QVERIFY(outcome.has_value());
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().kind(), Error::Kind::Integrity);
        QVERIFY(outcome->error().message().contains(source.expectedChecksum));
        QVERIFY(outcome->error().message().contains(m_variant->fileChecksum));
        QVERIFY(!QFile::exists(source.targetPath));
        QVERIFY(!QFile::exists(source.targetPath + QLatin1String(".part")));
    }

    void mismatchNeverReplacesAnExistingFile()
    {
        QVERIFY(setUp());
        DownloadSource source = DownloadPaths::source(*m_variant, f().dir());
        {
            QFile existing(source.targetPath);
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("an earlier, verified file");
        }
        source.expectedChecksum = QString(32, QLatin1Char('f')); // MD5-length: hashed as MD5
        Download download(source, DownloadFixture::fastOptions());
        const auto outcome = DownloadFixture::run(&download);
        QVERIFY(outcome.has_value());
        QCOMPARE(outcome->error().kind(), Error::Kind::Integrity);
        QVERIFY(outcome->error().message().contains(QLatin1String("MD5")));
        QFile existing(source.targetPath);
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("an earlier, verified file"));
    }

    void verifiedDownloadReplacesAnExistingFile()
    {
        QVERIFY(setUp());
        {
            QFile existing(target());
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("old");
        }
        auto download = variantDownload();
        const auto outcome = DownloadFixture::run(download.get());
        VERIFY_FINISHED_OK(outcome);
        verifyFileMatches(outcome->value());
    }

    void cancelMidway_data()
    {
        QTest::addColumn<bool>("keepPart");
        QTest::newRow("remove .part") << false;
        QTest::newRow("keep .part") << true;
    }
    void cancelMidway()
    {
        QFETCH(bool, keepPart);
        QVERIFY(setUp());
        Sandbox::Fault stall = DownloadFixture::downloadFault(Sandbox::Fault::Kind::Stall, 128 * 1024);
        stall.delayMs = 0;
        f().server().addFault(stall);
        DownloadOptions options = DownloadFixture::fastOptions();
        options.keepPartOnCancel = keepPart;
        auto download = variantDownload(options);
        connect(download.get(), &Download::progress, download.get(), &Download::cancel, Qt::QueuedConnection);
        const auto outcome = DownloadFixture::run(download.get());
        QVERIFY(outcome.has_value());
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().kind(), Error::Kind::Cancelled);
        QVERIFY(!QFile::exists(target()));
        QCOMPARE(QFile::exists(target() + QLatin1String(".part")), keepPart);
    }

    /// What an earlier run left as .part: a prefix is resumed with Range; the
    /// whole file is verified after a 416; a longer file starts over after a
    /// 416; a corrupt prefix is caught by the checksum and deleted.
    void existingPart_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<int>("expectedRequests");
        QTest::addColumn<int>("firstStatus");
        QTest::addColumn<bool>("verified");
        QTest::newRow("prefix") << QStringLiteral("prefix") << 1 << 206 << true;
        QTest::newRow("complete") << QStringLiteral("complete") << 1 << 416 << true;
        QTest::newRow("longer than the file") << QStringLiteral("longer") << 2 << 416 << true;
        QTest::newRow("corrupt prefix") << QStringLiteral("corrupt") << 1 << 206 << false;
    }
    void existingPart()
    {
        QFETCH(QString, shape);
        QFETCH(int, expectedRequests);
        QFETCH(int, firstStatus);
        QFETCH(bool, verified);
        QVERIFY(setUp());
        // A verified download elsewhere gives the real bytes.
        const QString referencePath = f().dir() + QLatin1String("/reference.ipa");
        Download first(DownloadPaths::source(*m_variant, f().dir(), referencePath), DownloadFixture::fastOptions());
        const auto firstOutcome = DownloadFixture::run(&first);
        VERIFY_FINISHED_OK(firstOutcome);
        QFile referenceFile(referencePath);
        QVERIFY(referenceFile.open(QIODevice::ReadOnly));
        const QByteArray reference = referenceFile.readAll();
        const qint64 prefix = reference.size() / 3 + 17;
        QByteArray partBytes = reference;
        if (shape == QLatin1String("prefix"))
            partBytes = reference.left(prefix);
        else if (shape == QLatin1String("longer"))
            partBytes += "trailing junk";
        else if (shape == QLatin1String("corrupt"))
            partBytes = QByteArray(int(prefix), 'x');
        QFile part(target() + QLatin1String(".part"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(partBytes);
        part.close();
        f().server().clearRequests();

        auto download = variantDownload();
        const auto outcome = DownloadFixture::run(download.get());
        QVERIFY(outcome.has_value());
        if (verified) {
            VERIFY_OK(*outcome);
            verifyFileMatches(outcome->value());
        } else {
            QCOMPARE(outcome->error().kind(), Error::Kind::Integrity);
            QVERIFY(!QFile::exists(target()));
            QVERIFY(!part.exists());
        }
        const QList<Sandbox::RequestRecord> requests = f().downloadRequests();
        QCOMPARE(requests.size(), expectedRequests);
        QCOMPARE(requests.first().status, firstStatus);
        QCOMPARE(requests.first().rangeHeader, QByteArray("bytes=") + QByteArray::number(partBytes.size()) + '-');
        if (expectedRequests > 1)
            QVERIFY(requests.last().rangeHeader.isEmpty()); // started over
    }
};

QTEST_GUILESS_MAIN(tst_Download)
#include "tst_download.moc"
