// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QString>

namespace AltDist {

/// The checksum a download must match: hex, SHA-256 (64 digits) or MD5 (32 digits).
struct ExpectedChecksum
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::ExpectedChecksum)
public:
    QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256;
    QByteArray hex; ///< lower case

    /// Trims and lower-cases; the length picks the algorithm. Anything that is
    /// not 32 or 64 hex digits is refused (nothing unverifiable is downloaded).
    static Result<ExpectedChecksum> parse(const QString &text);

    QString algorithmName() const; ///< "SHA-256" or "MD5"
    bool matches(const QByteArray &digestHex) const { return digestHex.toLower() == hex; }
};

} // namespace AltDist
