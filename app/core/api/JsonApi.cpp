// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonApi.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace AltDist::JsonApi {

Error malformed(const QString &what)
{
    return {Error::Kind::Protocol,
            QCoreApplication::translate("AltDist::JsonApi", "The server's answer was not understood: %1").arg(what)};
}

Result<PageDocument> decodePageDocument(const ApiResponse &response)
{
    if (!response.json.isObject())
        return malformed(QStringLiteral("expected a JSON object"));
    const QJsonObject root = response.json.object();
    const QJsonValue data = root.value(QLatin1String("data"));
    if (!data.isArray())
        return malformed(QStringLiteral("\"data\" is not an array"));
    PageDocument doc;
    const QJsonArray array = data.toArray();
    doc.data.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (!v.isObject())
            return malformed(QStringLiteral("an item of \"data\" is not an object"));
        doc.data.append(v.toObject());
    }
    const QString next = root.value(QLatin1String("links")).toObject().value(QLatin1String("next")).toString();
    if (!next.isEmpty())
        doc.next = QUrl(next);
    const QJsonObject paging = root.value(QLatin1String("meta")).toObject().value(QLatin1String("paging")).toObject();
    if (paging.contains(QLatin1String("total")))
        doc.total = paging.value(QLatin1String("total")).toInt();
    doc.limit = paging.value(QLatin1String("limit")).toInt();
    return doc;
}

Result<QJsonObject> decodeDataObject(const ApiResponse &response, bool allowNull)
{
    if (!response.json.isObject())
        return malformed(QStringLiteral("expected a JSON object"));
    const QJsonValue data = response.json.object().value(QLatin1String("data"));
    if (data.isNull() && allowNull)
        return QJsonObject{};
    if (!data.isObject())
        return malformed(QStringLiteral("\"data\" is not an object"));
    return data.toObject();
}

Status checkResource(const QJsonObject &object, const QString &expectedType)
{
    const QString type = object.value(QLatin1String("type")).toString();
    if (type != expectedType)
        return malformed(QStringLiteral("expected a resource of type %1, got \"%2\"").arg(expectedType, type));
    if (object.value(QLatin1String("id")).toString().isEmpty())
        return malformed(QStringLiteral("a %1 resource has no id").arg(expectedType));
    return {};
}

QString attribute(const QJsonObject &object, const QString &name)
{
    return object.value(QLatin1String("attributes")).toObject().value(name).toString();
}

QDateTime dateAttribute(const QJsonObject &object, const QString &name)
{
    const QString text = attribute(object, name);
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString relatedId(const QJsonObject &object, const QString &relationship)
{
    return object.value(QLatin1String("relationships"))
        .toObject()
        .value(relationship)
        .toObject()
        .value(QLatin1String("data"))
        .toObject()
        .value(QLatin1String("id"))
        .toString();
}

QJsonObject identifier(const QString &type, const QString &id)
{
    return QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("id"), id}};
}

} // namespace AltDist::JsonApi
