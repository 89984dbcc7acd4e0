// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace AltDist {

ProgressDelegate::ProgressDelegate(int progressRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(progressRole)
{
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The cell's background (selection) first, then the bar inside it.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, option.widget);

    const QVariant progress = index.data(m_role);
    if (!progress.isValid())
        return; // nothing to show (e.g. a download that ended without a file)
    const int value = progress.toInt();
    QStyleOptionProgressBar bar;
    bar.initFrom(option.widget);
    bar.state = option.state | QStyle::State_Horizontal;
    const int margin = qMax(1, option.rect.height() / 8);
    bar.rect = option.rect.adjusted(margin, margin, -margin, -margin);
    bar.minimum = 0;
    bar.maximum = value < 0 ? 0 : 100; // 0..0: the style's busy indicator
    bar.progress = qMax(0, value);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = !bar.text.isEmpty();
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), option.fontMetrics.horizontalAdvance(QLatin1Char('0')) * 14));
    return size;
}

} // namespace AltDist
