// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PackageManifest.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace AltDist {

/// One file of a finished layout: its path relative to the output directory
/// and the SHA-256 (lower-case hex) it was verified with.
struct HostedFile
{
    QString path;
    QString sha256;
    qint64 size = 0;
};

/// What the package zip gave: the parsed manifest and the two hosted files
/// written from it (manifest.json, signature).
struct ExtractedPackage
{
    PackageManifest manifest;
    QList<HostedFile> files;
};

/// The disk side of HostingLayout: blocking calls, run on its DiskWorker.
///
/// Everything is laid out in "<output>/.altdist-staging-<versionId>/" first;
/// publish() then moves the verified files into <output>.
class HostingStaging final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::HostingStaging)
public:
    explicit HostingStaging(QString outputDir, const QString &versionId);

    QString outputDir() const { return m_output; }
    QString stagingDir() const { return m_staging; }
    /// The package zip's download target, relative to the staging directory:
    /// in a hidden folder no safe assetPath can name.
    static QString zipRelativePath() { return QStringLiteral(".package/alternative-distribution-package.zip"); }
    QString zipPath() const { return stagedPath(zipRelativePath()); }
    QString stagedPath(const QString &relativePath) const;

    /// Creates the output and staging directories.
    Status prepare() const;

    /// Reads manifest.json and signature from the downloaded zip (no path
    /// escapes, bounded sizes), parses the manifest and writes both files
    /// into the staging directory.
    Result<ExtractedPackage> extract() const;

    /// A file an earlier run already completed in the staging directory, if
    /// its SHA-256 is `sha256`; a file that does not match is deleted.
    std::optional<HostedFile> reuse(const QString &relativePath, const QString &sha256) const;

    /// Moves `relativePaths` from staging into the output directory, then
    /// removes the staging directory. The output's old manifest.json is
    /// removed first and the new one moved last, so a manifest is only ever
    /// present next to the files it names.
    Status publish(const QStringList &relativePaths) const;

    /// Deletes the staging directory and everything in it.
    void discard() const;

    /// 64 hex digits (a checksum that is a SHA-256 rather than an MD5).
    static bool isSha256Hex(const QString &checksum) { return checksum.trimmed().size() == 64; }
    /// SHA-256 of a file's content, lower-case hex.
    static Result<QString> sha256Of(const QString &path);

private:
    Error ioError(const QString &message) const;

    QString m_output;
    QString m_staging;
};

} // namespace AltDist
