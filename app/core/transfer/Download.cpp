// SPDX-License-Identifier: GPL-3.0-or-later
#include "Download.h"

#include "Checksum.h"
#include "HttpRange.h"
#include "PartFile.h"

#include <QDir>
#include <QMetaMethod>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

namespace AltDist {

namespace {
constexpr qint64 kRehashChunk = 1024 * 1024;

int httpStatus(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool isTransient(int status)
{
    return status == 0 || status == 408 || status == 429 || status >= 500;
}
} // namespace

Download::Download(DownloadSource source, DownloadOptions options, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_options(options)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &Download::beginAttempt);
}

Download::~Download()
{
    dropReply();
}

void Download::setNetworkAccessManager(QNetworkAccessManager *network)
{
    m_network = network;
}

QString Download::partPath() const
{
    return m_source.targetPath + QLatin1String(".part");
}

QNetworkAccessManager *Download::network()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this); // created in this object's thread
    return m_network;
}

void Download::start()
{
    if (m_state != State::Idle)
        return;
    Result<ExpectedChecksum> expected = ExpectedChecksum::parse(m_source.expectedChecksum);
    if (!expected.ok())
        return fail(expected.error());
    m_expected = std::make_unique<ExpectedChecksum>(std::move(expected).value());
    const QString scheme = m_source.url.scheme();
    if (!m_source.url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return fail(Error::invalidInput(tr("The download link is not a valid http(s) URL.")));
    if (m_source.targetPath.isEmpty())
        return fail(Error::invalidInput(tr("No file name was given for the download.")));
    m_part = std::make_unique<PartFile>(m_source.targetPath, m_expected->algorithm);
    if (const Status opened = m_part->open(); !opened.ok())
        return fail(opened.error());
    // An earlier run's .part is re-hashed a chunk per event-loop turn, then resumed.
    m_state = State::Preparing;
    rehashNext();
}

void Download::rehashNext()
{
    if (m_state != State::Preparing)
        return;
    const Result<bool> done = m_part->rehashStep(kRehashChunk);
    if (!done.ok())
        return fail(done.error());
    if (!done.value()) {
        QTimer::singleShot(0, this, &Download::rehashNext);
        return;
    }
    if (m_part->size() > 0)
        Q_EMIT progress(m_part->size(), m_total);
    beginAttempt();
}

bool Download::urlExpired() const
{
    if (!m_source.urlExpirationDate.isValid())
        return false;
    return m_options.clock->now().addSecs(m_options.expiryMarginSeconds) >= m_source.urlExpirationDate;
}

void Download::beginAttempt()
{
    if (m_state == State::Finished)
        return;
    if (urlExpired())
        return requestFreshUrl();
    m_state = State::Transferring;
    QNetworkRequest request(m_source.url);
    // A plain request: no Authorization, no bearer token, ever.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // Byte ranges count raw bytes: no transparent decompression.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setTransferTimeout(m_options.stallTimeoutMs);
    if (m_part->size() > 0)
        request.setRawHeader("Range", HttpRange::requestFrom(m_part->size()));
    m_headersChecked = false;
    m_accepting = false;
    m_abort = Abort::None;
    m_attemptStart = m_part->size();
    QNetworkReply *reply = network()->get(request);
    reply->setReadBufferSize(m_options.readBufferSize);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &Download::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &Download::onReplyFinished);
}

void Download::requestFreshUrl()
{
    dropReply();
    if (++m_refreshes > m_options.maxUrlRefreshes)
        return fail({Error::Kind::Network, tr("The download link keeps expiring; no fresh link could be used.")});
    if (!isSignalConnected(QMetaMethod::fromSignal(&Download::needsFreshUrl)))
        return fail({Error::Kind::Network, tr("The download link has expired. Reload the item to get a fresh one.")});
    m_state = State::WaitingForUrl;
    Q_EMIT needsFreshUrl();
}

void Download::setFreshUrl(const QUrl &url, const QDateTime &expires)
{
    m_source.url = url;
    m_source.urlExpirationDate = expires;
    if (m_state == State::WaitingForUrl)
        beginAttempt();
}

void Download::failFreshUrl(const Error &error)
{
    if (m_state == State::WaitingForUrl)
        fail(error);
}

/// Decides, once per attempt, whether the body is the file from where we are.
bool Download::acceptHeaders()
{
    const int status = httpStatus(m_reply);
    if (status == 200) {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        m_total = length.isValid() ? length.toLongLong() : -1;
        if (m_part->size() > 0) { // the server ignored Range: start over
            if (const Status s = m_part->restart(); !s.ok()) {
                fail(s.error());
                return false;
            }
            m_attemptStart = 0;
            Q_EMIT progress(0, m_total);
        }
        return true;
    }
    if (status == 206) {
        const std::optional<HttpRange::ContentRange> range = HttpRange::parseContentRange(m_reply->rawHeader("Content-Range"));
        if (range && range->first == m_part->size()) {
            m_total = range->total;
            return true;
        }
        m_abort = Abort::Restart; // a range we did not ask for: start over
    } else if (status == 403) {
        m_abort = Abort::Expired; // signed URL expired or refused
    } else {
        return false; // errors and 416 are handled when the reply finishes
    }
    QMetaObject::invokeMethod(m_reply, &QNetworkReply::abort, Qt::QueuedConnection);
    return false;
}

