// SPDX-License-Identifier: GPL-3.0-or-later
#include "ElideDelegate.h"

namespace AltDist {

void ElideDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = option->text.contains(QLatin1Char(' ')) ? Qt::ElideRight : Qt::ElideMiddle;
}

} // namespace AltDist
