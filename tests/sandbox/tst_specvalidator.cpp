// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpRequestParser.h"
#include "QueryValidator.h"
#include "SandboxTestUtil.h"
#include "SpecValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Sandbox;

namespace {

HttpRequest makeRequest(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                        const QByteArray &contentType = "application/json")
{
    QByteArray head = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    HttpRequestParser::Head parsed = HttpRequestParser::parse(head, {});
    parsed.request.body = body;
    return parsed.request;
}

QString errorsText(const QList<AppleError> &errors)
{
    QStringList lines;
    for (const AppleError &error : errors)
        lines.append(SpecValidator::describe(error));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestSpecValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownGoodRequestsPass_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("body");
        const QByteArray none;
        QTest::newRow("domains list") << QByteArray("GET")
            << QByteArray("/v1/alternativeDistributionDomains?limit=200&fields%5BalternativeDistributionDomains%5D=domain,referenceName,createdDate") << none;
        QTest::newRow("domains next page") << QByteArray("GET")
            << QByteArray("/v1/alternativeDistributionDomains?cursor=ABC&limit=50") << none;
        QTest::newRow("domain create") << QByteArray("POST") << QByteArray("/v1/alternativeDistributionDomains")
            << QByteArray(R"({"data":{"type":"alternativeDistributionDomains","attributes":{"domain":"example.com","referenceName":"Web"}}})");
        QTest::newRow("domain read") << QByteArray("GET") << QByteArray("/v1/alternativeDistributionDomains/abc") << none;
        QTest::newRow("domain delete") << QByteArray("DELETE") << QByteArray("/v1/alternativeDistributionDomains/abc") << none;
        QTest::newRow("keys list") << QByteArray("GET") << QByteArray("/v1/alternativeDistributionKeys?exists[app]=false&limit=20") << none;
        QTest::newRow("key create for app") << QByteArray("POST") << QByteArray("/v1/alternativeDistributionKeys")
            << QByteArray(R"({"data":{"type":"alternativeDistributionKeys","attributes":{"publicKey":"-----BEGIN PUBLIC KEY-----"},"relationships":{"app":{"data":{"type":"apps","id":"1"}}}}})");
        QTest::newRow("key delete") << QByteArray("DELETE") << QByteArray("/v1/alternativeDistributionKeys/k1") << none;
        QTest::newRow("apps list") << QByteArray("GET") << QByteArray("/v1/apps?limit=50&fields[apps]=name,bundleId&sort=name") << none;
        QTest::newRow("app read") << QByteArray("GET") << QByteArray("/v1/apps/123") << none;
        QTest::newRow("app key") << QByteArray("GET") << QByteArray("/v1/apps/123/alternativeDistributionKey") << none;
        QTest::newRow("app versions") << QByteArray("GET")
            << QByteArray("/v1/apps/123/appStoreVersions?filter[platform]=IOS&limit=200") << none;
        QTest::newRow("version package") << QByteArray("GET")
            << QByteArray("/v1/appStoreVersions/v1/alternativeDistributionPackage") << none;
        QTest::newRow("package create") << QByteArray("POST") << QByteArray("/v1/alternativeDistributionPackages")
            << QByteArray(R"({"data":{"type":"alternativeDistributionPackages","relationships":{"appStoreVersion":{"data":{"type":"appStoreVersions","id":"v1"}}}}})");
        QTest::newRow("package read") << QByteArray("GET") << QByteArray("/v1/alternativeDistributionPackages/p1?include=versions&limit[versions]=50") << none;
        QTest::newRow("package versions") << QByteArray("GET")
            << QByteArray("/v1/alternativeDistributionPackages/p1/versions?filter[state]=COMPLETED,REPLACED&limit=200") << none;
        QTest::newRow("version read") << QByteArray("GET") << QByteArray("/v1/alternativeDistributionPackageVersions/pv1") << none;
        QTest::newRow("variants") << QByteArray("GET") << QByteArray("/v1/alternativeDistributionPackageVersions/pv1/variants?limit=200") << none;
        QTest::newRow("deltas") << QByteArray("GET") << QByteArray("/v1/alternativeDistributionPackageVersions/pv1/deltas?limit=200") << none;
        QTest::newRow("variant read") << QByteArray("GET") << QByteArray("/v1/alternativeDistributionPackageVariants/va1") << none;
        QTest::newRow("delta read") << QByteArray("GET") << QByteArray("/v1/alternativeDistributionPackageDeltas/d1") << none;
        QTest::newRow("app webhooks") << QByteArray("GET") << QByteArray("/v1/apps/123/webhooks?limit=20") << none;
        QTest::newRow("webhook delete") << QByteArray("DELETE") << QByteArray("/v1/webhooks/w1") << none;
    }

