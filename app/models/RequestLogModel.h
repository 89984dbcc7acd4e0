// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Clock.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace AltDist {

/// The request log as a table: one row per attempt that reached the wire
/// (ApiClient::requestLogged), newest last, at most capacity() rows (the
/// oldest go first). RequestLogEntry carries no token, key or body, so
/// nothing secret can end up in a cell.
class RequestLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogModel)

public:
    enum Column { TimeColumn, MethodColumn, PathColumn, StatusColumn, DurationColumn, AttemptColumn,
                  RateLimitColumn, ErrorColumn, ColumnCount };
    /// Qt::UserRole: the raw value to sort by (time, status, milliseconds ...).
    static constexpr int SortRole = Qt::UserRole;

    explicit RequestLogModel(QObject *parent = nullptr, const Clock &clock = Clock::system());

    int capacity() const { return m_capacity; }
    /// At least 1; drops the oldest rows beyond it.
    void setCapacity(int rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The entry shown in `row` (0 = oldest kept).
    const RequestLogEntry &entry(int row) const { return m_rows.at(row).entry; }

public Q_SLOTS:
    /// Appends a row stamped with the clock's time.
    void append(const AltDist::RequestLogEntry &entry);
    void clear();

private:
    struct Row
    {
        QDateTime time;
        RequestLogEntry entry;
    };
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    void dropOldest(int count);

    const Clock &m_clock;
    QList<Row> m_rows;
    int m_capacity = 2000;
};

} // namespace AltDist
