// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiClient.h"
#include "JsonApi.h"
#include "Pending.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace AltDist {

/// One page of a collection: its items, `links.next` and `meta.paging`.
template <typename T>
struct Page
{
    QList<T> items;
    QUrl next;                 ///< empty on the last page
    std::optional<int> total;  ///< meta.paging.total when the server sent it
    int limit = 0;

    bool hasNext() const { return !next.isEmpty(); }
};

namespace JsonApi {

/// Decodes `{data: [...], links: {next}, meta: {paging}}` with T::fromJson.
template <typename T>
Result<Page<T>> decodePage(const ApiResponse &response)
{
    Result<PageDocument> doc = decodePageDocument(response);
    if (!doc.ok())
        return doc.error();
    Page<T> page;
    page.next = doc->next;
    page.total = doc->total;
    page.limit = doc->limit;
    page.items.reserve(doc->data.size());
    for (const QJsonObject &object : doc->data) {
        Result<T> item = T::fromJson(object);
        if (!item.ok())
            return item.error();
        page.items.append(std::move(item).value());
    }
    return page;
}

/// Decodes `{data: {...}}` with T::fromJson.
template <typename T>
Result<T> decodeSingle(const ApiResponse &response)
{
    Result<QJsonObject> data = decodeDataObject(response, /*allowNull=*/false);
    if (!data.ok())
        return data.error();
    return T::fromJson(data.value());
}

/// Decodes `{data: {...} | null}`: nullopt for `data: null`.
template <typename T>
Result<std::optional<T>> decodeOptional(const ApiResponse &response)
{
    Result<QJsonObject> data = decodeDataObject(response, /*allowNull=*/true);
    if (!data.ok())
        return data.error();
    if (data->isEmpty())
        return std::optional<T>{};
    Result<T> item = T::fromJson(data.value());
    if (!item.ok())
        return item.error();
    return std::optional<T>{std::move(item).value()};
}

} // namespace JsonApi

/// Requests a collection page.
template <typename T>
Pending<Page<T>> requestPage(ApiClient *client, const ApiRequest &request)
{
    return Pending<Page<T>>(client->send(request), &JsonApi::decodePage<T>);
}

/// Follows a page's `links.next` (same-origin rule enforced by ApiClient).
template <typename T>
Pending<Page<T>> requestNextPage(ApiClient *client, const QUrl &next)
{
    return requestPage<T>(client, ApiRequest::followNext(next));
}

/// The one paging mechanism for "all of them": follows links.next from the
/// first page until it is absent, then calls `done` with every item in order.
/// `progress` (optional) is told after each page. Stops at the first error.
template <typename T>
void collectAllPages(ApiClient *client, Pending<Page<T>> first, QObject *context,
                     std::function<void(Result<QList<T>>)> done,
                     std::function<void(int loaded, std::optional<int> total)> progress = {})
{
    struct State
    {
        QList<T> items;
        QSet<QUrl> followed; ///< every links.next already requested
        std::function<void(Result<Page<T>>)> step;
    };
    auto state = std::make_shared<State>();
    QPointer<ApiClient> guard(client);
    state->step = [state, guard, context, done, progress](Result<Page<T>> page) {
        if (!page.ok()) {
            done(page.error());
            state->step = nullptr; // break the cycle
            return;
        }
        state->items.append(page->items);
        if (progress)
            progress(int(state->items.size()), page->total);
        if (!page->hasNext() || !guard) {
            done(std::move(state->items));
            state->step = nullptr;
            return;
        }
        if (state->followed.contains(page->next)) {
            // A server whose pages link in a circle would otherwise be read forever.
            done(Error{Error::Kind::Protocol,
                       QCoreApplication::translate("AltDist::Page",
                                                   "The server's pages link back to a page already read (%1).")
                           .arg(page->next.toString())});
            state->step = nullptr;
            return;
        }
        state->followed.insert(page->next);
        requestNextPage<T>(guard, page->next).then(context, state->step);
    };
    first.then(context, state->step);
}

} // namespace AltDist
