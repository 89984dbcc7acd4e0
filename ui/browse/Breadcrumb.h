// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QHBoxLayout;

namespace AltDist {

/// "Apps › Lumen Notes › iOS 2.3.0 › Package version 3": every crumb but the
/// last is a link-like button that goes back to its level.
class Breadcrumb final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Breadcrumb)

public:
    explicit Breadcrumb(QWidget *parent = nullptr);

    void setCrumbs(const QStringList &crumbs);
    QStringList crumbs() const { return m_crumbs; }
    /// The crumbs joined with " › ", as shown.
    QString text() const;

Q_SIGNALS:
    void crumbClicked(int level);

private:
    QHBoxLayout *m_layout;
    QStringList m_crumbs;
};

} // namespace AltDist
