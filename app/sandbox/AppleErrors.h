// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpMessage.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Sandbox {

/// One error of an Apple ErrorResponse, as the real API words them.
struct AppleError
{
    int status = 400;
    QString code;
    QString title;
    QString detail;
    QString pointer;   ///< source.pointer (body errors)
    QString parameter; ///< source.parameter (query errors)
};

/// `{"errors":[{id, status, code, title, detail, source}]}` with fresh ids;
/// the HTTP status is the first error's.
HttpResponse errorResponse(const QList<AppleError> &errors);
HttpResponse errorResponse(const AppleError &error);

// The stock errors, worded as Apple words them.
AppleError notAuthorized(const QString &detail = {});
AppleError forbidden(const QString &detail);
AppleError notFound(const QString &type, const QString &id);
AppleError pathError(const QString &path);
AppleError methodNotAllowed(const QString &method, const QString &path);
AppleError parameterError(const QString &codeSuffix /* INVALID, ILLEGAL, REQUIRED */,
                          const QString &parameter, const QString &detail);
AppleError entityUnprocessable(const QString &detail, const QString &pointer = {});
AppleError entityInvalid(const QString &detail);
AppleError unsupportedMediaType();
AppleError rateLimitExceeded();
/// 5xx UNEXPECTED_ERROR, as Apple answers when something fails on its side.
AppleError serverError(int status = 500);
AppleError conflict(const QString &code, const QString &title, const QString &detail,
                    const QString &pointer = {});

} // namespace Sandbox
