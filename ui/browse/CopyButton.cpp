// SPDX-License-Identifier: GPL-3.0-or-later
#include "CopyButton.h"

#include "BrowseActions.h"

#include <QApplication>
#include <QToolTip>

namespace AltDist {

CopyButton::CopyButton(const QString &what, const QString &value, QWidget *parent)
    : QToolButton(parent), m_value(value)
{
    setIcon(copyIcon());
    setText(tr("Copy"));
    // Without a theme copy icon a word says more than a stand-in picture.
    setToolButtonStyle(icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    setAutoRaise(true);
    setAccessibleName(tr("Copy %1").arg(what));
    setToolTip(tr("Copy %1").arg(what));
    connect(this, &QToolButton::clicked, this, [this] {
        BrowseActions::copyToClipboard(m_value);
        QToolTip::showText(mapToGlobal(rect().bottomLeft()), tr("Copied"), this);
    });
}

QIcon CopyButton::copyIcon()
{
    return QIcon::fromTheme(QStringLiteral("edit-copy"));
}

} // namespace AltDist
