// SPDX-License-Identifier: GPL-3.0-or-later
#include "RevealInFolder.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>

namespace AltDist {

namespace {

bool selectInFileManager([[maybe_unused]] const QString &path)
{
#if defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("/usr/bin/open"), {QStringLiteral("-R"), path});
#elif defined(Q_OS_WIN)
    return QProcess::startDetached(QStringLiteral("explorer.exe"),
                                   {QStringLiteral("/select,") + QDir::toNativeSeparators(path)});
#else
    return false; // no portable way to select a file: open its folder instead
#endif
}

} // namespace

bool revealInFolder(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && selectInFileManager(info.absoluteFilePath()))
        return true;
    return QDesktopServices::openUrl(QUrl::fromLocalFile(info.absolutePath()));
}

} // namespace AltDist
