// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceHandlers.h"
#include "ResourceObjects.h"

#include <QRegularExpression>

namespace Sandbox {

bool DomainsHandler::isHostName(const QString &domain)
{
    // Labels of letters, digits and inner hyphens, at least two of them, the
    // last starting with a letter (so no IP addresses); 253 characters at most.
    static const QRegularExpression host(QStringLiteral(
        "^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+"
        "[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    return host.match(domain).hasMatch();
}

void DomainsHandler::registerRoutes(RouteTable &routes, HandlerEnv &env)
{
    routes.insert(routeKey("GET", "/v1/alternativeDistributionDomains"),
                  [&env](const RequestContext &context) {
                      const JsonApiWriter writer(context);
                      return pagedList<DomainRecord>(writer, env.store.domains.select(),
                                                     [&](const DomainRecord &domain) {
                                                         return Resources::domain(writer, domain);
                                                     });
                  });

    routes.insert(routeKey("GET", "/v1/alternativeDistributionDomains/{id}"),
                  getById<DomainRecord>(env.store.domains, Types::domains, &Resources::domain));
    routes.insert(routeKey("DELETE", "/v1/alternativeDistributionDomains/{id}"),
                  deleteById(env.store.domains, Types::domains));

    routes.insert(routeKey("POST", "/v1/alternativeDistributionDomains"),
                  [&env](const RequestContext &context) {
                      const QJsonObject attributes =
                          requestData(context).value(QStringLiteral("attributes")).toObject();
                      const QString domain =
                          attributes.value(QStringLiteral("domain")).toString();
                      const QString referenceName =
                          attributes.value(QStringLiteral("referenceName")).toString();
                      const QString domainPointer = QStringLiteral("/data/attributes/domain");
                      if (!isHostName(domain)) {
                          return errorResponse(conflict(
                              QStringLiteral("ENTITY_ERROR.ATTRIBUTE.INVALID"),
                              tr("An attribute value is invalid."),
                              tr("'%1' is not a valid domain. Enter a host name such as "
                                 "apps.example.com, without scheme, path or port.")
                                  .arg(domain),
                              domainPointer));
                      }
                      if (referenceName.trimmed().isEmpty()) {
                          return errorResponse(conflict(
                              QStringLiteral("ENTITY_ERROR.ATTRIBUTE.INVALID"),
                              tr("An attribute value is invalid."),
                              tr("The reference name must not be empty."),
                              QStringLiteral("/data/attributes/referenceName")));
                      }
                      const DomainRecord *existing =
                          env.store.domains.first([&](const DomainRecord &record) {
                              return record.domain.compare(domain, Qt::CaseInsensitive) == 0;
                          });
                      if (existing) {
                          return errorResponse(conflict(
                              QStringLiteral("ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE"),
                              tr("The provided entity includes an attribute with a value that "
                                 "has already been used."),
                              tr("The domain '%1' is already registered (%2).")
                                  .arg(domain, existing->id),
                              domainPointer));
                      }
                      const DomainRecord &created = env.store.domains.insert(
                          {env.store.newUuid(), 0, domain.toLower(), referenceName,
                           context.now.toUTC()});
                      const JsonApiWriter writer(context);
                      return writer.created(Resources::domain(writer, created));
                  });
}

} // namespace Sandbox
