// SPDX-License-Identifier: GPL-3.0-or-later
#include "Result.h"

#include <QTest>

using namespace AltDist;

class TestError final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void describeShowsEveryApiError()
    {
        ApiErrorItem duplicate;
        duplicate.status = QStringLiteral("409");
        duplicate.code = QStringLiteral("ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE");
        duplicate.title = QStringLiteral("The provided entity includes an attribute with a value that has already been used.");
        duplicate.detail = QStringLiteral("The domain is already registered.");
        duplicate.pointer = QStringLiteral("/data/attributes/domain");
        ApiErrorItem limit;
        limit.status = QStringLiteral("400");
        limit.code = QStringLiteral("PARAMETER_ERROR.INVALID");
        limit.title = QStringLiteral("A parameter has an invalid value");
        limit.detail = QStringLiteral("'500' is greater than 200");
        limit.parameter = QStringLiteral("limit");
        const Error error(Error::Kind::Api, QStringLiteral("Refused."), 409, {duplicate, limit});

        const QStringList lines = error.describe().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("Refused."));
        // A title that is a sentence runs on into the detail; others take a colon.
        QCOMPARE(lines.at(1),
                 QStringLiteral("  [ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE] The provided entity includes an "
                                "attribute with a value that has already been used. The domain is already "
                                "registered. (at /data/attributes/domain)"));
        QCOMPARE(lines.at(2),
                 QStringLiteral("  [PARAMETER_ERROR.INVALID] A parameter has an invalid value: '500' is greater "
                                "than 200 (parameter limit)"));
    }

    void describeFallsBackToStatusWithoutCode()
    {
        ApiErrorItem item;
        item.status = QStringLiteral("500");
        item.title = QStringLiteral("Internal error");
        const Error error(Error::Kind::Api, QString(), 500, {item});
        QCOMPARE(error.describe(), QStringLiteral("  [500] Internal error"));
    }

    void codeMatchesByPrefix()
    {
        ApiErrorItem item;
        item.code = QStringLiteral("ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE");
        QVERIFY(item.hasCode(QStringLiteral("ENTITY_ERROR")));
        QVERIFY(item.hasCode(QStringLiteral("ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE")));
        QVERIFY(!item.hasCode(QStringLiteral("ENTITY")));            // not a whole segment
        QVERIFY(!item.hasCode(QStringLiteral("STATE_ERROR")));
        const Error error(Error::Kind::Api, QString(), 409, {item});
        QVERIFY(error.hasApiCode(QStringLiteral("ENTITY_ERROR.ATTRIBUTE")));
        QVERIFY(!error.hasApiCode(QStringLiteral("STATE_ERROR")));
    }

    void resultCarriesValueOrError()
    {
        Result<int> good(41);
        QVERIFY(good.ok());
        const Result<int> mapped = good.map([](int v) { return v + 1; });
        QVERIFY(mapped.ok());
        QCOMPARE(mapped.value(), 42);

        Result<int> bad(Error::invalidInput(QStringLiteral("no")));
        QVERIFY(!bad.ok());
        const Result<int> stillBad = bad.map([](int v) { return v + 1; });
        QVERIFY(!stillBad.ok());
        QCOMPARE(stillBad.error().kind(), Error::Kind::InvalidInput);
        QCOMPARE(stillBad.error().message(), QStringLiteral("no"));

        Status done;
        QVERIFY(done.ok());
        Status failed(Error::cancelled());
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind(), Error::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
