// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiClient.h"
#include "CliOptions.h"
#include "Invocation.h"
#include "Output.h"
#include "Page.h"
#include "ResourceEndpoint.h"
#include "Table.h"
#include "Terminal.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace AltDist::Cli {

/// How one resource type is shown: table columns for lists, labelled lines for one item.
template <typename T>
struct View
{
    QStringList headers;
    std::function<QStringList(const T &)> row;
    std::function<void(Details &, const T &)> details;
};

/// The list / get commands every family shares: request, then print as a
/// table or (--json) as the API's resource objects.
class Listing final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::Cli::Listing)
public:
    /// On a terminal, says how many more items the first page left out.
    static void printMoreHint(int shown, std::optional<int> total, bool hasNext);

    template <typename T>
    static void printList(Invocation &inv, const QList<T> &items, const View<T> &view)
    {
        if (inv.json())
            return Output::printJson(Output::jsonArray(items));
        Table table(view.headers);
        for (const T &item : items)
            table.addRow(view.row(item));
        Terminal::writeOut(table.render());
    }

    template <typename T>
    static void printOne(Invocation &inv, const T &item, const View<T> &view)
    {
        if (inv.json())
            return Output::printJson(item.json);
        Details details;
        view.details(details, item);
        Terminal::writeOut(details.render());
    }

    /// `request(client, limit)` asks for the first page; --all follows links.next.
    /// --limit is checked before anything is sent.
    template <typename T>
    static void list(Invocation &inv, View<T> view, std::function<Pending<Page<T>>(ApiClient &, int)> request)
    {
        const std::optional<int> limit = inv.pageLimit(Resources::kDefaultLimit);
        if (!limit)
            return;
        const bool all = inv.isSet(Opt::all);
        inv.withClient([&inv, view, request, limit, all](ApiClient &client) {
            Pending<Page<T>> first = request(client, *limit);
            if (all) {
                collectAllPages<T>(&client, first, &inv, [&inv, view](Result<QList<T>> items) {
                    if (!items.ok())
                        return inv.fail(items.error());
                    printList(inv, items.value(), view);
                    inv.finish();
                });
                return;
            }
            first.then(&inv, [&inv, view](Result<Page<T>> page) {
                if (!page.ok())
                    return inv.fail(page.error());
                printList(inv, page->items, view);
                printMoreHint(int(page->items.size()), page->total, page->hasNext());
                inv.finish();
            });
        });
    }

    /// `request(client)` asks for one item, printed with view.details.
    template <typename T>
    static void get(Invocation &inv, View<T> view, std::function<Pending<T>(ApiClient &)> request)
    {
        inv.withClient([&inv, view, request](ApiClient &client) {
            request(client).then(&inv, [&inv, view](Result<T> item) {
                if (!item.ok())
                    return inv.fail(item.error());
                printOne(inv, item.value(), view);
                inv.finish();
            });
        });
    }
};

} // namespace AltDist::Cli
