// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainName.h"

#include <QHostAddress>
#include <QStringList>
#include <QUrl>

namespace AltDist {

namespace {

constexpr int kMaxLabel = 63;
constexpr int kMaxName = 253;

bool isLdh(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        || c == QLatin1Char('-');
}

/// Rejections that can be told from the raw text, before IDNA conversion.
std::optional<QString> checkShape(const QString &name)
{
    if (name.contains(QLatin1String("://")))
        return DomainName::tr("Enter the host name only, without a scheme such as \"https://\".");
    for (const QChar c : name) {
        if (c.isSpace())
            return DomainName::tr("A domain name cannot contain spaces.");
    }
    if (name.contains(QLatin1Char('@')))
        return DomainName::tr("A domain name cannot contain a user name (\"@\").");
    if (name.contains(QLatin1Char('/')))
        return DomainName::tr("Enter the host name only, without a path (\"/\").");
    if (name.contains(QLatin1Char('?')) || name.contains(QLatin1Char('#')))
        return DomainName::tr("Enter the host name only, without a query or fragment.");
    QString bare = name;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    if (!QHostAddress(bare).isNull())
        return DomainName::tr("An IP address cannot be registered; enter a domain name.");
    if (name.contains(QLatin1Char(':')))
        return DomainName::tr("Enter the host name only, without a port (\":\").");
    return std::nullopt;
}

/// Length and hyphen rules, on the text as typed (IDNA conversion rejects
/// these without saying why) and again on the ACE form.
std::optional<QString> checkLabels(const QString &name)
{
    if (name.size() > kMaxName)
        return DomainName::tr("The domain name is %1 characters long; at most %2 are allowed.").arg(name.size()).arg(kMaxName);
    const QStringList labels = name.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return DomainName::tr("Enter a fully qualified domain name such as \"apps.example.com\" (it needs a dot).");
    for (const QString &label : labels) {
        if (label.isEmpty())
            return DomainName::tr("The domain name has an empty label (two dots in a row, or a dot at the start or end).");
        if (label.size() > kMaxLabel)
            return DomainName::tr("The label \"%1\" is %2 characters long; at most %3 are allowed.")
                .arg(label.left(20) + QStringLiteral("…"))
                .arg(label.size())
                .arg(kMaxLabel);
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return DomainName::tr("The label \"%1\" starts or ends with a hyphen.").arg(label);
    }
    return std::nullopt;
}

/// After conversion: only letters, digits and hyphens, and no numeric top-level label.
std::optional<QString> checkAceCharacters(const QString &ace)
{
    for (const QChar c : ace) {
        if (!isLdh(c) && c != QLatin1Char('.'))
            return DomainName::tr("The character \"%1\" is not allowed in a domain name.").arg(c);
    }
    // A numeric top-level label is never a host name (and catches short IPv4 forms like "10.1").
    bool numeric = false;
    ace.section(QLatin1Char('.'), -1).toInt(&numeric);
    if (numeric)
        return DomainName::tr("An IP address cannot be registered; enter a domain name.");
    return std::nullopt;
}

} // namespace

Result<QString> DomainName::normalize(const QString &input)
{
    const QString name = input.trimmed();
    if (name.isEmpty())
        return Error::invalidInput(tr("Enter a domain name."));
    if (const std::optional<QString> problem = checkShape(name))
        return Error::invalidInput(*problem);
    if (const std::optional<QString> problem = checkLabels(name))
        return Error::invalidInput(*problem);
    const QByteArray aceBytes = QUrl::toAce(name.toLower());
    if (aceBytes.isEmpty())
        return Error::invalidInput(tr("\"%1\" is not a valid internationalised domain name.").arg(name));
    const QString ace = QString::fromLatin1(aceBytes).toLower();
    if (const std::optional<QString> problem = checkLabels(ace))
        return Error::invalidInput(*problem);
    if (const std::optional<QString> problem = checkAceCharacters(ace))
        return Error::invalidInput(*problem);
    return ace;
}

QString DomainName::display(const QString &ace)
{
    // Shown to the account owner about their own domain: every TLD, not only
    // Qt's homograph-safe list, is shown in Unicode.
    return QUrl::fromAce(ace.toLatin1(), QUrl::IgnoreIDNWhitelist);
}

} // namespace AltDist