void Download::consume()
{
    if (!m_headersChecked && httpStatus(m_reply) != 0) {
        m_headersChecked = true;
        m_accepting = acceptHeaders();
    }
    if (m_state != State::Transferring || !m_reply)
        return;
    const qint64 before = m_part->size();
    char buffer[64 * 1024];
    while (m_reply->bytesAvailable() > 0) {
        const qint64 n = m_reply->read(buffer, sizeof buffer);
        if (n <= 0)
            break;
        if (!m_accepting)
            continue; // discard an error body
        if (const Status s = m_part->append(buffer, n); !s.ok())
            return fail(s.error());
    }
    if (m_part->size() > before) {
        m_refreshes = 0;
        Q_EMIT progress(m_part->size(), m_total);
    }
}

void Download::onReadyRead()
{
    if (sender() == m_reply)
        consume();
}

void Download::onReplyFinished()
{
    if (sender() != m_reply || m_state != State::Transferring)
        return;
    consume();
    if (m_state != State::Transferring)
        return;
    const int status = httpStatus(m_reply);
    const QNetworkReply::NetworkError error = m_reply->error();
    const QString errorText = m_reply->errorString();
    const QByteArray contentRange = m_reply->rawHeader("Content-Range");
    const Abort abort = m_abort;
    dropReply();

    if (abort == Abort::Expired)
        return requestFreshUrl();
    if (abort == Abort::Restart) {
        if (const Status s = m_part->restart(); !s.ok())
            return fail(s.error());
        return retry(tr("the server sent a different byte range than requested"));
    }
    if (status == 416)
        return onUnsatisfiableRange(contentRange);
    if (m_accepting) {
        const bool complete = error == QNetworkReply::NoError && (m_total < 0 || m_part->size() == m_total);
        if (complete)
            return verify();
        if (m_total >= 0 && m_part->size() > m_total)
            return fail({Error::Kind::Protocol, tr("The server sent more bytes than the file has.")});
        return retry(error == QNetworkReply::NoError ? tr("the connection closed before the whole file arrived")
                                                     : errorText);
    }
    if (isTransient(status))
        return retry(status == 0 ? errorText : tr("HTTP %1").arg(status));
    fail({Error::Kind::Network, tr("The download server answered HTTP %1.").arg(status), status});
}

void Download::onUnsatisfiableRange(const QByteArray &contentRange)
{
    const std::optional<HttpRange::ContentRange> range = HttpRange::parseContentRange(contentRange);
    // An earlier run already received every byte (or more than the file has).
    if (range && range->total == m_part->size()) {
        m_total = range->total;
        return verify();
    }
    if (const Status s = m_part->restart(); !s.ok())
        return fail(s.error());
    retry(tr("the partial download did not fit the file on the server"));
}

void Download::retry(const QString &reason)
{
    m_failures = m_part->size() > m_attemptStart ? 1 : m_failures + 1;
    if (m_failures >= m_options.maxAttempts) {
        return fail({Error::Kind::Network,
                     tr("The download failed after %1 attempts: %2").arg(m_failures).arg(reason)});
    }
    const qint64 cap = qMin<qint64>(m_options.maxBackoffMs, qint64(m_options.baseBackoffMs) << qMin(m_failures - 1, 20));
    m_state = State::RetryWait;
    m_retryTimer->start(int(QRandomGenerator::global()->bounded(cap + 1)));
}

void Download::verify()
{
    const QByteArray actual = m_part->digestHex();
    if (!m_expected->matches(actual)) {
        m_part->discard();
        return fail({Error::Kind::Integrity,
                     tr("The downloaded file's %1 checksum is %2, but %3 was expected; the download was deleted.")
                         .arg(m_expected->algorithmName(), QString::fromLatin1(actual),
                              QString::fromLatin1(m_expected->hex))});
    }
    if (const Status s = m_part->commit(); !s.ok())
        return fail(s.error());
    finish(m_source.targetPath);
}

void Download::cancel()
{
    if (m_state == State::Finished)
        return;
    dropReply();
    if (m_part) {
        if (m_options.keepPartOnCancel)
            m_part->close();
        else
            m_part->discard();
    }
    finish(Error::cancelled());
}

void Download::fail(Error error)
{
    dropReply();
    if (m_part)
        m_part->close(); // keep what was received: a later run resumes from it
    finish(std::move(error));
}

void Download::finish(Result<QString> result)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_retryTimer->stop();
    m_part.reset();
    Q_EMIT finished(result);
}

void Download::dropReply()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
}

} // namespace AltDist
