// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiskWorker.h"
#include "Download.h"
#include "HostingStaging.h"
#include "PackageAssets.h"
#include "PackageVersions.h"
#include "Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace AltDist {

class ApiClient;
class DownloadManager;

struct HostingOptions
{
    DownloadOptions download; ///< for every file (keepPartOnCancel is always set: see HostingLayout)
    int maxParallel = 3;      ///< variants/deltas downloaded at once
};

/// Lays a package version out for web distribution: what its zip describes,
/// at the paths a web server on the registered domain must serve:
///   <output>/manifest.json, <output>/signature, <output>/<assetPath> for
///   every variant and delta the manifest names.
///
/// Steps: read the package version; download its zip (checksum verified,
/// resumed, URL refreshed); extract manifest.json and signature; list the
/// version's variants and deltas (every page) and match each manifest entry
/// to one; download each (SHA-256 verified) to its assetPath, several at a
/// time; then move everything into place.
///
/// A manifest entry's `publicId` is the variant's / delta's resource id
/// (the sandbox writes it so, and Apple's API offers no other field to
/// match by), so entries are matched by id. When the manifest also gives a
/// sha256, it must equal the resource's fileChecksum.
///
/// Staging: all files go into "<output>/.altdist-staging-<versionId>/"; only
/// when every one is verified are they moved into <output> (manifest.json
/// last), so nothing half laid out ever looks complete.
/// - On failure the staging directory is kept: a later run for the same
///   version resumes each download from its .part and reuses files already
///   verified there.
/// - On cancel() the staging directory is removed (the user asked to stop;
///   nothing is left behind) and <output> is untouched.
///
/// Threads: downloads run on a DownloadManager worker; zip extraction,
/// hashing, renaming and directory work on a DiskWorker thread. The object
/// itself lives in the ApiClient's thread, where its signals are emitted.
class HostingLayout final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostingLayout)
public:
    /// `client` must outlive this object. `outputDir` should be absolute.
    HostingLayout(ApiClient *client, QString versionId, QString outputDir, HostingOptions options = {},
                  QObject *parent = nullptr);
    ~HostingLayout() override;

    /// After finished() with success: every hosted file, manifest.json and
    /// signature first, then variants and deltas in manifest order.
    QList<HostedFile> files() const { return m_done; }
    QString stagingDir() const { return m_staging.stagingDir(); }

public Q_SLOTS:
    void start();
    /// Stops every request and download, removes the staging directory, then
    /// finished() follows with Kind::Cancelled. No-op once finished, and once
    /// every file is verified and being moved into place (too late: the
    /// layout then completes rather than being left half moved).
    void cancel();

Q_SIGNALS:
    /// Bytes of every file so far; `total` is -1 until the manifest is read
    /// (the asset sizes are then known). `currentFile` is a relative path.
    void progress(qint64 done, qint64 total, const QString &currentFile);
    /// Exactly once: the output directory, or why not.
    void finished(const AltDist::Result<QString> &outputDir);

private:
    struct Job
    {
        QString path;     ///< relative to the output
        QString checksum; ///< the API's fileChecksum (what the download is verified with)
        QString sha256;   ///< the manifest's SHA-256, or empty
        std::function<Download *(const DownloadOptions &, const QString &target)> make;
    };

    void onVersion(Result<PackageVersion> version);
    void onExtracted(Result<ExtractedPackage> extracted);
    void listAssets();
    void onAssetsListed();
    Status planAssets();
    void startNext();
    using FileDone = std::function<void(Result<HostedFile>)>;
    /// Reuses a verified file from an earlier run, or downloads it.
    void fetch(const Job &job, FileDone done);
    void download(const Job &job, const QString &sha256, FileDone done);
    void publish();
    /// Runs `work(staging)` on the DiskWorker, counted as in flight until `done`.
    template <typename R>
    void onDisk(std::function<R(const HostingStaging &)> work, std::function<void(R)> done)
    {
        ++m_running;
        m_disk->run<R>(this, [staging = m_staging, work] { return work(staging); }, [this, done](R result) {
            --m_running;
            done(std::move(result));
        });
    }
    bool stopping();
    void reportProgress(const QString &currentFile);
    void fail(const Error &error);
    void finish(Result<QString> result);

    ApiClient *m_client;
    QString m_versionId;
    HostingOptions m_options;
    HostingStaging m_staging;
    std::unique_ptr<DiskWorker> m_disk;
    std::unique_ptr<DownloadManager> m_downloads;
    std::optional<Pending<PackageVersion>> m_pendingVersion;
    std::optional<ExtractedPackage> m_extracted;
    std::optional<Result<QList<Variant>>> m_variants;
    std::optional<Result<QList<Delta>>> m_deltas;
    QList<Job> m_queue;
    QList<HostedFile> m_done;
    QHash<QString, HostedFile> m_assetFiles; ///< by relative path
    QHash<QString, qint64> m_received; ///< by relative path
    QHash<QString, qint64> m_sizes;    ///< by relative path, -1 unknown
    std::optional<Error> m_error;      ///< the first failure, reported once everything has stopped
    int m_running = 0;                 ///< requests, downloads and disk steps in flight
    int m_activeAssets = 0;            ///< variant/delta fetches in flight
    bool m_windingDown = false;
    bool m_publishing = false;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace AltDist
