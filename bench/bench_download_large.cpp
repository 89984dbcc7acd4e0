// SPDX-License-Identifier: GPL-3.0-or-later
// Shows that a download's memory does not grow with the file: downloads one
// large variant (64 MiB and 512 MiB by default) per size and prints MB/s and
// peak RSS (VmHWM, reset before each size).
//   child:  the sandbox is the altdist-sandbox child process, so this
//           process's peak is the client's alone (the honest figure), and the
//           sandbox's own peak is read from /proc/<pid>/status;
//   thread: the sandbox runs on a QThread here: one peak for both sides.
// Figures only: nothing is asserted.
#include "ApiKey.h"
#include "BenchSandboxes.h"
#include "BenchSupport.h"
#include "DownloadPaths.h"
#include "TokenProvider.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace AltDist;
using namespace AltDist::Bench;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
const QString kLargeApp = QStringLiteral("Trailhead Maps"); // whose variants --large-asset-mib sizes

/// Downloads one of the large variants from `endpoint`; the row is printed.
bool measure(const char *mode, int mib, const SandboxEndpoint &endpoint, qint64 rssAtStart, qint64 sandboxPid)
{
    const Result<ApiKey> key = ApiKey::fromPem(endpoint.privateKeyPem);
    if (!key.ok()) {
        std::fprintf(stderr, "sandbox key: %s\n", qPrintable(key.error().describe()));
        return false;
    }
    TokenProvider tokens(ApiCredentials{endpoint.issuerId, endpoint.keyId, key.value()});
    ApiClient client(&tokens);
    if (!client.setBaseUrl(endpoint.baseUrl).ok())
        return false;
    const QList<Variant> variants = listVariants(&client, kLargeApp);
    if (variants.isEmpty()) {
        std::fprintf(stderr, "no variants of %s\n", qPrintable(kLargeApp));
        return false;
    }
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    const qint64 bytes = downloadAndDiscard(DownloadPaths::source(variants.first(), dir.path()));
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    if (bytes != mib * kMiB) {
        std::fprintf(stderr, "downloaded %lld bytes, expected %lld\n", qlonglong(bytes), qlonglong(mib * kMiB));
        return false;
    }
    std::printf("%-6s %6d MiB %8.1f MB/s %7.2f s   RSS at start %10s   peak %10s   sandbox peak %10s\n", mode, mib,
                double(bytes) / 1e3 / double(ms), double(ms) / 1000.0, qPrintable(formatKiB(rssAtStart)),
                qPrintable(formatKiB(peakRssKiB())),
                sandboxPid > 0 ? qPrintable(formatKiB(peakRssKiB(sandboxPid))) : "(in peak)");
    std::fflush(stdout);
    return true;
}

bool run(const QString &mode, int mib, const QString &sandboxProgram)
{
    if (!resetPeakRss())
        std::fprintf(stderr, "cannot reset VmHWM: peaks include earlier rows\n");
    const qint64 rssAtStart = peakRssKiB();
    if (mode == QLatin1String("child")) {
        ChildSandbox sandbox;
        const std::optional<SandboxEndpoint> endpoint = sandbox.start(sandboxProgram, mib);
        return endpoint && measure("child", mib, *endpoint, rssAtStart, sandbox.pid());
    }
    ThreadSandbox sandbox;
    const std::optional<SandboxEndpoint> endpoint = sandbox.start(mib * kMiB);
    return endpoint && measure("thread", mib, *endpoint, rssAtStart, 0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Client memory and speed against file size."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("sizes"), QStringLiteral("Variant sizes in MiB, comma-separated."), QStringLiteral("MIB,..."),
         QStringLiteral("64,512")},
        {QStringLiteral("mode"), QStringLiteral("child, thread or both."), QStringLiteral("MODE"),
         QStringLiteral("both")},
        {QStringLiteral("sandbox"), QStringLiteral("The altdist-sandbox executable."), QStringLiteral("PATH"),
         QStringLiteral(ALTDIST_SANDBOX_EXE)},
    });
    parser.process(app);

    QList<int> sizes;
    const QStringList sizeTexts = parser.value(QStringLiteral("sizes")).split(u',');
    for (const QString &text : sizeTexts) {
        bool ok = false;
        const int mib = text.trimmed().toInt(&ok);
        if (!ok || mib < 1) {
            std::fprintf(stderr, "invalid size: %s\n", qPrintable(text));
            return 2;
        }
        sizes.append(mib);
    }
    const QString mode = parser.value(QStringLiteral("mode"));
    QStringList modes{QStringLiteral("child"), QStringLiteral("thread")};
    if (mode != QLatin1String("both")) {
        if (!modes.contains(mode)) {
            std::fprintf(stderr, "invalid mode: %s\n", qPrintable(mode));
            return 2;
        }
        modes = {mode};
    }

    for (const QString &m : std::as_const(modes)) {
        for (int mib : std::as_const(sizes)) {
            if (!run(m, mib, parser.value(QStringLiteral("sandbox"))))
                return 1;
        }
    }
    return 0;
}
