// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;

namespace AltDist {

class DownloadController;
class DownloadsModel;
class ErrorBanner;

/// The downloads list: name, status (verified with its checksum, or why not),
/// a progress bar, speed, time left, size and where the file goes; Cancel,
/// Show in Folder and Clear Finished for the selection (buttons and context
/// menu); double-clicking a verified download reveals it; a summary line.
class DownloadsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadsPanel)

public:
    explicit DownloadsPanel(DownloadController &controller, QWidget *parent = nullptr);
    ~DownloadsPanel() override;

    QTableView *view() const { return m_view; }

private:
    QList<int> selectedRows() const;
    void cancelSelected();
    void revealSelected();
    void reveal(int row);
    void updateActions();
    void widenColumns();
    void showContextMenu(const QPoint &pos);

    DownloadController &m_controller;
    DownloadsModel *m_model;
    ErrorBanner *m_banner;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_summary;
    QAction *m_cancel;
    QAction *m_reveal;
    QAction *m_clear;
    QMenu *m_menu = nullptr;
};

} // namespace AltDist
