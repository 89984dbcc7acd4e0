// SPDX-License-Identifier: GPL-3.0-or-later
// The real client against the real sandbox on loopback.
#include "ApiClient.h"
#include "Page.h"
#include "TestSandbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace AltDist;
using Sandbox::Fault;

namespace {

const QString kDomains = QStringLiteral("/v1/alternativeDistributionDomains");

struct DomainId
{
    QString id;
    static Result<DomainId> fromJson(const QJsonObject &object)
    {
        const Status ok = JsonApi::checkResource(object, QStringLiteral("alternativeDistributionDomains"));
        if (!ok.ok())
            return ok.error();
        return DomainId{object.value(QStringLiteral("id")).toString()};
    }
};

QJsonDocument domainCreate(const QJsonObject &attributes)
{
    return QJsonDocument(QJsonObject{
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("type"), QStringLiteral("alternativeDistributionDomains")},
                                             {QStringLiteral("attributes"), attributes}}}});
}

QJsonDocument validDomain(const QString &domain)
{
    return domainCreate({{QStringLiteral("domain"), domain}, {QStringLiteral("referenceName"), QStringLiteral("Test")}});
}

Fault fault(Fault::Kind kind, int count, const QString &path = kDomains)
{
    Fault f;
    f.kind = kind;
    f.count = count;
    f.pathPrefix = path;
    return f;
}

} // namespace

class TestApiClient final : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Test::TestSandbox> m_sandbox;

    void startSandbox(Sandbox::SandboxOptions options = {})
    {
        m_sandbox = std::make_unique<Test::TestSandbox>(options);
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->startError()));
    }
    ApiClient &client() { return m_sandbox->client(); }
    Sandbox::SandboxServer &server() { return m_sandbox->server(); }

    Result<ApiResponse> run(const ApiRequest &request)
    {
        std::optional<Result<ApiResponse>> out;
        ApiCall *call = client().send(request);
        connect(call, &ApiCall::finished, this, [&out, call] { out = call->result(); });
        if (!Test::waitFor(out))
            return Error{Error::Kind::Network, QStringLiteral("test: no answer in time")};
        return *out;
    }

    int countRequests(const QByteArray &method, const QString &prefix)
    {
        int n = 0;
        const QList<Sandbox::RequestRecord> records = server().requests();
        for (const Sandbox::RequestRecord &r : records)
            n += r.method == method && r.target.startsWith(prefix);
        return n;
    }

