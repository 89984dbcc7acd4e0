// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "Deletion.h"
#include "DomainName.h"
#include "Domains.h"
#include "Listing.h"

namespace AltDist::Cli {

namespace {

class CmdDomains final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::Cli::CmdDomains)
public:
    static View<Domain> view()
    {
        return {{tr("ID"), tr("DOMAIN"), tr("REFERENCE NAME"), tr("CREATED")},
                [](const Domain &d) {
                    return QStringList{d.id, DomainName::display(d.domain), d.referenceName,
                                       Output::date(d.createdDate)};
                },
                [](Details &out, const Domain &d) {
                    out.add(tr("ID"), d.id);
                    out.add(tr("Domain"), DomainName::display(d.domain));
                    out.add(tr("Reference name"), d.referenceName);
                    out.add(tr("Created"), Output::date(d.createdDate));
                }};
    }

    static void list(Invocation &inv)
    {
        Listing::list<Domain>(inv, view(), [](ApiClient &c, int limit) { return DomainsApi(&c).list(limit); });
    }

    static void get(Invocation &inv)
    {
        const QString id = inv.arg(0);
        Listing::get<Domain>(inv, view(), [id](ApiClient &c) { return DomainsApi(&c).get(id); });
    }

    static void create(Invocation &inv)
    {
        // Bad input is refused here, before credentials are even looked at.
        const Result<QString> domain = DomainName::normalize(inv.arg(0));
        if (!domain.ok())
            return inv.usageError(domain.error().message());
        const QString referenceName = inv.value(QStringLiteral("reference-name")).trimmed();
        if (referenceName.isEmpty())
            return inv.usageError(tr("--reference-name is required: a name for the domain that only you see."));
        Listing::get<Domain>(inv, view(), [domain = domain.value(), referenceName](ApiClient &c) {
            return DomainsApi(&c).create(domain, referenceName);
        });
    }

    static void remove(Invocation &inv)
    {
        const QString id = inv.arg(0);
        Deletion<Domain>{
            [id](ApiClient &c) { return DomainsApi(&c).get(id); },
            [](const Domain &d) { return tr("Delete domain %1 (ID %2)?").arg(DomainName::display(d.domain), d.id); },
            [id](ApiClient &c) { return DomainsApi(&c).remove(id); },
            [](const Domain &d) { return tr("Deleted domain %1 (ID %2).").arg(DomainName::display(d.domain), d.id); },
        }.run(inv);
    }
};

} // namespace

Family domainsFamily()
{
    using C = CmdDomains;
    QList<QCommandLineOption> options = CliOptions::paging();
    options << QCommandLineOption(QStringLiteral("reference-name"), CmdDomains::tr("Reference name of a new domain."),
                                  CmdDomains::tr("name"));
    return {QStringLiteral("domains"),
            CmdDomains::tr("Web-distribution domains of the account."),
            options,
            {
                {QStringLiteral("list"), QStringLiteral("list [--all] [--limit N]"), CmdDomains::tr("List the domains."), 0, 0,
                 &C::list},
                {QStringLiteral("get"), QStringLiteral("get ID"), CmdDomains::tr("Show one domain."), 1, 1, &C::get},
                {QStringLiteral("create"), QStringLiteral("create DOMAIN --reference-name NAME"),
                 CmdDomains::tr("Register a domain."), 1, 1, &C::create},
                {QStringLiteral("delete"), QStringLiteral("delete ID [--yes]"), CmdDomains::tr("Delete a domain."), 1, 1,
                 &C::remove},
            }};
}

} // namespace AltDist::Cli
