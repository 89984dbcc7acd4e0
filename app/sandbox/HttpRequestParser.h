// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpMessage.h"

#include <QByteArray>

namespace Sandbox {

/// Parses the head (request line and header fields) of an HTTP/1.1 request.
/// Strict where ambiguity could hide a client bug: origin-form targets only,
/// no folded or space-padded header names, one consistent Content-Length.
class HttpRequestParser final
{
public:
    struct Limits
    {
        int maxHeadBytes = 64 * 1024;
        qint64 maxBodyBytes = 1024 * 1024;
    };

    struct Head
    {
        int errorStatus = 0;       ///< 0: parsed; else 400, 411, 413, 431, 505 ...
        HttpRequest request;       ///< body still empty
        qint64 contentLength = 0;
        bool keepAlive = true;
        bool expectsContinue = false;
    };

    /// Where the head ends in `buffer` (index just past the blank line), or
    /// -1 if it has not fully arrived yet.
    static qsizetype headEnd(const QByteArray &buffer);

    /// Parses `head` (everything up to and including the blank line).
    static Head parse(const QByteArray &head, const Limits &limits);
};

} // namespace Sandbox
