// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResourceEndpoint.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace AltDist::Resources {

Status checkId(const QString &id)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]{1,128}$"));
    if (id.isEmpty())
        return Error::invalidInput(QCoreApplication::translate("AltDist::Resources", "No resource id was given."));
    if (!allowed.match(id).hasMatch() || id == QLatin1String(".") || id == QLatin1String(".."))
        return Error::invalidInput(
            QCoreApplication::translate("AltDist::Resources", "\"%1\" is not a valid resource id: ids consist of letters, digits, '.', '_' and '-'.").arg(id.left(140)));
    return {};
}

Status checkLimit(int limit)
{
    if (limit < 1 || limit > kMaxLimit)
        return Error::invalidInput(QCoreApplication::translate("AltDist::Resources", "The page size must be between 1 and %1, not %2.").arg(kMaxLimit).arg(limit));
    return {};
}

QString collectionPath(const QString &type)
{
    return QLatin1String("/v1/") + type;
}

QString itemPath(const QString &type, const QString &id)
{
    return collectionPath(type) + QLatin1Char('/') + id;
}

QString relatedPath(const QString &parentType, const QString &parentId, const QString &relationship)
{
    return itemPath(parentType, parentId) + QLatin1Char('/') + relationship;
}

QUrlQuery fieldsQuery(const QString &type, const QString &fields)
{
    QUrlQuery query;
    query.addQueryItem(QLatin1String("fields[") + type + QLatin1Char(']'), fields);
    return query;
}

QJsonDocument document(const QJsonObject &data)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}});
}

bool isNotFound(const Error &error)
{
    return error.kind() == Error::Kind::Api && error.httpStatus() == 404 && error.hasApiCode(QStringLiteral("NOT_FOUND"));
}

Status decodeNothing(const ApiResponse &)
{
    return {};
}

} // namespace AltDist::Resources
