// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace AltDist {

/// The host name a web-distribution domain is registered as.
class DomainName final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::DomainName)
public:
    /// Trims, then accepts a host name only (no scheme, path, port, query,
    /// userinfo, spaces, IP address; at least two labels; labels 1..63
    /// characters of letters, digits and inner hyphens; 253 at most in all).
    /// Internationalised names come back as punycode (ACE), lower case.
    /// Each rejection has its own message.
    static Result<QString> normalize(const QString &input);

    /// For showing: the Unicode form of an ACE name ("xn--bcher-kva.example" -> "bücher.example").
    static QString display(const QString &ace);
};

} // namespace AltDist
