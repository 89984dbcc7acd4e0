// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GuiTest.h"
#include "ListPane.h"
#include "PagedModel.h"

#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <functional>

namespace AltDist::Test {

/// Waits until `pane` has loaded an item for which `matches` holds, makes it
/// current and presses Enter on it (the pane's "activated"), like a user.
inline bool activateItem(ListPane *pane, const std::function<bool(const QJsonObject &)> &matches)
{
    QModelIndex found;
    const bool loaded = waitUntil([&] {
        const QAbstractItemModel *model = pane->view()->model();
        for (int row = 0; model && row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (matches(index.data(PagedModel::ResourceRole).toJsonObject())) {
                found = index;
                return true;
            }
        }
        return false;
    });
    if (!loaded)
        return false;
    pane->view()->setFocus();
    pane->view()->setCurrentIndex(found);
    QTest::keyClick(pane->view(), Qt::Key_Return);
    return true;
}

/// An attribute of a resource object.
inline QString attribute(const QJsonObject &resource, const char *name)
{
    return resource.value(QLatin1String("attributes")).toObject().value(QLatin1String(name)).toString();
}

} // namespace AltDist::Test
