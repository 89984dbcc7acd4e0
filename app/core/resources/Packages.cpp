// SPDX-License-Identifier: GPL-3.0-or-later
#include "Packages.h"

namespace AltDist {

Result<Package> Package::fromJson(const QJsonObject &object)
{
    return Resources::decodeResource<Package>(object, [&](Package &p) {
        const QJsonObject checksum = object.value(QLatin1String("attributes"))
                                         .toObject()
                                         .value(QLatin1String("sourceFileChecksum"))
                                         .toObject();
        const QJsonObject file = checksum.value(QLatin1String("file")).toObject();
        const QJsonObject composite = checksum.value(QLatin1String("composite")).toObject();
        p.sourceFileChecksum.fileHash = file.value(QLatin1String("hash")).toString();
        p.sourceFileChecksum.fileAlgorithm = file.value(QLatin1String("algorithm")).toString();
        p.sourceFileChecksum.compositeHash = composite.value(QLatin1String("hash")).toString();
        p.sourceFileChecksum.compositeAlgorithm = composite.value(QLatin1String("algorithm")).toString();
    });
}

Pending<Package> PackagesApi::createForVersion(const QString &versionId) const
{
    if (const Status s = Resources::checkId(versionId); !s.ok())
        return Pending<Package>::failed(s.error());
    const QJsonObject data{
        {QStringLiteral("type"), QLatin1String(Package::kType)},
        {QStringLiteral("relationships"),
         QJsonObject{{QStringLiteral("appStoreVersion"),
                      QJsonObject{{QStringLiteral("data"),
                                   JsonApi::identifier(QStringLiteral("appStoreVersions"), versionId)}}}}},
    };
    return m_endpoint.create(data);
}

} // namespace AltDist
