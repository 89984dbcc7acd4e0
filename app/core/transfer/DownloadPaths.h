// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Download.h"

#include <QString>

namespace AltDist {

struct PackageVersion;
struct Variant;
struct Delta;

/// The one place that names downloaded files (a caller may always give its own path):
/// - package version: "<dir>/alternative-distribution-package-<version>.zip"
///   (the version string; the id when the version is empty; characters other
///   than letters, digits, '.', '_' and '-' become '_')
/// - variant: "<dir>/<id>.ipa"
/// - delta:   "<dir>/<id>.delta"
namespace DownloadPaths {

QString forPackageVersion(const QString &dir, const PackageVersion &version);
QString forVariant(const QString &dir, const Variant &variant);
QString forDelta(const QString &dir, const Delta &delta);

/// The DownloadSource for a resource: its URL, expiry and checksum, saved at
/// `targetPath` (empty: the default name above in `dir`).
DownloadSource source(const PackageVersion &version, const QString &dir, const QString &targetPath = {});
DownloadSource source(const Variant &variant, const QString &dir, const QString &targetPath = {});
DownloadSource source(const Delta &delta, const QString &dir, const QString &targetPath = {});

} // namespace DownloadPaths
} // namespace AltDist
