// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextEdit>

namespace AltDist {

/// A read-only, selectable value that wraps anywhere (a 64-digit checksum or a
/// signed URL breaks across lines instead of being elided or widening the
/// panel) and is exactly as tall as its text at the width it gets.
class ValueText final : public QTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueText)

public:
    explicit ValueText(const QString &text, bool code, QWidget *parent = nullptr);

    QString value() const { return m_value; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int extraWidth() const;
    int extraHeight() const;

    QString m_value;
    int m_lastHeight = -1;
};

} // namespace AltDist
