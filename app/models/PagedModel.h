// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CONTRACT (public surface used by ui/): implemented in PagedModel.cpp. Add
// private/protected members freely; change public ones only additively.

#include "Result.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace AltDist {

/// A table model over one App Store Connect collection, loaded a page at a
/// time as the view scrolls (canFetchMore/fetchMore). While a page is on its
/// way the last row is a "Loading…" row; when a page fails it is an error row
/// (RowKindRole == Error, the error's text in DisplayRole of column 0) until
/// retry() or refresh(). Status rows are not selectable; they span nothing by
/// themselves (views may setSpan them).
///
/// Subclasses (ResourceModels.h) say how to request the first page, how to
/// decode nothing else (the service layer does) and what each column shows.
///
/// A model loads nothing by itself: the view's first fetchMore() (or
/// refresh()) starts the first page. Status-row flags: the loading row is
/// neither selectable nor enabled; the error row is enabled (so it can be
/// activated to retry) but not selectable; item rows are selectable+enabled.
class PagedModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedModel)

public:
    enum class RowKind { Item, Loading, Error };
    Q_ENUM(RowKind)
    enum class State { Idle, Fetching, Complete, Failed };
    Q_ENUM(State)

    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString: the resource's id
        RowKindRole,               ///< int(RowKind)
        ResourceRole,              ///< QJsonObject: the resource object exactly as the API sent it
        SortRole,                  ///< a QVariant that sorts naturally (dates as QDateTime, numbers as numbers)
        FirstCustomRole = Qt::UserRole + 32,
    };

    ~PagedModel() override;

    State state() const;
    /// The error of the last failed page (State::Failed), if any.
    std::optional<Error> lastError() const;
    /// Items loaded so far (status rows not counted).
    int itemCount() const;
    /// meta.paging.total of the latest page, when the server sent it.
    std::optional<int> totalCount() const;
    /// The item row's resource id / resource object; empty for status rows.
    QString idAt(int row) const;
    QJsonObject resourceAt(int row) const;
    /// Row of the item with this id among those loaded, or -1.
    int rowOfId(const QString &id) const;

    /// Items per page request (1...200, default 50). Applies from the next refresh().
    void setPageSize(int pageSize);
    int pageSize() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// True while more pages may follow and none is on its way or failed
    /// (false, too, while the model is announcing a change of its own).
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    /// Drops what is loaded (aborting a page on its way) and loads the first page again.
    void refresh();
    /// After a failure: asks again for the page that failed.
    void retry();

Q_SIGNALS:
    void stateChanged(AltDist::PagedModel::State state);
    /// A page request failed; the error row now shows it.
    void loadFailed(const AltDist::Error &error);
    /// A page arrived (first or later); `itemCount()` is up to date.
    void pageLoaded();

protected:
    explicit PagedModel(QObject *parent = nullptr);

    // --- What a subclass provides (ResourceModel<T> does all of it) ---

    /// Starts the request for one page: the first page when `next` is empty
    /// (asking for pageSize() items), else the page at `next` (links.next).
    /// Later, from the event loop, it must call pageArrived() or pageFailed()
    /// with `ticket`. Returns a function that aborts the request.
    virtual std::function<void()> startPageRequest(const QUrl &next, quint64 ticket) = 0;
    virtual int loadedItemCount() const = 0;
    /// Drops every item (called between beginResetModel and endResetModel).
    virtual void clearItems() = 0;
    virtual int modelColumnCount() const = 0;
    virtual QVariant itemHeader(int section, int role) const = 0;
    /// Data of item `row` (status rows never reach this); IdRole, RowKindRole
    /// and ResourceRole are answered by PagedModel.
    virtual QVariant itemData(int row, int column, int role) const = 0;
    virtual QString itemId(int row) const = 0;
    virtual QJsonObject itemResource(int row) const = 0;

    // --- What a subclass calls back with ---

    /// The page for `ticket` came: `append` appends its `count` items to the
    /// subclass's storage (it runs between beginInsertRows and endInsertRows).
    /// A stale ticket (the page was aborted by refresh()) is ignored.
    void pageArrived(quint64 ticket, int count, const QUrl &next, std::optional<int> total,
                     const std::function<void()> &append);
    void pageFailed(quint64 ticket, const Error &error);

private:
    void requestPage();
    void setState(State state);
    /// Removes the loading row, leaving `state` (Idle or Complete).
    void endFetching(State state);
    bool hasStatusRow() const;
    bool isOwnIndex(const QModelIndex &index) const;
    void statusRowChanged();
    QString errorSummary() const;

    State m_state = State::Idle;
    QUrl m_cursor;             ///< the page to load next; empty: the first page
    quint64 m_generation = 0;  ///< bumped per request; late answers of older ones are ignored
    std::function<void()> m_abort;
    std::optional<Error> m_error;
    std::optional<int> m_total;
    int m_pageSize = 50;
    int m_changing = 0;        ///< > 0 while this model announces a change of its own
};

} // namespace AltDist
