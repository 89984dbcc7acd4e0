// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers for driving a QWizard like a user in the wizard tests.

#include "GuiTest.h"
#include "TestSandbox.h" // waitFor

#include <QAbstractButton>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QWizard>

namespace AltDist::Test {

/// True once `which` is visible and enabled (waits up to 20 s).
inline bool waitForButton(QWizard &wizard, QWizard::WizardButton which)
{
    return waitUntil([&] {
        QAbstractButton *b = wizard.button(which);
        return b && b->isVisible() && b->isEnabled();
    });
}

/// Clicks `which` as a user would: only when visible and enabled.
inline bool press(QWizard &wizard, QWizard::WizardButton which)
{
    QAbstractButton *b = wizard.button(which);
    if (!b || !b->isVisible() || !b->isEnabled())
        return false;
    QTest::mouseClick(b, Qt::LeftButton);
    return true;
}

/// Clicks a radio button or check box on its indicator (a click on the empty
/// part of a wide one is not a hit).
inline void clickIndicator(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(button->height() / 2, button->height() / 2));
}

/// Types `text` into `widget` as a keyboard would: ASCII as key clicks, line
/// breaks as Return, anything else as committed input-method text (as an IME
/// or a compose key delivers "ü").
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            QTest::keyClick(widget, Qt::Key_Return);
        } else if (c.unicode() >= 0x20 && c.unicode() < 0x7f) {
            QTest::keyClicks(widget, QString(c));
        } else {
            QInputMethodEvent input;
            input.setCommitString(QString(c));
            QApplication::sendEvent(widget, &input);
        }
    }
}

/// The line edit named `name` under `root`, cleared and typed into.
inline QLineEdit *typeInto(QWidget *root, const QString &name, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(name);
    if (!edit)
        return nullptr;
    edit->setFocus();
    edit->clear();
    typeText(edit, text);
    return edit;
}

/// Shows the wizard and waits until it is on screen (offscreen platform).
inline bool showWizard(QWizard &wizard)
{
    wizard.show();
    return QTest::qWaitForWindowExposed(&wizard);
}

} // namespace AltDist::Test
