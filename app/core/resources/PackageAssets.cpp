// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageAssets.h"

namespace AltDist {

template <typename T>
Result<T> PackageAsset::decodeAsset(const QJsonObject &object)
{
    return Resources::decodeResource<T>(object, [&](T &a) {
        a.url = QUrl(JsonApi::attribute(object, QStringLiteral("url")), QUrl::StrictMode);
        a.urlExpirationDate = JsonApi::dateAttribute(object, QStringLiteral("urlExpirationDate"));
        a.fileChecksum = JsonApi::attribute(object, QStringLiteral("fileChecksum"));
        a.alternativeDistributionKeyBlob = JsonApi::attribute(object, QStringLiteral("alternativeDistributionKeyBlob"));
    });
}

Result<Variant> Variant::fromJson(const QJsonObject &object)
{
    return decodeAsset<Variant>(object);
}

Result<Delta> Delta::fromJson(const QJsonObject &object)
{
    return decodeAsset<Delta>(object);
}

} // namespace AltDist
