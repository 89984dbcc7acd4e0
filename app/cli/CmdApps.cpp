// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppStoreVersions.h"
#include "Apps.h"
#include "Command.h"
#include "Listing.h"

namespace AltDist::Cli {

namespace {

class CmdApps final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::Cli::CmdApps)
public:
    static View<App> appView()
    {
        return {{tr("ID"), tr("NAME"), tr("BUNDLE ID"), tr("SKU"), tr("LOCALE")},
                [](const App &a) { return QStringList{a.id, a.name, a.bundleId, a.sku, a.primaryLocale}; },
                [](Details &out, const App &a) {
                    out.add(tr("ID"), a.id);
                    out.add(tr("Name"), a.name);
                    out.add(tr("Bundle ID"), a.bundleId);
                    out.add(tr("SKU"), a.sku);
                    out.add(tr("Primary locale"), a.primaryLocale);
                }};
    }

    static QString eligibility(const AppStoreVersion &v)
    {
        const AppStoreVersion::Eligibility e = v.eligibility();
        return e.eligible ? tr("yes") : tr("no: %1").arg(e.reason);
    }

    static View<AppStoreVersion> versionView()
    {
        return {{tr("ID"), tr("PLATFORM"), tr("VERSION"), tr("STATE"), tr("REVIEW"), tr("CREATED"), tr("PACKAGE ELIGIBLE")},
                [](const AppStoreVersion &v) {
                    return QStringList{v.id, v.platform, v.versionString, v.effectiveState(), v.reviewType,
                                       Output::date(v.createdDate), Output::yesNo(v.eligibility().eligible)};
                },
                [](Details &out, const AppStoreVersion &v) {
                    out.add(tr("ID"), v.id);
                    out.add(tr("Platform"), v.platform);
                    out.add(tr("Version"), v.versionString);
                    out.add(tr("State"), v.effectiveState());
                    out.add(tr("Review type"), v.reviewType);
                    out.add(tr("Created"), Output::date(v.createdDate));
                    out.add(tr("Package eligible"), eligibility(v));
                }};
    }

    static void list(Invocation &inv)
    {
        Listing::list<App>(inv, appView(), [](ApiClient &c, int limit) { return AppsApi(&c).list(limit); });
    }

    static void get(Invocation &inv)
    {
        const QString id = inv.arg(0);
        Listing::get<App>(inv, appView(), [id](ApiClient &c) { return AppsApi(&c).get(id); });
    }

    static void versions(Invocation &inv)
    {
        const QString appId = inv.arg(0);
        Listing::list<AppStoreVersion>(inv, versionView(), [appId](ApiClient &c, int limit) {
            return AppStoreVersionsApi(&c).listForApp(appId, limit);
        });
    }

    static void version(Invocation &inv)
    {
        const QString id = inv.arg(0);
        Listing::get<AppStoreVersion>(inv, versionView(), [id](ApiClient &c) { return AppStoreVersionsApi(&c).get(id); });
    }
};

} // namespace

Family appsFamily()
{
    using C = CmdApps;
    return {QStringLiteral("apps"),
            CmdApps::tr("Apps and their App Store versions."),
            CliOptions::paging(),
            {
                {QStringLiteral("list"), QStringLiteral("list [--all] [--limit N]"), CmdApps::tr("List the apps."), 0, 0, &C::list},
                {QStringLiteral("get"), QStringLiteral("get APP_ID"), CmdApps::tr("Show one app."), 1, 1, &C::get},
                {QStringLiteral("versions"), QStringLiteral("versions APP_ID [--all] [--limit N]"),
                 CmdApps::tr("List an app's App Store versions and whether each can get a package."), 1, 1, &C::versions},
                {QStringLiteral("version"), QStringLiteral("version VERSION_ID"), CmdApps::tr("Show one App Store version."),
                 1, 1, &C::version},
            }};
}

} // namespace AltDist::Cli
