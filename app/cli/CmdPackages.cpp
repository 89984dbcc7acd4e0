// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "Listing.h"
#include "Packages.h"

namespace AltDist::Cli {

namespace {

class CmdPackages final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::Cli::CmdPackages)
public:
    static QString checksum(const QString &algorithm, const QString &hash)
    {
        return hash.isEmpty() ? QString() : QStringLiteral("%1 %2").arg(algorithm, hash);
    }

    static View<Package> view()
    {
        return {{tr("ID"), tr("FILE CHECKSUM"), tr("COMPOSITE CHECKSUM")},
                [](const Package &p) {
                    const SourceFileChecksum &c = p.sourceFileChecksum;
                    return QStringList{p.id, checksum(c.fileAlgorithm, c.fileHash),
                                       checksum(c.compositeAlgorithm, c.compositeHash)};
                },
                [](Details &out, const Package &p) {
                    const SourceFileChecksum &c = p.sourceFileChecksum;
                    out.add(tr("ID"), p.id);
                    out.add(tr("File checksum"), checksum(c.fileAlgorithm, c.fileHash));
                    out.add(tr("Composite checksum"), checksum(c.compositeAlgorithm, c.compositeHash));
                }};
    }

    static void create(Invocation &inv)
    {
        const QString versionId = inv.value(QStringLiteral("version")).trimmed();
        if (versionId.isEmpty())
            return inv.usageError(tr("--version VERSION_ID is required: the App Store version to make a package for."));
        if (const Status id = Resources::checkId(versionId); !id.ok())
            return inv.usageError(id.error().message());
        Listing::get<Package>(inv, view(), [versionId](ApiClient &c) { return PackagesApi(&c).createForVersion(versionId); });
    }

    static void get(Invocation &inv)
    {
        const QString id = inv.arg(0);
        Listing::get<Package>(inv, view(), [id](ApiClient &c) { return PackagesApi(&c).get(id); });
    }

    static void forVersion(Invocation &inv)
    {
        const QString versionId = inv.arg(0);
        inv.withClient([&inv, versionId](ApiClient &client) {
            PackagesApi(&client).forVersion(versionId).then(&inv, [&inv, versionId](Result<std::optional<Package>> package) {
                if (!package.ok())
                    return inv.fail(package.error());
                if (package.value()) {
                    Listing::printOne(inv, *package.value(), view());
                } else {
                    if (inv.json())
                        Terminal::printLine(QStringLiteral("null"));
                    Terminal::printError(tr("App Store version %1 has no package yet.").arg(versionId));
                }
                inv.finish();
            });
        });
    }
};

} // namespace

Family packagesFamily()
{
    using C = CmdPackages;
    return {QStringLiteral("packages"),
            CmdPackages::tr("Alternative distribution packages (one per App Store version)."),
            {QCommandLineOption(QStringLiteral("version"), CmdPackages::tr("The App Store version of a new package."), CmdPackages::tr("id"))},
            {
                {QStringLiteral("create"), QStringLiteral("create --version VERSION_ID"),
                 CmdPackages::tr("Create the package of an eligible App Store version."), 0, 0, &C::create},
                {QStringLiteral("get"), QStringLiteral("get ID"), CmdPackages::tr("Show one package."), 1, 1, &C::get},
                {QStringLiteral("for-version"), QStringLiteral("for-version VERSION_ID"),
                 CmdPackages::tr("Show the package of an App Store version, if it has one."), 1, 1, &C::forVersion},
            }};
}

} // namespace AltDist::Cli
