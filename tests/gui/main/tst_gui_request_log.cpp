// SPDX-License-Identifier: GPL-3.0-or-later
// The request log window's columns: the path takes the spare width and keeps
// its end (the query) visible; a saved header state, old or new, keeps that.
#include "GuiTest.h"
#include "RequestLogModel.h"
#include "RequestLogWindow.h"

#include <QHash>
#include <QHeaderView>
#include <QProxyStyle>
#include <QStyleOptionViewItem>
#include <QSettings>
#include <QTableView>
#include <QtTest>

using namespace AltDist;
using AltDist::Test::waitUntil;

namespace {

/// Notes how each column's cells are elided when painted.
class RecordingStyle final : public QProxyStyle
{
public:
    mutable QHash<int, Qt::TextElideMode> modes;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        if (const auto *item = qstyleoption_cast<const QStyleOptionViewItem *>(option);
            item && element == CE_ItemViewItem)
            modes.insert(item->index.column(), item->textElideMode);
        QProxyStyle::drawControl(element, option, painter, widget);
    }
};

} // namespace

class TestRequestLogWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void pathTakesTheSpareWidthAndKeepsItsQuery();
    void savedHeaderStateKeepsThePathStretching();

private:
    static RequestLogEntry entry(const QString &path);
    static int sumOfOthers(const QHeaderView *header);
};

void TestRequestLogWindow::init()
{
    QSettings().clear();
}

RequestLogEntry TestRequestLogWindow::entry(const QString &path)
{
    RequestLogEntry e;
    e.method = "GET";
    e.path = path;
    e.status = 200;
    e.durationMs = 12;
    return e;
}

int TestRequestLogWindow::sumOfOthers(const QHeaderView *header)
{
    int sum = 0;
    for (int column = 0; column < header->count(); ++column)
        sum += column == RequestLogModel::PathColumn ? 0 : header->sectionSize(column);
    return sum;
}

void TestRequestLogWindow::pathTakesTheSpareWidthAndKeepsItsQuery()
{
    RequestLogModel model;
    const QString path = QStringLiteral("/v1/alternativeDistributionKeys?fields[alternativeDistributionKeys]="
                                        "publicKey,app&exists[app]=false&limit=200&cursor=QUERY_END");
    model.append(entry(path));
    RequestLogWindow window(model);
    window.resize(1800, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QHeaderView *header = window.view()->horizontalHeader();
    QVERIFY(!header->stretchLastSection());
    QCOMPARE(header->sectionResizeMode(RequestLogModel::PathColumn), QHeaderView::Stretch);
    QCOMPARE(header->sectionResizeMode(RequestLogModel::ErrorColumn), QHeaderView::Interactive);
    QVERIFY(waitUntil([&] {
        return header->sectionSize(RequestLogModel::PathColumn) + sumOfOthers(header)
            >= window.view()->viewport()->width() - 1;
    }));

    // How the cells are drawn: the path elided in the middle, so the query stays.
    RecordingStyle style;
    window.view()->setStyle(&style);
    window.view()->viewport()->grab();
    QCOMPARE(style.modes.value(RequestLogModel::PathColumn, Qt::ElideNone), Qt::ElideMiddle);
    window.view()->setStyle(nullptr);
    AltDist::Test::screenshot(&window, QStringLiteral("request-log"));
}

void TestRequestLogWindow::savedHeaderStateKeepsThePathStretching()
{
    {
        // A state saved by the window before the path stretched: last section stretching.
        QTableView old;
        RequestLogModel model;
        old.setModel(&model);
        old.horizontalHeader()->setStretchLastSection(true);
        old.setColumnWidth(RequestLogModel::MethodColumn, 77);
        QSettings().setValue(QStringLiteral("requestLog/header"), old.horizontalHeader()->saveState());
    }
    RequestLogModel model;
    model.append(entry(QStringLiteral("/v1/apps")));
    {
        RequestLogWindow window(model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QHeaderView *header = window.view()->horizontalHeader();
        QCOMPARE(header->sectionSize(RequestLogModel::MethodColumn), 77); // the user's widths come back
        QVERIFY(!header->stretchLastSection());
        QCOMPARE(header->sectionResizeMode(RequestLogModel::PathColumn), QHeaderView::Stretch);
        header->resizeSection(RequestLogModel::StatusColumn, 91);
    }
    RequestLogWindow again(model);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QHeaderView *header = again.view()->horizontalHeader();
    QCOMPARE(header->sectionSize(RequestLogModel::StatusColumn), 91);
    QCOMPARE(header->sectionResizeMode(RequestLogModel::PathColumn), QHeaderView::Stretch);
}

QTEST_MAIN(TestRequestLogWindow)
#include "tst_gui_request_log.moc"
