// SPDX-License-Identifier: GPL-3.0-or-later
// RequestLogModel: rows per logged attempt, the cap, Clear, display values.
#include "RequestLogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace AltDist;

namespace {

RequestLogEntry entry(const QString &path, int status, std::optional<RateLimit> rate = std::nullopt,
                      const QString &error = {})
{
    RequestLogEntry e;
    e.method = "GET";
    e.path = path;
    e.status = status;
    e.durationMs = 1234;
    e.attempt = 2;
    e.rateLimit = rate;
    e.errorSummary = error;
    return e;
}

QString cell(const RequestLogModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestRequestLogModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEveryColumn()
    {
        ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 41, 5, 120), Qt::LocalTime));
        RequestLogModel model(nullptr, clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(entry(QStringLiteral("/v1/apps?limit=50"), 200, RateLimit{3600, 3412}));
        model.append(entry(QStringLiteral("/v1/alternativeDistributionDomains"), 0, std::nullopt,
                           QStringLiteral("Connection refused")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(RequestLogModel::ColumnCount));
        QCOMPARE(cell(model, 0, RequestLogModel::TimeColumn), QStringLiteral("09:41:05.120"));
        QCOMPARE(cell(model, 0, RequestLogModel::MethodColumn), QStringLiteral("GET"));
        QCOMPARE(cell(model, 0, RequestLogModel::PathColumn), QStringLiteral("/v1/apps?limit=50"));
        QCOMPARE(cell(model, 0, RequestLogModel::StatusColumn), QStringLiteral("200"));
        QCOMPARE(cell(model, 0, RequestLogModel::DurationColumn), QLocale().toString(1234));
        QCOMPARE(cell(model, 0, RequestLogModel::AttemptColumn), QStringLiteral("2"));
        QCOMPARE(cell(model, 0, RequestLogModel::RateLimitColumn),
                 QStringLiteral("%1 of %2").arg(QLocale().toString(3412), QLocale().toString(3600)));
        QVERIFY(cell(model, 0, RequestLogModel::ErrorColumn).isEmpty());
        QCOMPARE(cell(model, 1, RequestLogModel::StatusColumn), QStringLiteral("no answer"));
        QVERIFY(cell(model, 1, RequestLogModel::RateLimitColumn).isEmpty());
        QCOMPARE(cell(model, 1, RequestLogModel::ErrorColumn), QStringLiteral("Connection refused"));
        QCOMPARE(model.index(0, RequestLogModel::StatusColumn).data(RequestLogModel::SortRole).toInt(), 200);
        QCOMPARE(model.headerData(RequestLogModel::DurationColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Duration (ms)"));
    }

    void keepsTheNewestUpToCapacity()
    {
        RequestLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(3);
        for (int i = 0; i < 5; ++i)
            model.append(entry(QStringLiteral("/v1/apps/%1").arg(i), 200));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, RequestLogModel::PathColumn), QStringLiteral("/v1/apps/2"));
        QCOMPARE(cell(model, 2, RequestLogModel::PathColumn), QStringLiteral("/v1/apps/4"));
        model.setCapacity(1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, RequestLogModel::PathColumn), QStringLiteral("/v1/apps/4"));
        QCOMPARE(RequestLogModel().capacity(), 2000);
    }

    void clearEmpties()
    {
        RequestLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(entry(QStringLiteral("/v1/apps"), 200));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 1);
        model.clear(); // nothing to clear: no reset
        QCOMPARE(reset.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRequestLogModel)
#include "tst_request_log_model.moc"
