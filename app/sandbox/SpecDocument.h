// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sandbox {

/// One operation of the OpenAPI document, its `$ref`s resolved.
struct SpecOperation
{
    QString pathTemplate;   ///< "/v1/apps/{id}/appStoreVersions"
    QByteArray method;      ///< "GET"
    QList<QJsonObject> queryParameters;
    QString requestSchema;  ///< component schema name of the JSON body; empty: none
    bool requestBodyRequired = false;
    QHash<int, QString> responseSchemas; ///< status -> component schema name (empty: no body)

    const QJsonObject *queryParameter(const QString &name) const;
};

/// Apple's OpenAPI document (the Qt resource ":/sandbox/openapi-subset.json"),
/// loaded once and shared read-only by every sandbox in the process.
class SpecDocument final
{
public:
    static const SpecDocument &instance();

    bool isValid() const { return !m_paths.isEmpty(); }

    struct PathMatch
    {
        QString pathTemplate;
        QHash<QString, QString> params;
    };
    /// The template a concrete path belongs to (literal segments win over
    /// parameters), or nullopt.
    std::optional<PathMatch> matchPath(const QString &path) const;

    const SpecOperation *operation(const QString &pathTemplate, const QByteArray &method) const;
    QList<QByteArray> methods(const QString &pathTemplate) const;

    /// `components.schemas`, adapted from OpenAPI 3.0 to JSON Schema
    /// (`nullable` folded into `type`) for the schema validator.
    const QJsonObject &jsonSchemas() const { return m_jsonSchemas; }

private:
    SpecDocument();
    void load(const QJsonObject &spec);

    struct PathEntry
    {
        QString pathTemplate;
        QStringList segments;
        QHash<QByteArray, SpecOperation> operations;
    };
    QList<PathEntry> m_paths;
    QJsonObject m_jsonSchemas;
};

} // namespace Sandbox
