// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QAction;
class QWidget;

namespace AltDist {

/// The browse pages' common actions, made one way everywhere: text, icon,
/// shortcut (active while focus is inside `page`) and tooltip.
class BrowseActions final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::BrowseActions)
public:
    /// "Delete…", Delete key.
    static QAction *deleteAction(QWidget *page);
    /// "Copy ID", Ctrl+Shift+C.
    static QAction *copyIdAction(QWidget *page);
    /// "Download…", Ctrl+D.
    static QAction *downloadAction(QWidget *page);
    /// A plain action with a theme icon (or the style's fallback).
    static QAction *action(QWidget *page, const QString &text, const char *themeIcon, int fallbackPixmap);

    static void copyToClipboard(const QString &text);
};

} // namespace AltDist
