// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageManifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace AltDist {

namespace {

constexpr int kMaxPathLength = 1024;
constexpr qint64 kMaxFileSize = qint64(1) << 40;

Error manifestError(const QString &detail)
{
    return {Error::Kind::Protocol, PackageManifest::tr("The package's manifest.json is not usable: %1").arg(detail)};
}

bool isHex64(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

Result<PackageManifest::Asset> parseAsset(const QJsonValue &value, PackageManifest::Kind kind, int index)
{
    const QString where = kind == PackageManifest::Kind::Variant ? QStringLiteral("variants[%1]").arg(index)
                                                                 : QStringLiteral("deltas[%1]").arg(index);
    if (!value.isObject())
        return manifestError(PackageManifest::tr("%1 is not an object.").arg(where));
    const QJsonObject object = value.toObject();
    PackageManifest::Asset asset;
    asset.kind = kind;
    asset.publicId = object.value(QLatin1String("publicId")).toString();
    asset.assetPath = object.value(QLatin1String("assetPath")).toString();
    if (asset.publicId.isEmpty())
        return manifestError(PackageManifest::tr("%1 has no publicId.").arg(where));
    if (!PackageManifest::isSafeAssetPath(asset.assetPath)) {
        return manifestError(PackageManifest::tr("%1 has the assetPath \"%2\", which is not a plain relative path "
                                                 "inside the hosting directory.")
                                 .arg(where, asset.assetPath.left(200)));
    }
    const QJsonValue sha = object.value(QLatin1String("sha256"));
    if (!sha.isUndefined()) {
        asset.sha256 = sha.toString().toLower();
        if (!isHex64(asset.sha256))
            return manifestError(PackageManifest::tr("%1 has a sha256 that is not 64 hex digits.").arg(where));
    }
    const QJsonValue size = object.value(QLatin1String("fileSize"));
    // Unknown unless plausible: a double beyond qint64 does not convert (undefined
    // behaviour), and sizes up to 1 TiB each cannot overflow the progress totals.
    if (size.isDouble() && size.toDouble() >= 0 && size.toDouble() <= double(kMaxFileSize))
        asset.fileSize = qint64(size.toDouble());
    return asset;
}

Result<QList<PackageManifest::Asset>> parseList(const QJsonObject &root, const QString &key, PackageManifest::Kind kind)
{
    const QJsonValue value = root.value(key);
    if (value.isUndefined() || value.isNull())
        return QList<PackageManifest::Asset>();
    if (!value.isArray())
        return manifestError(PackageManifest::tr("\"%1\" is not an array.").arg(key));
    const QJsonArray array = value.toArray();
    QList<PackageManifest::Asset> assets;
    for (int i = 0; i < array.size(); ++i) {
        Result<PackageManifest::Asset> asset = parseAsset(array.at(i), kind, i);
        if (!asset.ok())
            return asset.error();
        assets.append(std::move(asset).value());
    }
    return assets;
}

} // namespace

bool PackageManifest::isSafeAssetPath(const QString &path)
{
    if (path.isEmpty() || path.size() > kMaxPathLength)
        return false;
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c == QLatin1Char('\\') || c == QLatin1Char(':') || c.unicode() == 0x7f)
            return false;
    }
    const QStringList segments = path.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        // Catches "", ".", "..", a leading "/" (empty first segment) and hidden names.
        if (segment.isEmpty() || segment.startsWith(QLatin1Char('.')))
            return false;
    }
    return true;
}

Result<PackageManifest> PackageManifest::parse(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return manifestError(error.errorString());
    if (!document.isObject())
        return manifestError(tr("it is not a JSON object."));
    const QJsonObject root = document.object();

    PackageManifest manifest;
    Result<QList<Asset>> variants = parseList(root, QStringLiteral("variants"), Kind::Variant);
    if (!variants.ok())
        return variants.error();
    Result<QList<Asset>> deltas = parseList(root, QStringLiteral("deltas"), Kind::Delta);
    if (!deltas.ok())
        return deltas.error();
    manifest.variants = std::move(variants).value();
    manifest.deltas = std::move(deltas).value();
    if (manifest.variants.isEmpty())
        return manifestError(tr("it names no variant."));

    QSet<QString> paths{manifestFileName(), signatureFileName()};
    const QList<Asset> all = manifest.assets();
    for (const Asset &asset : all) {
        if (paths.contains(asset.assetPath))
            return manifestError(tr("the path \"%1\" is named twice.").arg(asset.assetPath));
        paths.insert(asset.assetPath);
    }
    return manifest;
}

} // namespace AltDist
