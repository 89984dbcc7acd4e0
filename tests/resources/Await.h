// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pending.h"

#include <QObject>
#include <QTest>

#include <optional>

namespace AltDist::Test {

/// Runs the event loop until `pending` finishes (up to `timeoutMs`); a
/// Network error saying "timed out" if it does not.
template <typename T>
Result<T> await(const Pending<T> &pending, int timeoutMs = 20000)
{
    QObject context;
    std::optional<Result<T>> result;
    pending.then(&context, [&result](Result<T> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return Error{Error::Kind::Network, QStringLiteral("test: timed out waiting for the request")};
    return std::move(*result);
}

/// The error text of a result, for QVERIFY2 messages.
template <typename T>
QByteArray describe(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().describe().toUtf8();
}

} // namespace AltDist::Test
