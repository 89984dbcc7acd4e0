// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxRoutes.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Sandbox {

QJsonObject requestData(const RequestContext &context)
{
    return QJsonDocument::fromJson(context.request.body).object().value(QStringLiteral("data"))
        .toObject();
}

QString relatedId(const QJsonObject &data, const QString &relationship)
{
    return data.value(QStringLiteral("relationships")).toObject().value(relationship).toObject()
        .value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString();
}

HttpResponse invalidRelationship(const QString &relationship, const QString &detail)
{
    return errorResponse(conflict(
        QStringLiteral("ENTITY_ERROR.RELATIONSHIP.INVALID"),
        QCoreApplication::translate("Sandbox::Routes", "A relationship value is invalid."), detail,
        QStringLiteral("/data/relationships/") + relationship));
}

QStringList queryList(const RequestContext &context, const QString &name)
{
    return context.request.query.queryItemValue(name, QUrl::FullyDecoded)
        .split(u',', Qt::SkipEmptyParts);
}

} // namespace Sandbox
