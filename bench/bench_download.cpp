// SPDX-License-Identifier: GPL-3.0-or-later
// Downloads the variants of an in-process sandbox, sequentially on the main
// thread and then all at once through DownloadManager's worker, and prints
// throughput and peak RSS (VmHWM). Figures only: nothing is asserted.
// Note: the sandbox shares this process and keeps each small generated file
// (1-3 MiB) in memory, so VmHWM includes the server's copies. For the client's
// own memory against file size, see bench_download_large.
#include "ApiKey.h"
#include "BenchSupport.h"
#include "DownloadManager.h"
#include "DownloadPaths.h"
#include "SandboxServer.h"
#include "TokenProvider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace AltDist;
using namespace AltDist::Bench;

namespace {

QString peakRss()
{
    return formatKiB(peakRssKiB());
}

void report(const char *label, int files, qint64 bytes, qint64 ms)
{
    const double mb = double(bytes) / 1e6;
    std::printf("%-28s %3d files %8.1f MB %7.2f s %8.1f MB/s   VmHWM %s\n", label, files, mb, double(ms) / 1000.0,
                ms > 0 ? mb * 1000.0 / double(ms) : 0.0, qPrintable(peakRss()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 5;
    std::printf("VmHWM at start: %s\n", qPrintable(peakRss()));

    Sandbox::SandboxServer server;
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const Sandbox::SandboxCredentials creds = server.credentials();
    const Result<ApiKey> key = ApiKey::fromPem(creds.privateKeyPem);
    if (!key.ok())
        return 1;
    TokenProvider tokens(ApiCredentials{creds.issuerId, creds.keyId, key.value()});
    ApiClient client(&tokens);
    if (!client.setBaseUrl(server.baseUrl()).ok())
        return 1;

    const QList<Variant> variants = listVariants(&client);
    if (variants.isEmpty()) {
        std::fprintf(stderr, "no variants found\n");
        return 1;
    }
    QTemporaryDir dir;
    std::printf("VmHWM after setup: %s (%lld variants, %d rounds)\n", qPrintable(peakRss()),
                qlonglong(variants.size()), rounds);

    // Sequential, on this thread.
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < rounds; ++round) {
        for (const Variant &variant : variants)
            bytes += qMax<qint64>(0, downloadAndDiscard(DownloadPaths::source(variant, dir.path())));
    }
    report("sequential, main thread", int(variants.size()) * rounds, bytes, timer.elapsed());

    // All at once on the worker thread.
    bytes = 0;
    timer.restart();
    for (int round = 0; round < rounds; ++round) {
        DownloadManager manager;
        QEventLoop loop;
        QObject::connect(&manager, &DownloadManager::idle, &loop, &QEventLoop::quit);
        for (const Variant &variant : variants) {
            auto *download = new Download(DownloadPaths::source(variant, dir.path()));
            QObject::connect(download, &Download::finished, &loop, [&bytes](const Result<QString> &r) {
                if (r.ok()) {
                    bytes += QFileInfo(r.value()).size();
                    QFile::remove(r.value());
                }
            });
            manager.add(download);
        }
        loop.exec();
    }
    report("concurrent, DownloadManager", int(variants.size()) * rounds, bytes, timer.elapsed());
    return 0;
}
