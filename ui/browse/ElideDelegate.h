// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace AltDist {

/// Elides identifiers (IDs, checksums, host names: text without spaces) in the
/// middle, so both ends stay visible, and prose and dates at the end, so they
/// still read from the start. The full text is in the tooltip and details.
class ElideDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElideDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace AltDist
