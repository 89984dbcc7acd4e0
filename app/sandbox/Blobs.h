// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The downloadable files behind package versions (the package zip),
// variants and deltas: generated deterministically from the store's seed and
// the resource id (AssetStream), on first use, and cached within a memory
// budget. Variants and deltas above kStreamAbove are never held in memory:
// open() generates them as they are read.

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

class QIODevice;

namespace Sandbox {

class SandboxStore;

enum class AssetKind { PackageVersion, Variant, Delta };

class Blobs final
{
public:
    explicit Blobs(const SandboxStore &store);

    /// Larger variants and deltas are streamed, never cached.
    static constexpr qint64 kStreamAbove = 4 * 1024 * 1024;

    /// The file as a readable, seekable device at offset 0; nullptr when the
    /// resource does not exist (any more). What downloads read from.
    std::unique_ptr<QIODevice> open(AssetKind kind, const QString &id);
    /// The file's bytes, whole in memory (small files); nullopt when the
    /// resource does not exist (any more).
    std::optional<QByteArray> bytes(AssetKind kind, const QString &id);
    /// SHA-256 hex of the file, hashed once as a stream and remembered;
    /// empty when the resource does not exist.
    QString checksum(AssetKind kind, const QString &id);

    /// `size` pseudo-random bytes, the same for the same seed and id: the
    /// whole of an AssetStream.
    static QByteArray generate(quint32 seed, const QString &id, qint64 size);

    static QString pathSegment(AssetKind kind); ///< "packageVersions", "variants", "deltas"
    static std::optional<AssetKind> kindFromSegment(const QString &segment);
    static QString fileName(AssetKind kind, const QString &id);
    static QByteArray contentType(AssetKind kind);

private:
    std::optional<QByteArray> build(AssetKind kind, const QString &id);

    const SandboxStore &m_store;
    QHash<QString, QByteArray> m_cache;
    QHash<QString, QString> m_checksums;
    qint64 m_cachedBytes = 0;
};

} // namespace Sandbox
