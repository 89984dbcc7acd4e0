// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "DownloadJob.h"
#include "Downloads.h"
#include "Listing.h"
#include "PackageAssets.h"

namespace AltDist::Cli {

/// variants and deltas: the same commands over PackageAssetsApi<T>.
template <typename T>
class PackageAssetCommands final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::Cli::PackageAssetCommands)
public:
    using Api = PackageAssetsApi<T>;

    static View<T> view()
    {
        return {{tr("ID"), tr("FILE CHECKSUM"), tr("URL EXPIRES")},
                [](const T &a) { return QStringList{a.id, a.fileChecksum, Output::date(a.urlExpirationDate)}; },
                [](Details &out, const T &a) {
                    out.add(tr("ID"), a.id);
                    out.add(tr("File checksum"), a.fileChecksum);
                    out.add(tr("URL"), a.url.toString());
                    out.add(tr("URL expires"), Output::date(a.urlExpirationDate));
                    out.add(tr("Key blob"), a.alternativeDistributionKeyBlob);
                }};
    }

    static void list(Invocation &inv)
    {
        const QString versionId = inv.arg(0);
        Listing::list<T>(inv, view(), [versionId](ApiClient &c, int limit) { return Api(&c).listForVersion(versionId, limit); });
    }

    static void get(Invocation &inv)
    {
        const QString id = inv.arg(0);
        Listing::get<T>(inv, view(), [id](ApiClient &c) { return Api(&c).get(id); });
    }

    static void download(Invocation &inv)
    {
        const QString id = inv.arg(0);
        Downloads::run<T>(
            inv, [id](ApiClient &c) { return Api(&c).get(id); },
            [](const T &item) -> Downloads::Make {
                return [item](ApiClient &c, const QString &dir) { return makeDownload(Api(&c), item, dir); };
            },
            [](const T &item) { return item.fileChecksum; });
    }

    static Family family(const QString &name, const QString &description)
    {
        QList<QCommandLineOption> options = CliOptions::paging();
        options << CliOptions::output();
        return {name,
                description,
                options,
                {
                    {QStringLiteral("list"), QStringLiteral("list VERSION_ID [--all] [--limit N]"),
                     tr("List those of a package version."), 1, 1, &list},
                    {QStringLiteral("get"), QStringLiteral("get ID"), tr("Show one, with its download URL."), 1, 1, &get},
                    {QStringLiteral("download"), QStringLiteral("download ID [--output DIR]"),
                     tr("Download and verify its checksum."), 1, 1, &download},
                }};
    }

private:
    static Download *makeDownload(const VariantsApi &api, const Variant &v, const QString &dir)
    {
        return DownloadJob::forVariant(api, v, dir);
    }
    static Download *makeDownload(const DeltasApi &api, const Delta &d, const QString &dir)
    {
        return DownloadJob::forDelta(api, d, dir);
    }
};

} // namespace AltDist::Cli
