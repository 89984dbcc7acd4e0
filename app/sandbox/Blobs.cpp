// SPDX-License-Identifier: GPL-3.0-or-later
#include "Blobs.h"

#include "PackageZip.h"
#include "SandboxStore.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>
#include <cstring>

namespace Sandbox {

namespace {

constexpr qint64 kCacheBudget = 96 * 1024 * 1024;

QString cacheKey(AssetKind kind, const QString &id)
{
    return Blobs::pathSegment(kind) + u'/' + id;
}

} // namespace

Blobs::Blobs(const SandboxStore &store)
    : m_store(store)
{
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
    const std::optional<QByteArray> data = bytes(kind, id);
    if (!data)
        return {};
    const QString sum =
        QString::fromLatin1(QCryptographicHash::hash(*data, QCryptographicHash::Sha256).toHex());
    m_checksums.insert(key, sum);
    return sum;
}

std::optional<QByteArray> Blobs::build(AssetKind kind, const QString &id)
{
    switch (kind) {
    case AssetKind::PackageVersion:
        if (!m_store.packageVersions.find(id))
            return std::nullopt;
        return PackageZip::build(m_store, *this, id);
    case AssetKind::Variant:
        if (const AssetRecord *variant = m_store.variants.find(id))
            return generate(m_store.seed(), id, variant->size);
        return std::nullopt;
    case AssetKind::Delta:
        if (const AssetRecord *delta = m_store.deltas.find(id))
            return generate(m_store.seed(), id, delta->size);
        return std::nullopt;
    }
    return std::nullopt;
}

QByteArray Blobs::generate(quint32 seed, const QString &id, qint64 size)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray(QByteArray::number(seed) + ':' + id.toUtf8()));
    const QByteArray digest = hash.result();
    std::array<quint32, 8> seedWords{};
    std::memcpy(seedWords.data(), digest.constData(), sizeof(seedWords));
    QRandomGenerator generator(seedWords.data(), seedWords.data() + seedWords.size());

    QByteArray data(int(size), Qt::Uninitialized);
    const qsizetype words = size / qsizetype(sizeof(quint32));
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), words);
    for (qsizetype i = words * qsizetype(sizeof(quint32)); i < size; ++i)
        data[i] = char(generator.bounded(256));
    return data;
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
