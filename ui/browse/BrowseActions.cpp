// SPDX-License-Identifier: GPL-3.0-or-later
#include "BrowseActions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QStyle>
#include <QWidget>

namespace AltDist {

QAction *BrowseActions::action(QWidget *page, const QString &text, const char *themeIcon, int fallbackPixmap)
{
    auto *action = new QAction(text, page);
    action->setIcon(QIcon::fromTheme(QLatin1String(themeIcon),
                                     page->style()->standardIcon(QStyle::StandardPixmap(fallbackPixmap))));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

QAction *BrowseActions::deleteAction(QWidget *page)
{
    QAction *a = action(page, tr("Delete…"), "edit-delete", QStyle::SP_TrashIcon);
    a->setShortcut(QKeySequence::Delete);
    a->setToolTip(tr("Delete the selected item (Delete)"));
    return a;
}

QAction *BrowseActions::copyIdAction(QWidget *page)
{
    QAction *a = action(page, tr("Copy ID"), "edit-copy", QStyle::SP_FileDialogDetailedView);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    a->setToolTip(tr("Copy the selected item's ID (Ctrl+Shift+C)"));
    return a;
}

QAction *BrowseActions::downloadAction(QWidget *page)
{
    QAction *a = action(page, tr("Download…"), "document-save", QStyle::SP_DialogSaveButton);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    a->setToolTip(tr("Download the selected file and verify its checksum (Ctrl+D)"));
    return a;
}

void BrowseActions::copyToClipboard(const QString &text)
{
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

} // namespace AltDist
