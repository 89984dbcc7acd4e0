// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"

#include "ErrorDecoding.h"
#include "TokenProvider.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QMetaObject>
#include <QNetworkReply>
#include <QTimer>

namespace AltDist {

namespace {

bool isRetryableStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

/// Faults worth another try: the server may well answer next time.
bool isTransientFault(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout reports on Qt 6.4
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProtocolFailure:
        return true;
    default:
        return false;
    }
}

/// Failures that prove the request never reached the server.
bool neverSent(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError;
}

Error withAttempts(const Error &error, int attempts)
{
    if (attempts < 2)
        return error;
    const QString message = error.message() + QLatin1Char(' ')
        + QCoreApplication::translate("AltDist::ApiClient", "Gave up after %n attempt(s).", nullptr, attempts);
    return {error.kind(), message, error.httpStatus(), error.apiErrors()};
}

} // namespace

ApiCall::ApiCall(ApiClient *client, ApiRequest request, QUrl url)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_url(std::move(url))
{
}

ApiCall::~ApiCall()
{
    if (QNetworkReply *reply = m_reply) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiCall::abort()
{
    if (m_finished)
        return;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
        logAttempt(0, std::nullopt, Error::cancelled().message());
    }
    finish(Error::cancelled());
}

void ApiCall::start()
{
    if (!m_finished)
        sendAttempt();
}

void ApiCall::sendAttempt()
{
    ++m_attempt;
    m_attemptTimer.start();
    QNetworkReply *reply = m_client->startAttempt(m_request, m_url);
    if (!reply) {
        finish(Error{Error::Kind::Authentication,
                     QCoreApplication::translate("AltDist::ApiClient",
                                                 "No App Store Connect token could be made with the API key.")});
        return;
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply || m_finished)
        return;
    reply->deleteLater();

    const QNetworkReply::NetworkError netError = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const std::optional<RateLimit> rate = m_client->noteRateLimit(reply->rawHeader("X-Rate-Limit"));

    // Connection-level errors (below ContentAccessDenied) mean no complete
    // answer arrived, even when the status line did (a body cut short).
    if (status == 0 || (netError != QNetworkReply::NoError && netError < QNetworkReply::ContentAccessDenied)) {
        const bool timedOut = netError == QNetworkReply::TimeoutError
            || netError == QNetworkReply::OperationCanceledError;
        const Error error = ErrorDecoding::networkError(reply->errorString(), timedOut, m_client->transferTimeout(),
                                                        !m_request.isIdempotent() && !neverSent(netError));
        logAttempt(status, rate, ErrorDecoding::summary(error));
        const bool transient = status != 0 || isTransientFault(netError);
        if (m_request.isIdempotent() && transient && retryLater())
            return;
        finish(withAttempts(error, m_attempt));
        return;
    }

    const QByteArray body = reply->readAll();
    if (status >= 200 && status < 300) {
        ApiResponse response;
        response.status = status;
        response.headers = reply->rawHeaderPairs();
        response.url = reply->url();
        if (!body.trimmed().isEmpty()) {
            QJsonParseError parseError;
            response.json = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                const Error error = ErrorDecoding::undecodableBody(status, parseError.errorString());
                logAttempt(status, rate, ErrorDecoding::summary(error));
                finish(error);
                return;
            }
        }
        logAttempt(status, rate, {});
        finish(std::move(response));
        return;
    }

    const QByteArray reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    const Error error = ErrorDecoding::httpError(status, reason, body);
    logAttempt(status, rate, ErrorDecoding::summary(error));
    if (status == 401 && !m_retriedAfter401) {
        // A 401 means the request was not applied, so one retry with a fresh
        // token is safe for every method, POST included. The server's Date
        // teaches the token provider our clock skew (an expired-looking token).
        m_retriedAfter401 = true;
        if (TokenProvider *tokens = m_client->tokens()) {
            const QByteArray date = reply->rawHeader("Date");
            if (!date.isEmpty())
                tokens->learnServerDate(date);
            tokens->invalidate();
        }
        sendAttempt();
        return;
    }
    if (m_request.isIdempotent() && isRetryableStatus(status) && retryLater())
        return;
    finish(isRetryableStatus(status) ? withAttempts(error, m_attempt) : error);
}

bool ApiCall::retryLater()
{
    const int used = m_attempt - (m_retriedAfter401 ? 1 : 0);
    const RetryPolicy &policy = m_client->retryPolicy();
    if (used >= policy.maxAttempts)
        return false;
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
    }
    m_retryTimer->start(policy.delayMs(used + 1));
    return true;
}

void ApiCall::finish(Result<ApiResponse> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_client->addActiveCalls(-1);
    m_result = std::move(result);
    if (m_retryTimer)
        m_retryTimer->stop();
    // Always from the event loop: callers connect after send() returns.
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished();
            deleteLater();
        },
        Qt::QueuedConnection);
}

void ApiCall::logAttempt(int status, const std::optional<RateLimit> &rateLimit, const QString &errorSummary)
{
    RequestLogEntry entry;
    entry.method = m_request.method;
    entry.path = m_url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    entry.status = status;
    entry.durationMs = m_attemptTimer.isValid() ? m_attemptTimer.elapsed() : 0;
    entry.attempt = m_attempt;
    entry.rateLimit = rateLimit;
    entry.errorSummary = errorSummary;
    Q_EMIT m_client->requestLogged(entry);
}

} // namespace AltDist
