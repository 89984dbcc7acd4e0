// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusRowWidget.h"

#include "ErrorBanner.h"
#include "Result.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace AltDist {

StatusRowWidget::StatusRowWidget(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_retry(new QPushButton(tr("Retry"), this))
{
    setObjectName(QStringLiteral("errorRow"));
    setAutoFillBackground(true);
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_retry->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    connect(m_retry, &QPushButton::clicked, this, &StatusRowWidget::retryRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    setFocusProxy(m_retry);
}

void StatusRowWidget::setError(const Error &error)
{
    setText(ErrorBanner::describe(error));
}

void StatusRowWidget::setText(const QString &text)
{
    m_label->setText(text);
    setAccessibleDescription(text);
}

QString StatusRowWidget::text() const
{
    return m_label->text();
}

} // namespace AltDist
