// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace AltDist {

/// Reads named top-level files out of a package zip (libzip). Blocking disk
/// work: call it on a worker thread.
///
/// The whole archive is refused when any entry's name is absolute ("/x",
/// "C:x", "\\x") or has a ".." segment, so a crafted zip is never half used;
/// and so is a wanted entry larger than `maxEntrySize` (checked against the
/// directory and again while reading, whatever the directory claims).
class PackageZipReader final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::PackageZipReader)
public:
    static constexpr qint64 kDefaultMaxEntrySize = 16 * 1024 * 1024;
    static constexpr qint64 kMaxEntries = 10000;

    /// The bytes of each name in `names` (each must be present), by name.
    static Result<QHash<QString, QByteArray>> read(const QString &zipPath, const QStringList &names,
                                                   qint64 maxEntrySize = kDefaultMaxEntrySize);

    /// True when `name` (as stored in the zip) would escape the directory it is extracted into.
    static bool escapes(const QString &name);
};

} // namespace AltDist
