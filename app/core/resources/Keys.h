// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResourceEndpoint.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace AltDist {

/// alternativeDistributionKeys: a public key (PEM SPKI, EC P-256), for one
/// app or, without an app, for every alternative-distribution app of the account.
struct DistributionKey
{
    static constexpr const char kType[] = "alternativeDistributionKeys";
    static constexpr const char kFields[] = "publicKey";

    QString id;
    QString publicKey;
    QString appId;     ///< relationships.app when the API sent it (or when known from the request)
    QJsonObject json;  ///< the resource object exactly as the API returned it

    static Result<DistributionKey> fromJson(const QJsonObject &object);
};

class KeysApi final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::KeysApi)
public:
    explicit KeysApi(ApiClient *client) : m_endpoint(client) {}

    /// `existsApp`: true = keys tied to an app, false = account-wide keys (exists[app]).
    Pending<Page<DistributionKey>> list(int limit = Resources::kDefaultLimit,
                                        std::optional<bool> existsApp = std::nullopt) const;
    Pending<DistributionKey> get(const QString &id) const { return m_endpoint.get(id); }
    /// Validates the PEM (EC P-256 SPKI) first; `appId` empty = account-wide.
    Pending<DistributionKey> create(const QByteArray &publicKeyPem, const QString &appId = {}) const;
    Pending<void> remove(const QString &id) const { return m_endpoint.remove(id); }
    /// The app's key: nullopt when it has none (`data: null`, or 404 NOT_FOUND).
    Pending<std::optional<DistributionKey>> forApp(const QString &appId) const;

private:
    ResourceEndpoint<DistributionKey> m_endpoint;
};

} // namespace AltDist
