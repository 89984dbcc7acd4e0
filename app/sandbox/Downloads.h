// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Signed download URLs, S3 style:
//   <base>/sandbox-downloads/<kind>/<id>/<file>?expires=<unix>&signature=<hex>
// with signature = HMAC-SHA256(per-server secret, "<kind>/<id>/<expires>").
// Serving: GET/HEAD, single byte ranges (206, 416), ETag = the SHA-256.

#include "Blobs.h"
#include "HttpMessage.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Sandbox {

class SandboxStore;

class Downloads final
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox::Downloads)
public:
    Downloads(const SandboxStore &store, int lifetimeSeconds);

    struct SignedUrl
    {
        QString url;
        QDateTime expires;
    };
    /// A URL valid for the configured lifetime from `now`.
    SignedUrl sign(const QString &baseUrl, AssetKind kind, const QString &id,
                   const QDateTime &now) const;

    HttpResponse serve(const HttpRequest &request, const QDateTime &now);

    Blobs &blobs() { return m_blobs; }

private:
    QByteArray signature(const QString &kindSegment, const QString &id, qint64 expires) const;

    Blobs m_blobs;
    QByteArray m_secret;
    int m_lifetimeSeconds;
};

} // namespace Sandbox
