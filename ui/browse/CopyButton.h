// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

namespace AltDist {

/// A small icon button that puts one value on the clipboard
/// (accessible name and tooltip "Copy <what>").
class CopyButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyButton)

public:
    CopyButton(const QString &what, const QString &value, QWidget *parent = nullptr);

    void setValue(const QString &value) { m_value = value; }
    QString value() const { return m_value; }

    /// The copy icon from the theme, with a fallback where the theme has none.
    static QIcon copyIcon();

private:
    QString m_value;
};

} // namespace AltDist
