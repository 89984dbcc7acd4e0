// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestLogWindow.h"

#include "ElideDelegate.h"
#include "RequestLogModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace AltDist {

namespace {
const QString kGeometryKey = QStringLiteral("requestLog/geometry");
const QString kHeaderKey = QStringLiteral("requestLog/header");
} // namespace

RequestLogWindow::RequestLogWindow(RequestLogModel &model, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("requestLogWindow"));
    setWindowTitle(tr("Request Log — AltDist"));

    m_proxy->setSourceModel(&model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(RequestLogModel::SortRole);

    m_filter->setPlaceholderText(tr("Filter by path, method, status or error"));
    m_filter->setAccessibleName(tr("Filter requests"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *clear = new QPushButton(style()->standardIcon(QStyle::SP_DialogResetButton), tr("Clear"), this);
    clear->setObjectName(QStringLiteral("clearLog"));
    clear->setToolTip(tr("Remove every entry from the log"));
    connect(clear, &QPushButton::clicked, &model, &RequestLogModel::clear);

    m_view->setObjectName(QStringLiteral("requestLogView"));
    m_view->setAccessibleName(tr("Requests"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RequestLogModel::TimeColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setItemDelegate(new ElideDelegate(m_view)); // paths keep their query, errors their start
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() * 3 / 2);
    // Each column as wide as its title (or a typical value); the path, the
    // column people read, takes the rest of the width.
    const QFontMetrics metrics = m_view->horizontalHeader()->fontMetrics();
    const int padding = metrics.averageCharWidth() * 4;
    for (int column = 0; column < RequestLogModel::ColumnCount; ++column) {
        const int title = metrics.horizontalAdvance(model.headerData(column, Qt::Horizontal).toString());
        m_view->setColumnWidth(column, title + padding);
    }
    m_view->setColumnWidth(RequestLogModel::TimeColumn,
                           metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + padding);
    m_view->setColumnWidth(RequestLogModel::ErrorColumn, metrics.averageCharWidth() * 20);
    stretchPath();

    // Follow the newest request while the user is looking at the end.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        const bool atEnd = bar->value() >= bar->maximum();
        if (atEnd)
            QMetaObject::invokeMethod(m_view, &QTableView::scrollToBottom, Qt::QueuedConnection);
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RequestLogWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RequestLogWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RequestLogWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RequestLogWindow::updateCount);

    auto *close = new QAction(tr("Close"), this);
    close->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    setTabOrder(m_filter, clear);
    setTabOrder(clear, m_view);
    updateCount();
    resize(fontMetrics().averageCharWidth() * 170, fontMetrics().height() * 30);
}

RequestLogWindow::~RequestLogWindow()
{
    saveGeometrySetting();
}

void RequestLogWindow::showEvent(QShowEvent *event)
{
    if (!m_restored) {
        m_restored = true;
        QSettings settings;
        restoreGeometry(settings.value(kGeometryKey).toByteArray());
        m_view->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
        stretchPath(); // a state saved before the path stretched has the last section stretching
        m_view->scrollToBottom();
    }
    QWidget::showEvent(event);
}

void RequestLogWindow::hideEvent(QHideEvent *event)
{
    saveGeometrySetting();
    QWidget::hideEvent(event);
}

void RequestLogWindow::saveGeometrySetting() const
{
    if (!m_restored)
        return; // never shown: keep what was saved before
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
}

void RequestLogWindow::stretchPath()
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RequestLogModel::PathColumn, QHeaderView::Stretch);
}

void RequestLogWindow::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model.rowCount();
    const QLocale locale;
    if (shown == total)
        m_count->setText(tr("Requests: %1").arg(locale.toString(total)));
    else
        m_count->setText(tr("Requests shown: %1 of %2").arg(locale.toString(shown), locale.toString(total)));
}

} // namespace AltDist
