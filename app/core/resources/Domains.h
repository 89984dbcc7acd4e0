// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResourceEndpoint.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace AltDist {

/// alternativeDistributionDomains: the web domain web distribution flows from.
struct Domain
{
    static constexpr const char kType[] = "alternativeDistributionDomains";
    static constexpr const char kFields[] = "domain,referenceName,createdDate";

    QString id;
    QString domain;        ///< ACE form, as the API stores it
    QString referenceName;
    QDateTime createdDate; ///< UTC; null when absent
    QJsonObject json;      ///< the resource object exactly as the API returned it

    static Result<Domain> fromJson(const QJsonObject &object);
};

class DomainsApi final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::DomainsApi)
public:
    explicit DomainsApi(ApiClient *client) : m_endpoint(client) {}

    Pending<Page<Domain>> list(int limit = Resources::kDefaultLimit) const { return m_endpoint.list(limit); }
    Pending<Domain> get(const QString &id) const { return m_endpoint.get(id); }
    /// Validates `domain` with DomainName::normalize (sending the ACE form) and
    /// requires a reference name; bad input fails before any request.
    Pending<Domain> create(const QString &domain, const QString &referenceName) const;
    Pending<void> remove(const QString &id) const { return m_endpoint.remove(id); }

private:
    ResourceEndpoint<Domain> m_endpoint;
};

} // namespace AltDist
