// SPDX-License-Identifier: GPL-3.0-or-later
#include "Account.h"

#include "ApiKey.h"

#include <QCoreApplication>

#include <algorithm>

namespace AltDist {

namespace {
struct AccountText
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::Account)
};
} // namespace

QString accountNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return AccountText::tr("The account name is empty.");
    if (name.trimmed() != name)
        return AccountText::tr("The account name must not start or end with spaces.");
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return AccountText::tr("The account name must not contain '/' or '\\'.");
    if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return AccountText::tr("The account name must not contain control characters.");
    if (name.size() > MaxAccountNameLength)
        return AccountText::tr("The account name is longer than %1 characters.").arg(MaxAccountNameLength);
    return {};
}

Status validateAccount(const Account &account)
{
    // An individual key has no issuer ID; issuerIdProblem() judges a team key's.
    const QString issuerProblem = account.isIndividual() ? QString() : issuerIdProblem(account.issuerId);
    for (const QString &problem : {accountNameProblem(account.name), issuerProblem, keyIdProblem(account.keyId)}) {
        if (!problem.isEmpty())
            return Error::invalidInput(problem);
    }
    return Status::success();
}

} // namespace AltDist
