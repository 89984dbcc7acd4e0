// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace AltDist {

class PartFile;
struct ExpectedChecksum;

/// What to download and where: a signed URL, when it stops working, the
/// checksum the file must match (hex: 64 digits SHA-256, 32 digits MD5) and
/// the final path (see DownloadPaths for the default names).
struct DownloadSource
{
    QUrl url;
    QDateTime urlExpirationDate; ///< invalid: unknown (then only a 403 says it expired)
    QString expectedChecksum;
    QString targetPath;
};

struct DownloadOptions
{
    int maxAttempts = 6;          ///< consecutive failed attempts without new bytes before giving up
    int baseBackoffMs = 500;      ///< backoff before attempt n: random in [0, min(max, base * 2^(n-2))]
    int maxBackoffMs = 15000;
    int maxUrlRefreshes = 3;      ///< fresh URLs in a row without new bytes before giving up
    int stallTimeoutMs = 30000;   ///< no bytes for this long: drop the connection and resume
    int expiryMarginSeconds = 30; ///< a URL expiring sooner than this counts as expired
    qint64 readBufferSize = 256 * 1024; ///< bounds memory whatever the file size
    bool keepPartOnCancel = false;      ///< by default cancel() deletes the .part
    const Clock *clock = &Clock::system();
};

/// Downloads one file (package version zip, variant, delta) from a signed URL:
/// streams into "<target>.part" while hashing, resumes with Range after a
/// dropped connection or from an earlier run's .part, asks for a fresh URL
/// (needsFreshUrl) when the signed URL has expired, and renames into place
/// only when the checksum matches. Never sends Authorization.
///
/// Threads: a Download may live on a worker thread (DownloadManager); it
/// creates its QNetworkAccessManager lazily in its own thread. start(),
/// cancel(), setFreshUrl() and failFreshUrl() are slots: call them through
/// queued connections / QMetaObject::invokeMethod from other threads.
class Download final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Download)
public:
    explicit Download(DownloadSource source, DownloadOptions options = {}, QObject *parent = nullptr);
    ~Download() override;

    /// Use `network` (same thread as this object) instead of an own manager.
    /// It must never add an Authorization header (not ApiClient's manager if
    /// that ever becomes a subclass that does).
    void setNetworkAccessManager(QNetworkAccessManager *network);

    QString targetPath() const { return m_source.targetPath; }
    QString partPath() const;
    bool isFinished() const { return m_state == State::Finished; }

public Q_SLOTS:
    void start();
    /// Aborts. The .part is deleted unless DownloadOptions::keepPartOnCancel;
    /// the final file is never created. finished() follows with Kind::Cancelled.
    void cancel();
    /// The owner's answer to needsFreshUrl(): continues where it was (Range).
    void setFreshUrl(const QUrl &url, const QDateTime &expires);
    /// The owner could not get a fresh URL: finishes with `error`.
    void failFreshUrl(const AltDist::Error &error);

Q_SIGNALS:
    /// `total` is -1 until the server said.
    void progress(qint64 received, qint64 total);
    /// The signed URL expired: re-read the resource, then setFreshUrl().
    void needsFreshUrl();
    /// Exactly once: the verified file's path, or why not.
    void finished(const AltDist::Result<QString> &result);

private:
    enum class State { Idle, Preparing, Transferring, WaitingForUrl, RetryWait, Finished };
    enum class Abort { None, Restart, Expired };

    void rehashNext();
    void beginAttempt();
    bool urlExpired() const;
    void requestFreshUrl();
    void onReadyRead();
    void onReplyFinished();
    bool acceptHeaders();
    void consume();
    void onUnsatisfiableRange(const QByteArray &contentRange);
    void retry(const QString &reason);
    void verify();
    void fail(Error error);
    void finish(Result<QString> result);
    void dropReply();
    QNetworkAccessManager *network();

    DownloadSource m_source;
    DownloadOptions m_options;
    std::unique_ptr<ExpectedChecksum> m_expected;
    std::unique_ptr<PartFile> m_part;
    QPointer<QNetworkAccessManager> m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer;
    State m_state = State::Idle;
    Abort m_abort = Abort::None;
    bool m_headersChecked = false;
    bool m_accepting = false;
    qint64 m_total = -1;
    qint64 m_attemptStart = 0;
    int m_failures = 0;
    int m_refreshes = 0;
};

} // namespace AltDist

Q_DECLARE_METATYPE(AltDist::Result<QString>)
