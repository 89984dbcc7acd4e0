// SPDX-License-Identifier: GPL-3.0-or-later
#include "DownloadPaths.h"

#include "PackageAssets.h"
#include "PackageVersions.h"

#include <QDir>

namespace AltDist::DownloadPaths {

namespace {

/// Ids and version strings come from the server: never let one name a path elsewhere.
QString safeName(const QString &text)
{
    QString name = text;
    for (QChar &c : name) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('_')
            || c == QLatin1Char('-');
        if (!ok)
            c = QLatin1Char('_');
    }
    if (name.startsWith(QLatin1Char('.')))
        name.replace(0, 1, QLatin1Char('_'));
    return name;
}

QString inDir(const QString &dir, const QString &fileName)
{
    return QDir(dir).filePath(fileName);
}

template <typename T>
DownloadSource sourceFor(const T &item, const QString &targetPath)
{
    return {item.url, item.urlExpirationDate, item.fileChecksum, targetPath};
}

} // namespace

QString forPackageVersion(const QString &dir, const PackageVersion &version)
{
    const QString name = safeName(version.version.isEmpty() ? version.id : version.version);
    return inDir(dir, QStringLiteral("alternative-distribution-package-%1.zip").arg(name));
}

QString forVariant(const QString &dir, const Variant &variant)
{
    return inDir(dir, safeName(variant.id) + QLatin1String(".ipa"));
}

QString forDelta(const QString &dir, const Delta &delta)
{
    return inDir(dir, safeName(delta.id) + QLatin1String(".delta"));
}

DownloadSource source(const PackageVersion &version, const QString &dir, const QString &targetPath)
{
    return sourceFor(version, targetPath.isEmpty() ? forPackageVersion(dir, version) : targetPath);
}

DownloadSource source(const Variant &variant, const QString &dir, const QString &targetPath)
{
    return sourceFor(variant, targetPath.isEmpty() ? forVariant(dir, variant) : targetPath);
}

DownloadSource source(const Delta &delta, const QString &dir, const QString &targetPath)
{
    return sourceFor(delta, targetPath.isEmpty() ? forDelta(dir, delta) : targetPath);
}

} // namespace AltDist::DownloadPaths
