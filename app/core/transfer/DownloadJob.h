// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Download.h"
#include "PackageAssets.h"
#include "PackageVersions.h"

#include <QObject>

#include <functional>

namespace AltDist {

/// Answers a Download's needsFreshUrl() by re-reading its resource. Lives in
/// the API client's thread (where it was created) while the Download may live
/// on a worker; they talk only through queued signals, and it deletes itself
/// when the Download is destroyed.
class UrlRefresher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UrlRefresher)
public:
    /// `reread(self)` starts the re-read and ends with deliver().
    using Reread = std::function<void(UrlRefresher *self)>;

    /// Wires `download` (not yet started) to a refresher running `reread`.
    static void attach(Download *download, Reread reread);

    void deliver(const QUrl &url, const QDateTime &expires) { Q_EMIT refreshed(url, expires); }
    void deliverError(const Error &error) { Q_EMIT refreshFailed(error); }

Q_SIGNALS:
    void refreshed(const QUrl &url, const QDateTime &expires);
    void refreshFailed(const AltDist::Error &error);

private:
    explicit UrlRefresher(Reread reread) : m_reread(std::move(reread)) {}
    void refresh() { m_reread(this); }

    Reread m_reread;
};

/// Downloads for each kind of resource, saved under `dir` with the names of
/// DownloadPaths (or at `targetPath`), refreshing an expired URL via api.get(id).
/// The caller owns the Download (or hands it to a DownloadManager) and starts it.
namespace DownloadJob {

Download *forVariant(const VariantsApi &api, const Variant &variant, const QString &dir,
                     DownloadOptions options = {}, const QString &targetPath = {});
Download *forDelta(const DeltasApi &api, const Delta &delta, const QString &dir,
                   DownloadOptions options = {}, const QString &targetPath = {});
Download *forPackageVersion(const PackageVersionsApi &api, const PackageVersion &version, const QString &dir,
                            DownloadOptions options = {}, const QString &targetPath = {});

} // namespace DownloadJob
} // namespace AltDist
