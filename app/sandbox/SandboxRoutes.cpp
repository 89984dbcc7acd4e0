// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxRoutes.h"

#include <QJsonDocument>

namespace Sandbox {

QJsonObject requestData(const RequestContext &context)
{
    return QJsonDocument::fromJson(context.request.body).object().value(QStringLiteral("data"))
        .toObject();
}

QStringList queryList(const RequestContext &context, const QString &name)
{
    return context.request.query.queryItemValue(name, QUrl::FullyDecoded)
        .split(u',', Qt::SkipEmptyParts);
}

} // namespace Sandbox
