// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace AltDist {

/// What a package zip's manifest.json says a web server must host, read as
/// a client: only the fields the layout needs, anything else tolerated.
struct PackageManifest
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::PackageManifest)
public:
    enum class Kind { Variant, Delta };

    /// One variant or delta the manifest names.
    struct Asset
    {
        Kind kind = Kind::Variant;
        QString publicId;  ///< the variant's / delta's resource id (see HostingLayout)
        QString assetPath; ///< relative path on the web server, already checked by isSafeAssetPath()
        QString sha256;    ///< lower-case hex, empty when the manifest gives none
        qint64 fileSize = -1;
    };

    QList<Asset> variants; ///< never empty after parse()
    QList<Asset> deltas;

    /// The hosted files the zip itself provides.
    static QString manifestFileName() { return QStringLiteral("manifest.json"); }
    static QString signatureFileName() { return QStringLiteral("signature"); }

    /// Refuses: not a JSON object, no variants, an entry without publicId or
    /// assetPath, an assetPath that is not a safe relative path, or one path
    /// named twice (or naming manifest.json / signature).
    static Result<PackageManifest> parse(const QByteArray &json);

    /// A relative path that stays inside the directory it is laid out in:
    /// '/'-separated, not absolute, no empty, "." or ".." segment, no segment
    /// starting with '.' (hidden files; also keeps the layout's own staging
    /// names out of reach), no backslash, colon or control character.
    static bool isSafeAssetPath(const QString &path);

    /// Variants then deltas, in manifest order.
    QList<Asset> assets() const { return variants + deltas; }
};

} // namespace AltDist
