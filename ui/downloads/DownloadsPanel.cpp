// SPDX-License-Identifier: GPL-3.0-or-later
#include "DownloadsPanel.h"

#include "DownloadController.h"
#include "DownloadsModel.h"
#include "ErrorBanner.h"
#include "ProgressDelegate.h"
#include "RevealInFolder.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace AltDist {

namespace {

const QString kHeaderKey = QStringLiteral("downloads/header");

QIcon themedIcon(const QWidget *widget, const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), widget->style()->standardIcon(fallback));
}

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setAccessibleName(action->text().remove(QLatin1Char('&')));
    return button;
}

} // namespace

DownloadsPanel::DownloadsPanel(DownloadController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(controller.model())
    , m_banner(new ErrorBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_cancel(new QAction(themedIcon(this, "process-stop", QStyle::SP_BrowserStop), tr("&Cancel"), this))
    , m_reveal(new QAction(themedIcon(this, "folder-open", QStyle::SP_DirOpenIcon), tr("Show in &Folder"), this))
    , m_clear(new QAction(themedIcon(this, "edit-clear", QStyle::SP_DialogResetButton), tr("C&lear Finished"), this))
{
    m_cancel->setObjectName(QStringLiteral("cancelDownload"));
    m_cancel->setToolTip(tr("Stop the selected downloads and delete what they saved so far"));
    m_reveal->setObjectName(QStringLiteral("revealDownload"));
    m_reveal->setToolTip(tr("Open the folder the selected download was saved in"));
    m_clear->setObjectName(QStringLiteral("clearFinishedDownloads"));
    m_clear->setToolTip(tr("Remove finished, failed and cancelled downloads from the list (files stay)"));

    auto *placeholder = new QLabel(
        tr("No downloads yet. Select a package version, variant or delta and choose Download\u2026 (Ctrl+D)."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);

    m_view->setObjectName(QStringLiteral("downloadsView"));
    m_view->setAccessibleName(tr("Downloads"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(DownloadsModel::ProgressColumn,
                                     new ProgressDelegate(DownloadsModel::ProgressRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->addActions({m_cancel, m_reveal, m_clear});
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(DownloadsModel::NameColumn, em * 16);
    header->resizeSection(DownloadsModel::StatusColumn, em * 16);
    header->resizeSection(DownloadsModel::ProgressColumn, em * 9);
    const QString wideSize = DownloadsModel::formatPartialSize(999'900'000, 999'900'000);
    header->resizeSection(DownloadsModel::SizeColumn, fontMetrics().horizontalAdvance(wideSize) + em * 2);
    header->restoreState(QSettings().value(kHeaderKey).toByteArray());

    m_stack->addWidget(placeholder);
    m_stack->addWidget(m_view);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(buttonFor(m_cancel, this));
    buttons->addWidget(buttonFor(m_reveal, this));
    buttons->addWidget(buttonFor(m_clear, this));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    setMinimumSize(em * 30, em * 12);

    connect(m_cancel, &QAction::triggered, this, &DownloadsPanel::cancelSelected);
    connect(m_reveal, &QAction::triggered, this, &DownloadsPanel::revealSelected);
    connect(m_clear, &QAction::triggered, m_model, &DownloadsModel::clearFinished);
    connect(m_view, &QWidget::customContextMenuRequested, this, &DownloadsPanel::showContextMenu);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model->state(index.row()) == DownloadsModel::State::Verified)
            reveal(index.row());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DownloadsPanel::updateActions);
    connect(m_model, &DownloadsModel::statesChanged, this, &DownloadsPanel::updateActions);
    connect(m_model, &DownloadsModel::statesChanged, this, &DownloadsPanel::widenColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_banner, &ErrorBanner::clear);
    connect(&m_controller, &DownloadController::refused, m_banner, &ErrorBanner::setMessage);
    updateActions();
}

DownloadsPanel::~DownloadsPanel()
{
    QSettings().setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
}

QList<int> DownloadsPanel::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void DownloadsPanel::cancelSelected()
{
    const QList<int> rows = selectedRows();
    for (int row : rows)
        m_controller.cancel(row);
}

void DownloadsPanel::revealSelected()
{
    const QList<int> rows = selectedRows();
    for (int row : rows) {
        if (m_model->state(row) == DownloadsModel::State::Verified)
            return reveal(row);
    }
}

void DownloadsPanel::reveal(int row)
{
    const QString path = m_model->index(row, 0).data(DownloadsModel::PathRole).toString();
    if (!revealInFolder(path))
        m_banner->setMessage(tr("The folder of %1 could not be opened.").arg(QDir::toNativeSeparators(path)));
}

void DownloadsPanel::updateActions()
{
    bool running = false;
    bool verified = false;
    const QList<int> rows = selectedRows();
    for (int row : rows) {
        const DownloadsModel::State state = m_model->state(row);
        running |= DownloadsModel::isRunning(state);
        verified |= state == DownloadsModel::State::Verified;
    }
    m_cancel->setEnabled(running);
    m_reveal->setEnabled(verified);
    m_clear->setEnabled(m_model->rowCount() > m_model->runningCount());
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
    const QString summary = m_model->summary();
    m_summary->setText(summary.isEmpty() ? tr("No downloads") : summary);
}

void DownloadsPanel::widenColumns()
{
    // Names and states should read whole: grow to fit (never shrink what the
    // user chose), up to a sensible share of the width.
    const int most = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36;
    QHeaderView *header = m_view->horizontalHeader();
    for (const int column : {DownloadsModel::NameColumn, DownloadsModel::StatusColumn}) {
        const int fit = static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(column); // public there
        const int wanted = qMin(most, qMax(fit, header->sectionSizeHint(column)));
        if (wanted > header->sectionSize(column))
            header->resizeSection(column, wanted);
    }
}

void DownloadsPanel::showContextMenu(const QPoint &pos)
{
    if (!m_menu) {
        m_menu = new QMenu(this);
        m_menu->addActions({m_cancel, m_reveal});
        m_menu->addSeparator();
        m_menu->addAction(m_clear);
    }
    m_menu->popup(m_view->viewport()->mapToGlobal(pos));
}

} // namespace AltDist
