// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostingStaging.h"

#include "PackageZipReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <filesystem>
#include <system_error>

namespace AltDist {

namespace {
constexpr qint64 kMaxSignatureSize = 1024 * 1024;
}

HostingStaging::HostingStaging(QString outputDir, const QString &versionId)
    : m_output(std::move(outputDir))
    , m_staging(QDir(m_output).filePath(QStringLiteral(".altdist-staging-") + versionId))
{
}

QString HostingStaging::stagedPath(const QString &relativePath) const
{
    return QDir(m_staging).filePath(relativePath);
}

Error HostingStaging::ioError(const QString &message) const
{
    return {Error::Kind::Io, message};
}

Status HostingStaging::prepare() const
{
    if (!QDir().mkpath(m_staging))
        return ioError(tr("Cannot create the directory %1.").arg(m_staging));
    return Status::success();
}

Result<QString> HostingStaging::sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, tr("Cannot read %1: %2").arg(path, file.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{Error::Kind::Io, tr("Cannot read %1: %2").arg(path, file.errorString())};
    return QString::fromLatin1(hash.result().toHex());
}

Result<ExtractedPackage> HostingStaging::extract() const
{
    const QString manifestName = PackageManifest::manifestFileName();
    const QString signatureName = PackageManifest::signatureFileName();
    Result<QHash<QString, QByteArray>> files = PackageZipReader::read(zipPath(), {manifestName, signatureName});
    if (!files.ok())
        return files.error();
    if (files->value(signatureName).size() > kMaxSignatureSize)
        return Error{Error::Kind::Protocol, tr("The package zip's signature is implausibly large.")};
    Result<PackageManifest> manifest = PackageManifest::parse(files->value(manifestName));
    if (!manifest.ok())
        return manifest.error();

    ExtractedPackage extracted{std::move(manifest).value(), {}};
    for (const QString &name : {manifestName, signatureName}) {
        const QByteArray bytes = files->value(name);
        QSaveFile out(stagedPath(name));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return ioError(tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        extracted.files.append({name, sha, bytes.size()});
    }
    return extracted;
}

std::optional<HostedFile> HostingStaging::reuse(const QString &relativePath, const QString &sha256) const
{
    const QString path = stagedPath(relativePath);
    if (!QFileInfo(path).isFile())
        return std::nullopt;
    const Result<QString> actual = sha256Of(path);
    if (actual.ok() && actual.value() == sha256.toLower())
        return HostedFile{relativePath, actual.value(), QFileInfo(path).size()};
    QFile::remove(path);
    return std::nullopt;
}

Status HostingStaging::publish(const QStringList &relativePaths) const
{
    const QString manifestName = PackageManifest::manifestFileName();
    const QDir output(m_output);
    if (QFileInfo::exists(output.filePath(manifestName)) && !QFile::remove(output.filePath(manifestName)))
        return ioError(tr("Cannot replace %1.").arg(output.filePath(manifestName)));

    QStringList ordered;
    for (const QString &path : relativePaths) {
        if (path != manifestName)
            ordered << path;
    }
    if (relativePaths.contains(manifestName))
        ordered << manifestName;
    for (const QString &path : ordered) {
        const QString target = output.filePath(path);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return ioError(tr("Cannot create the directory for %1.").arg(target));
        // rename(2): replaces an existing file atomically, never copies.
        std::error_code error;
        std::filesystem::rename(QFile::encodeName(stagedPath(path)).toStdString(),
                                QFile::encodeName(target).toStdString(), error);
        if (error) {
            return ioError(tr("Cannot move %1 into place: %2")
                               .arg(target, QString::fromLocal8Bit(error.message().c_str())));
        }
    }
    discard();
    return Status::success();
}

void HostingStaging::discard() const
{
    QDir(m_staging).removeRecursively();
}

} // namespace AltDist
