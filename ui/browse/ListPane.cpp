// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListPane.h"

#include "ColumnFitter.h"
#include "ElideDelegate.h"
#include "ListFilterModel.h"
#include "ListStatusRows.h"
#include "PagedModel.h"

#include <QAction>
#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace AltDist {

namespace {
constexpr quint32 kStateMagicV1 = 0x4c500001; // "LP", version 1
constexpr quint32 kStateMagic = 0x4c500002;   // version 2: + whether the user sized the columns
}

ListPane::ListPane(QWidget *parent)
    : QWidget(parent), m_proxy(new ListFilterModel(this)), m_filter(new QLineEdit(this)),
      m_view(new QTableView(this)), m_fitter(new ColumnFitter(m_view)),
      m_status(new ListStatusRows(m_view, m_proxy, m_filter)), m_refresh(new QAction(this))
{
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setToolTip(tr("Show only rows containing this text (among those loaded)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateStatusRows();
    });

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("List"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setItemDelegate(new ElideDelegate(m_view)); // IDs keep both ends, prose its start
    m_view->setTabKeyNavigation(false);
    m_view->setCornerButtonEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSortIndicatorClearable(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the server's order until a click
    m_view->setSortingEnabled(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, &ListPane::showContextMenu);
    connect(m_view, &QTableView::activated, this, &ListPane::onActivated);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ListPane::emitCurrent);

    // Status rows: spans, the error row's widget, the empty state. The view
    // adjusts its own spans first (connected earlier), then this recomputes.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ListPane::updateStatusRows);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ListPane::updateStatusRows);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ListPane::updateStatusRows);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_fitter, &ColumnFitter::rowsArrived);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_view->horizontalHeader()->count() > 0)
            m_headerState = saveState();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_headerState.isEmpty())
            restoreState(m_headerState);
        m_fitter->request(); // a refresh: fit the new first page
        updateStatusRows();
        emitCurrent();
    });

    m_refresh->setText(tr("&Refresh"));
    m_refresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh"), style()->standardIcon(QStyle::SP_BrowserReload)));
    m_refresh->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refresh->setToolTip(tr("Reload the list (F5)"));
    connect(m_refresh, &QAction::triggered, this, &ListPane::refresh);
    addAction(m_refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
    setTabOrder(m_filter, m_view);
}

ListPane::~ListPane()
{
    // The proxy must let go of the model before either goes away, and nothing
    // may reach the half-destroyed pane (or its owner) while it does.
    disconnect(m_proxy, nullptr, this, nullptr);
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
    m_proxy->setSourceModel(nullptr);
    delete m_model;
}

void ListPane::setModel(PagedModel *model)
{
    if (model == m_model)
        return;
    PagedModel *old = m_model;
    m_model = model;
    if (model) {
        model->setParent(this);
        connect(model, &PagedModel::stateChanged, this, &ListPane::updateStatusRows);
        connect(model, &PagedModel::pageLoaded, m_fitter, &ColumnFitter::fitIfRequested);
    }
    m_status->setModel(model);
    m_proxy->setSourceModel(model);
    delete old;
    m_fitter->request();
    updateStatusRows();
    emitCurrent();
}

void ListPane::setEmptyText(const QString &text)
{
    m_status->setEmptyText(text);
}

QString ListPane::emptyStateText() const
{
    return m_status->emptyStateText();
}

void ListPane::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
}

void ListPane::refresh()
{
    if (m_model)
        m_model->refresh();
}

int ListPane::rowKind(int proxyRow) const
{
    return m_proxy->index(proxyRow, 0).data(PagedModel::RowKindRole).toInt();
}

int ListPane::currentSourceRow() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_model || !current.isValid() || rowKind(current.row()) != int(PagedModel::RowKind::Item))
        return -1;
    return m_proxy->mapToSource(current).row();
}

QJsonObject ListPane::currentResource() const
{
    const int row = currentSourceRow();
    return row < 0 ? QJsonObject() : m_model->resourceAt(row);
}

QString ListPane::currentId() const
{
    const int row = currentSourceRow();
    return row < 0 ? QString() : m_model->idAt(row);
}

bool ListPane::selectId(const QString &id)
{
    const int row = m_model ? m_model->rowOfId(id) : -1;
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void ListPane::emitCurrent()
{
    const QJsonObject resource = currentResource();
    const QString id = currentId();
    if (id == m_lastCurrentId && !id.isEmpty())
        return;
    if (id.isEmpty() && m_lastCurrentId.isEmpty() && resource.isEmpty())
        return;
    m_lastCurrentId = id;
    Q_EMIT currentChanged(resource);
}

void ListPane::onActivated(const QModelIndex &index)
{
    if (!index.isValid() || !m_model)
        return;
    switch (PagedModel::RowKind(rowKind(index.row()))) {
    case PagedModel::RowKind::Item:
        Q_EMIT activated(m_model->resourceAt(m_proxy->mapToSource(index).row()));
        break;
    case PagedModel::RowKind::Error:
        m_model->retry();
        break;
    case PagedModel::RowKind::Loading:
        break;
    }
}

void ListPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid() || rowKind(index.row()) != int(PagedModel::RowKind::Item) || m_contextActions.isEmpty())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions(m_contextActions);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

void ListPane::updateStatusRows()
{
    m_status->update();
}

QByteArray ListPane::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kStateMagic << qint32(m_proxy->columnCount()) << m_view->horizontalHeader()->saveState()
        << m_fitter->userSized();
    return state;
}

bool ListPane::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    qint32 columns = 0;
    QByteArray header;
    bool userSized = false;
    in >> magic >> columns >> header;
    if (magic == kStateMagic)
        in >> userSized;
    if (in.status() != QDataStream::Ok || (magic != kStateMagic && magic != kStateMagicV1))
        return false;
    m_fitter->setUserSized(userSized);
    m_headerState = state;
    if (columns != m_proxy->columnCount())
        return false; // applied when a model with these columns arrives
    return m_view->horizontalHeader()->restoreState(header);
}

} // namespace AltDist
