// SPDX-License-Identifier: GPL-3.0-or-later
#include "DownloadController.h"

#include "Connection.h"
#include "DownloadHandle.h"
#include "DownloadJob.h"
#include "DownloadManager.h"
#include "DownloadPaths.h"
#include "DownloadsModel.h"
#include "Workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <functional>

namespace AltDist {

namespace {

const QString kLastFolderKey = QStringLiteral("downloads/lastFolder");

/// Where a request's file goes, what it must match, and how to make its Download.
struct Plan
{
    QString targetPath;
    QString checksum;
    std::function<Download *()> make;
};

template <typename T, typename Api>
Result<Plan> planFor(const QJsonObject &resource, ApiClient *client, const QString &folder,
                     const DownloadOptions &options, QString (*path)(const QString &, const T &),
                     Download *(*make)(const Api &, const T &, const QString &, DownloadOptions, const QString &))
{
    Result<T> decoded = T::fromJson(resource);
    if (!decoded.ok())
        return decoded.error();
    const T item = std::move(decoded).value();
    const QString target = QFileInfo(path(folder, item)).absoluteFilePath();
    return Plan{target, item.fileChecksum,
                [=] { return make(Api(client), item, folder, options, target); }};
}

Result<Plan> planFor(const DownloadRequest &request, ApiClient *client, const QString &folder,
                     const DownloadOptions &options)
{
    switch (request.kind) {
    case DownloadRequest::Kind::PackageVersion:
        return planFor<PackageVersion, PackageVersionsApi>(request.resource, client, folder, options,
                                                           &DownloadPaths::forPackageVersion,
                                                           &DownloadJob::forPackageVersion);
    case DownloadRequest::Kind::Variant:
        return planFor<Variant, VariantsApi>(request.resource, client, folder, options, &DownloadPaths::forVariant,
                                             &DownloadJob::forVariant);
    case DownloadRequest::Kind::Delta:
        return planFor<Delta, DeltasApi>(request.resource, client, folder, options, &DownloadPaths::forDelta,
                                         &DownloadJob::forDelta);
    }
    return Error::invalidInput(DownloadController::tr("Unknown kind of download."));
}

} // namespace

DownloadController::DownloadController(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_model(new DownloadsModel(this))
{
    // Direct: runs inside Workspace::install(), before the old connection goes.
    connect(&m_workspace, &Workspace::connectionChanged, this, &DownloadController::onConnectionChanged);
}

DownloadController::~DownloadController()
{
    for (DownloadHandle *handle : std::as_const(m_running))
        Q_EMIT handle->cancelRequested();
}

QString DownloadController::chooseFolder(QWidget *parent)
{
    QSettings settings;
    QString start = settings.value(kLastFolderKey).toString();
    if (start.isEmpty() || !QFileInfo(start).isDir())
        start = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString folder = QFileDialog::getExistingDirectory(parent, tr("Save Downloads In"), start);
    if (!folder.isEmpty())
        settings.setValue(kLastFolderKey, folder);
    return folder;
}

void DownloadController::download(const DownloadRequest &request, const QString &folder)
{
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return Q_EMIT refused(folder.isEmpty() ? tr("Choose a folder to save the download in.")
                                               : tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    Connection *connection = m_workspace.connection();
    if (!connection || !connection->client())
        return Q_EMIT refused(tr("Not connected: open an account or the sandbox first."));
    const Result<Plan> plan = planFor(request, connection->client(), QDir(folder).absolutePath(), m_options);
    QString label = request.label;
    if (label.isEmpty())
        label = plan.ok() ? QFileInfo(plan->targetPath).fileName() : tr("The item");
    if (!plan.ok())
        return Q_EMIT refused(tr("%1 cannot be downloaded: %2").arg(label, plan.error().describe()));
    if (isRunningTo(plan->targetPath))
        return Q_EMIT refused(tr("%1 is already being downloaded to %2.")
                                  .arg(label, QDir::toNativeSeparators(plan->targetPath)));

    const quint64 id = m_model->add(label, plan->targetPath, plan->checksum);
    auto *handle = new DownloadHandle(id, this);
    Download *download = plan->make();
    // The Download moves to the worker: these connections are queued there and
    // back, and they disappear with either end.
    connect(handle, &DownloadHandle::cancelRequested, download, &Download::cancel);
    connect(download, &Download::progress, handle,
            [this, id](qint64 received, qint64 total) { m_model->setProgress(id, received, total); });
    connect(download, &Download::finished, handle,
            [this, handle](const Result<QString> &result) { onFinished(handle, result); });
    m_running.insert(id, handle);
    m_targets.insert(id, plan->targetPath);
    m_workspace.downloads().add(download);
    Q_EMIT activeCountChanged(activeCount());
}

void DownloadController::cancel(int row)
{
    if (DownloadHandle *handle = m_running.value(m_model->idAt(row)))
        Q_EMIT handle->cancelRequested();
}

void DownloadController::cancelAll()
{
    for (DownloadHandle *handle : std::as_const(m_running))
        Q_EMIT handle->cancelRequested();
}

bool DownloadController::isRunningTo(const QString &targetPath) const
{
    for (const QString &running : m_targets) {
        if (QDir::cleanPath(running) == QDir::cleanPath(targetPath))
            return true;
    }
    return false;
}

void DownloadController::onFinished(DownloadHandle *handle, const Result<QString> &result)
{
    const quint64 id = handle->id();
    if (result.ok())
        m_model->setVerified(id, result.value());
    else if (result.error().kind() == Error::Kind::Cancelled)
        m_model->setCancelled(id, handle->cancelReason);
    else
        m_model->setFailed(id, result.error().describe());
    m_running.remove(id);
    m_targets.remove(id);
    handle->deleteLater();
    Q_EMIT activeCountChanged(activeCount());
    Q_EMIT finished(m_model->rowOf(id), result.ok());
}

void DownloadController::onConnectionChanged()
{
    // A download's URL refresher talks through the old connection's client,
    // which goes once this returns to the event loop; the refresher notices
    // (DownloadJob guards the client) and the downloads are cancelled, queued
    // to their worker, so the UI thread never waits for it.
    for (DownloadHandle *handle : std::as_const(m_running)) {
        handle->cancelReason = tr("Cancelled: the account was switched");
        Q_EMIT handle->cancelRequested();
    }
}

} // namespace AltDist
