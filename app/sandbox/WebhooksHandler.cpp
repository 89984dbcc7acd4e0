// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceHandlers.h"
#include "ResourceObjects.h"

#include <QJsonArray>

namespace Sandbox {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

/// Applies the attributes present (non-null) in a create or update body.
void applyAttributes(const QJsonObject &attributes, WebhookRecord *webhook)
{
    const auto has = [&](const char *name) {
        const QJsonValue value = attributes.value(QLatin1String(name));
        return !value.isUndefined() && !value.isNull();
    };
    if (has("name"))
        webhook->name = attributes.value(QStringLiteral("name")).toString();
    if (has("url"))
        webhook->url = attributes.value(QStringLiteral("url")).toString();
    if (has("secret"))
        webhook->secret = attributes.value(QStringLiteral("secret")).toString();
    if (has("enabled"))
        webhook->enabled = attributes.value(QStringLiteral("enabled")).toBool();
    if (has("eventTypes"))
        webhook->eventTypes = stringList(attributes.value(QStringLiteral("eventTypes")));
}

} // namespace

void WebhooksHandler::registerRoutes(RouteTable &routes, HandlerEnv &env)
{
    routes.insert(routeKey("GET", "/v1/apps/{id}/webhooks"), [&env](const RequestContext &context) {
        const QString appId = pathId(context);
        if (!env.store.apps.find(appId))
            return notFoundResponse(Types::apps, appId);
        const JsonApiWriter writer(context);
        const auto rows = env.store.webhooks.select(
            [&](const WebhookRecord &webhook) { return webhook.appId == appId; });
        return pagedList<WebhookRecord>(
            writer, rows, [&](const WebhookRecord &webhook) { return Resources::webhook(writer, webhook); },
            [&](const WebhookRecord &webhook, IncludedResources &included) {
                if (writer.includes(QStringLiteral("app")))
                    included.add(Resources::app(writer, *env.store.apps.find(webhook.appId)));
            });
    });

    routes.insert(routeKey("GET", "/v1/webhooks/{id}"), [&env](const RequestContext &context) {
        const WebhookRecord *webhook = env.store.webhooks.find(pathId(context));
        if (!webhook)
            return notFoundResponse(Types::webhooks, pathId(context));
        const JsonApiWriter writer(context);
        IncludedResources included;
        const AppRecord *app = env.store.apps.find(webhook->appId);
        if (app && writer.includes(QStringLiteral("app")))
            included.add(Resources::app(writer, *app));
        return writer.single(Resources::webhook(writer, *webhook), included.array());
    });

    // The sandbox delivers nothing, so a webhook's delivery log stays empty.
    routes.insert(routeKey("GET", "/v1/webhooks/{id}/deliveries"),
                  [&env](const RequestContext &context) {
                      if (!env.store.webhooks.find(pathId(context)))
                          return notFoundResponse(Types::webhooks, pathId(context));
                      return pagedList<WebhookRecord>(JsonApiWriter(context), {},
                                                      [](const WebhookRecord &) { return QJsonObject(); });
                  });

    routes.insert(routeKey("POST", "/v1/webhooks"), [&env](const RequestContext &context) {
        const QJsonObject data = requestData(context);
        const QString appId = relatedId(data, QStringLiteral("app"));
        if (!env.store.apps.find(appId)) {
            return invalidRelationship(QStringLiteral("app"),
                                       tr("There is no app with id '%1'.").arg(appId));
        }
        WebhookRecord webhook;
        webhook.id = env.store.newUuid();
        webhook.appId = appId;
        applyAttributes(data.value(QStringLiteral("attributes")).toObject(), &webhook);
        const WebhookRecord &created = env.store.webhooks.insert(std::move(webhook));
        const JsonApiWriter writer(context);
        return writer.created(Resources::webhook(writer, created));
    });

    routes.insert(routeKey("PATCH", "/v1/webhooks/{id}"), [&env](const RequestContext &context) {
        WebhookRecord *webhook = env.store.webhooks.find(pathId(context));
        if (!webhook)
            return notFoundResponse(Types::webhooks, pathId(context));
        const QJsonObject data = requestData(context);
        if (data.value(QStringLiteral("id")).toString() != webhook->id) {
            return errorResponse(conflict(QStringLiteral("ENTITY_ERROR.ATTRIBUTE.INVALID"),
                                          tr("An attribute value is invalid."),
                                          tr("The id in the body does not match the URL."),
                                          QStringLiteral("/data/id")));
        }
        applyAttributes(data.value(QStringLiteral("attributes")).toObject(), webhook);
        const JsonApiWriter writer(context);
        return writer.single(Resources::webhook(writer, *webhook));
    });

    routes.insert(routeKey("DELETE", "/v1/webhooks/{id}"),
                  deleteById(env.store.webhooks, Types::webhooks));

    // A ping is accepted (the sandbox sends nothing); a redelivery needs a
    // delivery to copy, and there are none.
    routes.insert(routeKey("POST", "/v1/webhookPings"), [&env](const RequestContext &context) {
        const QString webhookId = relatedId(requestData(context), QStringLiteral("webhook"));
        if (!env.store.webhooks.find(webhookId)) {
            return invalidRelationship(QStringLiteral("webhook"),
                                       tr("There is no webhook with id '%1'.").arg(webhookId));
        }
        const JsonApiWriter writer(context);
        return writer.created(writer.resource(QStringLiteral("webhookPings"), env.store.newUuid(), {}));
    });
    routes.insert(routeKey("POST", "/v1/webhookDeliveries"), [](const RequestContext &context) {
        const QString templateId = relatedId(requestData(context), QStringLiteral("template"));
        return invalidRelationship(
            QStringLiteral("template"),
            tr("There is no webhook delivery with id '%1'.").arg(templateId));
    });

    // The deprecated one-per-account predecessor.
    routes.insert(routeKey("GET", "/v1/marketplaceWebhooks"), [&env](const RequestContext &context) {
        const JsonApiWriter writer(context);
        return pagedList<MarketplaceWebhookRecord>(
            writer, env.store.marketplaceWebhooks.select(),
            [&](const MarketplaceWebhookRecord &webhook) {
                return Resources::marketplaceWebhook(writer, webhook);
            });
    });
    routes.insert(routeKey("POST", "/v1/marketplaceWebhooks"), [&env](const RequestContext &context) {
        const QJsonObject attributes =
            requestData(context).value(QStringLiteral("attributes")).toObject();
        if (env.store.marketplaceWebhooks.size() > 0) {
            return errorResponse(conflict(
                QStringLiteral("ENTITY_ERROR"), tr("The entity cannot be created."),
                tr("The account already has a marketplace webhook; update or delete it."),
                QStringLiteral("/data")));
        }
        const MarketplaceWebhookRecord &created = env.store.marketplaceWebhooks.insert(
            {env.store.newUuid(), 0, attributes.value(QStringLiteral("endpointUrl")).toString(),
             attributes.value(QStringLiteral("secret")).toString()});
        const JsonApiWriter writer(context);
        return writer.created(Resources::marketplaceWebhook(writer, created));
    });
    routes.insert(routeKey("PATCH", "/v1/marketplaceWebhooks/{id}"),
                  [&env](const RequestContext &context) {
                      MarketplaceWebhookRecord *webhook =
                          env.store.marketplaceWebhooks.find(pathId(context));
                      if (!webhook)
                          return notFoundResponse(Types::marketplaceWebhooks, pathId(context));
                      const QJsonObject attributes =
                          requestData(context).value(QStringLiteral("attributes")).toObject();
                      if (attributes.value(QStringLiteral("endpointUrl")).isString())
                          webhook->endpointUrl = attributes.value(QStringLiteral("endpointUrl")).toString();
                      if (attributes.value(QStringLiteral("secret")).isString())
                          webhook->secret = attributes.value(QStringLiteral("secret")).toString();
                      const JsonApiWriter writer(context);
                      return writer.single(Resources::marketplaceWebhook(writer, *webhook));
                  });
    routes.insert(routeKey("DELETE", "/v1/marketplaceWebhooks/{id}"),
                  deleteById(env.store.marketplaceWebhooks, Types::marketplaceWebhooks));
}

} // namespace Sandbox
