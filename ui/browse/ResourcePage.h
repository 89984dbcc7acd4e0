// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pending.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QMessageBox;
class QSplitter;
class QToolBar;

namespace AltDist {

class ApiClient;
class Connection;
class DetailsPanel;
class ErrorBanner;
class ListPane;
class PagedModel;
class Workspace;

/// What the Domains and Keys pages share: a toolbar, an ErrorBanner for the
/// page's own actions, a ListPane and a DetailsPanel in a splitter, copy ID,
/// and deletion with a confirmation naming exactly what goes. Follows
/// Workspace::connectionChanged (a new model per connection, none without).
class ResourcePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourcePage)

public:
    ~ResourcePage() override;

    /// Splitter and column state (for QSettings).
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    ListPane *listPane() const { return m_list; }
    DetailsPanel *detailsPanel() const { return m_details; }
    ErrorBanner *errorBanner() const { return m_banner; }
    QAction *deleteAction() const { return m_delete; }
    QAction *copyIdAction() const { return m_copyId; }

public Q_SLOTS:
    void refresh();
    /// Asks for confirmation, then deletes the current item.
    void deleteCurrent();
    void copyCurrentId();

protected:
    ResourcePage(Workspace &workspace, QWidget *parent);

    /// Call at the end of the subclass constructor: adds the common actions
    /// after `leading` and opens the current connection's model.
    void init(const QList<QAction *> &leading);

    virtual PagedModel *createModel(ApiClient *client) = 0;
    /// Calls `ask` with the confirmation text for deleting `resource` (may
    /// look things up first; `ask` must be called at most once).
    virtual void describeDeletion(const QJsonObject &resource, std::function<void(QString)> ask) = 0;
    virtual Pending<void> remove(ApiClient *client, const QString &id) = 0;
    /// After the API deleted `id` (before the list refreshes).
    virtual void deleted(const QString &id) { Q_UNUSED(id) }

    Workspace &workspace() const { return m_workspace; }
    ApiClient *client() const;
    QToolBar *toolBar() const { return m_toolBar; }

private:
    void setConnection(Connection *connection);
    void updateActions();
    void confirm(const QString &id, const QString &text);

    Workspace &m_workspace;
    QToolBar *m_toolBar;
    ErrorBanner *m_banner;
    QSplitter *m_splitter;
    ListPane *m_list;
    DetailsPanel *m_details;
    QAction *m_delete;
    QAction *m_copyId;
    /// Lives as long as the current connection: callbacks of requests sent
    /// through it and an open delete confirmation are tied to it, so nothing
    /// meant for one connection reaches (or deletes through) the next.
    QObject *m_connectionScope = nullptr;
    QPointer<QMessageBox> m_confirmation;
    bool m_deleting = false;
};

} // namespace AltDist
