// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Faults.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace Sandbox {

/// The API key a client needs to talk to this sandbox. Generated fresh per
/// server (P-256); nothing here is ever a real Apple credential.
struct SandboxCredentials
{
    QString issuerId;           ///< UUID
    QString keyId;              ///< 10 upper-case alphanumerics
    QByteArray privateKeyPem;   ///< PKCS#8 PEM, the ".p8" contents
};

struct SandboxOptions
{
    QHostAddress address = QHostAddress::LocalHost; ///< loopback only
    quint16 port = 0;                ///< 0: any free port
    int hourlyRateLimit = 3600;      ///< X-Rate-Limit user-hour-lim; 429 past it
    int generatedDomains = 0;        ///< extra generated domains for paging work
    int signedUrlLifetimeSeconds = 3600;
    quint32 seed = 1;                ///< drives fault probabilities and generated ids
    bool seedDemoData = true;
    bool validateResponses = false;  ///< also check our own answers against the spec
    /// > 0: both variants of "Trailhead Maps" 5.1.0, package version "1", are
    /// this many bytes, generated as they are read (memory stays flat). Needs seedDemoData.
    qint64 largeAssetBytes = 0;
};

/// One request as the sandbox saw it, for tests and the standalone log.
struct RequestRecord
{
    QByteArray method;
    QString target;          ///< path and query
    int status = 0;
    bool hadAuthorization = false;
    QByteArray rangeHeader;
};

/// A stateful local stand-in for App Store Connect on loopback. Independent
/// of the client: it shares no encoding, decoding or JWT code with app/core.
/// Every request is checked against Apple's OpenAPI document; violations are
/// answered as Apple would (400/415/422) and also recorded in specViolations().
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)
public:
    explicit SandboxServer(SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Starts listening. False (and `errorMessage`) if the port is taken etc.
    bool start(QString *errorMessage = nullptr);
    QUrl baseUrl() const; ///< "http://127.0.0.1:<port>"

    /// The team key accepted by default.
    SandboxCredentials credentials() const;
    /// Accept another key: a team key (issuerId set) or an individual key
    /// (issuerId empty: tokens must carry sub "user").
    void registerKey(const QString &issuerId, const QString &keyId, const QByteArray &publicKeyPem);

    void addFault(const Fault &fault);
    void clearFaults();

    /// The sandbox's own clock (Date headers, token checks, URL expiry):
    /// the system clock plus an adjustable offset.
    QDateTime now() const;
    void setClockOffsetSeconds(qint64 seconds);

    void setHourlyRateLimit(int limit);

    /// Requests (and, with validateResponses, our responses) that did not
    /// match Apple's spec, one human-readable line each.
    QStringList specViolations() const;
    void clearSpecViolations();

    QList<RequestRecord> requests() const;
    void clearRequests();

Q_SIGNALS:
    void requestHandled(const Sandbox::RequestRecord &record);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Sandbox
