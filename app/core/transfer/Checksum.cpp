// SPDX-License-Identifier: GPL-3.0-or-later
#include "Checksum.h"

namespace AltDist {

Result<ExpectedChecksum> ExpectedChecksum::parse(const QString &text)
{
    const QString trimmed = text.trimmed().toLower();
    if (trimmed.isEmpty())
        return Error::invalidInput(tr("The file has no checksum to verify the download against."));
    for (const QChar c : trimmed) {
        const bool hexDigit = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
        if (!hexDigit)
            return Error::invalidInput(tr("The expected checksum \"%1\" is not hexadecimal.").arg(text.left(80)));
    }
    ExpectedChecksum checksum;
    if (trimmed.size() == 64)
        checksum.algorithm = QCryptographicHash::Sha256;
    else if (trimmed.size() == 32)
        checksum.algorithm = QCryptographicHash::Md5;
    else
        return Error::invalidInput(
            tr("The expected checksum has %1 hex digits; SHA-256 has 64 and MD5 32.").arg(trimmed.size()));
    checksum.hex = trimmed.toLatin1();
    return checksum;
}

QString ExpectedChecksum::algorithmName() const
{
    return algorithm == QCryptographicHash::Md5 ? QStringLiteral("MD5") : QStringLiteral("SHA-256");
}

} // namespace AltDist
