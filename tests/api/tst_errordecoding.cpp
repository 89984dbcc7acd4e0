// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"
#include "ErrorDecoding.h"

#include <QTest>

using namespace AltDist;

namespace {

const QByteArray kTwoErrors = R"({"errors":[
  {"id":"a1b2","status":"409","code":"ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE",
   "title":"The provided entity includes an attribute with a value that has already been used",
   "detail":"The domain 'example.com' is already registered.",
   "source":{"pointer":"/data/attributes/domain"},
   "meta":{"associatedErrors":{"/v1/x":[]}}},
  {"id":"c3d4","status":"400","code":"PARAMETER_ERROR.INVALID","title":"A parameter has an invalid value",
   "detail":"'500' is not a valid value for limit.","source":{"parameter":"limit"}},
  "not an object",
  {"status":422,"code":"ENTITY_UNPROCESSABLE","title":"Unprocessable"}
]})";

} // namespace

class TestErrorDecoding final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsEveryItem()
    {
        const QList<ApiErrorItem> items = ApiClient::decodeErrors(kTwoErrors);
        QCOMPARE(items.size(), 3);

        QCOMPARE(items[0].id, QStringLiteral("a1b2"));
        QCOMPARE(items[0].status, QStringLiteral("409"));
        QCOMPARE(items[0].code, QStringLiteral("ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE"));
        QVERIFY(items[0].title.startsWith(QStringLiteral("The provided entity")));
        QCOMPARE(items[0].detail, QStringLiteral("The domain 'example.com' is already registered."));
        QCOMPARE(items[0].pointer, QStringLiteral("/data/attributes/domain"));
        QVERIFY(items[0].parameter.isEmpty());
        QVERIFY(items[0].meta.contains(QStringLiteral("associatedErrors")));
        QVERIFY(items[0].hasCode(QStringLiteral("ENTITY_ERROR")));

        QCOMPARE(items[1].id, QStringLiteral("c3d4"));
        QCOMPARE(items[1].parameter, QStringLiteral("limit"));
        QVERIFY(items[1].pointer.isEmpty());
        QCOMPARE(items[1].detail, QStringLiteral("'500' is not a valid value for limit."));

        // A numeric status (against the spec) is still kept, as text.
        QCOMPARE(items[2].status, QStringLiteral("422"));
        QCOMPARE(items[2].code, QStringLiteral("ENTITY_UNPROCESSABLE"));
    }

    void notAnErrorResponse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("truncated json") << QByteArray(R"({"errors":[{"code":"X")");
        QTest::newRow("other object") << QByteArray(R"({"data":[]})");
        QTest::newRow("errors not an array") << QByteArray(R"({"errors":"boom"})");
        QTest::newRow("array") << QByteArray("[1,2]");
    }

    void notAnErrorResponse()
    {
        QFETCH(QByteArray, body);
        QVERIFY(ApiClient::decodeErrors(body).isEmpty());
        const Error error = ErrorDecoding::httpError(502, "Bad Gateway", body);
        QCOMPARE(error.kind(), Error::Kind::Api);
        QCOMPARE(error.httpStatus(), 502);
        QVERIFY(error.apiErrors().isEmpty());
        QVERIFY2(error.message().contains(QStringLiteral("502 Bad Gateway")), qPrintable(error.message()));
    }

    void httpErrorCarriesItems()
    {
        const Error error = ErrorDecoding::httpError(409, "Conflict", kTwoErrors);
        QCOMPARE(error.kind(), Error::Kind::Api);
        QCOMPARE(error.httpStatus(), 409);
        QCOMPARE(error.apiErrors().size(), 3);
        QVERIFY(error.hasApiCode(QStringLiteral("PARAMETER_ERROR")));
        const QString text = error.describe();
        QVERIFY2(text.contains(QStringLiteral("/data/attributes/domain")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("limit")), qPrintable(text));
        QCOMPARE(ErrorDecoding::summary(error),
                 QStringLiteral("ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE, PARAMETER_ERROR.INVALID, ENTITY_UNPROCESSABLE"));
    }

    void unauthorisedIsAuthentication()
    {
        const QByteArray body = R"({"errors":[{"status":"401","code":"NOT_AUTHORIZED",
            "title":"Authentication credentials are missing or invalid."}]})";
        const Error error = ErrorDecoding::httpError(401, "Unauthorized", body);
        QCOMPARE(error.kind(), Error::Kind::Authentication);
        QCOMPARE(error.httpStatus(), 401);
        QCOMPARE(error.apiErrors().size(), 1);
        QCOMPARE(ErrorDecoding::httpError(401, {}, {}).kind(), Error::Kind::Authentication);
        // 403: the key works but its role does not allow this: an API answer.
        QCOMPARE(ErrorDecoding::httpError(403, "Forbidden", {}).kind(), Error::Kind::Api);
    }

    void networkErrors()
    {
        const Error plain = ErrorDecoding::networkError(QStringLiteral("Connection refused"), false, 60000, false);
        QCOMPARE(plain.kind(), Error::Kind::Network);
        QVERIFY(plain.message().contains(QStringLiteral("Connection refused")));

        const Error post = ErrorDecoding::networkError(QStringLiteral("Remote host closed"), false, 60000, true);
        QCOMPARE(post.kind(), Error::Kind::Network);
        QVERIFY(post.message().startsWith(plain.message().left(10)));
        QVERIFY2(post.message().contains(QStringLiteral("may or may not have been applied")), qPrintable(post.message()));

        const Error timeout = ErrorDecoding::networkError(QStringLiteral("Operation canceled"), true, 30000, false);
        QVERIFY2(timeout.message().contains(QStringLiteral("30")), qPrintable(timeout.message()));
    }

    void undecodableSuccess()
    {
        const Error error = ErrorDecoding::undecodableBody(200, QStringLiteral("unterminated object"));
        QCOMPARE(error.kind(), Error::Kind::Protocol);
        QCOMPARE(error.httpStatus(), 200);
    }
};

QTEST_GUILESS_MAIN(TestErrorDecoding)
#include "tst_errordecoding.moc"
