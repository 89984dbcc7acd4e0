// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Download.h"
#include "DownloadRequest.h"

#include <QHash>
#include <QObject>

class QWidget;

namespace AltDist {

class Connection;
class DownloadHandle;
class DownloadsModel;
class Workspace;

/// Starts downloads of package version zips, variants and deltas on the
/// workspace's DownloadManager (a worker thread) and keeps the downloads list
/// (model()) up to date. Several run at once; a second download to a path
/// already being written is refused. When the workspace's connection changes,
/// running downloads are cancelled ("the account was switched"): their URL
/// refresher talks to the old connection's API client.
class DownloadController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadController)

public:
    /// `workspace` must outlive the controller.
    explicit DownloadController(Workspace &workspace, QObject *parent = nullptr);
    /// Cancels the downloads it started that still run.
    ~DownloadController() override;

    /// Asks for a folder, starting at the last one chosen (QSettings
    /// "downloads/lastFolder", else the Downloads folder) and remembers it.
    /// Empty when the user cancelled.
    QString chooseFolder(QWidget *parent);

    /// Starts downloading `request` into `folder`. Refused (refused() with the
    /// reason, nothing started) when there is no connection, the resource
    /// cannot be read or the same file is already being downloaded.
    void download(const DownloadRequest &request, const QString &folder);
    void cancel(int row);
    void cancelAll();
    /// Downloads started here and still running.
    int activeCount() const { return int(m_running.size()); }
    DownloadsModel *model() const { return m_model; }

    /// Options for downloads started from now on (tests: short backoff).
    void setDownloadOptions(const DownloadOptions &options) { m_options = options; }

Q_SIGNALS:
    void activeCountChanged(int count);
    /// A download ended; `ok` only when the file is in place and verified.
    void finished(int row, bool ok);
    /// download() did not start anything; `message` says why, for the user.
    void refused(const QString &message);

private:
    bool isRunningTo(const QString &targetPath) const;
    void onFinished(DownloadHandle *handle, const Result<QString> &result);
    void onConnectionChanged();

    Workspace &m_workspace;
    DownloadsModel *m_model;
    DownloadOptions m_options;
    QHash<quint64, DownloadHandle *> m_running; ///< model id -> handle (a child of this)
    QHash<quint64, QString> m_targets;          ///< model id -> absolute target path, while running
};

} // namespace AltDist
