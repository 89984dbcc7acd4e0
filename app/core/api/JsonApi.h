// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTypes.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <optional>

namespace AltDist::JsonApi {

/// The non-template part of decoding a collection document.
struct PageDocument
{
    QList<QJsonObject> data;
    QUrl next;
    std::optional<int> total;
    int limit = 0;
};

Result<PageDocument> decodePageDocument(const ApiResponse &response);
/// `data` as an object; with allowNull, `data: null` gives an empty object.
Result<QJsonObject> decodeDataObject(const ApiResponse &response, bool allowNull);

/// Checks `type` and a non-empty `id` of a resource object.
Status checkResource(const QJsonObject &object, const QString &expectedType);
/// attributes.<name> as string / date (ISO 8601, may be absent: null QDateTime).
QString attribute(const QJsonObject &object, const QString &name);
QDateTime dateAttribute(const QJsonObject &object, const QString &name);
/// relationships.<name>.data.id, empty when absent or null.
QString relatedId(const QJsonObject &object, const QString &relationship);

/// A resource identifier object {"type":..., "id":...}.
QJsonObject identifier(const QString &type, const QString &id);

Error malformed(const QString &what);

} // namespace AltDist::JsonApi
