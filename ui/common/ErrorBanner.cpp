// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace AltDist {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_retry(new QPushButton(tr("Retry"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A soft red that reads in light and dark palettes alike.
    setStyleSheet(QStringLiteral("#errorBanner { background: rgba(220, 53, 69, 0.12); "
                                 "border: 1px solid rgba(220, 53, 69, 0.6); border-radius: 4px; }"));
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_retry->setVisible(false);
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    setAccessibleName(tr("Error"));
    setVisible(false);
}

QString ErrorBanner::describeApiErrors(const Error &error)
{
    QStringList lines;
    for (const ApiErrorItem &item : error.apiErrors()) {
        QString line = item.title.isEmpty() ? item.code : item.title;
        if (!item.detail.isEmpty() && item.detail != item.title) {
            // "Title: detail", but "Title ends a sentence. Detail" when it does.
            const bool sentence = line.endsWith(QLatin1Char('.')) || line.endsWith(QLatin1Char('!'))
                                  || line.endsWith(QLatin1Char('?'));
            line += (sentence ? QStringLiteral(" ") : QStringLiteral(": ")) + item.detail;
        }
        QStringList where;
        if (!item.code.isEmpty())
            where << item.code;
        if (!item.pointer.isEmpty())
            where << tr("at %1").arg(item.pointer);
        if (!item.parameter.isEmpty())
            where << tr("parameter %1").arg(item.parameter);
        if (!where.isEmpty())
            line += QStringLiteral(" (") + where.join(QStringLiteral(", ")) + QLatin1Char(')');
        lines << QStringLiteral("• ") + line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString ErrorBanner::describe(const Error &error)
{
    QString text = error.message();
    const QString details = describeApiErrors(error);
    if (!details.isEmpty())
        text += QLatin1Char('\n') + details;
    return text;
}

void ErrorBanner::setError(const Error &error)
{
    if (error.kind() == Error::Kind::Cancelled) {
        clear();
        return;
    }
    const QString text = describe(error);
    m_label->setText(text);
    m_hasError = true;
    setAccessibleDescription(text);
    setVisible(true);
}

void ErrorBanner::setMessage(const QString &message)
{
    m_label->setText(message);
    m_hasError = true;
    setAccessibleDescription(message);
    setVisible(true);
}

void ErrorBanner::clear()
{
    m_label->clear();
    m_hasError = false;
    setVisible(false);
}

QString ErrorBanner::text() const
{
    return m_label->text();
}

void ErrorBanner::setRetryVisible(bool visible)
{
    m_retry->setVisible(visible);
}

} // namespace AltDist
