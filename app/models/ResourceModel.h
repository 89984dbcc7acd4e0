// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"
#include "PagedModel.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>

#include <functional>
#include <utility>

namespace AltDist {

/// The typed layer under every concrete list model: holds the loaded items
/// (QList<T>), a column table, and the function that requests the first
/// page; later pages follow links.next through requestNextPage<T>.
/// Loads nothing until the view's fetchMore() (or refresh()).
template <typename T>
class ResourceModel : public PagedModel
{
public:
    using Value = std::function<QVariant(const T &)>;

    /// One column: its (translated) header, what it shows and how it sorts.
    struct ColumnSpec
    {
        ColumnSpec(QString header_, Value display_, Value sort_ = Value(), Value toolTip_ = Value())
            : header(std::move(header_)), display(std::move(display_)), sort(std::move(sort_)),
              toolTip(std::move(toolTip_))
        {
        }

        QString header;
        Value display;
        Value sort;    ///< empty: sorts by the display value
        Value toolTip; ///< empty: the display value (cells may be elided)
    };

    /// Requests the first page of `limit` items.
    using FirstPage = std::function<Pending<Page<T>>(ApiClient *client, int limit)>;

    ApiClient *client() const { return m_client; }
    /// Items loaded so far, in the server's order (row i of the model is item i).
    const QList<T> &items() const { return m_items; }
    /// The item of an item row; `row` must be below itemCount().
    const T &itemAt(int row) const { return m_items.at(row); }

protected:
    ResourceModel(ApiClient *client, FirstPage firstPage, QList<ColumnSpec> columns, QObject *parent)
        : PagedModel(parent), m_client(client), m_firstPage(std::move(firstPage)), m_columns(std::move(columns))
    {
        if (client) {
            // A destroyed client drops its unfinished calls without an answer.
            QObject::connect(client, &QObject::destroyed, this, [this] {
                pageFailed(m_inflight, Error{Error::Kind::Network,
                                             QCoreApplication::translate("AltDist::ResourceModel",
                                                                         "The connection was closed.")});
            });
        }
    }

    /// Roles beyond PagedModel's and the column table's (e.g. EligibleRole).
    virtual QVariant customData(const T &item, int column, int role) const
    {
        Q_UNUSED(item)
        Q_UNUSED(column)
        Q_UNUSED(role)
        return {};
    }

    /// Lets a subclass look at or adjust a page before its items are shown
    /// (e.g. chain a second collection through `page.next`). `requested` is
    /// the links.next it came from; empty for the first page.
    virtual void adoptPage(Page<T> &page, const QUrl &requested)
    {
        Q_UNUSED(page)
        Q_UNUSED(requested)
    }

    std::function<void()> startPageRequest(const QUrl &next, quint64 ticket) override
    {
        m_inflight = ticket;
        Pending<Page<T>> pending = request(next);
        pending.then(this, [this, ticket, next](Result<Page<T>> result) {
            if (!result.ok()) {
                pageFailed(ticket, result.error());
                return;
            }
            Page<T> page = std::move(result).value();
            adoptPage(page, next);
            pageArrived(ticket, int(page.items.size()), page.next, page.total,
                        [this, &page] { m_items.append(std::move(page.items)); });
        });
        return [pending] { pending.abort(); };
    }

    int loadedItemCount() const override { return int(m_items.size()); }
    void clearItems() override { m_items.clear(); }
    int modelColumnCount() const override { return int(m_columns.size()); }

    QVariant itemHeader(int section, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(m_columns.at(section).header) : QVariant();
    }

    QVariant itemData(int row, int column, int role) const override
    {
        const T &item = m_items.at(row);
        const ColumnSpec &spec = m_columns.at(column);
        switch (role) {
        case Qt::DisplayRole:
            return spec.display(item);
        case Qt::ToolTipRole:
            return spec.toolTip ? spec.toolTip(item) : spec.display(item);
        case SortRole:
            return spec.sort ? spec.sort(item) : spec.display(item);
        default:
            return customData(item, column, role);
        }
    }

    QString itemId(int row) const override { return m_items.at(row).id; }
    QJsonObject itemResource(int row) const override { return m_items.at(row).json; }

private:
    Pending<Page<T>> request(const QUrl &next) const
    {
        if (!m_client) {
            return Pending<Page<T>>::failed(
                Error{Error::Kind::Network,
                      QCoreApplication::translate("AltDist::ResourceModel", "Not connected.")});
        }
        return next.isEmpty() ? m_firstPage(m_client, pageSize()) : requestNextPage<T>(m_client, next);
    }

    QPointer<ApiClient> m_client;
    FirstPage m_firstPage;
    QList<ColumnSpec> m_columns;
    QList<T> m_items;
    quint64 m_inflight = 0;
};

} // namespace AltDist
