// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListFilterModel.h"

#include "PagedModel.h"

namespace AltDist {

ListFilterModel::ListFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setFilterKeyColumn(-1);
    setSortRole(PagedModel::SortRole);
}

PagedModel *ListFilterModel::pagedModel() const
{
    return qobject_cast<PagedModel *>(sourceModel());
}

bool ListFilterModel::isStatusRow(const QModelIndex &sourceIndex) const
{
    const QVariant kind = sourceIndex.data(PagedModel::RowKindRole);
    return kind.isValid() && kind.toInt() != int(PagedModel::RowKind::Item);
}

bool ListFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (isStatusRow(sourceModel()->index(sourceRow, 0, sourceParent)))
        return true;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool ListFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftStatus = isStatusRow(left);
    const bool rightStatus = isStatusRow(right);
    if (leftStatus || rightStatus) {
        if (leftStatus == rightStatus)
            return false;
        // Descending order asks lessThan(right, left): the status row must
        // then compare as the smallest to end up last.
        return sortOrder() == Qt::AscendingOrder ? rightStatus : leftStatus;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace AltDist
