// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxServer.h"

#include "AppleErrors.h"
#include "FaultInjector.h"
#include "HttpServer.h"
#include "JwtVerifier.h"
#include "RateLimiter.h"
#include "SandboxApi.h"
#include "SandboxKeys.h"
#include "SpecDocument.h"
#include "SpecValidator.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QTimer>

namespace Sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "altdist.sandbox", QtInfoMsg)

class SandboxServer::Private
{
public:
    Private(SandboxServer *owner, const SandboxOptions &opts)
        : q(owner)
        , options(opts)
        , http(new HttpServer(owner))
        , limiter(opts.hourlyRateLimit)
        , faults(opts.seed)
        , api(std::make_unique<SandboxApi>(opts))
    {
        const GeneratedKey key = generateTeamKey();
        credentials = SandboxCredentials{key.issuerId, key.keyId, key.privateKeyPem};
        if (!verifier.registerKey(key.issuerId, key.keyId, key.publicKeyPem))
            qCWarning(lcSandbox, "could not generate the sandbox's API key");
        http->setDateHeader([this] { return httpDate(now()); });
        http->setHandler([this](const HttpRequest &request, HttpConnection *connection) {
            handle(request, connection);
        });
    }

    static QByteArray httpDate(const QDateTime &time)
    {
        return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
    }

    QDateTime now() const
    {
        QMutexLocker locker(&mutex);
        return QDateTime::currentDateTimeUtc().addSecs(clockOffsetSeconds);
    }

    void addViolations(const QStringList &lines)
    {
        if (lines.isEmpty())
            return;
        for (const QString &line : lines)
            qCWarning(lcSandbox, "spec violation: %s", qUtf8Printable(line));
        QMutexLocker locker(&mutex);
        violations.append(lines);
    }

    HttpResponse answerApi(const HttpRequest &request, const QDateTime &when);
    void handle(const HttpRequest &request, HttpConnection *connection);

    SandboxServer *q;
    const SandboxOptions options;
    HttpServer *http;
    JwtVerifier verifier;
    RateLimiter limiter;
    FaultInjector faults;
    std::unique_ptr<SandboxApi> api;
    SandboxCredentials credentials;

    mutable QMutex mutex; // guards everything below
    quint16 port = 0;
    qint64 clockOffsetSeconds = 0;
    QStringList violations;
    QList<RequestRecord> requests;
};

HttpResponse SandboxServer::Private::answerApi(const HttpRequest &request, const QDateTime &when)
{
    const JwtVerifier::Outcome auth =
        verifier.verify(request.header("Authorization"), request.method, request.path, request.query, when);
    if (!auth.accepted) {
        qCInfo(lcSandbox, "401 for %s %s: %s", request.method.constData(), request.rawTarget.constData(),
               qUtf8Printable(auth.reason));
        HttpResponse response = errorResponse(notAuthorized());
        response.setHeader("X-Rate-Limit", limiter.peek(auth.keyId, when).headerValue());
        return response;
    }
    const RateLimiter::Decision budget = limiter.take(auth.keyId, when);
    HttpResponse response;
    if (!budget.allowed) {
        response = errorResponse(rateLimitExceeded());
    } else {
        const SpecValidator::Verdict verdict = SpecValidator::validateRequest(request);
        if (!verdict.errors.isEmpty()) {
            QStringList lines;
            for (const AppleError &error : verdict.errors)
                lines.append(SpecValidator::violationLine(request, SpecValidator::describe(error)));
            addViolations(lines);
            response = errorResponse(verdict.errors);
        } else {
            QUrl base;
            {
                QMutexLocker locker(&mutex);
                base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
            }
            const RequestContext context{request, verdict.operationPath, verdict.pathParams, when, base};
            response = api->handle(context);
            if (options.validateResponses && !response.stream) {
                const QStringList problems = SpecValidator::validateResponse(verdict.operationPath, request.method,
                                                                             response.status, response.body);
                QStringList lines;
                for (const QString &problem : problems)
                    lines.append(SpecValidator::violationLine(request, problem));
                addViolations(lines);
            }
        }
    }
    response.setHeader("X-Rate-Limit", budget.headerValue());
    return response;
}

