// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonApiWriter.h"

#include <QJsonDocument>

namespace Sandbox {

namespace {

QStringList commaList(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
}

QJsonObject keepOnly(const QJsonObject &object, const QStringList &names)
{
    QJsonObject kept;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (names.contains(it.key()))
            kept.insert(it.key(), it.value());
    }
    return kept;
}

} // namespace

void IncludedResources::add(const QJsonObject &resource)
{
    const QString key = resource.value(QStringLiteral("type")).toString() + u'/'
        + resource.value(QStringLiteral("id")).toString();
    if (m_seen.contains(key))
        return;
    m_seen.insert(key);
    m_array.append(resource);
}

JsonApiWriter::JsonApiWriter(const RequestContext &context)
    : m_context(context)
    , m_base(context.baseUrl.toString(QUrl::FullyEncoded | QUrl::StripTrailingSlash))
{
}

QString JsonApiWriter::url(const QString &path) const
{
    return m_base + path;
}

QString JsonApiWriter::resourceUrl(const QString &type, const QString &id) const
{
    return url(QStringLiteral("/v1/") + type + u'/' + id);
}

QString JsonApiWriter::selfLink() const
{
    const HttpRequest &request = m_context.request;
    if (!request.rawTarget.isEmpty())
        return url(QString::fromLatin1(request.rawTarget));
    const QString query = request.query.toString(QUrl::FullyEncoded);
    return url(request.path + (query.isEmpty() ? QString() : u'?' + query));
}

bool JsonApiWriter::wants(const QString &type, const QString &field) const
{
    const QString parameter = QStringLiteral("fields[") + type + u']';
    return !m_context.request.query.hasQueryItem(parameter)
        || commaList(m_context.request.query, parameter).contains(field);
}

bool JsonApiWriter::includes(const QString &relationship) const
{
    return commaList(m_context.request.query, QStringLiteral("include")).contains(relationship);
}

QJsonObject JsonApiWriter::resource(const QString &type, const QString &id,
                                    const QJsonObject &attributes,
                                    const QJsonObject &relationships) const
{
    const QString parameter = QStringLiteral("fields[") + type + u']';
    const bool sparse = m_context.request.query.hasQueryItem(parameter);
    const QStringList fields = commaList(m_context.request.query, parameter);
    const QJsonObject keptAttributes = sparse ? keepOnly(attributes, fields) : attributes;
    const QJsonObject keptRelationships = sparse ? keepOnly(relationships, fields) : relationships;

    QJsonObject object{{QStringLiteral("type"), type}, {QStringLiteral("id"), id}};
    if (!keptAttributes.isEmpty())
        object.insert(QStringLiteral("attributes"), keptAttributes);
    if (!keptRelationships.isEmpty())
        object.insert(QStringLiteral("relationships"), keptRelationships);
    object.insert(QStringLiteral("links"),
                  QJsonObject{{QStringLiteral("self"), resourceUrl(type, id)}});
    return object;
}

QJsonObject JsonApiWriter::relationshipLinks(const QString &type, const QString &id,
                                             const QString &name) const
{
    const QString resource = resourceUrl(type, id);
    return {{QStringLiteral("links"),
             QJsonObject{{QStringLiteral("self"), QString(resource + QStringLiteral("/relationships/") + name)},
                         {QStringLiteral("related"), QString(resource + u'/' + name)}}}};
}

QJsonObject JsonApiWriter::linkage(const QString &type, const QString &id)
{
    return {{QStringLiteral("type"), type}, {QStringLiteral("id"), id}};
}

HttpResponse JsonApiWriter::single(const QJsonObject &data, const QJsonArray &included) const
{
    QJsonObject document{{QStringLiteral("data"), data},
                         {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), selfLink()}}}};
    if (!included.isEmpty())
        document.insert(QStringLiteral("included"), included);
    return HttpResponse::json(200, toJson(document));
}

HttpResponse JsonApiWriter::nullSingle() const
{
    const QJsonObject document{
        {QStringLiteral("data"), QJsonValue::Null},
        {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), selfLink()}}}};
    return HttpResponse::json(200, toJson(document));
}

HttpResponse JsonApiWriter::collection(const QJsonArray &data, const PageInfo &page,
                                       const QJsonArray &included) const
{
    QJsonObject links{{QStringLiteral("self"), selfLink()}};
    QJsonObject paging{{QStringLiteral("total"), page.total}, {QStringLiteral("limit"), page.limit}};
    if (!page.nextCursor.isEmpty()) {
        links.insert(QStringLiteral("next"), nextLink(page));
        paging.insert(QStringLiteral("nextCursor"), page.nextCursor);
    }
    QJsonObject document{{QStringLiteral("data"), data},
                         {QStringLiteral("links"), links},
                         {QStringLiteral("meta"), QJsonObject{{QStringLiteral("paging"), paging}}}};
    if (!included.isEmpty())
        document.insert(QStringLiteral("included"), included);
    return HttpResponse::json(200, toJson(document));
}

HttpResponse JsonApiWriter::created(const QJsonObject &data) const
{
    const QString location = data.value(QStringLiteral("links")).toObject()
                                 .value(QStringLiteral("self")).toString();
    const QJsonObject document{
        {QStringLiteral("data"), data},
        {QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), location}}}};
    HttpResponse response = HttpResponse::json(201, toJson(document));
    response.setHeader("Location", location.toUtf8());
    return response;
}

QString JsonApiWriter::nextLink(const PageInfo &page) const
{
    QUrlQuery query;
    const auto items = m_context.request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first != QLatin1String("cursor") && item.first != QLatin1String("limit"))
            query.addQueryItem(item.first, item.second);
    }
    query.addQueryItem(QStringLiteral("cursor"), page.nextCursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(page.limit));
    QUrl next(url(m_context.request.path));
    next.setQuery(query);
    return next.toString(QUrl::FullyEncoded);
}

QString JsonApiWriter::date(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray JsonApiWriter::toJson(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

} // namespace Sandbox
