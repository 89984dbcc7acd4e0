// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The downloadable files behind package versions (the package zip),
// variants and deltas: generated deterministically from the store's seed and
// the resource id, on first use, and cached within a memory budget.

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace Sandbox {

class SandboxStore;

enum class AssetKind { PackageVersion, Variant, Delta };

class Blobs final
{
public:
    explicit Blobs(const SandboxStore &store);

    /// The file's bytes; nullopt when the resource does not exist (any more).
    std::optional<QByteArray> bytes(AssetKind kind, const QString &id);
    /// SHA-256 hex of bytes(kind, id); empty when the resource does not exist.
    QString checksum(AssetKind kind, const QString &id);

    /// `size` pseudo-random bytes, the same for the same seed and id.
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
