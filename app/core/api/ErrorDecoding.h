// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

/// The one place a failed attempt becomes an Error.
namespace AltDist::ErrorDecoding {

/// A non-2xx answer: every item of its ErrorResponse (see ApiClient::decodeErrors);
/// 401 gives Kind::Authentication, every other status Kind::Api. A body that is
/// not an ErrorResponse still gives a clear message with the status and reason.
Error httpError(int status, const QByteArray &reason, const QByteArray &body);

/// A transport failure: no complete HTTP answer arrived. `qtErrorText` is
/// QNetworkReply::errorString(). `mayHaveBeenApplied` for a non-idempotent
/// request that may have reached the server.
Error networkError(const QString &qtErrorText, bool timedOut, int timeoutMs, bool mayHaveBeenApplied);

/// A 2xx answer whose body is not JSON.
Error undecodableBody(int status, const QString &parserError);

/// One short line for the request log: the codes of the API errors, or the message.
QString summary(const Error &error);

} // namespace AltDist::ErrorDecoding