    void knownGoodRequestsPass()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        const auto verdict = SpecValidator::validateRequest(makeRequest(method, target, body));
        QVERIFY2(verdict.errors.isEmpty(), qPrintable(errorsText(verdict.errors)));
        QVERIFY(!verdict.operationPath.isEmpty());
    }

    void pathParametersAreExtracted()
    {
        const auto verdict = SpecValidator::validateRequest(makeRequest("GET", "/v1/apps/987/appStoreVersions"));
        QCOMPARE(verdict.operationPath, QStringLiteral("/v1/apps/{id}/appStoreVersions"));
        QCOMPARE(verdict.pathParams.value(QStringLiteral("id")), QStringLiteral("987"));
    }

    void queryErrors_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("parameter");
        QTest::newRow("limit over 200") << QByteArray("/v1/alternativeDistributionDomains?limit=201")
                                        << QStringLiteral("PARAMETER_ERROR.INVALID") << QStringLiteral("limit");
        QTest::newRow("limit not a number") << QByteArray("/v1/alternativeDistributionDomains?limit=ten")
                                            << QStringLiteral("PARAMETER_ERROR.INVALID") << QStringLiteral("limit");
        QTest::newRow("limit zero") << QByteArray("/v1/alternativeDistributionDomains?limit=0")
                                    << QStringLiteral("PARAMETER_ERROR.INVALID") << QStringLiteral("limit");
        QTest::newRow("include limit over 50") << QByteArray("/v1/alternativeDistributionPackages/p1?limit[versions]=51")
                                               << QStringLiteral("PARAMETER_ERROR.INVALID") << QStringLiteral("limit[versions]");
        QTest::newRow("unknown parameter") << QByteArray("/v1/alternativeDistributionDomains?colour=blue")
                                           << QStringLiteral("PARAMETER_ERROR.ILLEGAL") << QStringLiteral("colour");
        QTest::newRow("cursor on a single resource") << QByteArray("/v1/alternativeDistributionDomains/a?cursor=x")
                                                     << QStringLiteral("PARAMETER_ERROR.ILLEGAL") << QStringLiteral("cursor");
        QTest::newRow("bad fields value")
            << QByteArray("/v1/alternativeDistributionDomains?fields[alternativeDistributionDomains]=domain,colour")
            << QStringLiteral("PARAMETER_ERROR.INVALID") << QStringLiteral("fields[alternativeDistributionDomains]");
        QTest::newRow("bad filter enum") << QByteArray("/v1/alternativeDistributionPackages/p1/versions?filter[state]=DONE")
                                         << QStringLiteral("PARAMETER_ERROR.INVALID") << QStringLiteral("filter[state]");
        QTest::newRow("bad boolean") << QByteArray("/v1/alternativeDistributionKeys?exists[app]=maybe")
                                     << QStringLiteral("PARAMETER_ERROR.INVALID") << QStringLiteral("exists[app]");
    }

    void queryErrors()
    {
        QFETCH(QByteArray, target);
        QFETCH(QString, code);
        QFETCH(QString, parameter);
        const auto verdict = SpecValidator::validateRequest(makeRequest("GET", target));
        QCOMPARE(verdict.errors.size(), 1);
        QCOMPARE(verdict.errors.first().status, 400);
        QCOMPARE(verdict.errors.first().code, code);
        QCOMPARE(verdict.errors.first().parameter, parameter);
    }

    void everyQueryProblemIsReported()
    {
        const auto verdict = SpecValidator::validateRequest(
            makeRequest("GET", "/v1/alternativeDistributionDomains?limit=999&colour=blue"));
        QCOMPARE(verdict.errors.size(), 2);
    }

    void missingRequiredParameterIsReported()
    {
        // Apple's document for our paths has no required query parameter; the rule still holds.
        SpecOperation operation;
        operation.method = "GET";
        operation.queryParameters.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("filter[app]")},
                                                     {QStringLiteral("in"), QStringLiteral("query")},
                                                     {QStringLiteral("required"), true},
                                                     {QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
        const QList<AppleError> errors = QueryValidator::validate(operation, QUrlQuery());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().code, QStringLiteral("PARAMETER_ERROR.REQUIRED"));
        QCOMPARE(errors.first().parameter, QStringLiteral("filter[app]"));
        QVERIFY(QueryValidator::validate(operation, QUrlQuery(QStringLiteral("filter[app]=1"))).isEmpty());
    }

    void unknownPathIs404PathError()
    {
        const auto verdict = SpecValidator::validateRequest(makeRequest("GET", "/v1/alternativeDistributionThings"));
        QCOMPARE(verdict.errors.size(), 1);
        QCOMPARE(verdict.errors.first().status, 404);
        QCOMPARE(verdict.errors.first().code, QStringLiteral("PATH_ERROR"));
        QCOMPARE(SpecValidator::validateRequest(makeRequest("GET", "/v1/apps/")).errors.first().code,
                 QStringLiteral("PATH_ERROR"));
    }

    void wrongMethodIs405()
    {
        const auto verdict = SpecValidator::validateRequest(makeRequest("PATCH", "/v1/alternativeDistributionDomains/a", "{}"));
        QCOMPARE(verdict.errors.size(), 1);
        QCOMPARE(verdict.errors.first().status, 405);
        QCOMPARE(verdict.errors.first().code, QStringLiteral("METHOD_NOT_ALLOWED"));
    }

    void postWithoutContentTypeIs415()
    {
        const auto verdict = SpecValidator::validateRequest(makeRequest(
            "POST", "/v1/alternativeDistributionDomains",
            R"({"data":{"type":"alternativeDistributionDomains","attributes":{"domain":"a.b","referenceName":"c"}}})", {}));
        QCOMPARE(verdict.errors.size(), 1);
        QCOMPARE(verdict.errors.first().status, 415);
    }

    void contentTypeWithCharsetIsJson()
    {
        const auto verdict = SpecValidator::validateRequest(makeRequest(
            "POST", "/v1/alternativeDistributionDomains",
            R"({"data":{"type":"alternativeDistributionDomains","attributes":{"domain":"a.b","referenceName":"c"}}})",
            "application/json; charset=utf-8"));
        QVERIFY2(verdict.errors.isEmpty(), qPrintable(errorsText(verdict.errors)));
    }

    void malformedJsonIs400()
    {
        const auto verdict = SpecValidator::validateRequest(
            makeRequest("POST", "/v1/alternativeDistributionDomains", R"({"data": {"type": )"));
        QCOMPARE(verdict.errors.size(), 1);
        QCOMPARE(verdict.errors.first().status, 400);
        QCOMPARE(verdict.errors.first().code, QStringLiteral("ENTITY_INVALID"));
    }

    void everySchemaProblemIs422WithPointer()
    {
        // referenceName missing AND domain of the wrong type: both must be reported.
        const auto verdict = SpecValidator::validateRequest(makeRequest(
            "POST", "/v1/alternativeDistributionDomains",
            R"({"data":{"type":"alternativeDistributionDomains","attributes":{"domain":42}}})"));
        QCOMPARE(verdict.errors.size(), 2);
        QStringList pointers;
        for (const AppleError &error : verdict.errors) {
            QCOMPARE(error.status, 422);
            QCOMPARE(error.code, QStringLiteral("ENTITY_UNPROCESSABLE"));
            pointers.append(error.pointer);
        }
        pointers.sort();
        QCOMPARE(pointers, (QStringList{QStringLiteral("/data/attributes/domain"),
                                        QStringLiteral("/data/attributes/referenceName")}));
    }

    void wrongTypeEnumIs422()
    {
        const auto verdict = SpecValidator::validateRequest(makeRequest(
            "POST", "/v1/alternativeDistributionDomains",
            R"({"data":{"type":"domains","attributes":{"domain":"a.b","referenceName":"c"}}})"));
        QCOMPARE(verdict.errors.size(), 1);
        QCOMPARE(verdict.errors.first().pointer, QStringLiteral("/data/type"));
    }

    void overTheWireEveryProblemComesBackAnd422IsRecorded()
    {
        SandboxTest::LiveSandbox sandbox;
        QVERIFY(sandbox.isStarted());
        const SandboxTest::Reply reply = SandboxTest::send(
            sandbox.manager(), "POST", sandbox.url(QStringLiteral("/v1/alternativeDistributionDomains")),
            {{"Authorization", sandbox.authorization()}, {"Content-Type", "application/json"}},
            R"({"data":{"type":"alternativeDistributionDomains","attributes":{"domain":42}}})");
        QCOMPARE(reply.status, 422);
        const QJsonArray errors = reply.json().value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 2);
        QStringList pointers;
        for (const QJsonValue &error : errors) {
            QCOMPARE(error.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("422"));
            pointers.append(error.toObject().value(QStringLiteral("source")).toObject().value(QStringLiteral("pointer")).toString());
        }
        pointers.sort();
        QCOMPARE(pointers, (QStringList{QStringLiteral("/data/attributes/domain"),
                                        QStringLiteral("/data/attributes/referenceName")}));
        QCOMPARE(sandbox.server().specViolations().size(), 2);
        QVERIFY(sandbox.server().specViolations().first().startsWith(QStringLiteral("POST /v1/alternativeDistributionDomains: 422")));
    }

    void responsesAreCheckedAgainstTheirStatusSchema()
    {
        const QString op = QStringLiteral("/v1/alternativeDistributionDomains/{id}");
        const QByteArray good = R"({"data":{"type":"alternativeDistributionDomains","id":"d1","attributes":{"domain":"a.b","referenceName":"c","createdDate":"2024-03-01T10:00:00Z"},"links":{"self":"http://127.0.0.1/v1/alternativeDistributionDomains/d1"}},"links":{"self":"http://127.0.0.1/v1/alternativeDistributionDomains/d1"}})";
        QVERIFY2(SpecValidator::validateResponse(op, "GET", 200, good).isEmpty(),
                 qPrintable(SpecValidator::validateResponse(op, "GET", 200, good).join(QLatin1Char('\n'))));
        QByteArray bad = good;
        bad.replace("\"createdDate\":\"2024-03-01T10:00:00Z\"", "\"createdDate\":17");
        QCOMPARE(SpecValidator::validateResponse(op, "GET", 200, bad).size(), 1);

        QCOMPARE(SpecValidator::validateResponse(op, "GET", 418, "{}").size(), 1);
        QVERIFY(SpecValidator::validateResponse(op, "DELETE", 204, {}).isEmpty());
        // An empty to-one relationship is "data": null; a collection or a plain resource may not be.
        const QByteArray nullData = R"({"data":null,"links":{"self":"http://127.0.0.1/v1/apps/1/alternativeDistributionKey"}})";
        QVERIFY(SpecValidator::validateResponse(QStringLiteral("/v1/apps/{id}/alternativeDistributionKey"), "GET", 200, nullData).isEmpty());
        QCOMPARE(SpecValidator::validateResponse(op, "GET", 200, nullData).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSpecValidator)
#include "tst_specvalidator.moc"
