// SPDX-License-Identifier: GPL-3.0-or-later
// ColumnFitter beyond the first page: the keys list pages the app keys, then
// the account-wide ones; a column the later page needs wider grows into the
// spare width (and never past it, never shrinking).
#include "EcKeyPair.h"
#include "GuiTest.h"
#include "Keys.h"
#include "ListPane.h"
#include "PagedModel.h"
#include "ResourceModels.h"

#include "ApiClient.h"

#include <QHeaderView>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QtTest>

using namespace AltDist;
using namespace AltDist::Test;

class TestBrowseColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void laterPagesWidenAnAutoSizedColumnIntoSpareRoom();
};

namespace {

/// Widest cell of `column` among the view's item rows, as its delegate wants it.
int widestCell(QTableView *view, int column)
{
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.font = view->font();
    option.fontMetrics = view->fontMetrics();
    int widest = 0;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data(PagedModel::RowKindRole).toInt() == int(PagedModel::RowKind::Item))
            widest = qMax(widest, view->itemDelegateForIndex(index)->sizeHint(option, index).width());
    }
    return widest;
}

} // namespace

void TestBrowseColumns::laterPagesWidenAnAutoSizedColumnIntoSpareRoom()
{
    GuiFixture fixture;
    QVERIFY(fixture.isReady());
    ApiClient *client = fixture.connection().client();
    // An account-wide key besides the seeded app key: it comes on the second listing.
    const Result<EcKeyPair> pair = EcKeyPair::generateP256();
    QVERIFY(pair.ok());
    bool created = false;
    KeysApi(client).create(pair.value().publicKeyPem()).then(this, [&](const Result<DistributionKey> &key) {
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().describe()));
        created = true;
    });
    QVERIFY(waitUntil([&] { return created; }));

    ListPane pane;
    pane.resize(1000, 400);
    auto *model = new KeysModel(client);
    pane.setModel(model);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(waitUntil([&] { return model->state() == PagedModel::State::Complete; }));
    QVERIFY(model->itemCount() >= 2);
    QHeaderView *header = pane.view()->horizontalHeader();
    // Fitted columns give their text half a character of air each side.
    const int needed = widestCell(pane.view(), KeysModel::AppColumn) + pane.view()->fontMetrics().averageCharWidth();
    QVERIFY(waitUntil([&] { return header->sectionSize(KeysModel::AppColumn) >= needed; }));
    // Grown into spare room only: the columns still fit the view.
    int total = 0;
    for (int column = 0; column < header->count() - 1; ++column)
        total += header->sectionSize(column);
    QVERIFY(total <= pane.view()->viewport()->width());
    screenshot(&pane, QStringLiteral("browse-keys-columns"));

    // A refresh fits afresh, and the account-wide rows still have room.
    pane.refresh();
    QVERIFY(waitUntil([&] { return model->state() == PagedModel::State::Complete; }));
    QVERIFY(waitUntil([&] { return header->sectionSize(KeysModel::AppColumn) >= needed; }));
}

QTEST_MAIN(TestBrowseColumns)
#include "tst_gui_browse_columns.moc"
