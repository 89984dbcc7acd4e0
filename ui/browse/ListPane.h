// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPersistentModelIndex>
#include <QWidget>

class QAction;
class QLineEdit;
class QTableView;

namespace AltDist {

class ColumnFitter;
class ListFilterModel;
class PagedModel;
class ListStatusRows;

/// One list: a filter field over a table view over a ListFilterModel over a
/// PagedModel. The view pages in more as it scrolls; the loading and error
/// rows span all columns, the error row carries a Retry button; an empty,
/// fully loaded list shows the empty-state text. F5 / Ctrl+R refresh.
class ListPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPane)

public:
    explicit ListPane(QWidget *parent = nullptr);
    ~ListPane() override;

    /// Shows `model` (the pane takes ownership and deletes the previous one);
    /// null shows nothing.
    void setModel(PagedModel *model);
    PagedModel *model() const { return m_model; }
    ListFilterModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }

    /// Shown when the list has loaded and is empty ("No domains yet - Add domain…").
    void setEmptyText(const QString &text);
    /// The empty-state or no-match text currently shown; empty when hidden.
    QString emptyStateText() const;

    /// Actions of the right-click menu over item rows (not owned).
    void setContextActions(const QList<QAction *> &actions);
    /// The pane's refresh action (F5, Ctrl+R while focus is in the pane).
    QAction *refreshAction() const { return m_refresh; }

    /// The current item row's resource / id; empty when none.
    QJsonObject currentResource() const;
    QString currentId() const;
    /// Source-model row of the current item, or -1.
    int currentSourceRow() const;
    /// Makes the loaded item with `id` current; false if it is not loaded.
    bool selectId(const QString &id);

    /// Column widths, order and sort, and whether the user sized the columns
    /// (then they are no longer fitted to their contents), for QSettings.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    /// The current item changed; an empty object when there is none.
    void currentChanged(const QJsonObject &resource);
    /// Double-click or Enter on an item row.
    void activated(const QJsonObject &resource);

private:
    int rowKind(int proxyRow) const;
    void updateStatusRows();
    void emitCurrent();
    void showContextMenu(const QPoint &pos);
    void onActivated(const QModelIndex &index);

    PagedModel *m_model = nullptr;
    ListFilterModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    ColumnFitter *m_fitter;
    ListStatusRows *m_status;
    QAction *m_refresh;
    QList<QAction *> m_contextActions;
    QByteArray m_headerState;     ///< kept across model resets (they reset the header)
    QString m_lastCurrentId;
};

} // namespace AltDist
