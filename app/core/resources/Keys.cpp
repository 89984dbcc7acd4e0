// SPDX-License-Identifier: GPL-3.0-or-later
#include "Keys.h"

#include "EcKeyPair.h"

namespace AltDist {

namespace {
const QString kApps = QStringLiteral("apps");

DistributionKey withApp(DistributionKey key, const QString &appId)
{
    if (key.appId.isEmpty())
        key.appId = appId;
    return key;
}
} // namespace

Result<DistributionKey> DistributionKey::fromJson(const QJsonObject &object)
{
    return Resources::decodeResource<DistributionKey>(object, [&](DistributionKey &k) {
        k.publicKey = JsonApi::attribute(object, QStringLiteral("publicKey"));
        k.appId = JsonApi::relatedId(object, QStringLiteral("app"));
    });
}

Pending<Page<DistributionKey>> KeysApi::list(int limit, std::optional<bool> existsApp) const
{
    QUrlQuery extra;
    if (existsApp)
        extra.addQueryItem(QStringLiteral("exists[app]"), *existsApp ? QStringLiteral("true") : QStringLiteral("false"));
    return m_endpoint.list(limit, extra);
}

Pending<DistributionKey> KeysApi::create(const QByteArray &publicKeyPem, const QString &appId) const
{
    const Result<QByteArray> pem = EcKeyPair::validatePublicKeyPem(publicKeyPem);
    if (!pem.ok())
        return Pending<DistributionKey>::failed(pem.error());
    QJsonObject data{
        {QStringLiteral("type"), QLatin1String(DistributionKey::kType)},
        {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("publicKey"), QString::fromLatin1(pem.value())}}},
    };
    if (!appId.isEmpty()) {
        if (const Status s = Resources::checkId(appId); !s.ok())
            return Pending<DistributionKey>::failed(s.error());
        data.insert(QStringLiteral("relationships"),
                    QJsonObject{{QStringLiteral("app"),
                                 QJsonObject{{QStringLiteral("data"), JsonApi::identifier(kApps, appId)}}}});
    }
    return m_endpoint.create(data).map<DistributionKey>(
        [appId](const DistributionKey &key) -> Result<DistributionKey> { return withApp(key, appId); });
}

Pending<std::optional<DistributionKey>> KeysApi::forApp(const QString &appId) const
{
    using Optional = std::optional<DistributionKey>;
    return m_endpoint.getRelated(kApps, appId, QStringLiteral("alternativeDistributionKey"))
        .map<Optional>([appId](const Optional &key) -> Result<Optional> {
            if (!key)
                return Optional{};
            return Optional{withApp(*key, appId)};
        });
}

} // namespace AltDist
