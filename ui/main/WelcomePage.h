// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;

namespace AltDist {

/// Shown while nothing is open: add an App Store Connect key, or explore the
/// built-in sandbox. With stored accounts it also points at the switcher.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// Shows the hint to pick one of the stored accounts.
    void setHasAccounts(bool hasAccounts);

Q_SIGNALS:
    void addAccountRequested();
    void exploreSandboxRequested();

private:
    QLabel *m_accountsHint;
};

} // namespace AltDist
