// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <utility>

namespace AltDist {

/// Calls `done(value)` from the event loop of `context`'s thread, unless
/// `context` is destroyed first: how an asynchronous API reports an error it
/// found before starting any work, so callers see one behaviour.
template <typename T, typename Value>
void deliverLater(QObject *context, std::function<void(T)> done, Value value)
{
    Q_ASSERT(context);
    QMetaObject::invokeMethod(
        context, [done = std::move(done), value = T(std::move(value))]() mutable { done(std::move(value)); },
        Qt::QueuedConnection);
}

/// Wraps `done` so that it does nothing once `context` is destroyed. For
/// continuations tied to another object (the store) that must still finish
/// their own work when the caller has gone away.
template <typename T>
std::function<void(T)> guardedBy(QObject *context, std::function<void(T)> done)
{
    Q_ASSERT(context);
    return [guard = QPointer<QObject>(context), done = std::move(done)](T value) {
        if (guard)
            done(std::move(value));
    };
}

} // namespace AltDist
