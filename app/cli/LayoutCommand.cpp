// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayoutCommand.h"

#include "CliOptions.h"
#include "HostingLayout.h"
#include "Invocation.h"
#include "Output.h"
#include "ProgressBar.h"
#include "Terminal.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace AltDist::Cli {

namespace {

void printSummary(Invocation &inv, const QString &dir, const QList<HostedFile> &files)
{
    if (inv.json()) {
        QJsonArray array;
        for (const HostedFile &file : files) {
            array.append(QJsonObject{{QStringLiteral("path"), file.path},
                                     {QStringLiteral("sha256"), file.sha256},
                                     {QStringLiteral("size"), double(file.size)}});
        }
        Output::printJson(QJsonObject{{QStringLiteral("outputDirectory"), dir}, {QStringLiteral("files"), array}});
        return;
    }
    for (const HostedFile &file : files)
        Terminal::printLine(file.sha256 + QLatin1String("  ") + file.path);
    Terminal::printError(LayoutCommand::tr("Laid out %n file(s) in %1, each verified (SHA-256 above).", nullptr,
                                           int(files.size()))
                             .arg(dir));
}

} // namespace

void LayoutCommand::run(Invocation &inv)
{
    const QString output = inv.value(Opt::output);
    if (!inv.isSet(Opt::output) || output.trimmed().isEmpty())
        return inv.usageError(tr("layout needs --output DIR: the directory the files are laid out in."));
    const QString dir = QDir(output).absolutePath();
    const QString versionId = inv.arg(0);
    inv.withClient([&inv, versionId, dir](ApiClient &client) {
        auto *layout = new HostingLayout(&client, versionId, dir, {}, &inv);
        const QString label = tr("layout");
        auto bar = std::make_shared<ProgressBar>(label, Terminal::stderrIsTerminal());
        auto bytes = std::make_shared<qint64>(0);
        QObject::connect(layout, &HostingLayout::progress, &inv,
                         [bar, bytes](qint64 done, qint64 total, const QString &currentFile) {
                             *bytes = done;
                             bar->setLabel(currentFile);
                             bar->update(done, total);
                         });
        QObject::connect(layout, &HostingLayout::finished, &inv,
                         [&inv, layout, bar, bytes, label](const Result<QString> &laidOut) {
                             if (!laidOut.ok()) {
                                 bar->abandon();
                                 return inv.fail(laidOut.error());
                             }
                             bar->setLabel(label);
                             bar->finish(*bytes);
                             printSummary(inv, laidOut.value(), layout->files());
                             inv.finish();
                         });
        inv.setCancelHandler([layout] { layout->cancel(); });
        layout->start();
    });
}

} // namespace AltDist::Cli
