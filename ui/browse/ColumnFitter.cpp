// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnFitter.h"

#include "PagedModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyleOptionViewItem>
#include <QTableView>

namespace AltDist {

ColumnFitter::ColumnFitter(QTableView *view) : QObject(view), m_view(view)
{
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->viewport()->installEventFilter(this);
    view->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (m_mouseDown)
            m_userSized = true;
    });
}

void ColumnFitter::request()
{
    m_requested = true;
    fitIfRequested();
}

void ColumnFitter::fitIfRequested()
{
    // Queued: rows just inserted or a view just shown get their geometry
    // (viewport width, row layout) from events already posted.
    if (m_requested && !m_queued) {
        m_queued = true;
        QMetaObject::invokeMethod(this, &ColumnFitter::fit, Qt::QueuedConnection);
    }
}

void ColumnFitter::fit()
{
    m_queued = false;
    const QAbstractItemModel *model = m_view->model();
    // Status rows come last: row 0 being an item means there are items to measure.
    const bool items = model && model->rowCount() > 0
        && model->index(0, 0).data(PagedModel::RowKindRole).toInt() == int(PagedModel::RowKind::Item);
    if (!m_requested || m_userSized || !items || !m_view->viewport()->isVisible())
        return;
    m_requested = false;
    QHeaderView *header = m_view->horizontalHeader();
    const int count = header->count();
    // What each column would like, and the least it gets: its header, or a
    // dozen characters (enough to tell IDs apart with the middle elided).
    QList<int> wanted(count, 0);
    QList<int> least(count, 0);
    const int dozen = m_view->fontMetrics().averageCharWidth() * 12;
    for (int column = 0; column < count; ++column) {
        if (header->isSectionHidden(column))
            continue;
        const int headerWidth = header->sectionSizeHint(column);
        wanted[column] = qMax(contentWidth(column), headerWidth);
        least[column] = qMin(wanted[column], qMax(headerWidth, dozen));
    }
    const auto widthAt = [&](int column, int cap) { return qMin(wanted.at(column), qMax(cap, least.at(column))); };
    const auto totalAt = [&](int cap) {
        int total = 0;
        for (int column = 0; column < count; ++column)
            total += widthAt(column, cap);
        return total;
    };
    // No column wider than kMaxColumnShare; and when they do not all fit,
    // the widest give way first (water filling), so short columns such as
    // dates and states stay whole while long IDs and checksums elide.
    const int available = m_view->viewport()->width();
    int cap = qMax(header->minimumSectionSize(), int(available * kMaxColumnShare));
    if (totalAt(cap) > available) {
        int low = 0;
        while (low < cap) {
            const int mid = (low + cap + 1) / 2;
            if (totalAt(mid) <= available)
                low = mid;
            else
                cap = mid - 1;
        }
    }
    m_squeezed = false;
    for (int column = 0; column < count; ++column)
        m_squeezed = m_squeezed || widthAt(column, cap) < wanted.at(column);
    // The last section too: a stretching last section never gets narrower
    // than the size it was last given (QHeaderView keeps that as its floor).
    for (int column = 0; column < count; ++column) {
        if (!header->isSectionHidden(column))
            header->resizeSection(column, widthAt(column, cap));
    }
}

int ColumnFitter::contentWidth(int column) const
{
    // Measured here, not with sizeHintForColumn(): that only sees rows the
    // view has laid out, which rows that have just arrived are not yet.
    const QAbstractItemModel *model = m_view->model();
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.font = m_view->font();
    option.fontMetrics = m_view->fontMetrics();
    int width = 0;
    for (int row = 0, rows = qMin(model->rowCount(), kRowsMeasured); row < rows; ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data(PagedModel::RowKindRole).toInt() != int(PagedModel::RowKind::Item))
            break; // status rows span the table; they are not this column's content
        width = qMax(width, m_view->itemDelegateForIndex(index)->sizeHint(option, index).width());
    }
    return width + (m_view->showGrid() ? 1 : 0);
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->horizontalHeader()->viewport()) {
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)
            m_mouseDown = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_mouseDown = false;
    } else if (watched == m_view->viewport() && event->type() == QEvent::Show) {
        fitIfRequested(); // a request made while the page was hidden
    } else if (watched == m_view->viewport() && event->type() == QEvent::Resize && m_squeezed && !m_userSized) {
        // Columns had to give way: use the new width (a page shown in a tab
        // or splitter gets its final width only after the first fit).
        request();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace AltDist
