// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceFields.h"

#include "DomainName.h"
#include "ResourceLabels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace AltDist {

namespace {

bool looksLikeCode(const QString &name)
{
    static const char *const suffixes[] = {"id", "Id", "hash", "Checksum", "url", "Url", "Blob", "Key",
                                           "bundleId", "sku"};
    if (name.startsWith(QLatin1String("relationships.")))
        return true;
    for (const char *suffix : suffixes) {
        if (name.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return ResourceFields::tr("(none)");
    case QJsonValue::Bool:
        return value.toBool() ? ResourceFields::tr("Yes") : ResourceFields::tr("No");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const qint64 whole = qint64(d);
        return double(whole) == d ? QString::number(whole) : QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return QString::fromUtf8(QJsonDocument(value.isArray() ? QJsonDocument(value.toArray())
                                                           : QJsonDocument(value.toObject()))
                                 .toJson(QJsonDocument::Compact));
}

void addValue(QList<ResourceFields::Field> &out, const QString &name, const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addValue(out, name + QLatin1Char('.') + it.key(), it.value());
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QStringList parts;
        for (const QJsonValue &item : array) {
            if (item.isObject() || item.isArray()) {
                out.append({name, scalarText(value), looksLikeCode(name)});
                return;
            }
            parts << scalarText(item);
        }
        out.append({name, parts.join(QStringLiteral(", ")), looksLikeCode(name)});
        return;
    }
    out.append({name, scalarText(value), looksLikeCode(name)});
}

QString relationshipIds(const QJsonValue &data)
{
    if (data.isObject())
        return data.toObject().value(QLatin1String("id")).toString();
    QStringList ids;
    const QJsonArray array = data.toArray();
    for (const QJsonValue &item : array)
        ids << item.toObject().value(QLatin1String("id")).toString();
    return ids.join(QStringLiteral(", "));
}

QString durationText(qint64 seconds, bool precise)
{
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    if (days > 0)
        return ResourceFields::tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return ResourceFields::tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return precise ? ResourceFields::tr("%1 min %2 s").arg(minutes).arg(secs)
                       : ResourceFields::tr("%1 min").arg(minutes);
    return ResourceFields::tr("%1 s").arg(secs);
}

} // namespace

QList<ResourceFields::Field> ResourceFields::flatten(const QJsonObject &resource)
{
    QList<Field> fields;
    fields.append({QStringLiteral("id"), resource.value(QLatin1String("id")).toString(), true});
    fields.append({QStringLiteral("type"), resource.value(QLatin1String("type")).toString(), false});
    const QJsonObject attributes = resource.value(QLatin1String("attributes")).toObject();
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        addValue(fields, it.key(), it.value());
    const QJsonObject relationships = resource.value(QLatin1String("relationships")).toObject();
    for (auto it = relationships.begin(); it != relationships.end(); ++it) {
        const QJsonValue data = it.value().toObject().value(QLatin1String("data"));
        if (data.isObject() || data.isArray())
            fields.append({QStringLiteral("relationships.") + it.key(), relationshipIds(data), true});
    }
    return fields;
}

namespace {

/// The API's attribute and relationship names that AltDist shows, as words
/// (translated). Names Apple adds later fall back to splitting the camel case.
struct FieldWord
{
    const char *name;
    const char *text;
};
constexpr FieldWord kFieldWords[] = {
    {"id", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "ID")},
    {"type", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "Type")},
    {"domain", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "Domain")},
    {"referenceName", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "Reference name")},
    {"createdDate", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "Created date")},
    {"publicKey", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "Public key")},
    {"name", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "Name")},
    {"bundleId", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "Bundle ID")},
    {"sku", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "SKU")},
    {"primaryLocale", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "Primary locale")},
    {"platform", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "Platform")},
    {"versionString", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "Version string")},
    {"appStoreState", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "App Store state")},
    {"appVersionState", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "App version state")},
    {"reviewType", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "Review type")},
    {"sourceFileChecksum", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "Source file checksum")},
    {"file", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "file")},
    {"composite", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "composite")},
    {"hash", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "hash")},
    {"algorithm", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "algorithm")},
    {"version", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "Version")},
    {"state", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "State")},
    {"url", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "URL")},
    {"urlExpirationDate", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "URL expiration date")},
    {"fileChecksum", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "File checksum")},
    {"alternativeDistributionKeyBlob", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "Alternative distribution key blob")},
    {"relationships", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "Relationships")},
    {"app", QT_TRANSLATE_NOOP("AltDist::ResourceFields", "app")},
};

