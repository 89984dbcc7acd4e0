// SPDX-License-Identifier: GPL-3.0-or-later
// The client's requests and its reading of answers, checked byte by byte
// against a canned loopback server (what the sandbox cannot show).
#include "ApiClient.h"
#include "CannedHttpServer.h"
#include "EcKeyPair.h"
#include "Page.h"
#include "Pending.h"
#include "TokenProvider.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace AltDist;

namespace {

const QByteArray kDomainBody = R"({"data":{"type":"alternativeDistributionDomains","id":"1",)"
                               R"("attributes":{"domain":"a.example","referenceName":"A"}}})";

/// A page item of any shape (the paging tests send empty pages).
struct AnyItem
{
    static Result<AnyItem> fromJson(const QJsonObject &) { return AnyItem{}; }
};

} // namespace

class TestApiWire final : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<CannedHttpServer> m_server;

    Result<ApiResponse> run(const ApiRequest &request)
    {
        std::optional<Result<ApiResponse>> out;
        ApiCall *call = m_client->send(request);
        connect(call, &ApiCall::finished, this, [&out, call] { out = call->result(); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
            return Error{Error::Kind::Network, QStringLiteral("test: no answer in time")};
        return *out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Result<EcKeyPair> pair = EcKeyPair::generateP256();
        QVERIFY(pair.ok());
        Result<ApiKey> key = ApiKey::fromPem(pair->privateKeyPem());
        QVERIFY(key.ok());
        m_tokens = std::make_unique<TokenProvider>(
            ApiCredentials{QStringLiteral("69a6de70-03db-47e3-e053-5b8c7c11a4d1"), QStringLiteral("2X9R4HXF34"),
                           key.value()});
    }

    void init()
    {
        m_server = std::make_unique<CannedHttpServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<ApiClient>(m_tokens.get());
        QVERIFY(m_client->setBaseUrl(m_server->baseUrl()).ok());
        RetryPolicy fast;
        fast.baseDelayMs = 20;
        fast.maxDelayMs = 100;
        m_client->setRetryPolicy(fast);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void circularPageLinksStop()
    {
        const QByteArray next = m_server->baseUrl().toString().toUtf8() + "/v1/alternativeDistributionDomains?cursor=a";
        const QByteArray page = "{\"data\":[],\"links\":{\"next\":\"" + next + "\"}}";
        for (int i = 0; i < 3; ++i)
            m_server->enqueue(200, page);
        std::optional<Result<QList<AnyItem>>> all;
        QObject context;
        collectAllPages<AnyItem>(
            m_client.get(),
            requestPage<AnyItem>(m_client.get(), ApiRequest::get(QStringLiteral("/v1/alternativeDistributionDomains"))),
            &context, [&all](Result<QList<AnyItem>> r) { all = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return all.has_value(); }, 20000));
        QVERIFY(!all->ok());
        QCOMPARE(all->error().kind(), Error::Kind::Protocol);
        QCOMPARE(m_server->requests().size(), 2); // the first page and its next, once
    }

    void getCarriesTokenAndNoContentType()
    {
        m_server->enqueue(200, R"({"data":[]})");
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("5"));
        const Result<ApiResponse> r = run(ApiRequest::get(QStringLiteral("/v1/alternativeDistributionDomains"), query));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
        QCOMPARE(m_server->requests().size(), 1);
        const CannedHttpServer::Request &seen = m_server->requests().first();
        QCOMPARE(seen.method, QByteArray("GET"));
        QCOMPARE(seen.target, QByteArray("/v1/alternativeDistributionDomains?limit=5"));
        QCOMPARE(seen.header("Authorization"), "Bearer " + m_tokens->bearerToken());
        QCOMPARE(seen.header("Accept"), QByteArray("application/json"));
        QVERIFY(seen.header("User-Agent").startsWith("AltDist/"));
        QVERIFY(!seen.hasHeader("Content-Type"));
        QCOMPARE(r->json.object().value(QStringLiteral("data")).isArray(), true);
    }

    void postSendsJson()
    {
        m_server->enqueue(201, kDomainBody, {{"Location", "/v1/alternativeDistributionDomains/1"}});
        const QJsonObject body{{QStringLiteral("data"), QJsonObject{{QStringLiteral("type"), QStringLiteral("x")}}}};
        const Result<ApiResponse> r = run(ApiRequest::post(QStringLiteral("/v1/alternativeDistributionDomains"),
                                                           QJsonDocument(body)));
        QVERIFY(r.ok());
        QCOMPARE(r->status, 201);
        QCOMPARE(r->header("location"), QByteArray("/v1/alternativeDistributionDomains/1"));
        const CannedHttpServer::Request &seen = m_server->requests().first();
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(seen.body).object(), body);
        QVERIFY(seen.header("Authorization").startsWith("Bearer "));
    }

    void deleteAnswersNoContent()
    {
        m_server->enqueue(204, {});
        const Result<ApiResponse> r = run(ApiRequest::del(QStringLiteral("/v1/alternativeDistributionDomains/1")));
        QVERIFY(r.ok());
        QCOMPARE(r->status, 204);
        QVERIFY(r->json.isNull());
        QCOMPARE(m_server->requests().first().method, QByteArray("DELETE"));
        QVERIFY(!m_server->requests().first().hasHeader("Content-Type"));
    }

    void errorBodyThatIsNotJson()
    {
        m_server->enqueue(404, "<html>nothing here</html>",
                          {{"Content-Type", "text/html"}, {"X-Rate-Limit", "user-hour-lim:50;user-hour-rem:7;"}});
        QSignalSpy rate(m_client.get(), &ApiClient::rateLimitChanged);
        const Result<ApiResponse> r = run(ApiRequest::get(QStringLiteral("/v1/apps/1")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), Error::Kind::Api);
        QCOMPARE(r.error().httpStatus(), 404);
        QVERIFY(r.error().apiErrors().isEmpty());
        QVERIFY2(r.error().message().contains(QStringLiteral("404")), qPrintable(r.error().message()));
        // X-Rate-Limit is read from error answers too.
        QCOMPARE(rate.count(), 1);
        QCOMPARE(m_client->rateLimit()->limit, 50);
        QCOMPARE(m_client->rateLimit()->remaining, 7);
    }

    void successThatIsNotJson()
    {
        m_server->enqueue(200, "{\"data\": [", {{"Content-Type", "application/json"}});
        const Result<ApiResponse> r = run(ApiRequest::get(QStringLiteral("/v1/apps")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), Error::Kind::Protocol);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void redirectIsNotFollowed()
    {
        CannedHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        m_server->enqueue(302, {}, {{"Location", elsewhere.baseUrl().toEncoded() + "/v1/apps"}});
        const Result<ApiResponse> r = run(ApiRequest::get(QStringLiteral("/v1/apps")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus(), 302);
        QVERIFY(elsewhere.requests().isEmpty()); // the token went nowhere else
    }

    void abortInFlight()
    {
        // Nothing queued: the server reads the request and never answers.
        QSignalSpy received(m_server.get(), &CannedHttpServer::requestReceived);
        QSignalSpy logged(m_client.get(), &ApiClient::requestLogged);
        auto context = std::make_unique<QObject>();
        bool called = false;
        ApiCall *call = m_client->send(ApiRequest::get(QStringLiteral("/v1/apps")));
        QPointer<ApiCall> alive(call);
        QSignalSpy finished(call, &ApiCall::finished);
        Pending<int>(call, [](const ApiResponse &) -> Result<int> { return 1; })
            .then(context.get(), [&called](Result<int>) { called = true; });
        QVERIFY(received.wait(10000));

        context.reset(); // the receiver dies before the call ends
        call->abort();
        QVERIFY(call->isFinished());
        QCOMPARE(call->result().error().kind(), Error::Kind::Cancelled);
        QCOMPARE(finished.count(), 0); // queued, never from inside abort()
        QVERIFY(finished.wait(5000));
        call->abort(); // harmless once finished
        QTRY_VERIFY(alive.isNull()); // deleted itself
        QCOMPARE(finished.count(), 1);
        QVERIFY(!called);
        QCOMPARE(logged.count(), 1);
        QCOMPARE(logged.first().first().value<RequestLogEntry>().status, 0);
    }

    void abortBeforeStart()
    {
        ApiCall *call = m_client->send(ApiRequest::get(QStringLiteral("/v1/apps")));
        QSignalSpy finished(call, &ApiCall::finished);
        QSignalSpy logged(m_client.get(), &ApiClient::requestLogged);
        call->abort();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(call->result().error().kind(), Error::Kind::Cancelled);
        // The queued start ran before finished() and sent nothing.
        QCOMPARE(logged.count(), 0);
        QVERIFY(m_server->requests().isEmpty());
    }

    void abortAllCancelsEveryCall()
    {
        ApiCall *a = m_client->send(ApiRequest::get(QStringLiteral("/v1/apps")));
        ApiCall *b = m_client->send(ApiRequest::get(QStringLiteral("/v1/webhooks/1")));
        QSignalSpy fa(a, &ApiCall::finished);
        QSignalSpy fb(b, &ApiCall::finished);
        m_client->abortAll();
        QVERIFY(fa.count() == 1 || fa.wait(5000));
        QVERIFY(fb.count() == 1 || fb.wait(5000));
        QCOMPARE(a->result().error().kind(), Error::Kind::Cancelled);
        QCOMPARE(b->result().error().kind(), Error::Kind::Cancelled);
    }

    void connectionRefused()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        QVERIFY(m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort))).ok());
        QSignalSpy logged(m_client.get(), &ApiClient::requestLogged);

        const Result<ApiResponse> get = run(ApiRequest::get(QStringLiteral("/v1/apps")));
        QVERIFY(!get.ok());
        QCOMPARE(get.error().kind(), Error::Kind::Network);
        QCOMPARE(logged.count(), m_client->retryPolicy().maxAttempts); // retried, then gave up

        logged.clear();
        const Result<ApiResponse> post =
            run(ApiRequest::post(QStringLiteral("/v1/alternativeDistributionDomains"), QJsonDocument(QJsonObject{})));
        QVERIFY(!post.ok());
        QCOMPARE(post.error().kind(), Error::Kind::Network);
        QCOMPARE(logged.count(), 1); // a POST is never retried
        // Refused: it certainly was not applied, so no "may have been applied".
        QVERIFY(!post.error().message().contains(QStringLiteral("may or may not")));
    }

    void transferTimeoutIsANetworkFault()
    {
        // Nothing queued: every attempt hangs until the transfer timeout.
        m_client->setTransferTimeout(200);
        RetryPolicy twice;
        twice.maxAttempts = 2;
        twice.delayFor = [](int) { return 0; };
        m_client->setRetryPolicy(twice);
        const Result<ApiResponse> r = run(ApiRequest::get(QStringLiteral("/v1/apps")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), Error::Kind::Network);
        QCOMPARE(m_server->requests().size(), 2); // retried once after the timeout
    }
};

QTEST_GUILESS_MAIN(TestApiWire)
#include "tst_apiwire.moc"
