// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountSwitcher.h"

#include "Connection.h"
#include "CredentialStore.h"

#include <QAbstractItemView>
#include <QSignalBlocker>
#include <QStyle>

namespace AltDist {

AccountSwitcher::AccountSwitcher(CredentialStore &credentials, QWidget *parent)
    : QComboBox(parent), m_credentials(credentials)
{
    setObjectName(QStringLiteral("accountSwitcher"));
    setAccessibleName(tr("Account"));
    setToolTip(tr("The App Store Connect account to work with, or the built-in sandbox"));
    setPlaceholderText(tr("Not connected"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(16);
    connect(this, qOverload<int>(&QComboBox::activated), this, &AccountSwitcher::onActivated);
    connect(&credentials, &CredentialStore::accountsChanged, this, &AccountSwitcher::rebuild);
    rebuild();
}

void AccountSwitcher::showPopup()
{
    QAbstractItemView *list = view();
    const int frame = 2 * list->frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    list->setMinimumWidth(list->sizeHintForColumn(0) + frame);
    QComboBox::showPopup();
}

void AccountSwitcher::rebuild()
{
    const QSignalBlocker blocker(this);
    clear();
    const QIcon accountIcon = QIcon::fromTheme(QStringLiteral("user-identity"),
                                               style()->standardIcon(QStyle::SP_DirHomeIcon));
    const QList<Account> accounts = m_credentials.accounts();
    for (const Account &account : accounts) {
        addItem(accountIcon, account.name);
        setItemData(count() - 1, int(Entry::Account), EntryRole);
        setItemData(count() - 1, account.name, NameRole);
    }
    if (!accounts.isEmpty())
        insertSeparator(count());
    addItem(QIcon::fromTheme(QStringLiteral("applications-development"),
                             style()->standardIcon(QStyle::SP_ComputerIcon)),
            tr("Sandbox"));
    setItemData(count() - 1, int(Entry::Sandbox), EntryRole);
    setItemData(count() - 1, tr("Explore the built-in sandbox; nothing reaches Apple"), Qt::ToolTipRole);
    insertSeparator(count());
    addItem(QIcon::fromTheme(QStringLiteral("list-add"), style()->standardIcon(QStyle::SP_FileDialogNewFolder)),
            tr("Add account…"));
    setItemData(count() - 1, int(Entry::AddAccount), EntryRole);
    select(m_shownEntry, m_shownName);
}

void AccountSwitcher::showCurrent(const Connection *connection)
{
    if (!connection)
        select(Entry::AddAccount);
    else if (connection->isSandbox())
        select(Entry::Sandbox);
    else
        select(Entry::Account, connection->displayName());
}

void AccountSwitcher::showAccount(const QString &name)
{
    select(Entry::Account, name);
}

QString AccountSwitcher::selectedAccount() const
{
    return m_shownEntry == Entry::Account ? m_shownName : QString();
}

void AccountSwitcher::select(Entry entry, const QString &name)
{
    m_shownEntry = entry;
    m_shownName = entry == Entry::Account ? name : QString();
    int index = -1;
    for (int i = 0; i < count() && entry != Entry::AddAccount; ++i) {
        const QVariant kind = itemData(i, EntryRole);
        if (kind.isValid() && Entry(kind.toInt()) == entry
            && (entry != Entry::Account || itemData(i, NameRole).toString() == name))
            index = i;
    }
    const QSignalBlocker blocker(this);
    setCurrentIndex(index);
}

void AccountSwitcher::onActivated(int index)
{
    const QVariant kind = itemData(index, EntryRole);
    const QString name = itemData(index, NameRole).toString();
    // Until the window decides, keep showing what is open.
    select(m_shownEntry, m_shownName);
    if (!kind.isValid())
        return;
    switch (Entry(kind.toInt())) {
    case Entry::Account:
        Q_EMIT accountChosen(name);
        break;
    case Entry::Sandbox:
        Q_EMIT sandboxChosen();
        break;
    case Entry::AddAccount:
        Q_EMIT addAccountChosen();
        break;
    }
}

} // namespace AltDist
