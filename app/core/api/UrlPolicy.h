// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>
#include <QUrl>
#include <QUrlQuery>

/// Where the bearer token may go: the base-URL rule and the same-origin rule
/// for links.next. Kept apart from ApiClient so both read in one screen.
namespace AltDist::UrlPolicy {

/// "localhost" or an address in 127.0.0.0/8 or ::1.
bool isLoopbackHost(const QString &host);

/// https:// anywhere, http:// only to a loopback host; no other scheme, no
/// user info, query, fragment or path. On success, the normalised URL
/// (scheme://host[:port], no trailing slash).
Result<QUrl> checkBaseUrl(const QUrl &url);

/// `next` resolved against `base`: path-only links take the base's origin;
/// absolute links must have the base's scheme, host and port.
Result<QUrl> resolveNextLink(const QUrl &base, const QUrl &next);

/// base + path + query. Keys and values are percent-encoded here ('+', '&',
/// '=' and '#' included); brackets and commas stay literal as in Apple's docs.
QUrl requestUrl(const QUrl &base, const QString &path, const QUrlQuery &query);

} // namespace AltDist::UrlPolicy
