// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "Clock.h"

#include <QByteArray>
#include <QDateTime>

namespace AltDist {

/// Signs App Store Connect JWTs (ES256) and reuses one until shortly before it
/// expires. Header {"alg":"ES256","kid":keyId,"typ":"JWT"}; payload with "iss"
/// (team key) or "sub":"user" (individual key), "iat", "exp", "aud":"appstoreconnect-v1".
/// iat is backdated (kBackdateSeconds) against clock skew and exp - iat never
/// exceeds kMaxLifetimeSeconds (20 minutes). Not thread-safe: one per thread.
class TokenProvider final
{
public:
    static constexpr qint64 kMaxLifetimeSeconds = 20 * 60;
    static constexpr qint64 kBackdateSeconds = 60;
    /// A cached token is re-signed once less than this remains before exp.
    static constexpr qint64 kRefreshMarginSeconds = 120;

    explicit TokenProvider(ApiCredentials credentials, const Clock &clock = Clock::system());

    /// The cached token, or a freshly signed one. Empty only if signing failed.
    QByteArray bearerToken();
    /// Forget the cached token (after a 401); the next bearerToken() re-signs.
    void invalidate();
    /// Learn the offset between the server's clock and ours from an HTTP
    /// `Date` header value (RFC 7231 IMF-fixdate). Returns false if unparsable.
    /// Also invalidates the cached token when the offset changed.
    bool learnServerDate(const QByteArray &httpDate);
    qint64 skewSeconds() const { return m_skewSeconds; }

    /// How many signatures were made: lets tests prove tokens are reused.
    int signatureCount() const { return m_signatureCount; }
    const ApiCredentials &credentials() const { return m_credentials; }

private:
    ApiCredentials m_credentials;
    const Clock &m_clock;
    QByteArray m_token;
    QDateTime m_expires; // server time
    qint64 m_skewSeconds = 0;
    int m_signatureCount = 0;
};

} // namespace AltDist
