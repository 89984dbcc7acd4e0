// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace AltDist {

class PagedModel;

/// The proxy every list view sits on: filters case-insensitively across all
/// columns (setFilterFixedString / setFilterRegularExpression as usual),
/// sorts by PagedModel::SortRole, and keeps the loading / error row always
/// present and always last, in either sort order. canFetchMore/fetchMore
/// reach the source model (QSortFilterProxyModel forwards them).
class ListFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListFilterModel)
public:
    explicit ListFilterModel(QObject *parent = nullptr);

    /// The source as a PagedModel (null when the source is something else).
    PagedModel *pagedModel() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool isStatusRow(const QModelIndex &sourceIndex) const;
};

} // namespace AltDist
