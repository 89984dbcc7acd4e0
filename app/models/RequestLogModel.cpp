// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestLogModel.h"

#include <QLocale>

namespace AltDist {

RequestLogModel::RequestLogModel(QObject *parent, const Clock &clock) : QAbstractTableModel(parent), m_clock(clock) {}

void RequestLogModel::setCapacity(int rows)
{
    m_capacity = qMax(1, rows);
    if (m_rows.size() > m_capacity)
        dropOldest(int(m_rows.size()) - m_capacity);
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn || index.column() == PathColumn)
            return display(row, index.column());
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case StatusColumn:
        case DurationColumn:
        case AttemptColumn:
        case RateLimitColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case SortRole:
        return sortValue(row, index.column());
    default:
        return {};
    }
}

QVariant RequestLogModel::display(const Row &row, int column) const
{
    const RequestLogEntry &e = row.entry;
    const QLocale locale;
    switch (column) {
    case TimeColumn:
        return locale.toString(row.time.toLocalTime().time(), QStringLiteral("HH:mm:ss.zzz"));
    case MethodColumn:
        return QString::fromLatin1(e.method);
    case PathColumn:
        return e.path;
    case StatusColumn:
        return e.status > 0 ? QString::number(e.status) : tr("no answer");
    case DurationColumn:
        return locale.toString(e.durationMs);
    case AttemptColumn:
        return QString::number(e.attempt);
    case RateLimitColumn:
        if (e.rateLimit && e.rateLimit->isKnown())
            return tr("%1 of %2").arg(locale.toString(e.rateLimit->remaining), locale.toString(e.rateLimit->limit));
        return QString();
    case ErrorColumn:
        return e.errorSummary;
    default:
        return {};
    }
}

QVariant RequestLogModel::sortValue(const Row &row, int column) const
{
    const RequestLogEntry &e = row.entry;
    switch (column) {
    case TimeColumn:
        return row.time;
    case StatusColumn:
        return e.status;
    case DurationColumn:
        return e.durationMs;
    case AttemptColumn:
        return e.attempt;
    case RateLimitColumn:
        return e.rateLimit && e.rateLimit->isKnown() ? e.rateLimit->remaining : -1;
    default:
        return display(row, column);
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration (ms)");
    case AttemptColumn:
        return tr("Attempt");
    case RateLimitColumn:
        return tr("Rate limit remaining");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

void RequestLogModel::append(const RequestLogEntry &entry)
{
    if (m_rows.size() >= m_capacity)
        dropOldest(int(m_rows.size()) - m_capacity + 1);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{m_clock.now(), entry});
    endInsertRows();
}

void RequestLogModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void RequestLogModel::dropOldest(int count)
{
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_rows.remove(0, count);
    endRemoveRows();
}

} // namespace AltDist
