// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Cursor paging. A cursor is opaque to clients: base64url of "v1:<seq>",
// meaning "the rows after the one with that insertion sequence number" for
// rows in their natural order (stable when rows are deleted: nothing is
// skipped, nothing repeats), or "v1:@<offset>" for explicitly sorted lists
// (apps, which the API cannot delete).

#include "AppleErrors.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <variant>

namespace Sandbox {

struct PageRequest
{
    int limit = 50;
    qint64 afterSeq = 0;   ///< natural order: rows with seq > afterSeq
    int offset = 0;        ///< sorted lists: rows from this index
    bool byOffset = false;
};

struct PageInfo
{
    int total = 0;
    int limit = 50;
    QString nextCursor; ///< empty on the last page
};

class Paging final
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox::Paging)
public:
    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 200;

    /// Reads `limit` (or `limitParameter`) and `cursor`; a cursor this
    /// server did not issue is 400 PARAMETER_ERROR.INVALID.
    static std::variant<PageRequest, AppleError>
    parse(const QUrlQuery &query, const QString &limitParameter = QStringLiteral("limit"));

    static QString seqCursor(qint64 seq);
    static QString offsetCursor(int offset);

    /// The page of `rows` (in order) the request asks for. `sorted`: rows
    /// are in an explicit sort order, so the next cursor is an offset.
    template <typename T>
    static QList<const T *> slice(const QList<const T *> &rows, const PageRequest &request,
                                  bool sorted, PageInfo *info)
    {
        int start = request.byOffset ? request.offset : 0;
        if (!request.byOffset) {
            while (start < rows.size() && rows.at(start)->seq <= request.afterSeq)
                ++start;
        }
        start = int(qMin<qsizetype>(start, rows.size()));
        const int end = int(qMin<qsizetype>(rows.size(), qsizetype(start) + request.limit));
        info->total = int(rows.size());
        info->limit = request.limit;
        info->nextCursor.clear();
        if (end < rows.size() && end > start)
            info->nextCursor = sorted ? offsetCursor(end) : seqCursor(rows.at(end - 1)->seq);
        return rows.mid(start, end - start);
    }
};

} // namespace Sandbox
