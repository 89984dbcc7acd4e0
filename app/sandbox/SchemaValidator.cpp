// SPDX-License-Identifier: GPL-3.0-or-later
#define VALIJSON_USE_EXCEPTIONS 1
#include "SchemaValidator.h"

#include "SpecDocument.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <stdexcept>

namespace Sandbox {

namespace {

/// valijson's context ["<root>", "[data]", "[attributes]"] as a JSON pointer.
QString toPointer(const std::vector<std::string> &context)
{
    QString pointer;
    for (const std::string &element : context) {
        if (element == "<root>")
            continue;
        QString name = QString::fromStdString(element);
        if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
            name = name.mid(1, name.size() - 2);
        name.replace(QLatin1Char('~'), QStringLiteral("~0")).replace(QLatin1Char('/'), QStringLiteral("~1"));
        pointer += QLatin1Char('/') + name;
    }
    return pointer;
}

/// valijson reports a summary for every enclosing object and array on top of
/// the real problem; those add nothing.
bool isSummary(const std::string &description)
{
    return description.rfind("Failed to validate against schema associated with property name", 0) == 0
           || description.rfind("Failed to validate item #", 0) == 0
           || description.rfind("Failed to validate against additional properties schema", 0) == 0
           || description.rfind("Failed to validate against child schema", 0) == 0;
}

SchemaValidator::Problem toProblem(const valijson::ValidationResults::Error &error)
{
    QString pointer = toPointer(error.context);
    QString message = QString::fromStdString(error.description);
    static const QString kMissing = QStringLiteral("Missing required property '");
    if (message.startsWith(kMissing)) {
        const QString name = message.mid(kMissing.size()).section(QLatin1Char('\''), 0, 0);
        pointer += QLatin1Char('/') + name;
        message = QStringLiteral("The required attribute '%1' is missing.").arg(name);
    } else if (message.startsWith(QLatin1String("Value type not permitted"))) {
        message = QStringLiteral("The value has the wrong type.");
    } else if (message.startsWith(QLatin1String("Failed to match against any enum values"))) {
        message = QStringLiteral("The value is not one of the allowed values.");
    }
    return {pointer, message};
}

} // namespace

class SchemaValidator::Private
{
public:
    const valijson::Schema *schema(const QString &name)
    {
        QMutexLocker locker(&mutex);
        auto it = schemas.find(name);
        if (it != schemas.end())
            return it->second.get();
        // A root holding every component schema, so "#/components/schemas/..." resolve.
        const QJsonObject root{
            {QStringLiteral("$ref"), QString(QStringLiteral("#/components/schemas/") + name)},
            {QStringLiteral("components"),
             QJsonObject{{QStringLiteral("schemas"), SpecDocument::instance().jsonSchemas()}}},
        };
        auto compiled = std::make_unique<valijson::Schema>();
        try {
            valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
            parser.populateSchema(valijson::adapters::QtJsonAdapter(QJsonValue(root)), *compiled);
        } catch (const std::exception &error) {
            qWarning("Sandbox: cannot compile schema %s: %s", qUtf8Printable(name), error.what());
            compiled.reset();
        }
        return schemas.emplace(name, std::move(compiled)).first->second.get();
    }

    QMutex mutex;
    std::map<QString, std::unique_ptr<valijson::Schema>> schemas;
};

const SchemaValidator &SchemaValidator::instance()
{
    static const SchemaValidator validator;
    return validator;
}

SchemaValidator::SchemaValidator()
    : d(std::make_unique<Private>())
{
}

SchemaValidator::~SchemaValidator() = default;

QList<SchemaValidator::Problem> SchemaValidator::validate(const QString &schemaName, const QJsonValue &document) const
{
    const valijson::Schema *schema = d->schema(schemaName);
    if (!schema)
        return {{QString(), QStringLiteral("The schema '%1' is not in the OpenAPI document.").arg(schemaName)}};
    valijson::Validator validator;
    valijson::ValidationResults results;
    validator.validate(*schema, valijson::adapters::QtJsonAdapter(document), &results);
    QList<Problem> problems;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        if (isSummary(error.description))
            continue;
        // One problem per location: a wrong type makes format/enum complaints there noise.
        const Problem problem = toProblem(error);
        const bool isType = error.description.rfind("Value type not permitted", 0) == 0;
        auto same = std::find_if(problems.begin(), problems.end(),
                                 [&](const Problem &p) { return p.pointer == problem.pointer; });
        if (same == problems.end())
            problems.append(problem);
        else if (isType)
            *same = problem;
    }
    return problems;
}

} // namespace Sandbox
