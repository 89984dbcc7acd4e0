// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueryValidator.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Sandbox::QueryValidator {

namespace {

/// Why `value` does not fit `schema` (a scalar schema), or empty if it does.
QString scalarProblem(const QString &value, const QJsonObject &schema)
{
    const QString type = schema.value(QStringLiteral("type")).toString();
    const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray();
    if (!allowed.isEmpty() && !allowed.contains(QJsonValue(value)))
        return QStringLiteral("'%1' is not a valid value").arg(value);
    if (type == QLatin1String("integer")) {
        static const QRegularExpression integer(QStringLiteral("^-?[0-9]{1,18}$"));
        if (!integer.match(value).hasMatch())
            return QStringLiteral("'%1' is not an integer").arg(value);
        const qint64 number = value.toLongLong();
        if (schema.contains(QStringLiteral("maximum"))
            && number > schema.value(QStringLiteral("maximum")).toInteger())
            return QStringLiteral("%1 exceeds the maximum of %2")
                .arg(value)
                .arg(schema.value(QStringLiteral("maximum")).toInteger());
        const qint64 minimum = schema.contains(QStringLiteral("minimum"))
                                   ? schema.value(QStringLiteral("minimum")).toInteger()
                                   : 1; // Apple rejects limit=0 and negative sizes
        if (number < minimum)
            return QStringLiteral("%1 is below the minimum of %2").arg(value).arg(minimum);
    } else if (type == QLatin1String("boolean")) {
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            return QStringLiteral("'%1' is not a boolean").arg(value);
    } else if (value.isEmpty()) {
        return QStringLiteral("an empty value is not allowed");
    }
    return {};
}

QString valueProblem(const QString &value, const QJsonObject &schema)
{
    if (schema.value(QStringLiteral("type")).toString() != QLatin1String("array"))
        return scalarProblem(value, schema);
    const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
    const QStringList values = value.split(QLatin1Char(','));
    for (const QString &item : values) {
        const QString problem = scalarProblem(item, items);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

bool acceptsCursor(const SpecOperation &operation)
{
    return operation.method == "GET" && operation.queryParameter(QStringLiteral("limit")) != nullptr;
}

} // namespace

QList<AppleError> validate(const SpecOperation &operation, const QUrlQuery &query)
{
    QList<AppleError> errors;
    QSet<QString> seen;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        const QString &name = item.first;
        if (seen.contains(name)) {
            errors.append(parameterError(QStringLiteral("INVALID"), name,
                                         QStringLiteral("The parameter '%1' can only be given once.").arg(name)));
            continue;
        }
        seen.insert(name);
        if (name == QLatin1String("cursor") && acceptsCursor(operation)) {
            if (item.second.isEmpty())
                errors.append(parameterError(QStringLiteral("INVALID"), name,
                                             QStringLiteral("The cursor must not be empty.")));
            continue;
        }
        const QJsonObject *parameter = operation.queryParameter(name);
        if (!parameter) {
            errors.append(parameterError(QStringLiteral("ILLEGAL"), name,
                                         QStringLiteral("The parameter '%1' can not be used with this request")
                                             .arg(name)));
            continue;
        }
        const QString problem = valueProblem(item.second, parameter->value(QStringLiteral("schema")).toObject());
        if (!problem.isEmpty())
            errors.append(parameterError(QStringLiteral("INVALID"), name,
                                         QStringLiteral("The parameter '%1': %2.").arg(name, problem)));
    }
    for (const QJsonObject &parameter : operation.queryParameters) {
        const QString name = parameter.value(QStringLiteral("name")).toString();
        if (parameter.value(QStringLiteral("required")).toBool() && !seen.contains(name))
            errors.append(parameterError(QStringLiteral("REQUIRED"), name,
                                         QStringLiteral("The required parameter '%1' is missing.").arg(name)));
    }
    return errors;
}

} // namespace Sandbox::QueryValidator
