// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"

#include "AppStoreVersions.h"
#include "Apps.h"
#include "PackageVersions.h"
#include "Packages.h"

#include <QFile>
#include <QFileInfo>

namespace AltDist::Bench {

qint64 peakRssKiB(qint64 pid)
{
    QFile status(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:")) { // "VmHWM:     12345 kB"
            bool ok = false;
            const qint64 kib = line.mid(6).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? kib : -1;
        }
    }
    return -1;
}

QString formatKiB(qint64 kib)
{
    return kib < 0 ? QStringLiteral("n/a") : QStringLiteral("%1 MiB").arg(double(kib) / 1024.0, 0, 'f', 1);
}

bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

QList<Variant> listVariants(ApiClient *client, const QString &appName)
{
    QList<Variant> variants;
    const auto apps = await(AppsApi(client).list(200));
    for (const App &app : apps ? apps->items : QList<App>{}) {
        if (!appName.isEmpty() && app.name != appName)
            continue;
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

qint64 downloadAndDiscard(const DownloadSource &source)
{
    Download download(source);
    QEventLoop loop;
    qint64 size = -1;
    QObject::connect(&download, &Download::finished, &loop, [&](const Result<QString> &result) {
        if (result.ok()) {
            size = QFileInfo(result.value()).size();
            QFile::remove(result.value());
        } else {
            std::fprintf(stderr, "download failed: %s\n", qPrintable(result.error().describe()));
        }
        loop.quit();
    });
    download.start();
    if (!download.isFinished())
        loop.exec();
    return size;
}

} // namespace AltDist::Bench
