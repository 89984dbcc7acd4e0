// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace AltDist {

class TokenProvider;
class ApiClient;

/// Bounded exponential backoff with full jitter, for idempotent requests.
struct RetryPolicy
{
    int maxAttempts = 4;     ///< including the first
    int baseDelayMs = 400;
    int maxDelayMs = 8000;
    /// Delay before attempt `attempt` (2 = first retry): random in
    /// [0, min(maxDelayMs, baseDelayMs * 2^(attempt-2))]. Injectable for tests.
    std::function<int(int attempt)> delayFor;
    int delayMs(int attempt) const;
    /// The upper bound of delayMs(attempt) without delayFor: 0 for attempt < 2.
    int maxDelayFor(int attempt) const;
};

/// One logical API request, including its retries. Lives until finished()
/// has been emitted, then deletes itself (deleteLater) — connect with a
/// context object; do not keep raw pointers past finished().
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)
public:
    const Result<ApiResponse> &result() const { return m_result; }
    bool isFinished() const { return m_finished; }
    const ApiRequest &request() const { return m_request; }
    /// Cancels; finished() follows (queued) with Error::Kind::Cancelled.
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, ApiRequest request, QUrl url);
    ~ApiCall() override;

    void start();
    void sendAttempt();
    void onReplyFinished();
    /// Retries after the policy's delay when allowed; false when not.
    bool retryLater();
    void finish(Result<ApiResponse> result);
    void logAttempt(int status, const std::optional<RateLimit> &rateLimit, const QString &errorSummary);

    ApiClient *m_client;
    ApiRequest m_request;
    QUrl m_url;
    Result<ApiResponse> m_result{Error{}};
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    QElapsedTimer m_attemptTimer;
    int m_attempt = 0;          ///< attempts sent, 401 retry included
    bool m_retriedAfter401 = false;
    bool m_finished = false;
};

/// The one gateway to App Store Connect: base URL policy, the bearer token
/// (added here and nowhere else), ErrorResponse decoding, X-Rate-Limit,
/// retries, the same-origin rule for links.next.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    static QUrl defaultBaseUrl(); ///< https://api.appstoreconnect.apple.com

    /// `tokens` must outlive the client.
    explicit ApiClient(TokenProvider *tokens, QObject *parent = nullptr);
    ~ApiClient() override;

    /// https:// anywhere; http:// only to loopback (127.0.0.0/8, ::1, localhost).
    /// Anything else is refused and the previous base URL kept.
    Status setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }

    void setRetryPolicy(RetryPolicy policy) { m_retryPolicy = std::move(policy); }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }

    /// Per-attempt transfer timeout (QNetworkRequest::setTransferTimeout):
    /// an attempt with no progress for this long fails as a network fault.
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }
    int transferTimeout() const { return m_transferTimeoutMs; }

    /// Starts the request. The call belongs to the client and deletes itself after finished(),
    /// which is always emitted later from the event loop, never from inside send().
    /// A request with nextLink set is checked with resolveNextLink() first.
    /// GET and DELETE are retried on 429/500/502/503/504 and network faults;
    /// POST and PATCH never are, except once after a first 401 (an unauthorised
    /// request was not applied, so sending it again with a fresh token is safe).
    /// Destroying the client destroys its unfinished calls without finished().
    ApiCall *send(const ApiRequest &request);
    /// Aborts every unfinished call.
    void abortAll();

    /// Resolves a `links.next` value: path-only links against the base URL;
    /// absolute links only when scheme, host and port match the base URL.
    Result<QUrl> resolveNextLink(const QUrl &next) const;

    /// The newest X-Rate-Limit seen, if any.
    std::optional<RateLimit> rateLimit() const { return m_rateLimit; }

    /// Calls sent and not yet finished (a call waiting to retry counts), for
    /// an activity indicator.
    int activeCalls() const { return m_activeCalls; }

    TokenProvider *tokens() const { return m_tokens; }
    /// Shared with downloads, which never get a bearer token added.
    QNetworkAccessManager *network() const { return m_network; }

    /// Decodes an error body (ErrorResponse) into every error it carries.
    static QList<ApiErrorItem> decodeErrors(const QByteArray &body);

Q_SIGNALS:
    void rateLimitChanged(const AltDist::RateLimit &limit);
    /// One entry per attempt that reached the wire, for the request log.
    void requestLogged(const AltDist::RequestLogEntry &entry);
    /// activeCalls() changed: emitted from send() and as each call finishes.
    void activeCallsChanged(int count);

private:
    friend class ApiCall;
    /// The one place the bearer token is added. Null when no token could be signed.
    QNetworkReply *startAttempt(const ApiRequest &request, const QUrl &url);
    /// Parses X-Rate-Limit, remembers it and signals a change.
    std::optional<RateLimit> noteRateLimit(const QByteArray &header);
    void addActiveCalls(int delta);

    TokenProvider *m_tokens;
    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    RetryPolicy m_retryPolicy;
    std::optional<RateLimit> m_rateLimit;
    int m_transferTimeoutMs = 60000;
    int m_activeCalls = 0;
};

} // namespace AltDist