void SandboxServer::Private::handle(const HttpRequest &request, HttpConnection *connection)
{
    const QDateTime when = now();
    const FaultInjector::Decision fault = faults.decide(request.path);
    HttpResponse response;
    if (fault.serverErrorStatus != 0) {
        response = errorResponse(serverError(fault.serverErrorStatus));
        if (!SandboxApi::isDownloadPath(request.path)) { // every API response carries the budget
            const QString keyId = verifier.verify(request.header("Authorization"), request.method, request.path,
                                                  request.query, when).keyId;
            response.setHeader("X-Rate-Limit", limiter.peek(keyId, when).headerValue());
        }
    } else if (fault.rateLimitBurst) {
        response = errorResponse(rateLimitExceeded());
        response.setHeader("X-Rate-Limit", limiter.exhausted().headerValue());
    } else if (SandboxApi::isDownloadPath(request.path)) {
        if (request.hasHeader("Authorization"))
            addViolations({SpecValidator::violationLine(request, QStringLiteral("bearer token sent to the download host"))});
        response = api->handleDownload(request, when);
    } else {
        response = answerApi(request, when);
    }

    RequestRecord record;
    record.method = request.method;
    record.target = QString::fromLatin1(request.rawTarget);
    record.status = response.status;
    record.hadAuthorization = request.hasHeader("Authorization");
    record.rangeHeader = request.header("Range");
    {
        QMutexLocker locker(&mutex);
        requests.append(record);
    }
    Q_EMIT q->requestHandled(record);

    if (fault.latencyMs <= 0) {
        connection->respond(std::move(response), fault.writePlan);
        return;
    }
    // The connection is the timer's context: if the client goes away first, nothing fires.
    QTimer::singleShot(fault.latencyMs, connection, [connection, response, plan = fault.writePlan]() mutable {
        connection->respond(std::move(response), plan);
    });
}

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, options))
{
}

SandboxServer::~SandboxServer()
{
    // Connections (and the response streams they hold) go before the state they read from.
    delete d->http;
    d->http = nullptr;
}

bool SandboxServer::start(QString *errorMessage)
{
    if (!SpecDocument::instance().isValid()) {
        if (errorMessage)
            *errorMessage = tr("The sandbox was built without Apple's OpenAPI document (resource "
                               "\":/sandbox/openapi-subset.json\").");
        return false;
    }
    if (!d->http->listen(d->options.address, d->options.port, errorMessage))
        return false;
    QMutexLocker locker(&d->mutex);
    d->port = d->http->port();
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QMutexLocker locker(&d->mutex);
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(d->port));
}

SandboxCredentials SandboxServer::credentials() const
{
    return d->credentials; // immutable after construction
}

void SandboxServer::registerKey(const QString &issuerId, const QString &keyId, const QByteArray &publicKeyPem)
{
    if (!d->verifier.registerKey(issuerId, keyId, publicKeyPem))
        qCWarning(lcSandbox, "registerKey: %s is not an EC P-256 public key", qUtf8Printable(keyId));
}

void SandboxServer::addFault(const Fault &fault)
{
    d->faults.add(fault);
}

void SandboxServer::clearFaults()
{
    d->faults.clear();
}

QDateTime SandboxServer::now() const
{
    return d->now();
}

void SandboxServer::setClockOffsetSeconds(qint64 seconds)
{
    QMutexLocker locker(&d->mutex);
    d->clockOffsetSeconds = seconds;
}

void SandboxServer::setHourlyRateLimit(int limit)
{
    d->limiter.setHourlyLimit(limit);
}

QStringList SandboxServer::specViolations() const
{
    QMutexLocker locker(&d->mutex);
    return d->violations;
}

void SandboxServer::clearSpecViolations()
{
    QMutexLocker locker(&d->mutex);
    d->violations.clear();
}

QList<RequestRecord> SandboxServer::requests() const
{
    QMutexLocker locker(&d->mutex);
    return d->requests;
}

void SandboxServer::clearRequests()
{
    QMutexLocker locker(&d->mutex);
    d->requests.clear();
}

} // namespace Sandbox
