// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QLabel;
class QLineEdit;
class QTableView;

namespace AltDist {

class ListFilterModel;
class PagedModel;
class StatusRowWidget;

/// A list's status rows as the view shows them: the loading and error rows
/// span all columns, the error row carries a StatusRowWidget (the error and
/// Retry), and a loaded, empty list shows the empty-state text over the
/// viewport (or that nothing loaded matches the filter).
class ListStatusRows final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListStatusRows)

public:
    ListStatusRows(QTableView *view, ListFilterModel *proxy, QLineEdit *filter);

    /// The model whose state and error are shown (not owned; null: none).
    void setModel(PagedModel *model);
    void setEmptyText(const QString &text);
    /// The empty-state or no-match text currently shown; empty when hidden.
    QString emptyStateText() const;

    /// Recomputes spans, the error row and the empty state.
    void update();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int rowKind(int proxyRow) const;
    void updateErrorRow(int proxyRow);
    void updateEmptyState();

    QTableView *m_view;
    ListFilterModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_empty;
    QPointer<PagedModel> m_model;
    QString m_emptyText;
    QPointer<StatusRowWidget> m_errorWidget;
    int m_spannedRow = -1; ///< the status row spanned now, or -1
};

} // namespace AltDist
