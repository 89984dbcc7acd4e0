// SPDX-License-Identifier: GPL-3.0-or-later
#include "Breadcrumb.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace AltDist {

namespace {
QString separator()
{
    return QStringLiteral(" › ");
}
} // namespace

Breadcrumb::Breadcrumb(QWidget *parent) : QWidget(parent), m_layout(new QHBoxLayout(this))
{
    setAccessibleName(tr("Location"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
}

QString Breadcrumb::text() const
{
    return m_crumbs.join(separator());
}

void Breadcrumb::setCrumbs(const QStringList &crumbs)
{
    if (crumbs == m_crumbs)
        return;
    m_crumbs = crumbs;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < crumbs.size(); ++i) {
        if (i > 0)
            m_layout->addWidget(new QLabel(separator().trimmed(), this));
        if (i == crumbs.size() - 1) {
            auto *current = new QLabel(crumbs.at(i), this);
            QFont bold = current->font();
            bold.setBold(true);
            current->setFont(bold);
            current->setTextFormat(Qt::PlainText);
            // As far from the separator as a crumb button's text is (its padding).
            current->setContentsMargins(current->fontMetrics().averageCharWidth() / 2 + 1, 0, 0, 0);
            m_layout->addWidget(current);
            break;
        }
        auto *button = new QToolButton(this);
        button->setText(QString(crumbs.at(i)).replace(QLatin1Char('&'), QStringLiteral("&&")));
        button->setAutoRaise(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setToolTip(tr("Go back to %1").arg(crumbs.at(i)));
        button->setObjectName(QStringLiteral("crumb%1").arg(i));
        connect(button, &QToolButton::clicked, this, [this, i] { Q_EMIT crumbClicked(i); });
        m_layout->addWidget(button);
    }
    m_layout->addStretch(1);
}

} // namespace AltDist
