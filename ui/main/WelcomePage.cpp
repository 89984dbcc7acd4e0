// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace AltDist {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent), m_accountsHint(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));

    auto *icon = new QLabel(this);
    const QIcon appIcon = QApplication::windowIcon();
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize) * 2;
    if (!appIcon.isNull())
        icon->setPixmap(appIcon.pixmap(iconSize, iconSize));
    icon->setVisible(!appIcon.isNull());
    icon->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("Welcome to AltDist"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *intro = new QLabel(tr("Manage alternative distribution on App Store Connect: domains, "
                                "web-distribution keys, and the packages of your apps."),
                             this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);

    auto *addAccount = new QCommandLinkButton(
        tr("Add App Store Connect key…"),
        tr("Use an API key (.p8) from App Store Connect › Users and Access › Integrations. "
           "The private key is kept in your system keychain."),
        this);
    addAccount->setObjectName(QStringLiteral("welcomeAddAccount"));
    addAccount->setIcon(QIcon::fromTheme(QStringLiteral("dialog-password"),
                                         style()->standardIcon(QStyle::SP_DialogOpenButton)));
    connect(addAccount, &QCommandLinkButton::clicked, this, &WelcomePage::addAccountRequested);

    auto *sandbox = new QCommandLinkButton(
        tr("Explore the sandbox"),
        tr("Try everything against a built-in stand-in for App Store Connect with sample apps. "
           "Nothing you do there reaches Apple."),
        this);
    sandbox->setObjectName(QStringLiteral("welcomeSandbox"));
    sandbox->setIcon(QIcon::fromTheme(QStringLiteral("applications-development"),
                                      style()->standardIcon(QStyle::SP_ComputerIcon)));
    connect(sandbox, &QCommandLinkButton::clicked, this, &WelcomePage::exploreSandboxRequested);

    const int linkIcon = style()->pixelMetric(QStyle::PM_LargeIconSize);
    for (QCommandLinkButton *button : {addAccount, sandbox})
        button->setIconSize(QSize(linkIcon, linkIcon));

    m_accountsHint->setText(tr("Or choose one of your accounts in the toolbar."));
    m_accountsHint->setAlignment(Qt::AlignCenter);
    m_accountsHint->setWordWrap(true);
    m_accountsHint->setVisible(false);

    auto *column = new QVBoxLayout;
    column->addWidget(icon);
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(title->fontMetrics().height());
    column->addWidget(addAccount);
    column->addWidget(sandbox);
    column->addWidget(m_accountsHint);

    // Centred, at a readable width that grows with the font (German, 200 %).
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column, 3);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    setTabOrder(addAccount, sandbox);
}

void WelcomePage::setHasAccounts(bool hasAccounts)
{
    m_accountsHint->setVisible(hasAccounts);
}

} // namespace AltDist
