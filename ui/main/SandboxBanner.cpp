// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxBanner.h"

#include "Connection.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace AltDist {

SandboxBanner::SandboxBanner(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("sandboxBanner"));
    // Amber: a warning colour that reads on light and dark palettes.
    setStyleSheet(QStringLiteral("#sandboxBanner { background: #f0b429; } "
                                 "#sandboxBanner QLabel { color: #1f1f1f; }"));
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    m_label->setText(tr("Sandbox — a local stand-in for App Store Connect. Nothing you do here reaches Apple."));
    m_label->setTextFormat(Qt::PlainText);
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    setAccessibleName(tr("Sandbox notice"));
    setAccessibleDescription(m_label->text());
    setVisible(false);
}

void SandboxBanner::showFor(const Connection *connection)
{
    setVisible(connection && connection->isSandbox());
}

QString SandboxBanner::text() const
{
    return m_label->text();
}

} // namespace AltDist
