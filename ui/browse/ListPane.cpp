// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListPane.h"

#include "ColumnFitter.h"
#include "ElideDelegate.h"
#include "ListFilterModel.h"
#include "PagedModel.h"
#include "StatusRowWidget.h"

#include <QAction>
#include <QDataStream>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
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
      m_view(new QTableView(this)), m_fitter(new ColumnFitter(m_view)), m_empty(new QLabel(m_view->viewport())), m_refresh(new QAction(this))
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
    m_view->viewport()->installEventFilter(this);
    connect(m_view, &QTableView::customContextMenuRequested, this, &ListPane::showContextMenu);
    connect(m_view, &QTableView::activated, this, &ListPane::onActivated);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ListPane::emitCurrent);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->hide();
    m_emptyText = tr("Nothing here yet");

    // Status rows: spans, the error row's widget, the empty state. The view
    // adjusts its own spans first (connected earlier), then this recomputes.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ListPane::updateStatusRows);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ListPane::updateStatusRows);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ListPane::updateStatusRows);
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
    m_proxy->setSourceModel(model);
    delete old;
    m_fitter->request();
    updateStatusRows();
    emitCurrent();
}

void ListPane::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateEmptyState();
}

QString ListPane::emptyStateText() const
{
    return m_empty->isVisible() ? m_empty->text() : QString();
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
    m_view->clearSpans();
    const int columns = m_proxy->columnCount();
    int errorRow = -1;
    for (int row = m_proxy->rowCount() - 1; row >= 0; --row) {
        const int kind = rowKind(row);
        if (kind == int(PagedModel::RowKind::Item))
            break;
        if (columns > 1)
            m_view->setSpan(row, 0, 1, columns);
        if (kind == int(PagedModel::RowKind::Error))
            errorRow = row;
    }
    updateErrorRow(errorRow);
    updateEmptyState();
}

void ListPane::updateErrorRow(int proxyRow)
{
    if (proxyRow < 0) {
        if (m_errorWidget) {
            // The row changed kind in place: drop the widget and the tall row.
            for (int row = 0; row < m_proxy->rowCount(); ++row) {
                if (m_view->indexWidget(m_proxy->index(row, 0)) == m_errorWidget) {
                    m_view->setIndexWidget(m_proxy->index(row, 0), nullptr);
                    m_view->setRowHeight(row, m_view->verticalHeader()->defaultSectionSize());
                    break;
                }
            }
        }
        return;
    }
    const QModelIndex index = m_proxy->index(proxyRow, 0);
    auto *widget = qobject_cast<StatusRowWidget *>(m_view->indexWidget(index));
    if (!widget) {
        widget = new StatusRowWidget;
        connect(widget, &StatusRowWidget::retryRequested, this, [this] {
            if (m_model)
                m_model->retry();
        });
        m_view->setIndexWidget(index, widget);
        m_errorWidget = widget;
    }
    if (const std::optional<Error> error = m_model ? m_model->lastError() : std::nullopt)
        widget->setError(*error);
    else
        widget->setText(index.data().toString());
    const int width = m_view->viewport()->width();
    const int height = widget->hasHeightForWidth() ? widget->heightForWidth(width) : widget->sizeHint().height();
    m_view->setRowHeight(proxyRow, qMax(height, m_view->verticalHeader()->defaultSectionSize()));
}

void ListPane::updateEmptyState()
{
    const bool loadedEmpty = m_model && m_model->state() == PagedModel::State::Complete && m_proxy->rowCount() == 0;
    if (loadedEmpty) {
        m_empty->setText(m_model->itemCount() == 0 ? m_emptyText
                                                   : tr("Nothing loaded matches “%1”").arg(m_filter->text()));
        m_empty->setGeometry(m_view->viewport()->rect().adjusted(12, 12, -12, -12));
    }
    m_empty->setVisible(loadedEmpty);
}

bool ListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_empty->setGeometry(m_view->viewport()->rect().adjusted(12, 12, -12, -12));
    return QWidget::eventFilter(watched, event);
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
