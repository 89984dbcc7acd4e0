// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"

#include "TokenProvider.h"
#include "UrlPolicy.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#ifndef ALTDIST_USER_AGENT
#define ALTDIST_USER_AGENT "AltDist"
#endif

namespace AltDist {

namespace {

void registerMetaTypes()
{
    static const bool registered = [] {
        qRegisterMetaType<AltDist::RateLimit>();
        qRegisterMetaType<AltDist::RequestLogEntry>();
        return true;
    }();
    Q_UNUSED(registered)
}

QByteArray bodyOf(const ApiRequest &request)
{
    return request.body.isNull() ? QByteArray() : request.body.toJson(QJsonDocument::Compact);
}

} // namespace

QUrl ApiClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.appstoreconnect.apple.com"));
}

ApiClient::ApiClient(TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrl(defaultBaseUrl())
{
    registerMetaTypes();
}

ApiClient::~ApiClient() = default;

Status ApiClient::setBaseUrl(const QUrl &url)
{
    Result<QUrl> checked = UrlPolicy::checkBaseUrl(url);
    if (!checked.ok())
        return checked.error();
    m_baseUrl = checked.value();
    return {};
}

Result<QUrl> ApiClient::resolveNextLink(const QUrl &next) const
{
    return UrlPolicy::resolveNextLink(m_baseUrl, next);
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    std::optional<Error> refused;
    QUrl url;
    if (!request.nextLink.isEmpty()) {
        Result<QUrl> resolved = resolveNextLink(request.nextLink);
        if (resolved.ok())
            url = resolved.value();
        else
            refused = resolved.error();
    } else if (!request.path.startsWith(QLatin1Char('/'))) {
        refused = Error::invalidInput(
            QCoreApplication::translate("AltDist::ApiClient", "An API path must start with '/' (got \"%1\").")
                .arg(request.path));
    } else {
        url = UrlPolicy::requestUrl(m_baseUrl, request.path, request.query);
    }
    auto *call = new ApiCall(this, request, url);
    addActiveCalls(1);
    if (refused)
        call->finish(*refused); // finished() is emitted from the event loop
    else
        QMetaObject::invokeMethod(call, &ApiCall::start, Qt::QueuedConnection);
    return call;
}

void ApiClient::abortAll()
{
    const QList<ApiCall *> calls = findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        call->abort();
}

QNetworkReply *ApiClient::startAttempt(const ApiRequest &request, const QUrl &url)
{
    const QByteArray token = m_tokens ? m_tokens->bearerToken() : QByteArray();
    if (token.isEmpty())
        return nullptr;
    QNetworkRequest net(url);
    net.setRawHeader("Authorization", "Bearer " + token);
    net.setRawHeader("Accept", "application/json");
    net.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(ALTDIST_USER_AGENT));
    // A redirect would carry the Authorization header elsewhere: never follow one.
    net.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    net.setTransferTimeout(m_transferTimeoutMs);
    const QByteArray body = bodyOf(request);
    if (!body.isEmpty())
        net.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));

    if (request.method == "GET")
        return m_network->get(net);
    if (request.method == "DELETE" && body.isEmpty())
        return m_network->deleteResource(net);
    if (request.method == "POST")
        return m_network->post(net, body);
    return m_network->sendCustomRequest(net, request.method, body);
}

void ApiClient::addActiveCalls(int delta)
{
    m_activeCalls += delta;
    Q_EMIT activeCallsChanged(m_activeCalls);
}

std::optional<RateLimit> ApiClient::noteRateLimit(const QByteArray &header)
{
    const std::optional<RateLimit> parsed = RateLimit::parse(header);
    if (!parsed)
        return parsed;
    const bool changed = !(m_rateLimit == parsed);
    m_rateLimit = parsed;
    if (changed)
        Q_EMIT rateLimitChanged(*parsed);
    return parsed;
}

} // namespace AltDist
