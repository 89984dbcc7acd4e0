// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceObjects.h"

#include <QCryptographicHash>

namespace Sandbox::Resources {

namespace {

QJsonObject toOne(const QString &type, const QString &id)
{
    return {{QStringLiteral("data"), JsonApiWriter::linkage(type, id)}};
}

/// url, urlExpirationDate and fileChecksum of a downloadable resource, the
/// URL signed afresh for every read.
void addDownload(const JsonApiWriter &writer, HandlerEnv &env, AssetKind kind, const QString &id,
                 QJsonObject *attributes)
{
    const Downloads::SignedUrl signedUrl =
        env.downloads.sign(writer.url({}), kind, id, writer.context().now);
    attributes->insert(QStringLiteral("url"), signedUrl.url);
    attributes->insert(QStringLiteral("urlExpirationDate"), JsonApiWriter::date(signedUrl.expires));
    attributes->insert(QStringLiteral("fileChecksum"), env.downloads.blobs().checksum(kind, id));
}

QJsonObject asset(const JsonApiWriter &writer, HandlerEnv &env, const AssetRecord &record,
                  AssetKind kind, const QString &type)
{
    QJsonObject attributes{{QStringLiteral("alternativeDistributionKeyBlob"),
                            QString::fromLatin1(record.keyBlob.toBase64())}};
    if (writer.wants(type, QStringLiteral("url")) || writer.wants(type, QStringLiteral("fileChecksum")))
        addDownload(writer, env, kind, record.id, &attributes);
    return writer.resource(type, record.id, attributes);
}

} // namespace

QJsonObject domain(const JsonApiWriter &writer, const DomainRecord &domain)
{
    return writer.resource(Types::domains, domain.id,
                           {{QStringLiteral("domain"), domain.domain},
                            {QStringLiteral("referenceName"), domain.referenceName},
                            {QStringLiteral("createdDate"), JsonApiWriter::date(domain.createdDate)}});
}

QJsonObject key(const JsonApiWriter &writer, const KeyRecord &key)
{
    return writer.resource(Types::keys, key.id, {{QStringLiteral("publicKey"), key.publicKey}});
}

QJsonObject app(const JsonApiWriter &writer, const AppRecord &app)
{
    const QJsonObject attributes{{QStringLiteral("name"), app.name},
                                 {QStringLiteral("bundleId"), app.bundleId},
                                 {QStringLiteral("sku"), app.sku},
                                 {QStringLiteral("primaryLocale"), app.primaryLocale},
                                 {QStringLiteral("isOrEverWasMadeForKids"), false},
                                 {QStringLiteral("contentRightsDeclaration"),
                                  QStringLiteral("DOES_NOT_USE_THIRD_PARTY_CONTENT")},
                                 {QStringLiteral("streamlinedPurchasingEnabled"), true}};
    QJsonObject relationships;
    for (const QString &name : {QStringLiteral("appStoreVersions"),
                               QStringLiteral("alternativeDistributionKey"),
                               QStringLiteral("webhooks")}) {
        relationships.insert(name, writer.relationshipLinks(Types::apps, app.id, name));
    }
    return writer.resource(Types::apps, app.id, attributes, relationships);
}

QJsonObject appStoreVersion(const JsonApiWriter &writer, HandlerEnv &env,
                            const AppStoreVersionRecord &version)
{
    const QJsonObject attributes{
        {QStringLiteral("platform"), version.platform},
        {QStringLiteral("versionString"), version.versionString},
        {QStringLiteral("appStoreState"), version.appStoreState},
        {QStringLiteral("appVersionState"), version.appVersionState},
        {QStringLiteral("copyright"), version.copyright},
        {QStringLiteral("reviewType"), version.reviewType},
        {QStringLiteral("releaseType"), version.releaseType},
        {QStringLiteral("downloadable"), true},
        {QStringLiteral("createdDate"), JsonApiWriter::date(version.createdDate)}};
    const QString packageRelationship = QStringLiteral("alternativeDistributionPackage");
    QJsonObject package =
        writer.relationshipLinks(Types::appStoreVersions, version.id, packageRelationship);
    if (writer.includes(packageRelationship)) {
        const PackageRecord *existing = env.store.packageForVersion(version.id);
        package.insert(QStringLiteral("data"),
                       existing ? QJsonValue(JsonApiWriter::linkage(Types::packages, existing->id))
                                : QJsonValue(QJsonValue::Null));
    }
    const QJsonObject relationships{{QStringLiteral("app"), toOne(Types::apps, version.appId)},
                                    {packageRelationship, package}};
    return writer.resource(Types::appStoreVersions, version.id, attributes, relationships);
}

QJsonObject package(const JsonApiWriter &writer, HandlerEnv &env, const PackageRecord &package,
                    const QStringList *versionIds)
{
    const QString versionsName = QStringLiteral("versions");
    QJsonObject versions = writer.relationshipLinks(Types::packages, package.id, versionsName);
    if (versionIds) {
        QJsonArray data;
        for (const QString &id : *versionIds)
            data.append(JsonApiWriter::linkage(Types::packageVersions, id));
        versions.insert(QStringLiteral("data"), data);
        const int total = int(env.store.versionsOfPackage(package.id).size());
        versions.insert(QStringLiteral("meta"),
                        QJsonObject{{QStringLiteral("paging"),
                                     QJsonObject{{QStringLiteral("total"), total},
                                                 {QStringLiteral("limit"), int(data.size())}}}});
    }
    // The checksum of what the developer submitted: derived from the id, stable.
    const QByteArray source = package.id.toUtf8() + QByteArray::number(env.store.seed());
    const QJsonObject checksum{
        {QStringLiteral("file"),
         QJsonObject{{QStringLiteral("hash"), QString::fromLatin1(QCryptographicHash::hash(
                                                  source, QCryptographicHash::Sha256).toHex())},
                     {QStringLiteral("algorithm"), QStringLiteral("SHA_256")}}},
        {QStringLiteral("composite"),
         QJsonObject{{QStringLiteral("hash"), QString::fromLatin1(QCryptographicHash::hash(
                                                  source, QCryptographicHash::Md5).toHex())},
                     {QStringLiteral("algorithm"), QStringLiteral("MD5")}}}};
    return writer.resource(Types::packages, package.id,
                           {{QStringLiteral("sourceFileChecksum"), checksum}},
                           {{versionsName, versions}});
}

QJsonObject packageVersion(const JsonApiWriter &writer, HandlerEnv &env,
                           const PackageVersionRecord &version)
{
    QJsonObject attributes{{QStringLiteral("version"), version.version},
                           {QStringLiteral("state"), version.state}};
    const QString &type = Types::packageVersions;
    if (writer.wants(type, QStringLiteral("url")) || writer.wants(type, QStringLiteral("fileChecksum")))
        addDownload(writer, env, AssetKind::PackageVersion, version.id, &attributes);
    QJsonObject relationships;
    for (const QString &name : {QStringLiteral("variants"), QStringLiteral("deltas")}) {
        QJsonObject relationship = writer.relationshipLinks(type, version.id, name);
        if (writer.includes(name)) {
            const bool variants = name == QLatin1String("variants");
            const auto assets = variants ? env.store.variantsOf(version.id)
                                         : env.store.deltasOf(version.id);
            QJsonArray data;
            for (const AssetRecord *assetRecord : assets)
                data.append(JsonApiWriter::linkage(variants ? Types::variants : Types::deltas,
                                                   assetRecord->id));
            relationship.insert(QStringLiteral("data"), data);
        }
        relationships.insert(name, relationship);
    }
    relationships.insert(QStringLiteral("alternativeDistributionPackage"),
                         toOne(Types::packages, version.packageId));
    return writer.resource(type, version.id, attributes, relationships);
}

QJsonObject variant(const JsonApiWriter &writer, HandlerEnv &env, const AssetRecord &variant)
{
    return asset(writer, env, variant, AssetKind::Variant, Types::variants);
}

QJsonObject delta(const JsonApiWriter &writer, HandlerEnv &env, const AssetRecord &delta)
{
    return asset(writer, env, delta, AssetKind::Delta, Types::deltas);
}

QJsonObject webhook(const JsonApiWriter &writer, const WebhookRecord &webhook)
{
    const QJsonObject attributes{{QStringLiteral("enabled"), webhook.enabled},
                                 {QStringLiteral("eventTypes"),
                                  QJsonArray::fromStringList(webhook.eventTypes)},
                                 {QStringLiteral("name"), webhook.name},
                                 {QStringLiteral("url"), webhook.url}};
    QJsonObject deliveries = writer.relationshipLinks(Types::webhooks, webhook.id,
                                                      QStringLiteral("deliveries"));
    const QJsonObject relationships{{QStringLiteral("app"), toOne(Types::apps, webhook.appId)},
                                    {QStringLiteral("deliveries"), deliveries}};
    return writer.resource(Types::webhooks, webhook.id, attributes, relationships);
}

QJsonObject marketplaceWebhook(const JsonApiWriter &writer, const MarketplaceWebhookRecord &webhook)
{
    return writer.resource(Types::marketplaceWebhooks, webhook.id,
                           {{QStringLiteral("endpointUrl"), webhook.endpointUrl}});
}

} // namespace Sandbox::Resources
