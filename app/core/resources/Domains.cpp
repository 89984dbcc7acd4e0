// SPDX-License-Identifier: GPL-3.0-or-later
#include "Domains.h"

#include "DomainName.h"

namespace AltDist {

Result<Domain> Domain::fromJson(const QJsonObject &object)
{
    return Resources::decodeResource<Domain>(object, [&](Domain &d) {
        d.domain = JsonApi::attribute(object, QStringLiteral("domain"));
        d.referenceName = JsonApi::attribute(object, QStringLiteral("referenceName"));
        d.createdDate = JsonApi::dateAttribute(object, QStringLiteral("createdDate"));
    });
}

Pending<Domain> DomainsApi::create(const QString &domain, const QString &referenceName) const
{
    const Result<QString> ace = DomainName::normalize(domain);
    if (!ace.ok())
        return Pending<Domain>::failed(ace.error());
    const QString reference = referenceName.trimmed();
    if (reference.isEmpty())
        return Pending<Domain>::failed(Error::invalidInput(tr("Enter a reference name for the domain.")));
    const QJsonObject data{
        {QStringLiteral("type"), QLatin1String(Domain::kType)},
        {QStringLiteral("attributes"),
         QJsonObject{{QStringLiteral("domain"), ace.value()}, {QStringLiteral("referenceName"), reference}}},
    };
    return m_endpoint.create(data);
}

} // namespace AltDist
