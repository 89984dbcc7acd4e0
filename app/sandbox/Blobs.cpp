// SPDX-License-Identifier: GPL-3.0-or-later
#include "Blobs.h"

#include "AssetStream.h"
#include "PackageZip.h"
#include "SandboxStore.h"

#include <QBuffer>
#include <QCryptographicHash>

namespace Sandbox {

namespace {

constexpr qint64 kCacheBudget = 96 * 1024 * 1024;

QString cacheKey(AssetKind kind, const QString &id)
{
    return Blobs::pathSegment(kind) + u'/' + id;
}

/// The record behind a variant or delta; nullptr for other kinds or unknown ids.
const AssetRecord *findAsset(const SandboxStore &store, AssetKind kind, const QString &id)
{
    switch (kind) {
    case AssetKind::Variant:
        return store.variants.find(id);
    case AssetKind::Delta:
        return store.deltas.find(id);
    case AssetKind::PackageVersion:
        break;
    }
    return nullptr;
}

} // namespace

Blobs::Blobs(const SandboxStore &store)
    : m_store(store)
{
}

std::unique_ptr<QIODevice> Blobs::open(AssetKind kind, const QString &id)
{
    const AssetRecord *asset = findAsset(m_store, kind, id);
    if (asset && asset->size > kStreamAbove)
        return std::make_unique<AssetStream>(m_store.seed(), id, asset->size);
    std::optional<QByteArray> data = bytes(kind, id);
    if (!data)
        return nullptr;
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(*data);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

std::optional<QByteArray> Blobs::bytes(AssetKind kind, const QString &id)
{
    const QString key = cacheKey(kind, id);
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.cend())
        return *cached;
    std::optional<QByteArray> built = build(kind, id);
    if (!built)
        return std::nullopt;
    if (m_cachedBytes + built->size() > kCacheBudget) {
        m_cache.clear();
        m_cachedBytes = 0;
    }
    m_cache.insert(key, *built);
    m_cachedBytes += built->size();
    return built;
}

QString Blobs::checksum(AssetKind kind, const QString &id)
{
    const QString key = cacheKey(kind, id);
    const auto known = m_checksums.constFind(key);
    if (known != m_checksums.cend())
        return *known;
    const std::unique_ptr<QIODevice> data = open(kind, id);
    if (!data)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(data.get());
    const QString sum = QString::fromLatin1(hash.result().toHex());
    m_checksums.insert(key, sum);
    return sum;
}

std::optional<QByteArray> Blobs::build(AssetKind kind, const QString &id)
{
    if (kind == AssetKind::PackageVersion) {
        if (!m_store.packageVersions.find(id))
            return std::nullopt;
        return PackageZip::build(m_store, *this, id);
    }
    if (const AssetRecord *asset = findAsset(m_store, kind, id))
        return generate(m_store.seed(), id, asset->size);
    return std::nullopt;
}

QByteArray Blobs::generate(quint32 seed, const QString &id, qint64 size)
{
    return AssetStream(seed, id, size).readAll();
}

QString Blobs::pathSegment(AssetKind kind)
{
    switch (kind) {
    case AssetKind::PackageVersion:
        return QStringLiteral("packageVersions");
    case AssetKind::Variant:
        return QStringLiteral("variants");
    case AssetKind::Delta:
        return QStringLiteral("deltas");
    }
    return {};
}

std::optional<AssetKind> Blobs::kindFromSegment(const QString &segment)
{
    for (AssetKind kind : {AssetKind::PackageVersion, AssetKind::Variant, AssetKind::Delta}) {
        if (pathSegment(kind) == segment)
            return kind;
    }
    return std::nullopt;
}

QString Blobs::fileName(AssetKind kind, const QString &id)
{
    switch (kind) {
    case AssetKind::PackageVersion:
        return QStringLiteral("alternative-distribution-package.zip");
    case AssetKind::Variant:
        return id + QStringLiteral(".ipa");
    case AssetKind::Delta:
        return id + QStringLiteral(".delta");
    }
    return {};
}

QByteArray Blobs::contentType(AssetKind kind)
{
    return kind == AssetKind::PackageVersion ? QByteArrayLiteral("application/zip")
                                             : QByteArrayLiteral("application/octet-stream");
}

} // namespace Sandbox
