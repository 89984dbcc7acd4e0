// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace AltDist {

/// What a browse page asks to download: a package version's zip, a variant or
/// a delta, as the resource object the API returned (decode it with
/// PackageVersion::fromJson / Variant::fromJson / Delta::fromJson), plus a
/// short label for the downloads list ("Lumen Notes 2.3.0 · variant 1").
struct DownloadRequest
{
    enum class Kind { PackageVersion, Variant, Delta };
    Kind kind = Kind::Variant;
    QJsonObject resource;
    QString label;
};

} // namespace AltDist
