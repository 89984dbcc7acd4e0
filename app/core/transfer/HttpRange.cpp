// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpRange.h"

namespace AltDist::HttpRange {

QByteArray requestFrom(qint64 offset)
{
    return QByteArrayLiteral("bytes=").append(QByteArray::number(offset)).append('-');
}

namespace {
std::optional<qint64> number(const QByteArray &text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < 0 || text.startsWith('+') || text.startsWith('-'))
        return std::nullopt;
    return n;
}
} // namespace

std::optional<ContentRange> parseContentRange(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (!text.startsWith("bytes "))
        return std::nullopt;
    const QByteArray spec = text.mid(6).trimmed();
    const qsizetype slash = spec.indexOf('/');
    if (slash < 0)
        return std::nullopt;
    const QByteArray range = spec.left(slash);
    const QByteArray totalText = spec.mid(slash + 1);
    ContentRange result;
    if (totalText != "*") {
        const std::optional<qint64> total = number(totalText);
        if (!total)
            return std::nullopt;
        result.total = *total;
    }
    if (range == "*")
        return result.total >= 0 ? std::optional<ContentRange>(result) : std::nullopt;
    const qsizetype dash = range.indexOf('-');
    if (dash < 0)
        return std::nullopt;
    const std::optional<qint64> first = number(range.left(dash));
    const std::optional<qint64> last = number(range.mid(dash + 1));
    if (!first || !last || *last < *first || (result.total >= 0 && *last >= result.total))
        return std::nullopt;
    result.first = *first;
    result.last = *last;
    return result;
}

} // namespace AltDist::HttpRange
