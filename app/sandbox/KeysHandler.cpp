// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceHandlers.h"
#include "ResourceObjects.h"

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace Sandbox {

bool KeysHandler::isP256PublicKeyPem(const QString &pem)
{
    const QByteArray bytes = pem.trimmed().toUtf8();
    if (!bytes.startsWith("-----BEGIN PUBLIC KEY-----") || !bytes.endsWith("-----END PUBLIC KEY-----"))
        return false;
    const std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(bytes.constData(), int(bytes.size())), BIO_free);
    if (!bio)
        return false;
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr), EVP_PKEY_free);
    ERR_clear_error();
    if (!key || !EVP_PKEY_is_a(key.get(), "EC"))
        return false;
    char group[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof(group),
                                       &length) != 1) {
        return false;
    }
    return qstrcmp(group, "prime256v1") == 0;
}

void KeysHandler::registerRoutes(RouteTable &routes, HandlerEnv &env)
{
    routes.insert(routeKey("GET", "/v1/alternativeDistributionKeys"),
                  [&env](const RequestContext &context) {
                      const JsonApiWriter writer(context);
                      const QString exists = context.request.query.queryItemValue(
                          QStringLiteral("exists[app]"));
                      const auto rows = env.store.keys.select([&](const KeyRecord &key) {
                          return exists.isEmpty()
                              || (exists == QLatin1String("true")) == !key.appId.isEmpty();
                      });
                      return pagedList<KeyRecord>(writer, rows, [&](const KeyRecord &key) {
                          return Resources::key(writer, key);
                      });
                  });

    routes.insert(routeKey("GET", "/v1/alternativeDistributionKeys/{id}"),
                  getById<KeyRecord>(env.store.keys, Types::keys, &Resources::key));
    routes.insert(routeKey("DELETE", "/v1/alternativeDistributionKeys/{id}"),
                  deleteById(env.store.keys, Types::keys));

    routes.insert(routeKey("POST", "/v1/alternativeDistributionKeys"),
                  [&env](const RequestContext &context) {
                      const QJsonObject data = requestData(context);
                      const QString publicKey = data.value(QStringLiteral("attributes")).toObject()
                                                    .value(QStringLiteral("publicKey")).toString();
                      const QString appId = relatedId(data, QStringLiteral("app"));
                      if (!isP256PublicKeyPem(publicKey)) {
                          return errorResponse(conflict(
                              QStringLiteral("ENTITY_ERROR.ATTRIBUTE.INVALID"),
                              tr("An attribute value is invalid."),
                              tr("The public key must be a PEM-encoded EC P-256 public key "
                                 "(-----BEGIN PUBLIC KEY-----)."),
                              QStringLiteral("/data/attributes/publicKey")));
                      }
                      const QString app = QStringLiteral("app");
                      if (!appId.isEmpty() && !env.store.apps.find(appId)) {
                          return invalidRelationship(
                              app, tr("There is no app with id '%1'.").arg(appId));
                      }
                      if (const KeyRecord *existing =
                              appId.isEmpty() ? nullptr : env.store.keyForApp(appId)) {
                          return invalidRelationship(
                              app, tr("The app '%1' already has the alternative distribution "
                                      "key '%2'. Delete it before adding another.")
                                       .arg(appId, existing->id));
                      }
                      const KeyRecord &created = env.store.keys.insert(
                          {env.store.newUuid(), 0, publicKey.trimmed() + u'\n', appId});
                      const JsonApiWriter writer(context);
                      return writer.created(Resources::key(writer, created));
                  });

    const auto appKey = [&env](const RequestContext &context, bool linkageOnly) {
        const JsonApiWriter writer(context);
        if (!env.store.apps.find(pathId(context)))
            return notFoundResponse(Types::apps, pathId(context));
        const KeyRecord *key = env.store.keyForApp(pathId(context));
        if (!key)
            return writer.nullSingle();
        return writer.single(linkageOnly ? JsonApiWriter::linkage(Types::keys, key->id)
                                         : Resources::key(writer, *key));
    };
    routes.insert(routeKey("GET", "/v1/apps/{id}/alternativeDistributionKey"),
                  [appKey](const RequestContext &context) { return appKey(context, false); });
    routes.insert(routeKey("GET", "/v1/apps/{id}/relationships/alternativeDistributionKey"),
                  [appKey](const RequestContext &context) { return appKey(context, true); });
}

} // namespace Sandbox
