// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TransferRate.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QSet>
#include <QTimer>

#include <vector>

namespace AltDist {

/// The downloads list: one row per download the user started, from Queued to
/// Verified, Failed or Cancelled. Rows are addressed by a stable id (rows move
/// when finished ones are cleared). Progress may arrive very often; the views
/// hear about it at most every kRefreshMs (state changes at once).
class DownloadsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadsModel)

public:
    enum Column { NameColumn, StatusColumn, ProgressColumn, SpeedColumn, TimeLeftColumn, SizeColumn, PathColumn,
                  ColumnCount };
    enum Role {
        ProgressRole = Qt::UserRole + 1, ///< int 0-100, -1 while the size is unknown; invalid once failed/cancelled
        StateRole,                       ///< int (State)
        PathRole,                        ///< the target path
    };
    enum class State { Queued, Downloading, Verifying, Verified, Failed, Cancelled };
    Q_ENUM(State)

    static constexpr int kRefreshMs = 100;
    static constexpr int kTickMs = 1000;

    explicit DownloadsModel(QObject *parent = nullptr);

    /// Appends a Queued row and returns its id. `expectedChecksum` is shown once verified.
    quint64 add(const QString &label, const QString &targetPath, const QString &expectedChecksum);
    void setProgress(quint64 id, qint64 received, qint64 total);
    void setVerified(quint64 id, const QString &path);
    void setFailed(quint64 id, const QString &message);
    /// `reason` empty: plain "Cancelled".
    void setCancelled(quint64 id, const QString &reason = {});
    /// Removes every finished row (Verified, Failed, Cancelled).
    void clearFinished();

    int rowOf(quint64 id) const; ///< -1 if unknown
    quint64 idAt(int row) const; ///< 0 if out of range
    State state(int row) const;
    static bool isRunning(State state) { return state <= State::Verifying; }
    int count(State state) const;
    int runningCount() const;
    /// "2 downloading · 1 verified", or empty when there are no rows.
    QString summary() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "3 min 20 s" style, for the Time left column.
    static QString formatDuration(qint64 seconds);
    /// "4.2 MB of 67.1 MB", for the Size column while downloading.
    static QString formatPartialSize(qint64 received, qint64 total);

Q_SIGNALS:
    /// A row was added or removed or changed state (not on mere progress).
    void statesChanged();

private:
    struct Row
    {
        quint64 id = 0;
        QString label;
        QString targetPath;
        QString expectedChecksum;
        State state = State::Queued;
        QString message; ///< failure or cancellation text
        qint64 received = 0;
        qint64 total = -1;
        TransferRate rate;
    };

    static int percent(const Row &row);
    Row *find(quint64 id);
    void finish(quint64 id, State state, const QString &message);
    void emitRowChanged(int row);
    void markDirty(quint64 id);
    void tick();
    void flushProgress();
    QString statusText(const Row &row) const;
    QString statusToolTip(const Row &row) const;
    QVariant display(const Row &row, int column) const;

    std::vector<Row> m_rows;
    QSet<quint64> m_dirty;
    QTimer m_refresh;
    QTimer m_tick;
    QElapsedTimer m_clock;
    quint64 m_nextId = 1;
};

} // namespace AltDist
