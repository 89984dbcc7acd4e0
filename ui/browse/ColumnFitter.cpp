// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnFitter.h"

#include "PagedModel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QStyleOptionViewItem>
#include <QTableView>

#include <algorithm>

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
    m_wanted.clear(); // new rows: what the old ones wanted no longer counts
    m_fitted.clear();
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
    const int measured = qMin(model->rowCount(), kRowsMeasured) - 1;
    for (int column = 0; column < count; ++column) {
        if (header->isSectionHidden(column))
            continue;
        const int headerWidth = header->sectionSizeHint(column);
        const int earlier = column < m_wanted.size() ? m_wanted.at(column) : 0; // a refit keeps later pages' needs
        wanted[column] = std::max({contentWidth(column, 0, measured), headerWidth, earlier});
        least[column] = qMin(wanted[column], qMax(headerWidth, dozen));
    }
    m_wanted = wanted;
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
    m_fitted = QList<int>(count, 0);
    for (int column = 0; column < count; ++column) {
        if (!header->isSectionHidden(column)) {
            m_fitted[column] = widthAt(column, cap);
            header->resizeSection(column, m_fitted.at(column));
        }
    }
}

void ColumnFitter::rowsArrived(const QModelIndex &parent, int first, int last)
{
    // Before the first fit (or while one is pending) the fit measures them.
    const int count = m_view->horizontalHeader()->count();
    if (parent.isValid() || m_requested || m_userSized || m_fitted.size() != count || m_wanted.size() != count)
        return;
    last = qMin(last, first + kRowsMeasured - 1);
    // Cheaply: each column's widest text by its advance, then the delegate
    // measures only that cell (a delegate sizeHint per cell cost a page of
    // 200 rows some 13 ms; see bench_list_model).
    const QAbstractItemModel *model = m_view->model();
    const QFontMetrics metrics = m_view->fontMetrics();
    QList<int> widestRow(count, -1);
    QList<int> widestAdvance(count, -1);
    for (int row = first; row <= last && row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(PagedModel::RowKindRole).toInt() != int(PagedModel::RowKind::Item))
            continue;
        for (int column = 0; column < count; ++column) {
            const int advance = metrics.horizontalAdvance(model->index(row, column).data().toString());
            if (advance > widestAdvance.at(column)) {
                widestAdvance[column] = advance;
                widestRow[column] = row;
            }
        }
    }
    bool wider = false;
    for (int column = 0; column < count; ++column) {
        if (widestRow.at(column) < 0)
            continue;
        const int width = contentWidth(column, widestRow.at(column), widestRow.at(column));
        if (width > m_wanted.at(column)) {
            m_wanted[column] = width;
            wider = wider || width > m_fitted.at(column);
        }
    }
    if (wider && !m_growQueued) {
        m_growQueued = true; // once for a whole page, after the view has taken it in
        QMetaObject::invokeMethod(this, &ColumnFitter::grow, Qt::QueuedConnection);
    }
}

void ColumnFitter::grow()
{
    m_growQueued = false;
    QHeaderView *header = m_view->horizontalHeader();
    const int count = header->count();
    if (m_requested || m_userSized || m_fitted.size() != count || m_wanted.size() != count)
        return;
    // Only into width nobody uses: no column gives way, none shrinks, so
    // nothing moves under the user's eye but the column that needs it.
    const int available = m_view->viewport()->width();
    const int cap = qMax(header->minimumSectionSize(), int(available * kMaxColumnShare));
    int spare = available;
    for (int column = 0; column < count; ++column)
        spare -= header->isSectionHidden(column) ? 0 : m_fitted.at(column);
    for (int column = 0; column < count && spare > 0; ++column) {
        const int target = qMin(m_wanted.at(column), qMax(cap, m_fitted.at(column)));
        if (header->isSectionHidden(column) || target <= m_fitted.at(column))
            continue;
        const int added = qMin(target - m_fitted.at(column), spare);
        spare -= added;
        m_fitted[column] += added;
        header->resizeSection(column, m_fitted.at(column));
    }
}

int ColumnFitter::contentWidth(int column, int first, int last) const
{
    // Measured here, not with sizeHintForColumn(): that only sees rows the
    // view has laid out, which rows that have just arrived are not yet.
    const QAbstractItemModel *model = m_view->model();
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.font = m_view->font();
    option.fontMetrics = m_view->fontMetrics();
    int width = 0;
    for (int row = first, rows = qMin(model->rowCount() - 1, last); row <= rows; ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data(PagedModel::RowKindRole).toInt() != int(PagedModel::RowKind::Item))
            continue; // status rows span the table; they are not this column's content
        width = qMax(width, m_view->itemDelegateForIndex(index)->sizeHint(option, index).width());
    }
    // Half a character of air each side: text ending at the grid line looks cut.
    return width == 0 ? 0 : width + m_view->fontMetrics().averageCharWidth() + (m_view->showGrid() ? 1 : 0);
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
        // or splitter gets its final width only after the first fit), with
        // what later pages asked for.
        m_requested = true;
        fitIfRequested();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace AltDist
