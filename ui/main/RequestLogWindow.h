// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace AltDist {

class RequestLogModel;

/// A non-modal window over the request log: every attempt's time, method,
/// path, status, duration, attempt number, rate limit left and error. Filter
/// and Clear; the path stretches and elides in the middle (the query at its
/// end is what tells requests apart); follows the newest row while the view is scrolled to the end.
class RequestLogWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogWindow)

public:
    /// `model` must outlive the window.
    RequestLogWindow(RequestLogModel &model, QWidget *parent = nullptr);
    ~RequestLogWindow() override;

    QTableView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateCount();
    /// The path column takes the spare width, the others stay the user's.
    void stretchPath();
    void saveGeometrySetting() const;

    RequestLogModel &m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_count;
    bool m_restored = false;
};

} // namespace AltDist
