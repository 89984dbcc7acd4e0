// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace AltDist {

class Connection;
class CredentialStore;

/// The toolbar's account switcher: the stored accounts (sorted), "Sandbox",
/// then "Add account…". It only reports what the user picked; the window
/// decides, and then tells the switcher what is open with showCurrent().
class AccountSwitcher final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSwitcher)

public:
    explicit AccountSwitcher(CredentialStore &credentials, QWidget *parent = nullptr);

    /// Selects the entry for `connection` (none selected: "Not connected").
    void showCurrent(const Connection *connection);
    /// Selects the stored account `name` (e.g. while it is being opened).
    void showAccount(const QString &name);
    /// The account selected, or empty (sandbox, nothing, add).
    QString selectedAccount() const;

    /// The list is at least as wide as its longest entry (a combo box's popup
    /// otherwise takes the box's width and elides longer, e.g. German, entries).
    void showPopup() override;

Q_SIGNALS:
    void accountChosen(const QString &name);
    void sandboxChosen();
    void addAccountChosen();

private:
    enum class Entry { Account, Sandbox, AddAccount };
    static constexpr int EntryRole = Qt::UserRole;
    static constexpr int NameRole = Qt::UserRole + 1;

    void rebuild();
    void select(Entry entry, const QString &name = {});
    void onActivated(int index);

    CredentialStore &m_credentials;
    Entry m_shownEntry = Entry::AddAccount; ///< AddAccount: nothing shown
    QString m_shownName;
};

} // namespace AltDist
