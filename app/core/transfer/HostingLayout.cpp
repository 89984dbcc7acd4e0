// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostingLayout.h"

#include "DownloadJob.h"
#include "DownloadManager.h"

#include <QTimer>

namespace AltDist {

namespace {

/// The variant or delta with `id`. Apple's manifest calls it `publicId`.
template <typename T>
const T *findById(const QList<T> &items, const QString &id)
{
    for (const T &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace

HostingLayout::HostingLayout(ApiClient *client, QString versionId, QString outputDir, HostingOptions options,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_versionId(std::move(versionId))
    , m_options(options)
    , m_staging(std::move(outputDir), m_versionId)
{
    // A failed or cancelled file keeps its .part: a failed run resumes from
    // it, and a cancelled run removes the whole staging directory anyway.
    m_options.download.keepPartOnCancel = true;
    m_options.maxParallel = qMax(1, m_options.maxParallel);
}

HostingLayout::~HostingLayout()
{
    m_downloads.reset(); // cancels and waits for its worker
    m_disk.reset();      // waits for the disk step in progress
}

void HostingLayout::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    m_disk = std::make_unique<DiskWorker>(QStringLiteral("AltDist hosting layout"));
    m_downloads = std::make_unique<DownloadManager>();
    Status valid = Resources::checkId(m_versionId);
    if (valid.ok() && m_staging.outputDir().trimmed().isEmpty())
        valid = Error::invalidInput(tr("No output directory was given for the layout."));
    if (!valid.ok()) {
        m_error = valid.error();
        QTimer::singleShot(0, this, [this] { stopping(); });
        return;
    }
    ++m_running;
    m_pendingVersion = PackageVersionsApi(m_client).get(m_versionId);
    m_pendingVersion->then(this, [this](Result<PackageVersion> version) {
        --m_running;
        m_pendingVersion.reset();
        onVersion(std::move(version));
    });
}

void HostingLayout::cancel()
{
    if (m_finished || m_cancelled || m_publishing)
        return;
    m_cancelled = true;
    m_queue.clear();
    if (!m_started) {
        finish(Error::cancelled());
        return;
    }
    if (m_pendingVersion)
        m_pendingVersion->abort();
    m_downloads->cancelAll();
    stopping();
}

/// After a failure or cancel: true, and once nothing is in flight any more,
/// removes the staging directory (cancel only) and reports.
bool HostingLayout::stopping()
{
    if (!m_cancelled && !m_error)
        return false;
    if (m_running > 0 || m_windingDown)
        return true;
    m_windingDown = true;
    if (!m_cancelled) {
        finish(*m_error);
        return true;
    }
    onDisk<bool>([](const HostingStaging &staging) { staging.discard(); return true; },
                 [this](bool) { finish(Error::cancelled()); });
    return true;
}

void HostingLayout::fail(const Error &error)
{
    if (!m_error && !m_cancelled)
        m_error = error;
    m_queue.clear();
    if (m_downloads)
        m_downloads->cancelAll();
}

void HostingLayout::onVersion(Result<PackageVersion> version)
{
    if (!version.ok())
        fail(version.error());
    if (stopping())
        return;
    const PackageVersion v = std::move(version).value();
    onDisk<Status>([](const HostingStaging &staging) { return staging.prepare(); }, [this, v](Status prepared) {
        if (!prepared.ok())
            fail(prepared.error());
        if (stopping())
            return;
        Job zip{HostingStaging::zipRelativePath(), v.fileChecksum.trimmed().toLower(), {},
                [api = PackageVersionsApi(m_client), v](const DownloadOptions &options, const QString &target) {
                    return DownloadJob::forPackageVersion(api, v, QString(), options, target);
                }};
        fetch(zip, [this](Result<HostedFile> file) {
            if (!file.ok())
                fail(file.error());
            if (stopping())
                return;
            onDisk<Result<ExtractedPackage>>([](const HostingStaging &staging) { return staging.extract(); },
                                             [this](Result<ExtractedPackage> extracted) { onExtracted(std::move(extracted)); });
        });
    });
}

void HostingLayout::onExtracted(Result<ExtractedPackage> extracted)
{
    if (!extracted.ok())
        fail(extracted.error());
    if (stopping())
        return;
    m_extracted = std::move(extracted).value();
    const QList<PackageManifest::Asset> assets = m_extracted->manifest.assets();
    for (const PackageManifest::Asset &asset : assets)
        m_sizes.insert(asset.assetPath, asset.fileSize);
    reportProgress(PackageManifest::manifestFileName());

    m_running += 2;
    collectAllPages<Variant>(m_client, VariantsApi(m_client).listForVersion(m_versionId, Resources::kMaxLimit), this,
                             [this](Result<QList<Variant>> variants) {
                                 --m_running;
                                 m_variants = std::move(variants);
                                 onAssetsListed();
                             });
    collectAllPages<Delta>(m_client, DeltasApi(m_client).listForVersion(m_versionId, Resources::kMaxLimit), this,
                           [this](Result<QList<Delta>> deltas) {
                               --m_running;
                               m_deltas = std::move(deltas);
                               onAssetsListed();
                           });
}

void HostingLayout::onAssetsListed()
{
    if (m_variants && !m_variants->ok())
        fail(m_variants->error());
    if (m_deltas && !m_deltas->ok())
        fail(m_deltas->error());
    if (stopping() || !m_variants || !m_deltas)
        return;
    if (const Status planned = planAssets(); !planned.ok()) {
        fail(planned.error());
        stopping();
        return;
    }
    startNext();
}

Status HostingLayout::planAssets()
{
    const QList<PackageManifest::Asset> assets = m_extracted->manifest.assets();
    for (const PackageManifest::Asset &asset : assets) {
        const bool isVariant = asset.kind == PackageManifest::Kind::Variant;
        const Variant *variant = isVariant ? findById(m_variants->value(), asset.publicId) : nullptr;
        const Delta *delta = isVariant ? nullptr : findById(m_deltas->value(), asset.publicId);
        const PackageAsset *resource = isVariant ? static_cast<const PackageAsset *>(variant) : delta;
        if (!resource) {
            return Error{Error::Kind::Protocol,
                         (isVariant ? tr("The manifest names the variant %1, but the package version has no such variant.")
                                    : tr("The manifest names the delta %1, but the package version has no such delta."))
                             .arg(asset.publicId)};
        }
        const QString apiChecksum = resource->fileChecksum.trimmed().toLower();
        if (!asset.sha256.isEmpty() && HostingStaging::isSha256Hex(apiChecksum) && asset.sha256 != apiChecksum) {
            return Error{Error::Kind::Integrity, tr("The manifest's SHA-256 for %1 is %2, but the API says %3.")
                                                     .arg(asset.assetPath, asset.sha256, apiChecksum)};
        }
        Job job{asset.assetPath, apiChecksum, asset.sha256, {}};
        if (variant) {
            job.make = [api = VariantsApi(m_client), v = *variant](const DownloadOptions &o, const QString &target) {
                return DownloadJob::forVariant(api, v, QString(), o, target);
            };
        } else {
            job.make = [api = DeltasApi(m_client), d = *delta](const DownloadOptions &o, const QString &target) {
                return DownloadJob::forDelta(api, d, QString(), o, target);
            };
        }
        m_queue.append(job);
    }
    return Status::success();
}

void HostingLayout::startNext()
{
    while (!m_queue.isEmpty() && m_activeAssets < m_options.maxParallel && !stopping()) {
        const Job job = m_queue.takeFirst();
        ++m_activeAssets;
        fetch(job, [this](Result<HostedFile> file) {
            --m_activeAssets;
            if (file.ok())
                m_assetFiles.insert(file->path, file.value());
            else
                fail(file.error());
            if (stopping())
                return;
            if (m_queue.isEmpty() && m_activeAssets == 0)
                publish();
            else
                startNext();
        });
    }
}

void HostingLayout::publish()
{
    QList<HostedFile> files = m_extracted->files;
    const QList<PackageManifest::Asset> assets = m_extracted->manifest.assets();
    for (const PackageManifest::Asset &asset : assets)
        files.append(m_assetFiles.value(asset.assetPath));
    m_publishing = true;
    QStringList paths;
    for (const HostedFile &file : files)
        paths << file.path;
    onDisk<Status>([paths](const HostingStaging &staging) { return staging.publish(paths); }, [this, files](Status published) {
        if (!published.ok())
            fail(published.error());
        if (stopping())
            return;
        m_done = files;
        finish(m_staging.outputDir());
    });
}

void HostingLayout::reportProgress(const QString &currentFile)
{
    qint64 done = 0;
    qint64 total = 0;
    for (auto it = m_received.cbegin(); it != m_received.cend(); ++it)
        done += it.value();
    for (auto it = m_sizes.cbegin(); it != m_sizes.cend(); ++it)
        total += qMax(it.value(), m_received.value(it.key()));
    for (auto it = m_received.cbegin(); it != m_received.cend(); ++it) {
        if (!m_sizes.contains(it.key()))
            total += it.value(); // a file whose size is not known yet
    }
    Q_EMIT progress(done, m_extracted ? total : -1, currentFile);
}

void HostingLayout::finish(Result<QString> result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
}

} // namespace AltDist
