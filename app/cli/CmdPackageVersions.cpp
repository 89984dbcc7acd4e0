// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "DownloadJob.h"
#include "Downloads.h"
#include "LayoutCommand.h"
#include "Listing.h"
#include "PackageVersions.h"

namespace AltDist::Cli {

namespace {

class CmdPackageVersions final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::Cli::CmdPackageVersions)
public:
    static View<PackageVersion> view()
    {
        return {{tr("ID"), tr("VERSION"), tr("STATE"), tr("FILE CHECKSUM"), tr("URL EXPIRES")},
                [](const PackageVersion &v) {
                    return QStringList{v.id, v.version, v.state, v.fileChecksum, Output::date(v.urlExpirationDate)};
                },
                [](Details &out, const PackageVersion &v) {
                    out.add(tr("ID"), v.id);
                    out.add(tr("Version"), v.version);
                    out.add(tr("State"), v.state);
                    out.add(tr("File checksum"), v.fileChecksum);
                    out.add(tr("URL"), v.url.toString());
                    out.add(tr("URL expires"), Output::date(v.urlExpirationDate));
                }};
    }

    static void list(Invocation &inv)
    {
        const QString packageId = inv.arg(0);
        Listing::list<PackageVersion>(inv, view(), [packageId](ApiClient &c, int limit) {
            return PackageVersionsApi(&c).listForPackage(packageId, limit);
        });
    }

    static void get(Invocation &inv)
    {
        const QString id = inv.arg(0);
        Listing::get<PackageVersion>(inv, view(), [id](ApiClient &c) { return PackageVersionsApi(&c).get(id); });
    }

    static void download(Invocation &inv)
    {
        const QString id = inv.arg(0);
        Downloads::run<PackageVersion>(
            inv, [id](ApiClient &c) { return PackageVersionsApi(&c).get(id); },
            [](const PackageVersion &version) -> Downloads::Make {
                return [version](ApiClient &c, const QString &dir) {
                    return DownloadJob::forPackageVersion(PackageVersionsApi(&c), version, dir);
                };
            },
            [](const PackageVersion &version) { return version.fileChecksum; });
    }
};

} // namespace

Family packageVersionsFamily()
{
    using C = CmdPackageVersions;
    QList<QCommandLineOption> options = CliOptions::paging();
    options << CliOptions::output();
    return {QStringLiteral("package-versions"),
            CmdPackageVersions::tr("Versions of a package: the package zip (manifest.json and signature), "
                                   "laid out for hosting."),
            options,
            {
                {QStringLiteral("list"), QStringLiteral("list PACKAGE_ID [--all] [--limit N]"),
                 CmdPackageVersions::tr("List a package's versions."), 1, 1, &C::list},
                {QStringLiteral("get"), QStringLiteral("get ID"), CmdPackageVersions::tr("Show one version, with its download URL."), 1,
                 1, &C::get},
                {QStringLiteral("download"), QStringLiteral("download ID [--output DIR]"),
                 CmdPackageVersions::tr("Download the package zip and verify its checksum."), 1, 1, &C::download},
                {QStringLiteral("layout"), QStringLiteral("layout ID --output DIR"),
                 CmdPackageVersions::tr("Lay out what to host for web distribution: manifest.json, signature and "
                                        "every variant and delta at its assetPath, each verified."),
                 1, 1, &LayoutCommand::run},
            }};
}

} // namespace AltDist::Cli
