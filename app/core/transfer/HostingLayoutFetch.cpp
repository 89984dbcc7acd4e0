// SPDX-License-Identifier: GPL-3.0-or-later
// HostingLayout, one file at a time: reuse what an earlier run verified in
// the staging directory, else download it (on the DownloadManager's worker).
#include "HostingLayout.h"

#include "DownloadManager.h"

namespace AltDist {

void HostingLayout::fetch(const Job &job, FileDone done)
{
    // The SHA-256 a hosted file must have: the manifest's, else the API's when it is one.
    const QString sha256 = !job.sha256.isEmpty() ? job.sha256
                           : HostingStaging::isSha256Hex(job.checksum) ? job.checksum
                                                                       : QString();
    const QString path = job.path;
    onDisk<std::optional<HostedFile>>(
        [path, sha256](const HostingStaging &staging) -> std::optional<HostedFile> {
            return sha256.isEmpty() ? std::nullopt : staging.reuse(path, sha256);
        },
        [this, job, sha256, done](std::optional<HostedFile> reused) {
            if (stopping())
                return;
            if (!reused)
                return download(job, sha256, done);
            m_received.insert(job.path, reused->size);
            m_sizes.insert(job.path, reused->size);
            reportProgress(job.path);
            done(*reused);
        });
}

void HostingLayout::download(const Job &job, const QString &sha256, FileDone done)
{
    Download *download = job.make(m_options.download, m_staging.stagedPath(job.path));
    const QString path = job.path;
    connect(download, &Download::progress, this, [this, path](qint64 received, qint64 total) {
        m_received.insert(path, received);
        if (total >= 0)
            m_sizes.insert(path, total);
        reportProgress(path);
    });
    ++m_running;
    connect(download, &Download::finished, this, [this, job, sha256, done](const Result<QString> &downloaded) {
        --m_running;
        if (!downloaded.ok())
            return done(downloaded.error());
        const qint64 size = m_received.value(job.path);
        if (!sha256.isEmpty() && sha256 == job.checksum)
            return done(HostedFile{job.path, sha256, size}); // the download verified exactly this
        // Verified with another checksum (MD5) only: hash it once more as SHA-256.
        onDisk<Result<QString>>(
            [file = downloaded.value()](const HostingStaging &) { return HostingStaging::sha256Of(file); },
            [this, job, sha256, size, done](Result<QString> actual) {
                if (!actual.ok())
                    return done(actual.error());
                if (!sha256.isEmpty() && actual.value() != sha256) {
                    return done(Error{Error::Kind::Integrity,
                                      tr("%1 has the SHA-256 %2, but the manifest says %3.")
                                          .arg(job.path, actual.value(), sha256)});
                }
                done(HostedFile{job.path, actual.value(), size});
            });
    });
    m_downloads->add(download);
}

} // namespace AltDist
