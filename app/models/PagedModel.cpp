// SPDX-License-Identifier: GPL-3.0-or-later
#include "PagedModel.h"

#include <QStringList>

#include <algorithm>

namespace AltDist {

namespace {

/// Counts the model's own change notifications in progress (see canFetchMore).
class ChangeGuard
{
public:
    explicit ChangeGuard(int &depth) : m_depth(depth) { ++m_depth; }
    ~ChangeGuard() { --m_depth; }
    Q_DISABLE_COPY_MOVE(ChangeGuard)

private:
    int &m_depth;
};

} // namespace

PagedModel::PagedModel(QObject *parent) : QAbstractTableModel(parent) {}

PagedModel::~PagedModel()
{
    ++m_generation;
    if (m_abort)
        m_abort();
}

PagedModel::State PagedModel::state() const
{
    return m_state;
}

std::optional<Error> PagedModel::lastError() const
{
    return m_error;
}

int PagedModel::itemCount() const
{
    return loadedItemCount();
}

std::optional<int> PagedModel::totalCount() const
{
    return m_total;
}

QString PagedModel::idAt(int row) const
{
    return row >= 0 && row < loadedItemCount() ? itemId(row) : QString();
}

QJsonObject PagedModel::resourceAt(int row) const
{
    return row >= 0 && row < loadedItemCount() ? itemResource(row) : QJsonObject();
}

int PagedModel::rowOfId(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    const int count = loadedItemCount();
    for (int row = 0; row < count; ++row) {
        if (itemId(row) == id)
            return row;
    }
    return -1;
}

void PagedModel::setPageSize(int pageSize)
{
    m_pageSize = std::clamp(pageSize, 1, 200);
}

int PagedModel::pageSize() const
{
    return m_pageSize;
}

bool PagedModel::isOwnIndex(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.row() < rowCount()
        && index.column() < modelColumnCount();
}

bool PagedModel::hasStatusRow() const
{
    return m_state == State::Fetching || m_state == State::Failed;
}

int PagedModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return loadedItemCount() + (hasStatusRow() ? 1 : 0);
}

int PagedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : modelColumnCount();
}

QVariant PagedModel::data(const QModelIndex &index, int role) const
{
    if (!isOwnIndex(index))
        return {};
    const int row = index.row();
    if (row >= loadedItemCount()) {
        const RowKind kind = m_state == State::Failed ? RowKind::Error : RowKind::Loading;
        switch (role) {
        case RowKindRole:
            return int(kind);
        case Qt::DisplayRole:
            if (index.column() != 0)
                return {};
            return kind == RowKind::Error ? errorSummary() : tr("Loading…");
        case Qt::ToolTipRole:
            if (kind == RowKind::Error && m_error)
                return m_error->describe();
            return {};
        default:
            return {};
        }
    }
    switch (role) {
    case IdRole:
        return itemId(row);
    case RowKindRole:
        return int(RowKind::Item);
    case ResourceRole:
        return itemResource(row);
    default:
        return itemData(row, index.column(), role);
    }
}

QVariant PagedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < modelColumnCount())
        return itemHeader(section, role);
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags PagedModel::flags(const QModelIndex &index) const
{
    if (!isOwnIndex(index))
        return Qt::NoItemFlags;
    if (index.row() < loadedItemCount())
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (m_state == State::Failed)
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return Qt::ItemNeverHasChildren;
}

bool PagedModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while this model is announcing a change of its own: whoever reacts
    // to rowsInserted & co. must not start another change inside it.
    return !parent.isValid() && m_state == State::Idle && m_changing == 0;
}

void PagedModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    {
        const ChangeGuard guard(m_changing);
        const int row = loadedItemCount();
        beginInsertRows({}, row, row);
        m_state = State::Fetching;
        endInsertRows();
    }
    Q_EMIT stateChanged(m_state);
    requestPage();
}

QHash<int, QByteArray> PagedModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("id"));
    names.insert(RowKindRole, QByteArrayLiteral("rowKind"));
    names.insert(ResourceRole, QByteArrayLiteral("resource"));
    names.insert(SortRole, QByteArrayLiteral("sortValue"));
    return names;
}

void PagedModel::refresh()
{
    ++m_generation; // whatever the aborted request still reports is ignored
    if (const std::function<void()> abort = std::exchange(m_abort, {}))
        abort();
    {
        const ChangeGuard guard(m_changing);
        beginResetModel();
        clearItems();
        m_cursor.clear();
        m_error.reset();
        m_total.reset();
        m_state = State::Idle;
        endResetModel();
    }
    Q_EMIT stateChanged(m_state);
    fetchMore({});
}

void PagedModel::retry()
{
    if (m_state != State::Failed)
        return;
    m_error.reset();
    setState(State::Fetching);
    statusRowChanged(); // the error row is the loading row again
    requestPage();
}

void PagedModel::requestPage()
{
    const quint64 ticket = ++m_generation;
    m_abort = startPageRequest(m_cursor, ticket);
}

void PagedModel::pageArrived(quint64 ticket, int count, const QUrl &next, std::optional<int> total,
                             const std::function<void()> &append)
{
    if (ticket != m_generation || m_state != State::Fetching)
        return;
    m_abort = {};
    {
        const ChangeGuard guard(m_changing);
        const int first = loadedItemCount();
        if (count > 0) {
            // The new items go in before the loading row, which then goes.
            beginInsertRows({}, first, first + count - 1);
            append();
            endInsertRows();
        }
        m_cursor = next;
        if (total)
            m_total = total;
    }
    endFetching(next.isEmpty() ? State::Complete : State::Idle);
    Q_EMIT pageLoaded();
}

void PagedModel::pageFailed(quint64 ticket, const Error &error)
{
    if (ticket != m_generation || m_state != State::Fetching)
        return;
    m_abort = {};
    if (error.kind() == Error::Kind::Cancelled) {
        // Not ours (refresh() ignores its own aborts): nothing to show, the
        // page can simply be asked for again.
        endFetching(State::Idle);
        return;
    }
    m_error = error;
    setState(State::Failed);
    statusRowChanged();
    Q_EMIT loadFailed(error);
}

void PagedModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void PagedModel::endFetching(State state)
{
    {
        const ChangeGuard guard(m_changing);
        const int statusRow = loadedItemCount();
        beginRemoveRows({}, statusRow, statusRow);
        m_state = state;
        endRemoveRows();
    }
    Q_EMIT stateChanged(m_state);
}

void PagedModel::statusRowChanged()
{
    const ChangeGuard guard(m_changing);
    const int row = loadedItemCount();
    if (modelColumnCount() > 0)
        Q_EMIT dataChanged(index(row, 0), index(row, modelColumnCount() - 1));
}

QString PagedModel::errorSummary() const
{
    if (!m_error)
        return tr("Could not load this list.");
    QStringList titles;
    for (const ApiErrorItem &item : m_error->apiErrors()) {
        const QString title = item.title.isEmpty() ? item.code : item.title;
        if (!title.isEmpty() && !titles.contains(title))
            titles.append(title);
    }
    // One line: the error's own message, then every API error's title.
    QString message = m_error->message().simplified();
    if (message.isEmpty())
        message = Error::kindName(m_error->kind());
    if (titles.isEmpty())
        return tr("Could not load: %1").arg(message);
    //: %1: what failed, e.g. "App Store Connect refused the request (HTTP 500)."; %2: the API's error titles
    return tr("Could not load: %1 %2").arg(message, titles.join(QStringLiteral("; ")).simplified());
}

} // namespace AltDist