/// "urlExpirationDate" -> "url expiration date" with acronyms upper-cased.
QString splitCamelCase(const QString &part)
{
    static const QRegularExpression wordStart(QStringLiteral("(?<=[a-z0-9])(?=[A-Z])"));
    static const QStringList acronyms = {QStringLiteral("id"), QStringLiteral("url"), QStringLiteral("md5"),
                                         QStringLiteral("sha"), QStringLiteral("sku")};
    QStringList words = part.split(wordStart, Qt::SkipEmptyParts);
    for (QString &word : words) {
        word = word.toLower();
        if (acronyms.contains(word))
            word = word.toUpper();
    }
    return words.join(QLatin1Char(' ')).replace(QLatin1String("app store"), QLatin1String("App Store"));
}

QString fieldWord(const QString &part)
{
    for (const FieldWord &word : kFieldWords) {
        if (part == QLatin1String(word.name))
            return QCoreApplication::translate("AltDist::ResourceFields", word.text);
    }
    return splitCamelCase(part);
}

} // namespace

QString ResourceFields::label(const QString &name)
{
    QStringList parts;
    for (const QString &part : name.split(QLatin1Char('.'), Qt::SkipEmptyParts))
        parts << fieldWord(part);
    QString text = parts.join(QStringLiteral(" › "));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString ResourceFields::typeName(const QString &type)
{
    struct Name { const char *type; const char *name; };
    static const Name names[] = {
        {"alternativeDistributionDomains", QT_TR_NOOP("Domain")},
        {"alternativeDistributionKeys", QT_TR_NOOP("Web-distribution key")},
        {"apps", QT_TR_NOOP("App")},
        {"appStoreVersions", QT_TR_NOOP("App Store version")},
        {"alternativeDistributionPackages", QT_TR_NOOP("Package")},
        {"alternativeDistributionPackageVersions", QT_TR_NOOP("Package version")},
        {"alternativeDistributionPackageVariants", QT_TR_NOOP("Variant")},
        {"alternativeDistributionPackageDeltas", QT_TR_NOOP("Delta")},
    };
    for (const Name &n : names) {
        if (type == QLatin1String(n.type))
            return tr(n.name);
    }
    return type;
}

QString ResourceFields::title(const QJsonObject &resource)
{
    const QString type = resource.value(QLatin1String("type")).toString();
    const QJsonObject attributes = resource.value(QLatin1String("attributes")).toObject();
    const auto attribute = [&](const char *name) { return attributes.value(QLatin1String(name)).toString(); };
    if (!attribute("name").isEmpty())
        return attribute("name");
    if (!attribute("domain").isEmpty())
        return DomainName::display(attribute("domain"));
    if (!attribute("versionString").isEmpty())
        return ResourceLabels::platform(attribute("platform")) + QLatin1Char(' ') + attribute("versionString");
    if (type == QLatin1String("alternativeDistributionPackageVersions") && !attribute("version").isEmpty())
        return tr("Package version %1").arg(attribute("version"));
    return typeName(type) + QLatin1Char(' ') + resource.value(QLatin1String("id")).toString();
}

QString ResourceFields::describeExpiry(const QDateTime &expiry, const QDateTime &now)
{
    if (!expiry.isValid())
        return tr("no expiry date");
    const qint64 left = now.secsTo(expiry);
    if (left > 0)
        return tr("expires in %1").arg(durationText(left, true));
    return tr("expired %1 ago").arg(durationText(-left, false));
}

} // namespace AltDist
