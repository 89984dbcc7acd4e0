// SPDX-License-Identifier: GPL-3.0-or-later
#include "DownloadsModel.h"

#include "Checksum.h"

#include <QDir>
#include <QLocale>

#include <algorithm>

namespace AltDist {

namespace {

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

bool isFinal(DownloadsModel::State state)
{
    return !DownloadsModel::isRunning(state);
}

} // namespace

int DownloadsModel::percent(const Row &row)
{
    if (row.state == State::Verified)
        return 100;
    return row.total > 0 ? int(qBound(qint64(0), row.received * 100 / row.total, qint64(100))) : -1;
}

DownloadsModel::DownloadsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_clock.start();
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &DownloadsModel::flushProgress);
    // Without new bytes no progress arrives: a tick lets speed and time left decay.
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &DownloadsModel::tick);
}

quint64 DownloadsModel::add(const QString &label, const QString &targetPath, const QString &expectedChecksum)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    Row added;
    added.id = m_nextId++;
    added.label = label;
    added.targetPath = targetPath;
    added.expectedChecksum = expectedChecksum;
    m_rows.push_back(std::move(added));
    endInsertRows();
    Q_EMIT statesChanged();
    return m_rows.back().id;
}

void DownloadsModel::setProgress(quint64 id, qint64 received, qint64 total)
{
    Row *row = find(id);
    if (!row || isFinal(row->state))
        return;
    row->received = received;
    row->total = total;
    row->rate.addSample(received, m_clock.elapsed());
    const State state = total > 0 && received >= total ? State::Verifying : State::Downloading;
    if (state != row->state) {
        row->state = state;
        m_dirty.remove(id);
        emitRowChanged(rowOf(id));
        Q_EMIT statesChanged();
        return;
    }
    markDirty(id);
}

void DownloadsModel::markDirty(quint64 id)
{
    m_dirty.insert(id);
    if (!m_refresh.isActive())
        m_refresh.start();
    if (!m_tick.isActive())
        m_tick.start();
}

void DownloadsModel::tick()
{
    bool transferring = false;
    const qint64 now = m_clock.elapsed();
    for (Row &row : m_rows) {
        if (row.state != State::Downloading)
            continue;
        transferring = true;
        row.rate.addSample(row.received, now);
        m_dirty.insert(row.id);
    }
    if (!transferring)
        m_tick.stop();
    flushProgress();
}

void DownloadsModel::setVerified(quint64 id, const QString &path)
{
    if (Row *row = find(id)) {
        row->targetPath = path;
        if (row->total < 0)
            row->total = row->received;
        row->received = row->total;
    }
    finish(id, State::Verified, {});
}

void DownloadsModel::setFailed(quint64 id, const QString &message)
{
    finish(id, State::Failed, message);
}

void DownloadsModel::setCancelled(quint64 id, const QString &reason)
{
    finish(id, State::Cancelled, reason);
}

void DownloadsModel::finish(quint64 id, State state, const QString &message)
{
    Row *row = find(id);
    if (!row || isFinal(row->state))
        return;
    row->state = state;
    row->message = message;
    row->rate.reset();
    m_dirty.remove(id);
    emitRowChanged(rowOf(id));
    Q_EMIT statesChanged();
}

void DownloadsModel::clearFinished()
{
    bool removed = false;
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!isFinal(m_rows[size_t(row)].state))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
        removed = true;
    }
    if (removed)
        Q_EMIT statesChanged();
}

int DownloadsModel::rowOf(quint64 id) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [id](const Row &row) { return row.id == id; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

quint64 DownloadsModel::idAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : 0;
}

DownloadsModel::State DownloadsModel::state(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].state : State::Cancelled;
}

int DownloadsModel::count(State state) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [state](const Row &row) { return row.state == state; }));
}

int DownloadsModel::runningCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &row) { return isRunning(row.state); }));
}

QString DownloadsModel::summary() const
{
    QStringList parts;
    if (const int n = count(State::Queued))
        parts << tr("%n queued", nullptr, n);
    if (const int n = count(State::Downloading) + count(State::Verifying))
        parts << tr("%n downloading", nullptr, n);
    if (const int n = count(State::Verified))
        parts << tr("%n verified", nullptr, n);
    if (const int n = count(State::Failed))
        parts << tr("%n failed", nullptr, n);
    if (const int n = count(State::Cancelled))
        parts << tr("%n cancelled", nullptr, n);
    return parts.join(QStringLiteral(" \u00b7 "));
}

int DownloadsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DownloadsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DownloadsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return statusToolTip(row);
        if (index.column() == PathColumn || index.column() == NameColumn)
            return QDir::toNativeSeparators(row.targetPath);
        return {};
    case ProgressRole:
        if (row.state == State::Failed || row.state == State::Cancelled)
            return {}; // no bar for a download that ended without a file
        return percent(row);
    case StateRole:
        return int(row.state);
    case PathRole:
        return row.targetPath;
    case Qt::TextAlignmentRole:
        if (index.column() == SpeedColumn || index.column() == TimeLeftColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant DownloadsModel::display(const Row &row, int column) const
{
    const bool transferring = row.state == State::Downloading;
    switch (Column(column)) {
    case NameColumn:
        return row.label;
    case StatusColumn:
        return statusText(row);
    case ProgressColumn: {
        const int done = row.state == State::Failed || row.state == State::Cancelled ? -1 : percent(row);
        return done < 0 ? QString() : tr("%1 %").arg(done);
    }
    case SpeedColumn: {
        const double speed = transferring ? row.rate.bytesPerSecond() : 0;
        return speed > 0 ? tr("%1/s").arg(dataSize(qint64(speed))) : QString();
    }
    case TimeLeftColumn: {
        const std::optional<qint64> left = transferring ? row.rate.secondsLeft(row.total) : std::nullopt;
        return left ? formatDuration(*left) : QString();
    }
    case SizeColumn:
        if (row.total < 0)
            return row.received > 0 ? dataSize(row.received) : QString();
        if (isRunning(row.state))
            return formatPartialSize(row.received, row.total);
        return dataSize(row.total);
    case PathColumn:
        return QDir::toNativeSeparators(row.targetPath);
    case ColumnCount:
        break;
    }
    return {};
}

QString DownloadsModel::statusText(const Row &row) const
{
    switch (row.state) {
    case State::Queued:
        return tr("Queued");
    case State::Downloading:
        return tr("Downloading");
    case State::Verifying:
        return tr("Verifying\u2026");
    case State::Verified: {
        const Result<ExpectedChecksum> checksum = ExpectedChecksum::parse(row.expectedChecksum);
        if (!checksum.ok())
            return tr("Verified");
        return tr("Verified (%1 %2\u2026)").arg(checksum->algorithmName(), QString::fromLatin1(checksum->hex.left(12)));
    }
    case State::Failed:
        return tr("Failed: %1").arg(row.message);
    case State::Cancelled:
        return row.message.isEmpty() ? tr("Cancelled") : row.message;
    }
    return {};
}

QString DownloadsModel::statusToolTip(const Row &row) const
{
    if (row.state == State::Verified) {
        const Result<ExpectedChecksum> checksum = ExpectedChecksum::parse(row.expectedChecksum);
        if (checksum.ok())
            return tr("The file's %1 checksum matched the one App Store Connect published:\n%2")
                .arg(checksum->algorithmName(), QString::fromLatin1(checksum->hex));
    }
    return statusText(row);
}

QVariant DownloadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case SpeedColumn:
        return tr("Speed");
    case TimeLeftColumn:
        return tr("Time left");
    case SizeColumn:
        return tr("Size");
    case PathColumn:
        return tr("Saved to");
    case ColumnCount:
        break;
    }
    return {};
}

QString DownloadsModel::formatDuration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QString DownloadsModel::formatPartialSize(qint64 received, qint64 total)
{
    return tr("%1 of %2").arg(dataSize(received), dataSize(total));
}

DownloadsModel::Row *DownloadsModel::find(quint64 id)
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows[size_t(row)];
}

void DownloadsModel::emitRowChanged(int row)
{
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DownloadsModel::flushProgress()
{
    const QSet<quint64> dirty = std::exchange(m_dirty, {});
    for (const quint64 id : dirty)
        emitRowChanged(rowOf(id));
}

} // namespace AltDist
