// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>

namespace Sandbox {

/// Validates JSON documents against the schemas of Apple's OpenAPI document
/// (components.schemas, `$ref`s resolved) with valijson. Shared and
/// thread-safe; each schema is compiled once, on first use.
class SchemaValidator final
{
public:
    static const SchemaValidator &instance();
    ~SchemaValidator();

    struct Problem
    {
        QString pointer; ///< JSON pointer into the document: "/data/attributes/domain"
        QString message;
    };

    /// Every problem of `document` against the component schema `schemaName`
    /// (not just the first), summary errors of enclosing objects left out.
    QList<Problem> validate(const QString &schemaName, const QJsonValue &document) const;

private:
    SchemaValidator();
    SchemaValidator(const SchemaValidator &) = delete;
    SchemaValidator &operator=(const SchemaValidator &) = delete;

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Sandbox
