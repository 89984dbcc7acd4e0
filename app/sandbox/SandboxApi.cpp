// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxApi.h"

#include "DemoData.h"
#include "ResourceHandlers.h"

namespace Sandbox {

class SandboxApi::Handlers
{
public:
    Handlers(SandboxStore &store, const SandboxOptions &options)
        : downloads(store, options.signedUrlLifetimeSeconds)
        , env{store, downloads}
    {
        DomainsHandler::registerRoutes(routes, env);
        KeysHandler::registerRoutes(routes, env);
        AppsHandler::registerRoutes(routes, env);
        PackagesHandler::registerRoutes(routes, env);
        PackageVersionsHandler::registerRoutes(routes, env);
        VariantsDeltasHandler::registerRoutes(routes, env);
        WebhooksHandler::registerRoutes(routes, env);
    }

    Downloads downloads;
    HandlerEnv env;
    RouteTable routes;
};

SandboxApi::SandboxApi(const SandboxOptions &options)
    : m_store(std::make_unique<SandboxStore>(options.seed))
{
    seedDemoData(*m_store, options);
    m_handlers = std::make_unique<Handlers>(*m_store, options);
}

SandboxApi::~SandboxApi() = default;

HttpResponse SandboxApi::handle(const RequestContext &context)
{
    const QString key = QString::fromLatin1(context.request.method) + u' ' + context.operationPath;
    const auto handler = m_handlers->routes.constFind(key);
    if (handler == m_handlers->routes.cend())
        return errorResponse(pathError(context.request.path));
    return (*handler)(context);
}

bool SandboxApi::isDownloadPath(const QString &path)
{
    return path.startsWith(QLatin1String(kDownloadPrefix));
}

HttpResponse SandboxApi::handleDownload(const HttpRequest &request, const QDateTime &now)
{
    return m_handlers->downloads.serve(request, now);
}

SandboxStore &SandboxApi::store()
{
    return *m_store;
}

} // namespace Sandbox
