// SPDX-License-Identifier: GPL-3.0-or-later
// Downloads the variants of an in-process sandbox, sequentially on the main
// thread and then all at once through DownloadManager's worker, and prints
// throughput and peak RSS (VmHWM). Figures only: nothing is asserted.
// Note: the sandbox keeps each generated file (1-3 MiB) in memory itself, so
// VmHWM includes the server's copies; the client side streams through a
// bounded read buffer.
#include "ApiClient.h"
#include "ApiKey.h"
#include "AppStoreVersions.h"
#include "Apps.h"
#include "Download.h"
#include "DownloadManager.h"
#include "DownloadPaths.h"
#include "PackageAssets.h"
#include "PackageVersions.h"
#include "Packages.h"
#include "SandboxServer.h"
#include "TokenProvider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <optional>

using namespace AltDist;

namespace {

template <typename T>
std::optional<T> await(const Pending<T> &pending)
{
    QEventLoop loop;
    std::optional<Result<T>> result;
    pending.then(&loop, [&](Result<T> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    loop.exec();
    if (!result->ok()) {
        std::fprintf(stderr, "request failed: %s\n", qPrintable(result->error().describe()));
        return std::nullopt;
    }
    return std::move(*result).value();
}

QString peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("n/a");
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return QStringLiteral("n/a");
}

/// Every variant of every version of the demo app's packages.
QList<Variant> allVariants(ApiClient *client)
{
    QList<Variant> variants;
    const auto apps = await(AppsApi(client).list(200));
    if (!apps)
        return variants;
    for (const App &app : apps->items) {
        const auto versions = await(AppStoreVersionsApi(client).listForApp(app.id, 200));
        for (const AppStoreVersion &version : versions ? versions->items : QList<AppStoreVersion>{}) {
            const auto package = await(PackagesApi(client).forVersion(version.id));
            if (!package || !package->has_value())
                continue;
            const auto packageVersions = await(PackageVersionsApi(client).listForPackage((*package)->id, 200));
            for (const PackageVersion &pv : packageVersions ? packageVersions->items : QList<PackageVersion>{}) {
                if (const auto page = await(VariantsApi(client).listForVersion(pv.id, 200)))
                    variants += page->items;
            }
        }
    }
    return variants;
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

    const QList<Variant> variants = allVariants(&client);
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
        for (const Variant &variant : variants) {
            Download download(DownloadPaths::source(variant, dir.path()));
            QEventLoop loop;
            QObject::connect(&download, &Download::finished, &loop, [&](const Result<QString> &r) {
                if (r.ok()) {
                    bytes += QFileInfo(r.value()).size();
                    QFile::remove(r.value());
                } else {
                    std::fprintf(stderr, "download failed: %s\n", qPrintable(r.error().describe()));
                }
                loop.quit();
            });
            download.start();
            if (!download.isFinished())
                loop.exec();
        }
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
