// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppsBrowser.h"
#include "GuiTest.h"
#include "ListPane.h"
#include "MainWindow.h"
#include "PackageView.h"
#include "PagedModel.h"
#include "WorkArea.h"

#include <QJsonObject>
#include <QListWidget>
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

/// Browses `window` to Lumen Notes iOS 2.3.0's first completed package
/// version and selects its first variant, until Download is enabled.
inline bool selectFirstVariant(MainWindow &window, const QString &screenshotPrefix = {})
{
    window.workArea()->navigator()->setCurrentRow(WorkArea::Apps);
    AppsBrowser *apps = window.workArea()->appsBrowser();
    if (!activateItem(apps->appsPane(),
                      [](const QJsonObject &app) { return attribute(app, "name") == QStringLiteral("Lumen Notes"); }))
        return false;
    if (!waitUntil([&] { return apps->level() == AppsBrowser::VersionsLevel; }))
        return false;
    if (!activateItem(apps->versionsPane(), [](const QJsonObject &version) {
            return attribute(version, "platform") == QStringLiteral("IOS")
                && attribute(version, "versionString") == QStringLiteral("2.3.0");
        }))
        return false;
    if (!waitUntil([&] { return apps->level() == AppsBrowser::PackageLevel; }))
        return false;
    if (!screenshotPrefix.isEmpty())
        screenshot(&window, screenshotPrefix + QStringLiteral("-package"));
    if (!activateItem(apps->packageView()->versions(), [](const QJsonObject &version) {
            return attribute(version, "state") == QStringLiteral("COMPLETED");
        }))
        return false;
    if (!waitUntil([&] { return apps->level() == AppsBrowser::AssetsLevel; })
        || !waitUntil([&] { return apps->variantsPane()->model() && apps->variantsPane()->model()->itemCount() > 0; }))
        return false;
    apps->variantsPane()->view()->setFocus();
    apps->variantsPane()->view()->selectRow(0);
    return waitUntil([&] { return apps->downloadAction()->isEnabled(); });
}

} // namespace AltDist::Test
