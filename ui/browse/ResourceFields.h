// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace AltDist {

/// How a resource object reads in the details panel: its title and every
/// attribute as a flat list of name/value pairs. Reading only, no decoding
/// beyond turning JSON values into display text.
class ResourceFields final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::ResourceFields)
public:
    struct Field
    {
        QString name;  ///< "id", "type", "domain", "sourceFileChecksum.file.hash", "relationships.app"
        QString value; ///< in full, never shortened
        bool code = false; ///< an identifier, URL, checksum or key: shown in a fixed-width font
    };

    /// id, type, every attribute (nested objects flattened with dots) and the
    /// id of every to-one/to-many relationship the object carries data for.
    static QList<Field> flatten(const QJsonObject &resource);

    /// A field name made readable for its caption: "urlExpirationDate" ->
    /// "URL expiration date", "sourceFileChecksum.file.hash" ->
    /// "Source file checksum › file › hash" (the API's name stays in the tooltip).
    static QString label(const QString &name);

    /// "Lumen Notes", "apps.lumenlabs.eu", "iOS 2.3.0", "Package version 2", else "<Type> <id>".
    static QString title(const QJsonObject &resource);

    /// Singular, translated name of a JSON:API type ("Domain", "Variant" ...).
    static QString typeName(const QString &type);

    /// "expires in 59 min 12 s" / "expired 3 min ago".
    static QString describeExpiry(const QDateTime &expiry, const QDateTime &now);

    /// The attribute holding a signed URL's expiry.
    static QString expiryField() { return QStringLiteral("urlExpirationDate"); }
};

} // namespace AltDist
