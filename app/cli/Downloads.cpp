// SPDX-License-Identifier: GPL-3.0-or-later
#include "Downloads.h"

#include "Checksum.h"
#include "CliOptions.h"
#include "ProgressBar.h"
#include "Terminal.h"

#include <QDir>
#include <QFileInfo>

#include <memory>

namespace AltDist::Cli {

QString Downloads::outputDir(Invocation &inv)
{
    const QString dir = inv.isSet(Opt::output) ? inv.value(Opt::output) : QDir::currentPath();
    if (dir.trimmed().isEmpty()) {
        inv.usageError(tr("--output needs a directory."));
        return {};
    }
    if (!QDir().mkpath(dir)) {
        inv.fail({Error::Kind::Io, tr("Cannot create the directory %1.").arg(dir)});
        return {};
    }
    return QDir(dir).absolutePath();
}

void Downloads::start(Invocation &inv, Download *download, const QString &expectedChecksum)
{
    download->setParent(&inv);
    auto bar = std::make_shared<ProgressBar>(QFileInfo(download->targetPath()).fileName(),
                                             Terminal::stderrIsTerminal());
    auto received = std::make_shared<qint64>(0);
    QObject::connect(download, &Download::progress, &inv, [bar, received](qint64 bytes, qint64 total) {
        *received = bytes;
        bar->update(bytes, total);
    });
    QObject::connect(download, &Download::finished, &inv,
                     [&inv, bar, received, expectedChecksum](const Result<QString> &path) {
                         if (!path.ok()) {
                             bar->abandon();
                             return inv.fail(path.error());
                         }
                         bar->finish(QFileInfo(path.value()).size());
                         const Result<ExpectedChecksum> checksum = ExpectedChecksum::parse(expectedChecksum);
                         if (checksum.ok()) {
                             Terminal::printLine(tr("verified %1 %2")
                                                     .arg(checksum->algorithmName(),
                                                          QString::fromLatin1(checksum->hex)));
                         }
                         Terminal::printLine(path.value());
                         inv.finish();
                     });
    inv.setCancelHandler([download] { download->cancel(); });
    download->start();
}

} // namespace AltDist::Cli
