// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Calls SandboxApi directly, the way the transport does after authentication
// and validation: no sockets, a clock the test controls.

#include "SandboxApi.h"
#include "SandboxStore.h"
#include "SpecValidator.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace SandboxTest {

struct ApiResult
{
    Sandbox::HttpResponse response;
    QJsonObject json;
    int status() const { return response.status; }
    QJsonObject data() const { return json.value(QStringLiteral("data")).toObject(); }
    QJsonObject attributes() const { return data().value(QStringLiteral("attributes")).toObject(); }
    QString firstErrorCode() const { return firstError().value(QStringLiteral("code")).toString(); }
    QJsonObject firstError() const
    {
        return json.value(QStringLiteral("errors")).toArray().at(0).toObject();
    }
    QString errorPointer() const
    {
        return firstError().value(QStringLiteral("source")).toObject()
            .value(QStringLiteral("pointer")).toString();
    }
};

class ApiHarness
{
public:
    explicit ApiHarness(const Sandbox::SandboxOptions &options = {})
        : api(options)
    {
    }

    /// `operation` is the spec's template ("/v1/apps/{id}"); `id` fills {id}.
    ApiResult call(const QByteArray &method, const QString &operation, const QString &id = {},
                   const QString &query = {}, const QJsonObject &body = {})
    {
        Sandbox::HttpRequest request;
        request.method = method;
        request.path = QString(operation).replace(QStringLiteral("{id}"), id);
        request.query = QUrlQuery(query);
        request.rawTarget = (request.path + (query.isEmpty() ? QString() : u'?' + query)).toUtf8();
        if (!body.isEmpty()) {
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        }
        QHash<QString, QString> params;
        if (!id.isEmpty())
            params.insert(QStringLiteral("id"), id);
        // What the transport does first: the request must be one Apple accepts.
        const Sandbox::SpecValidator::Verdict verdict = Sandbox::SpecValidator::validateRequest(request);
        for (const Sandbox::AppleError &error : verdict.errors)
            violations.append(Sandbox::SpecValidator::violationLine(request, Sandbox::SpecValidator::describe(error)));
        if (verdict.errors.isEmpty() && verdict.operationPath != operation)
            violations.append(QStringLiteral("matched ") + verdict.operationPath + QStringLiteral(", not ") + operation);

        const Sandbox::RequestContext context{request, operation, params, now, baseUrl};
        ApiResult result;
        result.response = api.handle(context);
        result.json = QJsonDocument::fromJson(result.response.body).object();
        // And the answer must have the spec's shape.
        const QStringList problems = Sandbox::SpecValidator::validateResponse(
            operation, method, result.response.status, result.response.body);
        for (const QString &problem : problems)
            violations.append(Sandbox::SpecValidator::violationLine(request, problem));
        return result;
    }

    ApiResult get(const QString &operation, const QString &id = {}, const QString &query = {})
    {
        return call("GET", operation, id, query);
    }

    /// Follows an absolute links.next URL of the same operation.
    ApiResult follow(const QString &operation, const QString &id, const QString &absoluteUrl)
    {
        return get(operation, id, QUrl(absoluteUrl).query(QUrl::FullyEncoded));
    }

    Sandbox::HttpResponse download(const QString &absoluteUrl, const QByteArray &range = {},
                                   const QByteArray &method = "GET")
    {
        const QUrl url(absoluteUrl);
        Sandbox::HttpRequest request;
        request.method = method;
        request.path = url.path();
        request.query = QUrlQuery(url);
        request.rawTarget = url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority).toUtf8();
        if (!range.isEmpty())
            request.headers.append({QByteArray("Range"), range});
        return api.handleDownload(request, now);
    }

    Sandbox::SandboxApi api;
    QStringList violations; ///< requests or responses that do not match Apple's spec
    QDateTime now = QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC);
    QUrl baseUrl = QUrl(QStringLiteral("http://127.0.0.1:4321"));
};

/// The harness of the current test function: make() in the test, and
/// verifyAndReset() in cleanup() fails the test on any spec violation.
class HarnessSlot
{
public:
    ApiHarness &make(const Sandbox::SandboxOptions &options = {})
    {
        m_harness = std::make_unique<ApiHarness>(options);
        return *m_harness;
    }
    void verifyAndReset()
    {
        const QStringList violations = m_harness ? m_harness->violations : QStringList();
        m_harness.reset();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    }

private:
    std::unique_ptr<ApiHarness> m_harness;
};

/// {"data": {type, attributes?, relationships: {<relationship>: {data: {type, id}}}}}
inline QJsonObject relationshipBody(const QString &type, const QJsonObject &attributes,
                                    const QString &relationship, const QString &relatedType,
                                    const QString &relatedId)
{
    QJsonObject data{{QStringLiteral("type"), type}};
    if (!attributes.isEmpty())
        data.insert(QStringLiteral("attributes"), attributes);
    if (!relatedId.isEmpty()) {
        data.insert(QStringLiteral("relationships"),
                    QJsonObject{{relationship,
                                 QJsonObject{{QStringLiteral("data"),
                                              QJsonObject{{QStringLiteral("type"), relatedType},
                                                          {QStringLiteral("id"), relatedId}}}}}});
    }
    return {{QStringLiteral("data"), data}};
}

/// The id of the demo app called `name`.
inline QString appId(ApiHarness &h, const QString &name)
{
    return h.api.store().apps.first([&](const Sandbox::AppRecord &a) { return a.name == name; })->id;
}

} // namespace SandboxTest
