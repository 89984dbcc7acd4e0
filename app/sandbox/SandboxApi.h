// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The contract between the sandbox's transport half (HttpServer, auth,
// spec validation, faults, rate limit: SandboxServer.cpp) and its resource
// half (state, seed data, JSON:API documents, downloads).

#include "HttpMessage.h"
#include "SandboxServer.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrl>

#include <memory>

namespace Sandbox {

/// A request that already passed authentication and spec validation.
struct RequestContext
{
    const HttpRequest &request;
    QString operationPath;              ///< the spec's path template: "/v1/apps/{id}/appStoreVersions"
    QHash<QString, QString> pathParams; ///< {"id": "1234567890"}
    QDateTime now;                      ///< the sandbox clock
    QUrl baseUrl;                       ///< "http://127.0.0.1:<port>", for links and Location
};

class SandboxStore;

/// Answers validated API requests from the sandbox's state, and serves the
/// signed download URLs (which need no bearer token).
class SandboxApi final
{
public:
    explicit SandboxApi(const SandboxOptions &options);
    ~SandboxApi();
    SandboxApi(const SandboxApi &) = delete;
    SandboxApi &operator=(const SandboxApi &) = delete;

    /// Every operation of openapi-subset.json that AltDist uses.
    HttpResponse handle(const RequestContext &context);

    /// True for paths under kDownloadPrefix.
    static bool isDownloadPath(const QString &path);
    static constexpr const char *kDownloadPrefix = "/sandbox-downloads/";

    /// GET/HEAD of a signed download URL: 403 once expired or when the
    /// signature does not match, 200 or 206 (Range), 416 when unsatisfiable.
    HttpResponse handleDownload(const HttpRequest &request, const QDateTime &now);

    SandboxStore &store();

private:
    std::unique_ptr<SandboxStore> m_store;
    class Handlers;
    std::unique_ptr<Handlers> m_handlers;
};

} // namespace Sandbox
