// SPDX-License-Identifier: GPL-3.0-or-later
#include "Apps.h"
#include "Command.h"
#include "Confirm.h"
#include "CredentialStore.h"
#include "CredentialsResolver.h"
#include "Listing.h"

#include <QJsonArray>

namespace AltDist::Cli {

namespace {

class CmdAccount final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::Cli::CmdAccount)
public:
    static void add(Invocation &inv)
    {
        const QString name = inv.arg(0);
        if (const QString problem = accountNameProblem(name); !problem.isEmpty())
            return inv.usageError(problem);
        const Result<ApiCredentials> credentials = CredentialsResolver::load(CredentialsResolver::explicitInputs(inv.parser()));
        if (!credentials.ok())
            return inv.fail(credentials.error());
        const Account account{name, credentials->issuerId, credentials->keyId};
        CredentialStore &store = inv.credentialStore();
        const bool first = store.lastAccount().isEmpty();
        store.addAccount(account, credentials->key, &inv, [&inv, &store, name, first](Status added) {
            if (!added.ok())
                return inv.fail(added.error());
            if (first)
                [[maybe_unused]] const Status remembered = store.setLastAccount(name);
            Terminal::printLine(tr("Added account %1; its private key is in the keychain.").arg(name));
            inv.finish();
        });
    }

    static void list(Invocation &inv)
    {
        CredentialStore &store = inv.credentialStore();
        const QString last = store.lastAccount();
        const QList<Account> accounts = store.accounts();
        if (inv.json()) {
            QJsonArray array;
            for (const Account &a : accounts) {
                array.append(QJsonObject{{QStringLiteral("name"), a.name},
                                         {QStringLiteral("issuerId"), a.issuerId},
                                         {QStringLiteral("keyId"), a.keyId},
                                         {QStringLiteral("individual"), a.isIndividual()},
                                         {QStringLiteral("lastUsed"), a.name == last}});
            }
            Output::printJson(array);
            return inv.finish();
        }
        Table table({tr("NAME"), tr("TYPE"), tr("ISSUER ID"), tr("KEY ID"), tr("LAST USED")});
        for (const Account &a : accounts) {
            table.addRow({a.name, a.isIndividual() ? tr("individual") : tr("team"), a.issuerId, a.keyId,
                          a.name == last ? QStringLiteral("*") : QString()});
        }
        Terminal::writeOut(table.render());
        inv.finish();
    }

    static void remove(Invocation &inv)
    {
        const QString name = inv.arg(0);
        CredentialStore &store = inv.credentialStore();
        const std::optional<Account> account = store.account(name);
        if (!account)
            return inv.usageError(tr("There is no stored account named \"%1\".").arg(name));
        if (!Confirm::ensurePossible(inv))
            return;
        const QString question = tr("Remove account %1 (key ID %2) and its private key from the keychain?")
                                     .arg(name, account->keyId);
        Confirm::thenProceed(inv, question, [&inv, &store, name] {
            store.removeAccount(name, &inv, [&inv, name](Status removed) {
                if (!removed.ok())
                    return inv.fail(removed.error());
                Terminal::printLine(tr("Removed account %1.").arg(name));
                inv.finish();
            });
        });
    }

    static void test(Invocation &inv)
    {
        if (!inv.arg(0).isEmpty()) {
            const QString name = inv.arg(0);
            return CredentialsResolver::loadAccount(name, inv.credentialStore(), &inv,
                                                    [&inv, name](Result<ApiCredentials> credentials) {
                                                        if (!credentials.ok())
                                                            return inv.fail(credentials.error());
                                                        inv.useCredentials(credentials.value());
                                                        probe(inv, name);
                                                    });
        }
        probe(inv, inv.value(Opt::account));
    }

private:
    /// One real request: the first app, which any working key may read.
    static void probe(Invocation &inv, const QString &name)
    {
        inv.withClient([&inv, name](ApiClient &client) {
            AppsApi(&client).list(1).then(&inv, [&inv, &client, name](Result<Page<App>> page) {
                if (!page.ok()) {
                    Terminal::printError(tr("The credentials do not work."));
                    return inv.fail(page.error());
                }
                QString line = name.isEmpty() ? tr("The credentials work.") : tr("Account %1 works.").arg(name);
                if (const std::optional<RateLimit> limit = client.rateLimit(); limit && limit->isKnown())
                    line += QLatin1Char(' ') + tr("Rate limit: %1 of %2 requests left this hour.")
                                                   .arg(limit->remaining)
                                                   .arg(limit->limit);
                Terminal::printLine(line);
                inv.finish();
            });
        });
    }
};

} // namespace

Family accountFamily()
{
    using C = CmdAccount;
    return {QStringLiteral("account"),
            CmdAccount::tr("Stored accounts: IDs in the settings, private keys in the OS keychain."),
            {},
            {
                {QStringLiteral("add"), QStringLiteral("add NAME (--issuer-id ID | --individual) --key-id ID --key-file FILE"),
                 CmdAccount::tr("Store an account; the key goes to the keychain."), 1, 1, &C::add},
                {QStringLiteral("list"), QStringLiteral("list"), CmdAccount::tr("List the stored accounts."), 0, 0, &C::list},
                {QStringLiteral("remove"), QStringLiteral("remove NAME [--yes]"),
                 CmdAccount::tr("Remove an account and its key from the keychain."), 1, 1, &C::remove},
                {QStringLiteral("test"), QStringLiteral("test [NAME]"),
                 CmdAccount::tr("Make a real request with an account (or the given credentials)."), 0, 1, &C::test},
            }};
}

} // namespace AltDist::Cli
