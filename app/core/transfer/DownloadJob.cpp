// SPDX-License-Identifier: GPL-3.0-or-later
#include "DownloadJob.h"

#include "DownloadPaths.h"

#include <QCoreApplication>
#include <QPointer>

namespace AltDist {

void UrlRefresher::attach(Download *download, Reread reread)
{
    auto *refresher = new UrlRefresher(std::move(reread));
    // Automatic connections: queued whenever the two live on different threads.
    connect(download, &Download::needsFreshUrl, refresher, &UrlRefresher::refresh);
    connect(refresher, &UrlRefresher::refreshed, download, &Download::setFreshUrl);
    connect(refresher, &UrlRefresher::refreshFailed, download, &Download::failFreshUrl);
    connect(download, &QObject::destroyed, refresher, &QObject::deleteLater);
}

namespace DownloadJob {

namespace {

/// One wiring for every kind: `Api::get(id)` yields a T with url and urlExpirationDate.
template <typename Api, typename T>
Download *make(const Api &api, const T &item, const QString &dir, DownloadOptions options, const QString &targetPath)
{
    auto *download = new Download(DownloadPaths::source(item, dir, targetPath), options);
    // The refresher lives in the client's thread; the client may be closed
    // (an account switch) while the download still runs on its worker.
    UrlRefresher::attach(download, [api, client = QPointer<ApiClient>(api.client()), id = item.id](UrlRefresher *self) {
        if (!client) {
            self->deliverError(Error{Error::Kind::Network,
                                     QCoreApplication::translate("AltDist::DownloadJob",
                                                                 "The connection this download used has been closed.")});
            return;
        }
        api.get(id).then(self, [self](Result<T> fresh) {
            if (fresh.ok())
                self->deliver(fresh->url, fresh->urlExpirationDate);
            else
                self->deliverError(fresh.error());
        });
    });
    return download;
}

} // namespace

Download *forVariant(const VariantsApi &api, const Variant &variant, const QString &dir, DownloadOptions options,
                     const QString &targetPath)
{
    return make(api, variant, dir, options, targetPath);
}

Download *forDelta(const DeltasApi &api, const Delta &delta, const QString &dir, DownloadOptions options,
                   const QString &targetPath)
{
    return make(api, delta, dir, options, targetPath);
}

Download *forPackageVersion(const PackageVersionsApi &api, const PackageVersion &version, const QString &dir,
                            DownloadOptions options, const QString &targetPath)
{
    return make(api, version, dir, options, targetPath);
}

} // namespace DownloadJob
} // namespace AltDist
