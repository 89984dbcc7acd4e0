// SPDX-License-Identifier: GPL-3.0-or-later
// ListPane and the Domains page against a live sandbox: paging by scrolling,
// the error row and its Retry, the empty state and the filter.
#include "BrowseTest.h"
#include "DomainsPage.h"
#include "GuiTest.h"
#include "ListFilterModel.h"
#include "ListPane.h"
#include "PagedModel.h"
#include "ResourceModels.h"
#include "StatusRowWidget.h"

#include "ApiClient.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QTableView>
#include <QtTest>

using namespace AltDist;
using namespace AltDist::Test;

class TestBrowseLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesThroughAThousandDomainsByScrolling();
    void errorRowRetryRecovers();
    void filterAndEmptyState();
    void emptyListSaysSo();
    void columnsFitTheFirstPageUntilTheUserResizesOne();
};

void TestBrowseLists::pagesThroughAThousandDomainsByScrolling()
{
    Sandbox::SandboxOptions options;
    options.generatedDomains = 1000;
    GuiFixture fixture(options);
    QVERIFY(fixture.isReady());
    DomainsPage page(fixture.workspace());
    page.resize(1000, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    ListPane *pane = page.listPane();
    PagedModel *model = pane->model();
    QVERIFY(model);
    // The view asks for the first page by itself once it is shown.
    QVERIFY(waitUntil([&] { return model->itemCount() > 0; }));
    QCOMPARE(model->totalCount().value_or(-1), 1003);
    QVERIFY(model->itemCount() < 1003);
    AltDist::Test::screenshot(&page, QStringLiteral("browse-domains-paging"));

    QScrollBar *bar = pane->view()->verticalScrollBar();
    int scrolls = 0;
    QVERIFY(waitUntil(
        [&] {
            if (model->state() != PagedModel::State::Fetching && bar->value() != bar->maximum()) {
                bar->setValue(bar->maximum());
                ++scrolls;
            }
            return model->state() == PagedModel::State::Complete;
        },
        60000));
    QVERIFY2(scrolls >= 10, "each further page should have come from scrolling to the end");
    QCOMPARE(model->itemCount(), 1003);
    QCOMPARE(model->rowCount(), 1003); // no loading row left
    QSet<QString> ids;
    for (int row = 0; row < model->itemCount(); ++row)
        ids.insert(model->idAt(row));
    QCOMPARE(ids.size(), 1003);
    QCOMPARE(pane->proxy()->rowCount(), 1003);
    QVERIFY(pane->emptyStateText().isEmpty());
}

void TestBrowseLists::errorRowRetryRecovers()
{
    GuiFixture fixture;
    QVERIFY(fixture.isReady());
    // One failed answer fails the page (no silent retry).
    failRequests(fixture, QStringLiteral("/v1/alternativeDistributionDomains"), 503, 1);

    DomainsPage page(fixture.workspace());
    page.resize(900, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    ListPane *pane = page.listPane();
    PagedModel *model = pane->model();
    QVERIFY(waitUntil([&] { return model->state() == PagedModel::State::Failed; }));

    // The error row spans every column and carries the error and a Retry button.
    const int errorRow = pane->proxy()->rowCount() - 1;
    QCOMPARE(pane->proxy()->index(errorRow, 0).data(PagedModel::RowKindRole).toInt(),
             int(PagedModel::RowKind::Error));
    QCOMPARE(pane->view()->columnSpan(errorRow, 0), int(DomainsModel::ColumnCount));
    auto *row = qobject_cast<StatusRowWidget *>(pane->view()->indexWidget(pane->proxy()->index(errorRow, 0)));
    QVERIFY(row);
    QVERIFY(row->isVisible());
    QVERIFY2(row->text().contains(QLatin1String("503")) || row->text().contains(QLatin1String("unavailable"),
                                                                                  Qt::CaseInsensitive),
             qPrintable(row->text()));
    QVERIFY(row->height() >= row->retryButton()->sizeHint().height());
    AltDist::Test::screenshot(&page, QStringLiteral("browse-list-error-row"));

    QTest::mouseClick(row->retryButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return model->itemCount() == 3; }));
    QVERIFY(waitUntil([&] { return model->state() == PagedModel::State::Complete; }));
    QCOMPARE(pane->proxy()->rowCount(), 3);
    QVERIFY(!pane->view()->indexWidget(pane->proxy()->index(2, 0)));
    QCOMPARE(pane->view()->columnSpan(2, 0), 1);
}

