// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QModelIndex;
class QTableView;

namespace AltDist {

/// Sizes a table's columns to their contents once there is content to measure:
/// each column at most 45% of the viewport, and when they do not all fit the
/// widest give way first, so one long checksum cannot push dates and states
/// out of sight; the last section stretches. Columns stay
/// interactive; once the user resizes one with the mouse, fitting stops for
/// good, so widths never jump under the user's hand. Until then, a view whose
/// columns had to give way is fitted again when its width changes, and rows
/// arriving later (further pages) are measured as they come: a column they
/// need wider grows into the spare width, if any (columns only ever grow
/// then, never shrink). Requests made while the view is hidden or has no item
/// rows wait until it is shown and has rows.
class ColumnFitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnFitter)

public:
    explicit ColumnFitter(QTableView *view);

    /// Fit at the next opportunity (a new model, the first page, a refresh).
    void request();
    /// Fits soon if requested and possible; the list calls it when rows arrive.
    void fitIfRequested();
    /// Rows `first`...`last` of the view's model arrived (connect to
    /// rowsInserted): measured, and a column they need wider grows if there
    /// is spare width.
    void rowsArrived(const QModelIndex &parent, int first, int last);

    /// Whether the user sized a column by hand (kept with the column state).
    bool userSized() const { return m_userSized; }
    void setUserSized(bool userSized) { m_userSized = userSized; }

    /// The widest a fitted column gets, as a fraction of the viewport.
    static constexpr double kMaxColumnShare = 0.45;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();
    void grow();
    /// The widest item cell of `column` among rows first...last.
    int contentWidth(int column, int first, int last) const;

    /// Rows measured per fit, or per batch of arriving rows: a page.
    static constexpr int kRowsMeasured = 200;

    QTableView *m_view;
    bool m_requested = false;
    bool m_queued = false;
    bool m_growQueued = false;
    QList<int> m_wanted; ///< per column: the widest content measured since the last fresh fit
    QList<int> m_fitted; ///< per column: the width last given (the last section may show wider)
    bool m_userSized = false;
    bool m_squeezed = false;  ///< the last fit gave some column less than it wanted
    bool m_mouseDown = false; ///< a button is down on the header: resizes now are the user's
};

} // namespace AltDist
