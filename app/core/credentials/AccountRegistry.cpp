// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountRegistry.h"

#include <QSettings>

#include <algorithm>

namespace AltDist {

namespace {
const QString AccountsGroup = QStringLiteral("accounts");
const QString IssuerIdKey = QStringLiteral("issuerId");
const QString KeyIdKey = QStringLiteral("keyId");
const QString LastAccountKey = QStringLiteral("lastAccount");

QString groupOf(const QString &name)
{
    return AccountsGroup + QLatin1Char('/') + name;
}
} // namespace

AccountRegistry::AccountRegistry(QSettings &settings)
    : m_settings(settings)
{
}

QList<Account> AccountRegistry::accounts() const
{
    m_settings.beginGroup(AccountsGroup);
    const QStringList names = m_settings.childGroups();
    m_settings.endGroup();

    QList<Account> result;
    for (const QString &name : names) {
        if (std::optional<Account> account = find(name))
            result.append(*account);
    }
    std::sort(result.begin(), result.end(),
              [](const Account &a, const Account &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return result;
}

std::optional<Account> AccountRegistry::find(const QString &name) const
{
    if (!accountNameProblem(name).isEmpty())
        return std::nullopt;
    m_settings.beginGroup(groupOf(name));
    Account account{name, m_settings.value(IssuerIdKey).toString(), m_settings.value(KeyIdKey).toString()};
    m_settings.endGroup();
    if (account.keyId.isEmpty())
        return std::nullopt; // every saved account has a key ID
    return account;
}

bool AccountRegistry::contains(const QString &name) const
{
    const QList<Account> all = accounts();
    return std::any_of(all.cbegin(), all.cend(), [&name](const Account &account) {
        return account.name.compare(name, Qt::CaseInsensitive) == 0;
    });
}

Status AccountRegistry::save(const Account &account)
{
    if (Status valid = validateAccount(account); !valid)
        return valid;
    m_settings.beginGroup(groupOf(account.name));
    m_settings.setValue(IssuerIdKey, account.issuerId);
    m_settings.setValue(KeyIdKey, account.keyId);
    m_settings.endGroup();
    return sync();
}

Status AccountRegistry::remove(const QString &name)
{
    if (!accountNameProblem(name).isEmpty())
        return Status::success(); // such a name was never saved
    m_settings.remove(groupOf(name));
    if (lastAccount() == name)
        m_settings.remove(LastAccountKey);
    return sync();
}

QString AccountRegistry::lastAccount() const
{
    return m_settings.value(LastAccountKey).toString();
}

Status AccountRegistry::setLastAccount(const QString &name)
{
    if (!name.isEmpty() && !find(name))
        return Error::invalidInput(tr("There is no account named “%1”.").arg(name));
    if (name.isEmpty())
        m_settings.remove(LastAccountKey);
    else
        m_settings.setValue(LastAccountKey, name);
    return sync();
}

Status AccountRegistry::sync()
{
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError)
        return Error(Error::Kind::Io, tr("The settings file “%1” could not be written.").arg(m_settings.fileName()));
    return Status::success();
}

} // namespace AltDist
