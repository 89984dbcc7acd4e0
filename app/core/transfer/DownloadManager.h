// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

namespace AltDist {

class Download;

/// Runs downloads on one worker thread so that no disk or network work
/// happens on the UI thread; several at once.
class DownloadManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadManager)
public:
    explicit DownloadManager(QObject *parent = nullptr);
    /// Cancels what is still running (each .part handled as its options say)
    /// and stops the worker thread.
    ~DownloadManager() override;

    /// Takes ownership of `download` (no parent; not started; created in the
    /// calling thread), moves it to the worker thread and starts it there.
    /// Connect to its signals before: they arrive queued in your thread. The
    /// Download deletes itself on the worker after finished(); do not call its
    /// methods directly afterwards (use cancelAll(), or queued invocations
    /// while it runs).
    void add(Download *download);

    /// Downloads added and not yet finished (as seen from this thread).
    int activeCount() const { return m_active; }

public Q_SLOTS:
    void cancelAll();

Q_SIGNALS:
    /// The last running download finished.
    void idle();

private:
    QThread m_thread;
    QObject *m_root; ///< lives on the worker; parent of every running Download
    int m_active = 0;
};

} // namespace AltDist
