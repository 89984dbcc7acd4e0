// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListStatusRows.h"

#include "ListFilterModel.h"
#include "PagedModel.h"
#include "StatusRowWidget.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace AltDist {

ListStatusRows::ListStatusRows(QTableView *view, ListFilterModel *proxy, QLineEdit *filter)
    : QObject(view), m_view(view), m_proxy(proxy), m_filter(filter), m_empty(new QLabel(view->viewport()))
{
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->hide();
    m_emptyText = tr("Nothing here yet");
    view->viewport()->installEventFilter(this);
}

void ListStatusRows::setModel(PagedModel *model)
{
    m_model = model;
}

void ListStatusRows::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateEmptyState();
}

QString ListStatusRows::emptyStateText() const
{
    return m_empty->isVisible() ? m_empty->text() : QString();
}

int ListStatusRows::rowKind(int proxyRow) const
{
    return m_proxy->index(proxyRow, 0).data(PagedModel::RowKindRole).toInt();
}

void ListStatusRows::update()
{
    // Status rows are last (ListFilterModel keeps them there): at most one.
    const int rows = m_proxy->rowCount();
    const int last = rows - 1;
    const int kind = rows > 0 ? rowKind(last) : int(PagedModel::RowKind::Item);
    const int statusRow = kind == int(PagedModel::RowKind::Item) ? -1 : last;
    const int columns = m_proxy->columnCount();
    // Re-span only when the status row moved: rows arrive many times a page,
    // and every clearSpans() repaints the whole viewport.
    const bool spanned = statusRow < 0 || columns < 2 || m_view->columnSpan(statusRow, 0) == columns;
    if (statusRow != m_spannedRow || !spanned) {
        m_view->clearSpans();
        if (statusRow >= 0 && columns > 1)
            m_view->setSpan(statusRow, 0, 1, columns);
        m_spannedRow = statusRow;
    }
    updateErrorRow(kind == int(PagedModel::RowKind::Error) ? statusRow : -1);
    updateEmptyState();
}

void ListStatusRows::updateErrorRow(int proxyRow)
{
    if (proxyRow < 0) {
        if (m_errorWidget) {
            // The row changed kind in place: drop the widget and the tall row.
            for (int row = m_proxy->rowCount() - 1; row >= 0; --row) {
                if (m_view->indexWidget(m_proxy->index(row, 0)) == m_errorWidget) {
                    m_view->setIndexWidget(m_proxy->index(row, 0), nullptr);
                    m_view->setRowHeight(row, m_view->verticalHeader()->defaultSectionSize());
                    break;
                }
            }
        }
        return;
    }
    const QModelIndex index = m_proxy->index(proxyRow, 0);
    auto *widget = qobject_cast<StatusRowWidget *>(m_view->indexWidget(index));
    if (!widget) {
        widget = new StatusRowWidget;
        connect(widget, &StatusRowWidget::retryRequested, this, [this] {
            if (m_model)
                m_model->retry();
        });
        m_view->setIndexWidget(index, widget);
        m_errorWidget = widget;
    }
    if (const std::optional<Error> error = m_model ? m_model->lastError() : std::nullopt)
        widget->setError(*error);
    else
        widget->setText(index.data().toString());
    const int width = m_view->viewport()->width();
    const int height = widget->hasHeightForWidth() ? widget->heightForWidth(width) : widget->sizeHint().height();
    m_view->setRowHeight(proxyRow, qMax(height, m_view->verticalHeader()->defaultSectionSize()));
}

void ListStatusRows::updateEmptyState()
{
    const bool loadedEmpty = m_model && m_model->state() == PagedModel::State::Complete && m_proxy->rowCount() == 0;
    if (loadedEmpty) {
        m_empty->setText(m_model->itemCount() == 0 ? m_emptyText
                                                   : tr("Nothing loaded matches “%1”").arg(m_filter->text()));
        m_empty->setGeometry(m_view->viewport()->rect().adjusted(12, 12, -12, -12));
    }
    m_empty->setVisible(loadedEmpty);
}

bool ListStatusRows::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_empty->setGeometry(m_view->viewport()->rect().adjusted(12, 12, -12, -12));
    return QObject::eventFilter(watched, event);
}

} // namespace AltDist
