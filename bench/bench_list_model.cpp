// SPDX-License-Identifier: GPL-3.0-or-later
// How a list keeps up as pages arrive: a synthetic PagedModel (no network)
// appends pages of 200 items under a ListFilterModel with sorting on and a
// filter set; first the models alone, then with a ListPane (its table view,
// status rows and column fitter) on top. Prints milliseconds per page as the
// list grows (a per-page cost that climbs with the rows loaded is quadratic
// overall) and data() calls per page and per second.
//
//   bench_list_model [PAGES=25]
#include "ListFilterModel.h"
#include "ListPane.h"
#include "PagedModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <cstdio>

namespace {

using namespace AltDist;

/// Items "item-<n>" with a shuffled sort key; answers every page at once
/// (queued, as a real request would), counting data() calls.
class SyntheticModel final : public PagedModel
{
public:
    int pages = 0;
    mutable qint64 dataCalls = 0;

    QVariant data(const QModelIndex &index, int role) const override
    {
        ++dataCalls;
        return PagedModel::data(index, role);
    }

protected:
    std::function<void()> startPageRequest(const QUrl &, quint64 ticket) override
    {
        QMetaObject::invokeMethod(
            this,
            [this, ticket] {
                const QUrl next = ++pages < kPages ? QUrl(QStringLiteral("/next")) : QUrl();
                pageArrived(ticket, kPageSize, next, std::nullopt, [this] { m_count += kPageSize; });
            },
            Qt::QueuedConnection);
        return [] {};
    }
    int loadedItemCount() const override { return m_count; }
    void clearItems() override { m_count = 0; }
    int modelColumnCount() const override { return 4; }
    QVariant itemHeader(int section, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("Column %1").arg(section)) : QVariant();
    }
    QVariant itemData(int row, int column, int role) const override
    {
        const int key = int((quint64(row) * 2654435761u) % 100000u); // a scattered order
        if (role == SortRole && column == 1)
            return key;
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
            return {};
        switch (column) {
        case 0: return QStringLiteral("item-%1").arg(row);
        case 1: return QString::number(key);
        case 2: return QStringLiteral("Some prose for row %1").arg(row % 97);
        default: return QStringLiteral("2024-05-%1").arg(1 + row % 28);
        }
    }
    QString itemId(int row) const override { return QString::number(row); }
    QJsonObject itemResource(int) const override { return {}; }

public:
    static int kPages;
    static constexpr int kPageSize = 200;

private:
    int m_count = 0;
};

int SyntheticModel::kPages = 25;

/// Loads every page (each fetchMore'd as soon as the last one landed) and
/// prints the cost of every fifth page.
void run(const char *title, SyntheticModel *model, ListFilterModel *proxy, const std::function<void()> &settle)
{
    std::printf("\n%s\n%8s %10s %14s %14s\n", title, "rows", "ms/page", "data()/page", "data()/s");
    QElapsedTimer total;
    total.start();
    qint64 totalNs = 0;
    for (int page = 0; page < SyntheticModel::kPages; ++page) {
        const qint64 callsBefore = model->dataCalls;
        QElapsedTimer timer;
        timer.start();
        proxy->fetchMore({});
        while (model->state() == PagedModel::State::Fetching)
            QCoreApplication::processEvents();
        settle();
        const qint64 ns = timer.nsecsElapsed();
        totalNs += ns;
        const qint64 calls = model->dataCalls - callsBefore;
        if ((page + 1) % 5 == 0 || page == 0)
            std::printf("%8d %10.2f %14lld %14.0f\n", model->itemCount(), ns / 1e6, calls, calls / (ns / 1e9));
    }
    std::printf("total %d rows, %d shown after the filter: %.1f ms\n", model->itemCount(), proxy->rowCount(),
                totalNs / 1e6);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc > 1)
        SyntheticModel::kPages = qMax(1, QByteArray(argv[1]).toInt());

    {
        auto *model = new SyntheticModel;
        ListFilterModel proxy;
        proxy.setSourceModel(model);
        proxy.sort(1, Qt::AscendingOrder);
        proxy.setFilterFixedString(QStringLiteral("1"));
        run("PagedModel + ListFilterModel (sorted by column 1, filter \"1\")", model, &proxy, [] {});
        delete model;
    }
    {
        ListPane pane;
        pane.resize(1000, 700);
        auto *model = new SyntheticModel;
        model->setPageSize(SyntheticModel::kPageSize);
        pane.setModel(model);
        pane.show();
        pane.view()->sortByColumn(1, Qt::AscendingOrder);
        pane.proxy()->setFilterFixedString(QStringLiteral("1"));
        // Let the view take in what it was given, as it would between frames.
        run("ListPane (view, status rows, column fitter) over the same", model, pane.proxy(),
            [] { QCoreApplication::processEvents(); });
        QElapsedTimer timer;
        timer.start();
        const qint64 callsBefore = model->dataCalls;
        QTableView *view = pane.view();
        for (int step = 0; step < 200; ++step) {
            view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() * step / 199);
            view->viewport()->repaint();
        }
        const qint64 ns = timer.nsecsElapsed();
        std::printf("scrolling through it: 200 repaints in %.1f ms (%.2f ms each), %.0f data() calls/s\n",
                    ns / 1e6, ns / 1e6 / 200, (model->dataCalls - callsBefore) / (ns / 1e9));
    }
    return 0;
}
