// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// alternative-distribution-package.zip for one package version, built in
// memory with libzip: manifest.json (every variant and delta with publicId,
// assetPath, installTargets, fileSize, sha256, chunkSize, chunkDigests) and
// signature (a stand-in: SHA-512 over the seed and the manifest, not an
// Apple signature).

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Sandbox {

class Blobs;
class SandboxStore;

class PackageZip final
{
public:
    static constexpr qint64 kChunkSize = 512 * 1024;

    static QJsonObject manifest(const SandboxStore &store, Blobs &blobs,
                                const QString &packageVersionId);
    /// The zip's bytes; empty if libzip fails (it does not for in-memory data).
    static QByteArray build(const SandboxStore &store, Blobs &blobs,
                            const QString &packageVersionId);
    /// Files as (name, bytes) in a deterministic zip (fixed timestamps).
    static QByteArray zip(const QList<QPair<QString, QByteArray>> &files);
};

} // namespace Sandbox
