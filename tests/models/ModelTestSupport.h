// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PagedModel.h"
#include "Pending.h"
#include "TestSandbox.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace AltDist::Test {

/// Runs `pending` to its end (event loop running) and returns its result.
template <typename T>
Result<T> await(const Pending<T> &pending, QObject *context)
{
    std::optional<Result<T>> result;
    pending.then(context, [&result](Result<T> r) { result.emplace(std::move(r)); });
    if (!waitFor(result))
        return Error{Error::Kind::Network, QStringLiteral("timed out")};
    return std::move(*result);
}

/// fetchMore() once and waits for the page to arrive or fail: true if it arrived.
inline bool loadNextPage(PagedModel &model)
{
    QSignalSpy loaded(&model, &PagedModel::pageLoaded);
    QSignalSpy failed(&model, &PagedModel::loadFailed);
    model.fetchMore({});
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 20000))
        return false;
    return !loaded.isEmpty();
}

/// Pages until the model is complete (or a page fails): true when complete.
/// A page already on its way (a tester's or view's fetchMore) is waited for.
inline bool loadAll(PagedModel &model)
{
    while (model.state() == PagedModel::State::Idle || model.state() == PagedModel::State::Fetching) {
        if (!loadNextPage(model))
            return false;
    }
    return model.state() == PagedModel::State::Complete;
}

/// For QVERIFY2 messages (evaluated even when the check passes).
template <typename T>
QByteArray errorText(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().describe().toUtf8();
}

/// Every item row's id, in row order.
inline QStringList idsOf(const PagedModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.itemCount(); ++row)
        ids.append(model.idAt(row));
    return ids;
}

/// The row of the item whose column `column` shows `text`, or -1.
inline int rowShowing(const QAbstractItemModel &model, int column, const QString &text)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

inline PagedModel::RowKind rowKind(const QAbstractItemModel &model, int row)
{
    return PagedModel::RowKind(model.index(row, 0).data(PagedModel::RowKindRole).toInt());
}

} // namespace AltDist::Test
