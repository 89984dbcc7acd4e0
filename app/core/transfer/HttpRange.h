// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

namespace AltDist::HttpRange {

/// `bytes=<offset>-`
QByteArray requestFrom(qint64 offset);

/// A `Content-Range` value (RFC 9110 14.4): `bytes <first>-<last>/<total>`,
/// or `bytes */<total>` with a 416. `total` is -1 when the server sent `*`.
struct ContentRange
{
    qint64 first = -1; ///< -1 for `bytes */<total>`
    qint64 last = -1;
    qint64 total = -1;
};
std::optional<ContentRange> parseContentRange(const QByteArray &value);

} // namespace AltDist::HttpRange
