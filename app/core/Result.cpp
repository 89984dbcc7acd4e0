// SPDX-License-Identifier: GPL-3.0-or-later
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace AltDist {

bool ApiErrorItem::hasCode(const QString &prefix) const
{
    return code == prefix || code.startsWith(prefix + QLatin1Char('.'));
}

Error::Error(Kind kind, QString message, int httpStatus, QList<ApiErrorItem> apiErrors)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_httpStatus(httpStatus)
    , m_apiErrors(std::move(apiErrors))
{
}

Error Error::cancelled()
{
    return {Kind::Cancelled, QCoreApplication::translate("AltDist::Error", "Cancelled.")};
}

bool Error::hasApiCode(const QString &prefix) const
{
    for (const ApiErrorItem &item : m_apiErrors) {
        if (item.hasCode(prefix))
            return true;
    }
    return false;
}

QString Error::describe() const
{
    QStringList lines;
    if (!m_message.isEmpty())
        lines << m_message;
    for (const ApiErrorItem &item : m_apiErrors) {
        QString line = QStringLiteral("  [%1] %2").arg(item.code.isEmpty() ? item.status : item.code, item.title);
        if (!item.detail.isEmpty()) {
            // Apple's titles are sentences ("... has already been used."):
            // run the detail on after them rather than after a colon.
            const bool sentence = item.title.endsWith(QLatin1Char('.'));
            line += (sentence ? QStringLiteral(" ") : QStringLiteral(": ")) + item.detail;
        }
        if (!item.pointer.isEmpty())
            line += QStringLiteral(" (%1)").arg(
                QCoreApplication::translate("AltDist::Error", "at %1").arg(item.pointer));
        else if (!item.parameter.isEmpty())
            line += QStringLiteral(" (%1)").arg(
                QCoreApplication::translate("AltDist::Error", "parameter %1").arg(item.parameter));
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::InvalidInput: return QStringLiteral("invalid-input");
    case Kind::Authentication: return QStringLiteral("authentication");
    case Kind::Api: return QStringLiteral("api");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Protocol: return QStringLiteral("protocol");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::Integrity: return QStringLiteral("integrity");
    case Kind::Io: return QStringLiteral("io");
    case Kind::Keychain: return QStringLiteral("keychain");
    }
    return QStringLiteral("unknown");
}

} // namespace AltDist
