// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// JSON:API documents as App Store Connect writes them: resource objects with
// links.self, sparse fieldsets (fields[<type>]), relationship links, paged
// collections with links.next and meta.paging, 201 with Location.

#include "HttpMessage.h"
#include "Paging.h"
#include "SandboxApi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace Sandbox {

/// The `included` array of a document: each resource once.
class IncludedResources final
{
public:
    void add(const QJsonObject &resource);
    QJsonArray array() const { return m_array; }

private:
    QJsonArray m_array;
    QSet<QString> m_seen;
};

class JsonApiWriter final
{
public:
    explicit JsonApiWriter(const RequestContext &context);

    QString url(const QString &path) const; ///< absolute URL on the sandbox base
    QString resourceUrl(const QString &type, const QString &id) const;
    QString selfLink() const; ///< the request's own absolute URL

    /// False when fields[<type>] is given and does not list `field`.
    bool wants(const QString &type, const QString &field) const;
    /// Relationship names from `include`.
    bool includes(const QString &relationship) const;

    /// {type, id, attributes, relationships, links.self}, with attributes and
    /// relationships cut down to fields[<type>].
    QJsonObject resource(const QString &type, const QString &id, const QJsonObject &attributes,
                         const QJsonObject &relationships = {}) const;
    /// {"links": {"self": .../relationships/<name>, "related": .../<name>}}
    QJsonObject relationshipLinks(const QString &type, const QString &id,
                                  const QString &name) const;
    static QJsonObject linkage(const QString &type, const QString &id);

    HttpResponse single(const QJsonObject &data, const QJsonArray &included = {}) const;
    /// `{"data": null}` for an empty to-one relationship.
    HttpResponse nullSingle() const;
    HttpResponse collection(const QJsonArray &data, const PageInfo &page,
                            const QJsonArray &included = {}) const;
    /// 201 with Location set to the new resource's links.self.
    HttpResponse created(const QJsonObject &data) const;

    /// "2026-01-12T10:00:00.000Z": UTC with milliseconds, as Apple writes it.
    static QString date(const QDateTime &dateTime);
    static QByteArray toJson(const QJsonObject &document);

    const RequestContext &context() const { return m_context; }

private:
    QString nextLink(const PageInfo &page) const;

    const RequestContext &m_context;
    QString m_base;
};

} // namespace Sandbox
