// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace AltDist {

/// The UI thread's end of one running Download (which lives on the
/// DownloadManager's worker and may be deleted there at any moment). The
/// controller never touches the Download itself: it emits these signals,
/// which are connected to the Download and so vanish with it.
class DownloadHandle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadHandle)

public:
    DownloadHandle(quint64 id, QObject *parent) : QObject(parent), m_id(id) {}

    quint64 id() const { return m_id; }
    /// Shown instead of plain "Cancelled" when the download ends cancelled.
    QString cancelReason;

Q_SIGNALS:
    /// Queued to the Download: cancel().
    void cancelRequested();

private:
    quint64 m_id;
};

} // namespace AltDist
