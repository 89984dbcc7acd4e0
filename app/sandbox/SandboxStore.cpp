// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxStore.h"

namespace Sandbox {

namespace {
constexpr qint64 kKiB = 1024;
constexpr qint64 kMiB = 1024 * kKiB;
} // namespace

SandboxStore::SandboxStore(quint32 seed)
    : m_seed(seed)
    , m_random(seed)
{
}

QString SandboxStore::newUuid()
{
    QByteArray bytes = randomBytes(16);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    const QString hex = QString::fromLatin1(bytes.toHex());
    return hex.mid(0, 8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4)
        + u'-' + hex.mid(20);
}

QString SandboxStore::newNumericId()
{
    return QString::number(m_random.bounded(Q_INT64_C(1000000000), Q_INT64_C(9999999999)));
}

QByteArray SandboxStore::randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(m_random.bounded(256));
    return bytes;
}

const KeyRecord *SandboxStore::keyForApp(const QString &appId) const
{
    return keys.first([&](const KeyRecord &key) { return key.appId == appId; });
}

const PackageRecord *SandboxStore::packageForVersion(const QString &appStoreVersionId) const
{
    return packages.first(
        [&](const PackageRecord &package) { return package.appStoreVersionId == appStoreVersionId; });
}

QList<const PackageVersionRecord *> SandboxStore::versionsOfPackage(const QString &packageId) const
{
    return packageVersions.select(
        [&](const PackageVersionRecord &version) { return version.packageId == packageId; });
}

QList<const AssetRecord *> SandboxStore::variantsOf(const QString &packageVersionId) const
{
    return variants.select(
        [&](const AssetRecord &variant) { return variant.packageVersionId == packageVersionId; });
}

QList<const AssetRecord *> SandboxStore::deltasOf(const QString &packageVersionId) const
{
    return deltas.select(
        [&](const AssetRecord &delta) { return delta.packageVersionId == packageVersionId; });
}

const PackageVersionRecord &SandboxStore::addPackageVersion(const QString &packageId,
                                                            const QString &version,
                                                            const QString &state,
                                                            const QString &fromVersionId)
{
    const PackageVersionRecord &added =
        packageVersions.insert({newUuid(), 0, packageId, version, state});
    const QString addedId = added.id;
    for (const QString &family : {QStringLiteral("iPhone"), QStringLiteral("iPad")}) {
        AssetRecord variant;
        variant.id = newUuid();
        variant.packageVersionId = addedId;
        variant.deviceFamily = family;
        variant.size = m_random.bounded(1 * kMiB, 3 * kMiB);
        variant.keyBlob = randomBytes(48);
        variants.insert(std::move(variant));
        if (fromVersionId.isEmpty())
            continue;
        AssetRecord delta;
        delta.id = newUuid();
        delta.packageVersionId = addedId;
        delta.deviceFamily = family;
        delta.fromPackageVersionId = fromVersionId;
        delta.size = m_random.bounded(200 * kKiB, 500 * kKiB);
        delta.keyBlob = randomBytes(48);
        deltas.insert(std::move(delta));
    }
    return *packageVersions.find(addedId);
}

} // namespace Sandbox
