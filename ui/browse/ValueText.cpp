// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueText.h"

#include <QFontDatabase>
#include <QResizeEvent>
#include <QTextDocument>
#include <QtMath>

#include <memory>

namespace AltDist {

ValueText::ValueText(const QString &text, bool code, QWidget *parent) : QTextEdit(parent), m_value(text)
{
    if (code)
        setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTabChangesFocus(true);
    setUndoRedoEnabled(false);
    document()->setDocumentMargin(1);
    QPalette p = palette();
    p.setColor(QPalette::Base, Qt::transparent);
    setPalette(p);
    viewport()->setAutoFillBackground(false);
    setPlainText(text);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int ValueText::extraWidth() const
{
    const QMargins m = contentsMargins() + viewportMargins();
    return m.left() + m.right();
}

int ValueText::extraHeight() const
{
    const QMargins m = contentsMargins() + viewportMargins();
    return m.top() + m.bottom();
}

int ValueText::heightForWidth(int width) const
{
    std::unique_ptr<QTextDocument> doc(document()->clone());
    doc->setDefaultFont(font());
    doc->setDefaultTextOption(document()->defaultTextOption());
    doc->setTextWidth(qMax(1, width - extraWidth()));
    return qCeil(doc->size().height()) + extraHeight();
}

QSize ValueText::sizeHint() const
{
    const int width = qMin(fontMetrics().horizontalAdvance(m_value) + 8, fontMetrics().averageCharWidth() * 40)
                      + extraWidth();
    return {width, heightForWidth(width)};
}

QSize ValueText::minimumSizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 8 + extraWidth();
    return {width, fontMetrics().height() + extraHeight()};
}

void ValueText::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    const int wanted = heightForWidth(event->size().width());
    if (wanted != m_lastHeight) {
        m_lastHeight = wanted;
        updateGeometry();
    }
}

} // namespace AltDist
