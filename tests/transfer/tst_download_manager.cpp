// SPDX-License-Identifier: GPL-3.0-or-later
// DownloadManager: several downloads at once on one worker thread; results
// arrive queued on the caller's thread; destruction cancels what runs.
#include "DownloadFixture.h"

#include "DownloadJob.h"
#include "DownloadManager.h"
#include "DownloadPaths.h"

#include <QFile>
#include <QThread>

#include <atomic>

using namespace AltDist;
using AltDist::Test::DownloadFixture;


class tst_DownloadManager final : public QObject
{
    Q_OBJECT

    std::unique_ptr<DownloadFixture> m_fixture;
    std::optional<Variant> m_variant;

    DownloadFixture &f() { return *m_fixture; }
    VariantsApi variantsApi() { return VariantsApi(f().client()); }
    QString target() const { return DownloadPaths::forVariant(m_fixture->dir(), *m_variant); }

private Q_SLOTS:
    void init()
    {
        Sandbox::SandboxOptions options;
        options.signedUrlLifetimeSeconds = 60; // short, for the refresh test
        m_fixture = std::make_unique<DownloadFixture>(options);
        QVERIFY(f().isReady());
        const Result<Variant> variant = f().variant();
        VERIFY_OK(variant);
        m_variant = variant.value();
    }

    void cleanup()
    {
        const QString leaks = f().authorizationLeaks();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks));
        ALTDIST_VERIFY_NO_SPEC_VIOLATIONS(f().sandbox());
        m_fixture.reset();
    }

    void managerRunsSeveralOnAWorkerThread()
    {
        const Result<Variant> second = f().variant(1);
        VERIFY_OK(second);
        const Result<Delta> delta = f().delta();
        VERIFY_OK(delta);
        DownloadManager manager;
        QSignalSpy idle(&manager, &DownloadManager::idle);
        QList<Download *> downloads{
            DownloadJob::forVariant(variantsApi(), *m_variant, f().dir(), DownloadFixture::fastOptions()),
            DownloadJob::forVariant(variantsApi(), *second, f().dir(), DownloadFixture::fastOptions()),
            DownloadJob::forDelta(DeltasApi(f().client()), *delta, f().dir(), DownloadFixture::fastOptions()),
        };
        QList<Result<QString>> results;
        std::atomic<bool> ranOnMainThread{false};
        QThread *mainThread = QThread::currentThread();
        for (Download *d : downloads) {
            connect(d, &Download::finished, this, [&results](const Result<QString> &r) { results << r; });
            connect(d, &Download::progress, d, [&ranOnMainThread, mainThread] {
                if (QThread::currentThread() == mainThread)
                    ranOnMainThread = true;
            }, Qt::DirectConnection);
            manager.add(d);
        }
        QCOMPARE(manager.activeCount(), 3);
        QVERIFY(idle.wait(30000));
        QCOMPARE(results.size(), 3);
        for (const Result<QString> &r : results)
            VERIFY_OK(r);
        QVERIFY(!ranOnMainThread);
        QCOMPARE(QString::fromLatin1(DownloadFixture::sha256Hex(DownloadPaths::forVariant(f().dir(), *second))),
                 second->fileChecksum);
        QCOMPARE(manager.activeCount(), 0);
    }

    /// The Download runs on the worker, the re-read on this thread's client.
    void refreshesAnExpiredUrlAcrossThreads()
    {
        f().server().setClockOffsetSeconds(120); // the listed URL has expired
        DownloadManager manager;
        QSignalSpy idle(&manager, &DownloadManager::idle);
        Download *download = DownloadJob::forVariant(variantsApi(), *m_variant, f().dir(), DownloadFixture::fastOptions());
        std::optional<Result<QString>> result;
        connect(download, &Download::finished, this, [&result](const Result<QString> &r) { result.emplace(r); });
        manager.add(download);
        QVERIFY(idle.wait(30000));
        QVERIFY(result.has_value());
        VERIFY_OK(*result);
        QCOMPARE(QString::fromLatin1(DownloadFixture::sha256Hex(target())), m_variant->fileChecksum);
        const QList<Sandbox::RequestRecord> requests = f().downloadRequests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.first().status, 403);
        QCOMPARE(requests.last().status, 200);
    }

    void refreshFailureCrossesThreads()
    {
        Variant stale = *m_variant;
        stale.id = QStringLiteral("does-not-exist");
        stale.urlExpirationDate = QDateTime::currentDateTimeUtc().addSecs(-10);
        DownloadManager manager;
        QSignalSpy idle(&manager, &DownloadManager::idle);
        Download *download = DownloadJob::forVariant(variantsApi(), stale, f().dir(), DownloadFixture::fastOptions());
        std::optional<Result<QString>> result;
        connect(download, &Download::finished, this, [&result](const Result<QString> &r) { result.emplace(r); });
        manager.add(download);
        QVERIFY(idle.wait(30000));
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().httpStatus(), 404);
        QVERIFY(f().downloadRequests().isEmpty());
    }

    void refreshAfterTheClientClosedFailsCleanly()
    {
        // An account switch deletes the client while a download runs on the
        // worker: its URL refresh must fail with an error, not use a dead client.
        auto client = std::make_unique<ApiClient>(&f().sandbox().tokens());
        QVERIFY(client->setBaseUrl(f().sandbox().baseUrl()).ok());
        Variant stale = *m_variant;
        stale.urlExpirationDate = QDateTime::currentDateTimeUtc().addSecs(-10);
        DownloadManager manager;
        QSignalSpy idle(&manager, &DownloadManager::idle);
        Download *download =
            DownloadJob::forVariant(VariantsApi(client.get()), stale, f().dir(), DownloadFixture::fastOptions());
        std::optional<Result<QString>> result;
        connect(download, &Download::finished, this, [&result](const Result<QString> &r) { result.emplace(r); });
        client.reset();
        manager.add(download);
        QVERIFY(idle.wait(30000));
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind(), Error::Kind::Network);
        QVERIFY(result->error().message().contains(QStringLiteral("closed")));
        QVERIFY(!QFile::exists(target()));
        QVERIFY(f().downloadRequests().isEmpty());
    }

    void managerCancelsOnDestruction()
    {
        Sandbox::Fault stall = DownloadFixture::downloadFault(Sandbox::Fault::Kind::Stall, 64 * 1024);
        stall.delayMs = 0;
        f().server().addFault(stall);
        {
            DownloadManager manager;
            Download *download = DownloadJob::forVariant(variantsApi(), *m_variant, f().dir(), DownloadFixture::fastOptions());
            bool started = false;
            connect(download, &Download::progress, this, [&started] { started = true; }); // queued: other thread
            manager.add(download);
            QTRY_VERIFY_WITH_TIMEOUT(started, 10000);
        }
        QVERIFY(!QFile::exists(target()));
        QVERIFY(!QFile::exists(target() + QLatin1String(".part")));
    }
};

QTEST_GUILESS_MAIN(tst_DownloadManager)
#include "tst_download_manager.moc"
