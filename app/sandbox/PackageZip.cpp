// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageZip.h"

#include "Blobs.h"
#include "DemoData.h"
#include "SandboxStore.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <zip.h>

#include <memory>

namespace Sandbox {

namespace {

QJsonArray installTargets(const QString &deviceFamily)
{
    return {QJsonObject{{QStringLiteral("deviceFamily"), deviceFamily},
                        {QStringLiteral("minimumOSVersion"), QStringLiteral("17.4")}}};
}

QJsonObject assetEntry(const AssetRecord &asset, AssetKind kind, Blobs &blobs)
{
    // Read as a stream: a variant may be far larger than memory should hold.
    const std::unique_ptr<QIODevice> data = blobs.open(kind, asset.id);
    const qint64 fileSize = data ? data->size() : 0;
    QJsonArray chunkDigests;
    for (qint64 offset = 0; offset < fileSize; offset += PackageZip::kChunkSize) {
        const QByteArray chunk = data->read(PackageZip::kChunkSize);
        chunkDigests.append(QString::fromLatin1(
            QCryptographicHash::hash(chunk, QCryptographicHash::Sha256).toHex()));
    }
    const QString folder = kind == AssetKind::Variant ? QStringLiteral("variant/")
                                                      : QStringLiteral("delta/");
    return {{QStringLiteral("publicId"), asset.id},
            {QStringLiteral("assetPath"), QString(folder + Blobs::fileName(kind, asset.id))},
            {QStringLiteral("installTargets"), installTargets(asset.deviceFamily)},
            {QStringLiteral("fileSize"), double(fileSize)},
            {QStringLiteral("sha256"), blobs.checksum(kind, asset.id)},
            {QStringLiteral("chunkSize"), double(PackageZip::kChunkSize)},
            {QStringLiteral("chunkDigests"), chunkDigests}};
}

} // namespace

QJsonObject PackageZip::manifest(const SandboxStore &store, Blobs &blobs,
                                 const QString &packageVersionId)
{
    QJsonObject manifest{{QStringLiteral("manifestVersion"), 1},
                         {QStringLiteral("packageVersionId"), packageVersionId}};
    if (const PackageVersionRecord *version = store.packageVersions.find(packageVersionId)) {
        manifest.insert(QStringLiteral("packageVersion"), version->version);
        const PackageRecord *package = store.packages.find(version->packageId);
        const AppStoreVersionRecord *appVersion =
            package ? store.appStoreVersions.find(package->appStoreVersionId) : nullptr;
        const AppRecord *app = appVersion ? store.apps.find(appVersion->appId) : nullptr;
        if (app && appVersion) {
            manifest.insert(QStringLiteral("bundleId"), app->bundleId);
            manifest.insert(QStringLiteral("shortVersionString"), appVersion->versionString);
        }
    }
    QJsonArray variants;
    for (const AssetRecord *variant : store.variantsOf(packageVersionId))
        variants.append(assetEntry(*variant, AssetKind::Variant, blobs));
    QJsonArray deltas;
    for (const AssetRecord *delta : store.deltasOf(packageVersionId)) {
        QJsonObject entry = assetEntry(*delta, AssetKind::Delta, blobs);
        const PackageVersionRecord *from = store.packageVersions.find(delta->fromPackageVersionId);
        entry.insert(QStringLiteral("fromPackageVersionId"), delta->fromPackageVersionId);
        entry.insert(QStringLiteral("fromPackageVersion"), from ? from->version : QString());
        deltas.append(entry);
    }
    manifest.insert(QStringLiteral("variants"), variants);
    manifest.insert(QStringLiteral("deltas"), deltas);
    return manifest;
}

QByteArray PackageZip::build(const SandboxStore &store, Blobs &blobs,
                             const QString &packageVersionId)
{
    const QByteArray manifestJson =
        QJsonDocument(manifest(store, blobs, packageVersionId)).toJson(QJsonDocument::Indented);
    const QByteArray signature = QCryptographicHash::hash(
        QByteArray(QByteArray::number(store.seed()) + '\n' + manifestJson), QCryptographicHash::Sha512);
    return zip({{QStringLiteral("manifest.json"), manifestJson},
                {QStringLiteral("signature"), signature}});
}

QByteArray PackageZip::zip(const QList<QPair<QString, QByteArray>> &files)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer)
        return {};
    zip_source_keep(buffer); // survives zip_close, which writes into it
    const std::unique_ptr<zip_source_t, void (*)(zip_source_t *)> holder(buffer, zip_source_free);

    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    zip_error_fini(&error);
    if (!archive)
        return {};
    const time_t modified = time_t(demoEpoch().toSecsSinceEpoch());
    bool ok = true;
    for (const auto &file : files) {
        zip_source_t *content =
            zip_source_buffer(archive, file.second.constData(), zip_uint64_t(file.second.size()), 0);
        const zip_int64_t index = content
            ? zip_file_add(archive, file.first.toUtf8().constData(), content, ZIP_FL_ENC_UTF_8)
            : -1;
        if (index < 0) {
            if (content)
                zip_source_free(content);
            ok = false;
            break;
        }
        zip_file_set_mtime(archive, zip_uint64_t(index), modified, 0);
    }
    if (!ok) {
        zip_discard(archive);
        return {};
    }
    if (zip_close(archive) != 0) {
        zip_discard(archive);
        return {};
    }

    zip_stat_t stat;
    if (zip_source_stat(buffer, &stat) != 0 || zip_source_open(buffer) != 0)
        return {};
    QByteArray out(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(buffer, out.data(), stat.size);
    zip_source_close(buffer);
    return read == zip_int64_t(stat.size) ? out : QByteArray();
}

} // namespace Sandbox