void TestBrowseLists::filterAndEmptyState()
{
    GuiFixture fixture;
    QVERIFY(fixture.isReady());
    DomainsPage page(fixture.workspace());
    page.resize(900, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    ListPane *pane = page.listPane();
    QVERIFY(waitUntil([&] { return pane->model()->state() == PagedModel::State::Complete; }));
    QCOMPARE(pane->proxy()->rowCount(), 3);

    QCOMPARE(pane->filterField()->placeholderText(), QStringLiteral("Filter…"));
    QVERIFY(!pane->filterField()->accessibleName().isEmpty());
    QTest::keyClicks(pane->filterField(), QStringLiteral("QUILL"));
    QCOMPARE(pane->proxy()->rowCount(), 1);
    QTest::keyClicks(pane->filterField(), QStringLiteral("zzz"));
    QCOMPARE(pane->proxy()->rowCount(), 0);
    QVERIFY(pane->emptyStateText().contains(QLatin1String("QUILLzzz")));
    pane->filterField()->clear();
    QCOMPARE(pane->proxy()->rowCount(), 3);
    QVERIFY(pane->emptyStateText().isEmpty());

    // Sorting by a header click sorts what is loaded.
    pane->view()->sortByColumn(DomainsModel::DomainColumn, Qt::DescendingOrder);
    const QString first = pane->proxy()->index(0, DomainsModel::DomainColumn).data().toString();
    const QString last = pane->proxy()->index(2, DomainsModel::DomainColumn).data().toString();
    QVERIFY2(first.compare(last, Qt::CaseInsensitive) > 0, qPrintable(first + QLatin1String(" / ") + last));
}

void TestBrowseLists::emptyListSaysSo()
{
    Sandbox::SandboxOptions options;
    options.seedDemoData = false;
    GuiFixture fixture(options);
    QVERIFY(fixture.isReady());
    DomainsPage page(fixture.workspace());
    page.resize(700, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(waitUntil([&] { return page.listPane()->model()->state() == PagedModel::State::Complete; }));
    QCOMPARE(page.listPane()->emptyStateText(), QStringLiteral("No domains yet – Add domain…"));
    AltDist::Test::screenshot(&page, QStringLiteral("browse-domains-empty"));
}

void TestBrowseLists::columnsFitTheFirstPageUntilTheUserResizesOne()
{
    GuiFixture fixture;
    QVERIFY(fixture.isReady());
    DomainsPage page(fixture.workspace());
    page.resize(1000, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    ListPane *pane = page.listPane();
    QHeaderView *header = pane->view()->horizontalHeader();
    const int longest = pane->view()->fontMetrics().horizontalAdvance(QStringLiteral("downloads.quill.app"));
    const auto domainFits = [&] { return header->sectionSize(DomainsModel::DomainColumn) >= longest; };
    QVERIFY(waitUntil([&] { return pane->model()->state() == PagedModel::State::Complete && domainFits(); }));
    QVERIFY(header->sectionSize(DomainsModel::DomainColumn) <= pane->view()->viewport()->width() / 2);
    QCOMPARE(header->sectionResizeMode(DomainsModel::DomainColumn), QHeaderView::Interactive);

    // Not the user's doing: a refresh fits again.
    header->resizeSection(DomainsModel::DomainColumn, 30);
    pane->refresh();
    QVERIFY(waitUntil([&] { return pane->model()->state() == PagedModel::State::Complete && domainFits(); }));

    // The user drags the column's edge: from then on the width is theirs.
    const QPoint edge(header->sectionViewportPosition(DomainsModel::DomainColumn)
                          + header->sectionSize(DomainsModel::DomainColumn) - 1,
                      header->height() / 2);
    QTest::mousePress(header->viewport(), Qt::LeftButton, {}, edge);
    header->resizeSection(DomainsModel::DomainColumn, 55); // what the drag does
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, edge);
    pane->refresh();
    QVERIFY(waitUntil([&] { return pane->model()->state() == PagedModel::State::Complete; }));
    QTest::qWait(50); // a wrongly queued fit would run now
    QCOMPARE(header->sectionSize(DomainsModel::DomainColumn), 55);
}

QTEST_MAIN(TestBrowseLists)
#include "tst_gui_browse_lists.moc"