private Q_SLOTS:
    void init() { startSandbox(); }

    void cleanup()
    {
        if (m_sandbox && m_sandbox->isReady())
            ALTDIST_VERIFY_NO_SPEC_VIOLATIONS(*m_sandbox);
        m_sandbox.reset();
    }

    void tokenAccepted()
    {
        const Result<ApiResponse> first = run(ApiRequest::get(kDomains));
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().describe()));
        QCOMPARE(first->status, 200);
        QVERIFY(first->json.object().value(QStringLiteral("data")).isArray());
        const Result<ApiResponse> second = run(ApiRequest::get(kDomains));
        QVERIFY(second.ok());
        const QList<Sandbox::RequestRecord> records = server().requests();
        QCOMPARE(records.size(), 2);
        QVERIFY(records[0].hadAuthorization);
        QCOMPARE(records[0].status, 200);
        QCOMPARE(m_sandbox->tokens().signatureCount(), 1); // one token for both
    }

    void requestLogAndRateLimit()
    {
        server().setHourlyRateLimit(500);
        QSignalSpy logged(&client(), &ApiClient::requestLogged);
        QSignalSpy changed(&client(), &ApiClient::rateLimitChanged);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("3"));
        const Result<ApiResponse> r = run(ApiRequest::get(kDomains, query));
        QVERIFY(r.ok());
        const std::optional<RateLimit> header = RateLimit::parse(r->header("X-Rate-Limit"));
        QVERIFY(header && header->isKnown());
        QCOMPARE(header->limit, 500);
        QCOMPARE(client().rateLimit(), header);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<RateLimit>(), *header);

        QCOMPARE(logged.count(), 1);
        const RequestLogEntry entry = logged.first().first().value<RequestLogEntry>();
        QCOMPARE(entry.method, QByteArray("GET"));
        QCOMPARE(entry.path, kDomains + QStringLiteral("?limit=3"));
        QCOMPARE(entry.status, 200);
        QCOMPARE(entry.attempt, 1);
        QCOMPARE(entry.rateLimit, header);
        QVERIFY(entry.errorSummary.isEmpty());

        QVERIFY(run(ApiRequest::get(kDomains)).ok());
        QCOMPARE(changed.count(), 2); // remaining went down
        QCOMPARE(client().rateLimit()->remaining, header->remaining - 1);
    }

    void schemaErrorsAllDecoded()
    {
        // Both required attributes missing: one error per violation.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("spec violation: POST .*'domain'")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("spec violation: POST .*'referenceName'")));
        const Result<ApiResponse> r = run(ApiRequest::post(kDomains, domainCreate({})));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), Error::Kind::Api);
        QCOMPARE(r.error().httpStatus(), 422);
        QVERIFY2(r.error().apiErrors().size() >= 2, qPrintable(r.error().describe()));
        QStringList pointers;
        for (const ApiErrorItem &item : r.error().apiErrors()) {
            QVERIFY(!item.id.isEmpty());
            QCOMPARE(item.status, QStringLiteral("422"));
            QVERIFY(!item.code.isEmpty());
            QVERIFY(!item.title.isEmpty());
            pointers << item.pointer;
        }
        const QString all = pointers.join(QLatin1Char(' '));
        QVERIFY2(all.contains(QStringLiteral("/data/attributes/domain")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("/data/attributes/referenceName")), qPrintable(all));
        QCOMPARE(countRequests("POST", kDomains), 1);
        server().clearSpecViolations(); // sent wrong on purpose
    }

    void parameterError()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("spec violation: GET .*limit=500")));
        const Result<ApiResponse> r = run(ApiRequest::get(kDomains, query));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus(), 400);
        QVERIFY(r.error().hasApiCode(QStringLiteral("PARAMETER_ERROR.INVALID")));
        QCOMPARE(r.error().apiErrors().first().parameter, QStringLiteral("limit"));
        QCOMPARE(countRequests("GET", kDomains), 1); // a 400 is not retried
        server().clearSpecViolations();
    }

    void duplicateDomain()
    {
        const Result<ApiResponse> created = run(ApiRequest::post(kDomains, validDomain(QStringLiteral("dup.example.com"))));
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().describe()));
        QCOMPARE(created->status, 201);
        const Result<ApiResponse> again = run(ApiRequest::post(kDomains, validDomain(QStringLiteral("dup.example.com"))));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind(), Error::Kind::Api);
        QCOMPARE(again.error().httpStatus(), 409);
        QVERIFY(again.error().hasApiCode(QStringLiteral("ENTITY_ERROR")));
        QVERIFY(!again.error().apiErrors().first().pointer.isEmpty());
    }

    void learnsSkewFromA401_data()
    {
        QTest::addColumn<bool>("post");
        QTest::newRow("GET") << false;
        QTest::newRow("POST") << true;
    }

    void learnsSkewFromA401()
    {
        QFETCH(bool, post);
        // The server's clock is 40 minutes ahead: our token looks expired to it.
        server().setClockOffsetSeconds(40 * 60);
        const ApiRequest request = post ? ApiRequest::post(kDomains, validDomain(QStringLiteral("skew.example.com")))
                                        : ApiRequest::get(kDomains);
        const Result<ApiResponse> r = run(request);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
        const QList<Sandbox::RequestRecord> records = server().requests();
        QCOMPARE(records.size(), 2); // exactly one retry
        QCOMPARE(records[0].status, 401);
        QCOMPARE(records[1].status, post ? 201 : 200);
        QVERIFY(qAbs(m_sandbox->tokens().skewSeconds() - 40 * 60) <= 5);
    }

    void secondUnauthorisedIsFinal()
    {
        // A key the sandbox does not know: every token is refused.
        ApiCredentials stranger = m_sandbox->credentials();
        stranger.issuerId = QStringLiteral("11111111-2222-3333-4444-555555555555");
        TokenProvider tokens(stranger);
        ApiClient other(&tokens);
        QVERIFY(other.setBaseUrl(m_sandbox->baseUrl()).ok());
        std::optional<Result<ApiResponse>> out;
        ApiCall *call = other.send(ApiRequest::post(kDomains, validDomain(QStringLiteral("nope.example.com"))));
        connect(call, &ApiCall::finished, this, [&out, call] { out = call->result(); });
        QVERIFY(Test::waitFor(out));
        QVERIFY(!out->ok());
        QCOMPARE(out->error().kind(), Error::Kind::Authentication);
        QCOMPARE(out->error().httpStatus(), 401);
        QVERIFY(out->error().hasApiCode(QStringLiteral("NOT_AUTHORIZED")));
        QCOMPARE(countRequests("POST", kDomains), 2); // the first 401 retried once, no more
    }

    void serverErrorsRetriedForGet()
    {
        server().addFault(fault(Fault::Kind::ServerError, 2));
        QSignalSpy logged(&client(), &ApiClient::requestLogged);
        const Result<ApiResponse> r = run(ApiRequest::get(kDomains));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
        QCOMPARE(countRequests("GET", kDomains), 3);
        QCOMPARE(logged.count(), 3);
        QCOMPARE(logged.at(0).first().value<RequestLogEntry>().status, 503);
        QCOMPARE(logged.at(2).first().value<RequestLogEntry>().attempt, 3);
    }

    void postIsNeverRetried()
    {
        server().addFault(fault(Fault::Kind::ServerError, 1));
        const Result<ApiResponse> r = run(ApiRequest::post(kDomains, validDomain(QStringLiteral("once.example.com"))));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus(), 503);
        QCOMPARE(countRequests("POST", kDomains), 1);
    }

    void resetMidBodyRetriedForGet()
    {
        Fault reset = fault(Fault::Kind::ResetMidBody, 1);
        reset.afterBytes = 10;
        server().addFault(reset);
        const Result<ApiResponse> r = run(ApiRequest::get(kDomains));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
        QCOMPARE(countRequests("GET", kDomains), 2);
    }

    void resetMidBodyOnPostMayHaveApplied()
    {
        Fault reset = fault(Fault::Kind::ResetMidBody, 1);
        reset.afterBytes = 10;
        server().addFault(reset);
        const Result<ApiResponse> r = run(ApiRequest::post(kDomains, validDomain(QStringLiteral("maybe.example.com"))));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), Error::Kind::Network);
        QVERIFY2(r.error().message().contains(QStringLiteral("may or may not")), qPrintable(r.error().message()));
        QCOMPARE(countRequests("POST", kDomains), 1);
    }

    void rateLimitBurstRetried()
    {
        server().addFault(fault(Fault::Kind::RateLimitBurst, 2));
        const Result<ApiResponse> r = run(ApiRequest::get(kDomains));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
        QCOMPARE(countRequests("GET", kDomains), 3);
    }

    void retriesExhausted()
    {
        Fault always = fault(Fault::Kind::ServerError, -1);
        always.status = 502;
        server().addFault(always);
        const Result<ApiResponse> r = run(ApiRequest::get(kDomains));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), Error::Kind::Api);
        QCOMPARE(r.error().httpStatus(), 502);
        QCOMPARE(countRequests("GET", kDomains), client().retryPolicy().maxAttempts);
    }

    void abortDuringRetryDelay()
    {
        server().addFault(fault(Fault::Kind::ServerError, -1));
        RetryPolicy slow = client().retryPolicy();
        slow.delayFor = [](int) { return 60000; };
        client().setRetryPolicy(slow);
        QSignalSpy logged(&client(), &ApiClient::requestLogged);
        ApiCall *call = client().send(ApiRequest::get(kDomains));
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(logged.wait(10000)); // the first 503 is in; the retry waits a minute
        call->abort();
        QVERIFY(finished.wait(5000));
        QCOMPARE(call->result().error().kind(), Error::Kind::Cancelled);
        QCOMPARE(countRequests("GET", kDomains), 1);
    }

    void activeCallsCounted()
    {
        QSignalSpy changed(&client(), &ApiClient::activeCallsChanged);
        QCOMPARE(client().activeCalls(), 0);
        ApiCall *first = client().send(ApiRequest::get(kDomains));
        ApiCall *second = client().send(ApiRequest::get(kDomains));
        QCOMPARE(client().activeCalls(), 2);
        QSignalSpy firstDone(first, &ApiCall::finished);
        QSignalSpy secondDone(second, &ApiCall::finished);
        QTRY_COMPARE_WITH_TIMEOUT(firstDone.count() + secondDone.count(), 2, 10000);
        QCOMPARE(client().activeCalls(), 0);
        QCOMPARE(changed.count(), 4);
        QCOMPARE(changed.last().first().toInt(), 0);

        // Refused at once, aborted: each still ends at zero.
        ApiCall *refused = client().send(ApiRequest::get(QStringLiteral("no-slash")));
        QCOMPARE(client().activeCalls(), 0);
        QSignalSpy refusedDone(refused, &ApiCall::finished);
        QVERIFY(refusedDone.wait(5000));
        ApiCall *aborted = client().send(ApiRequest::get(kDomains));
        QCOMPARE(client().activeCalls(), 1);
        aborted->abort();
        QCOMPARE(client().activeCalls(), 0);
    }

    void followsEveryPage()
    {
        Sandbox::SandboxOptions options;
        options.generatedDomains = 1000;
        startSandbox(options);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
        std::optional<Result<QList<DomainId>>> all;
        std::optional<int> total;
        QObject context;
        collectAllPages<DomainId>(
            &client(), requestPage<DomainId>(&client(), ApiRequest::get(kDomains, query)), &context,
            [&all](Result<QList<DomainId>> r) { all = std::move(r); },
            [&total](int, std::optional<int> t) { total = t; });
        QVERIFY(Test::waitFor(all));
        QVERIFY2(all->ok(), all->ok() ? "" : qPrintable(all->error().describe()));
        const QList<DomainId> &items = all->value();
        QVERIFY(items.size() >= 1000);
        if (total)
            QCOMPARE(items.size(), *total);
        QSet<QString> ids;
        for (const DomainId &d : items)
            ids.insert(d.id);
        QCOMPARE(ids.size(), items.size()); // every item exactly once
        QCOMPARE(countRequests("GET", kDomains), int((items.size() + 199) / 200));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
