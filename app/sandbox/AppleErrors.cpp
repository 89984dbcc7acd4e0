// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppleErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

// These strings are wire data, worded as App Store Connect words them (always
// English, whatever the client's locale), so they are deliberately not tr()'d.

namespace Sandbox {

namespace {

QJsonObject toJson(const AppleError &error)
{
    QJsonObject object{
        {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("status"), QString::number(error.status)},
        {QStringLiteral("code"), error.code},
        {QStringLiteral("title"), error.title},
    };
    if (!error.detail.isEmpty())
        object.insert(QStringLiteral("detail"), error.detail);
    if (!error.pointer.isEmpty())
        object.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("pointer"), error.pointer}});
    else if (!error.parameter.isEmpty())
        object.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("parameter"), error.parameter}});
    return object;
}

AppleError make(int status, const QString &code, const QString &title, const QString &detail)
{
    AppleError error;
    error.status = status;
    error.code = code;
    error.title = title;
    error.detail = detail;
    return error;
}

} // namespace

HttpResponse errorResponse(const QList<AppleError> &errors)
{
    QJsonArray array;
    for (const AppleError &error : errors)
        array.append(toJson(error));
    const QJsonObject document{{QStringLiteral("errors"), array}};
    const int status = errors.isEmpty() ? 500 : errors.first().status;
    return HttpResponse::json(status, QJsonDocument(document).toJson(QJsonDocument::Compact));
}

HttpResponse errorResponse(const AppleError &error)
{
    return errorResponse(QList<AppleError>{error});
}

AppleError notAuthorized(const QString &detail)
{
    return make(401, QStringLiteral("NOT_AUTHORIZED"),
                QStringLiteral("Authentication credentials are missing or invalid."),
                detail.isEmpty()
                    ? QStringLiteral("Provide a properly configured and signed bearer token, and make sure that it "
                                     "has not expired. Learn more about Generating Tokens for API Requests "
                                     "https://developer.apple.com/go/?id=api-generating-tokens")
                    : detail);
}

AppleError forbidden(const QString &detail)
{
    return make(403, QStringLiteral("FORBIDDEN_ERROR"), QStringLiteral("This request is forbidden for security reasons"),
                detail);
}

AppleError notFound(const QString &type, const QString &id)
{
    return make(404, QStringLiteral("NOT_FOUND"), QStringLiteral("The specified resource does not exist"),
                QStringLiteral("There is no resource of type '%1' with id '%2'").arg(type, id));
}

AppleError pathError(const QString &path)
{
    QString resource = path;
    while (resource.startsWith(QLatin1Char('/')))
        resource.remove(0, 1);
    return make(404, QStringLiteral("PATH_ERROR"), QStringLiteral("The URL path is not valid"),
                QStringLiteral("The resource '%1' does not exist").arg(resource));
}

AppleError methodNotAllowed(const QString &method, const QString &path)
{
    return make(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                QStringLiteral("The request method is not valid for the resource path."),
                QStringLiteral("The resource '%1' does not allow '%2'.").arg(path, method));
}

AppleError parameterError(const QString &codeSuffix, const QString &parameter, const QString &detail)
{
    QString title;
    if (codeSuffix == QLatin1String("ILLEGAL"))
        title = QStringLiteral("A parameter cannot be used with this request");
    else if (codeSuffix == QLatin1String("REQUIRED"))
        title = QStringLiteral("A required parameter is missing");
    else
        title = QStringLiteral("A parameter has an invalid value");
    AppleError error = make(400, QStringLiteral("PARAMETER_ERROR.") + codeSuffix, title, detail);
    error.parameter = parameter;
    return error;
}

AppleError entityUnprocessable(const QString &detail, const QString &pointer)
{
    AppleError error = make(422, QStringLiteral("ENTITY_UNPROCESSABLE"),
                            QStringLiteral("The request entity is not valid."), detail);
    error.pointer = pointer;
    return error;
}

AppleError entityInvalid(const QString &detail)
{
    return make(400, QStringLiteral("ENTITY_INVALID"), QStringLiteral("The provided entity is invalid"), detail);
}

AppleError unsupportedMediaType()
{
    return make(415, QStringLiteral("UNSUPPORTED_MEDIA_TYPE"),
                QStringLiteral("The request entity has an unsupported media type."),
                QStringLiteral("The request must have the Content-Type 'application/json'."));
}

AppleError rateLimitExceeded()
{
    return make(429, QStringLiteral("RATE_LIMIT_EXCEEDED"), QStringLiteral("The request rate limit has been reached."),
                QStringLiteral("We've received too many requests for this API. Please wait and try again or slow "
                               "down your request rate."));
}

AppleError conflict(const QString &code, const QString &title, const QString &detail, const QString &pointer)
{
    AppleError error = make(409, code, title, detail);
    error.pointer = pointer;
    return error;
}

AppleError serverError(int status)
{
    return make(status, QStringLiteral("UNEXPECTED_ERROR"), QStringLiteral("An unexpected error occurred."),
                QStringLiteral("An unexpected error occurred on the server side. If this issue continues, contact "
                               "us at https://developer.apple.com/contact/."));
}

} // namespace Sandbox
