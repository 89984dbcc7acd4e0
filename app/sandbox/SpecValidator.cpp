// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpecValidator.h"

#include "QueryValidator.h"
#include "SchemaValidator.h"
#include "SpecDocument.h"

#include <QJsonDocument>

namespace Sandbox {

namespace {

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    return mediaType == "application/json";
}

} // namespace

SpecValidator::Verdict SpecValidator::validateRequest(const HttpRequest &request)
{
    const SpecDocument &spec = SpecDocument::instance();
    Verdict verdict;
    const auto match = spec.matchPath(request.path);
    if (!match) {
        verdict.errors.append(pathError(request.path));
        return verdict;
    }
    verdict.operationPath = match->pathTemplate;
    verdict.pathParams = match->params;
    const SpecOperation *operation = spec.operation(match->pathTemplate, request.method);
    if (!operation) {
        verdict.errors.append(methodNotAllowed(QString::fromLatin1(request.method), request.path));
        return verdict;
    }
    verdict.errors = QueryValidator::validate(*operation, request.query);
    if (!verdict.errors.isEmpty())
        return verdict;
    if (!operation->requestSchema.isEmpty())
        verdict.errors = validateBody(request, operation->requestSchema, operation->requestBodyRequired);
    return verdict;
}

QList<AppleError> SpecValidator::validateBody(const HttpRequest &request, const QString &schemaName, bool required)
{
    if (request.body.isEmpty() && !required)
        return {};
    if (!isJsonContentType(request.header("Content-Type")))
        return {unsupportedMediaType()};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {entityInvalid(QStringLiteral("The request body is not valid JSON: %1 at offset %2.")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset))};
    if (!document.isObject())
        return {entityInvalid(QStringLiteral("The request body must be a JSON object."))};
    QList<AppleError> errors;
    const auto problems = SchemaValidator::instance().validate(schemaName, QJsonValue(document.object()));
    for (const SchemaValidator::Problem &problem : problems)
        errors.append(entityUnprocessable(problem.message, problem.pointer.isEmpty() ? QStringLiteral("/") : problem.pointer));
    return errors;
}

QStringList SpecValidator::validateResponse(const QString &operationPath, const QByteArray &method, int status,
                                            const QByteArray &body)
{
    const SpecOperation *operation = SpecDocument::instance().operation(operationPath, method);
    if (!operation)
        return {};
    const QString where = QStringLiteral("response %1 to %2 %3").arg(status).arg(QString::fromLatin1(method), operationPath);
    const auto it = operation->responseSchemas.constFind(status);
    if (it == operation->responseSchemas.cend())
        return {where + QStringLiteral(": status not documented for this operation")};
    if (it.value().isEmpty()) {
        return body.isEmpty() ? QStringList() : QStringList{where + QStringLiteral(": body where none is documented")};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {where + QStringLiteral(": body is not a JSON object")};
    QJsonObject object = document.object();
    // JSON:API answers an empty to-one relationship ("/v1/apps/{id}/alternativeDistributionKey"
    // for an app without a key) with "data": null; Apple's document never marks it nullable.
    const bool emptyToOne = object.value(QStringLiteral("data")).isNull()
                            && operationPath.indexOf(QStringLiteral("{id}/")) > 0 && status == 200;
    if (emptyToOne)
        object.remove(QStringLiteral("data"));
    QStringList lines;
    const auto problems = SchemaValidator::instance().validate(it.value(), QJsonValue(object));
    for (const SchemaValidator::Problem &problem : problems) {
        if (emptyToOne && problem.pointer == QLatin1String("/data"))
            continue;
        lines.append(where + QStringLiteral(": %1: %2").arg(problem.pointer, problem.message));
    }
    return lines;
}

QString SpecValidator::violationLine(const HttpRequest &request, const QString &what)
{
    return QString::fromLatin1(request.method) + QLatin1Char(' ') + QString::fromLatin1(request.rawTarget)
           + QStringLiteral(": ") + what;
}

QString SpecValidator::describe(const AppleError &error)
{
    QString text = QString::number(error.status) + QLatin1Char(' ') + error.code;
    if (!error.parameter.isEmpty())
        text += QStringLiteral(" (parameter %1)").arg(error.parameter);
    if (!error.pointer.isEmpty())
        text += QStringLiteral(" (at %1)").arg(error.pointer);
    if (!error.detail.isEmpty())
        text += QStringLiteral(": ") + error.detail;
    return text;
}

} // namespace Sandbox
