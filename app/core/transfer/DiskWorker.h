// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace AltDist {

/// One worker thread for short blocking disk work (extracting a small zip,
/// hashing a file, renaming into place) so that it never runs on the thread
/// that drives the network and the UI. Work runs in the order posted.
///
/// The object given as `replyTo` must own this worker (or otherwise outlive
/// it): the destructor waits for the work in progress (work not yet started
/// may be dropped), and a reply queued to an object that is then destroyed
/// is simply dropped.
class DiskWorker final
{
public:
    explicit DiskWorker(const QString &threadName);
    ~DiskWorker();
    DiskWorker(const DiskWorker &) = delete;
    DiskWorker &operator=(const DiskWorker &) = delete;

    /// Runs `work()` on the worker thread, then `done(result)` in `replyTo`'s thread.
    template <typename R>
    void run(QObject *replyTo, std::function<R()> work, std::function<void(R)> done)
    {
        QMetaObject::invokeMethod(
            m_context,
            [replyTo, work = std::move(work), done = std::move(done)] {
                auto result = std::make_shared<R>(work());
                QMetaObject::invokeMethod(replyTo, [done, result] { done(std::move(*result)); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

private:
    QThread m_thread;
    QObject *m_context; ///< lives on the worker thread
};

} // namespace AltDist
