// SPDX-License-Identifier: GPL-3.0-or-later
// DownloadsModel on its own: states and their texts, progress throttled for
// the views, clearing finished rows, the summary line; checked throughout by
// QAbstractItemModelTester.
#include "DownloadsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace AltDist;

namespace {
const QString kChecksum = QStringLiteral("0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef");
constexpr qint64 kTotal = 1000000;

QString text(const DownloadsModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}
} // namespace

class tst_DownloadsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statesAndTexts()
    {
        DownloadsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const quint64 a = model.add(QStringLiteral("A"), QStringLiteral("/tmp/a.ipa"), kChecksum);
        const quint64 b = model.add(QStringLiteral("B"), QStringLiteral("/tmp/b.ipa"), kChecksum);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.state(0), DownloadsModel::State::Queued);
        QCOMPARE(model.index(0, 0).data(DownloadsModel::ProgressRole).toInt(), -1);
        QCOMPARE(model.summary(), QStringLiteral("2 queued"));

        model.setProgress(a, kTotal / 4, kTotal);
        QCOMPARE(model.state(0), DownloadsModel::State::Downloading);
        QCOMPARE(model.index(0, 0).data(DownloadsModel::ProgressRole).toInt(), 25);
        QCOMPARE(text(model, 0, DownloadsModel::ProgressColumn), QStringLiteral("25 %"));
        QCOMPARE(text(model, 0, DownloadsModel::SizeColumn), QStringLiteral("250.0 kB of 1.0 MB"));
        model.setProgress(a, kTotal, kTotal);
        QCOMPARE(model.state(0), DownloadsModel::State::Verifying);
        model.setVerified(a, QStringLiteral("/tmp/a.ipa"));
        QCOMPARE(model.state(0), DownloadsModel::State::Verified);
        QCOMPARE(text(model, 0, DownloadsModel::StatusColumn), QStringLiteral("Verified (SHA-256 0123456789ab\u2026)"));
        QVERIFY(text(model, 0, DownloadsModel::StatusColumn, Qt::ToolTipRole).contains(kChecksum.toLower()));
        QCOMPARE(model.index(0, 0).data(DownloadsModel::PathRole).toString(), QStringLiteral("/tmp/a.ipa"));

        model.setFailed(b, QStringLiteral("The disk is full."));
        QCOMPARE(text(model, 1, DownloadsModel::StatusColumn), QStringLiteral("Failed: The disk is full."));
        QVERIFY(!model.index(1, 0).data(DownloadsModel::ProgressRole).isValid()); // no bar
        model.setCancelled(b); // a finished row stays as it ended
        QCOMPARE(model.state(1), DownloadsModel::State::Failed);
        QCOMPARE(model.summary(), QStringLiteral("1 verified \u00b7 1 failed"));
        QCOMPARE(model.runningCount(), 0);

        const quint64 c = model.add(QStringLiteral("C"), QStringLiteral("/tmp/c.ipa"), kChecksum);
        model.clearFinished();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(c), 0);
        QCOMPARE(model.rowOf(a), -1);
        model.setCancelled(c, QStringLiteral("Cancelled: the account was switched"));
        QCOMPARE(text(model, 0, DownloadsModel::StatusColumn), QStringLiteral("Cancelled: the account was switched"));
    }

    void progressReachesViewsThrottled()
    {
        DownloadsModel model;
        const quint64 id = model.add(QStringLiteral("A"), QStringLiteral("/tmp/a.ipa"), kChecksum);
        model.setProgress(id, 1, kTotal); // Queued -> Downloading: at once
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (qint64 bytes = 2; bytes < 2000; ++bytes)
            model.setProgress(id, bytes, kTotal);
        QCOMPARE(changed.size(), 0); // nothing yet: the refresh is due in kRefreshMs
        QVERIFY(changed.wait(1000));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, DownloadsModel::SizeColumn).data().toString(), QStringLiteral("2.0 kB of 1.0 MB"));
    }

    void durations()
    {
        QCOMPARE(DownloadsModel::formatDuration(0), QStringLiteral("0 s"));
        QCOMPARE(DownloadsModel::formatDuration(59), QStringLiteral("59 s"));
        QCOMPARE(DownloadsModel::formatDuration(200), QStringLiteral("3 min 20 s"));
        QCOMPARE(DownloadsModel::formatDuration(7260), QStringLiteral("2 h 1 min"));
    }
};

QTEST_GUILESS_MAIN(tst_DownloadsModel)
#include "tst_downloads_model.moc"
