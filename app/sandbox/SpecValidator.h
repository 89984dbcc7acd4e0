// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppleErrors.h"
#include "HttpMessage.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sandbox {

/// Checks requests (and, on demand, the sandbox's own responses) against
/// Apple's OpenAPI document: path (404 PATH_ERROR), method (405), query
/// parameters (400 PARAMETER_ERROR.*), Content-Type (415), JSON syntax
/// (400 ENTITY_INVALID) and body schema (422 ENTITY_UNPROCESSABLE, one error
/// per problem with its source.pointer). Stateless and thread-safe.
class SpecValidator final
{
public:
    struct Verdict
    {
        QList<AppleError> errors;            ///< empty: the request is valid
        QString operationPath;               ///< the matched template, if any
        QHash<QString, QString> pathParams;
    };

    static Verdict validateRequest(const HttpRequest &request);

    /// Problems of a response we are about to send for `operationPath`/`method`
    /// (undocumented status, body not matching the status's schema).
    /// Exception to the document: `"data": null` is accepted in a 200 from a
    /// to-one related endpoint ("/v1/apps/{id}/alternativeDistributionKey"
    /// with no key), as JSON:API answers an empty to-one relationship.
    static QStringList validateResponse(const QString &operationPath, const QByteArray &method, int status,
                                        const QByteArray &body);

    /// "POST /v1/x?y: what" — one line for SandboxServer::specViolations().
    static QString violationLine(const HttpRequest &request, const QString &what);
    static QString describe(const AppleError &error);

private:
    static QList<AppleError> validateBody(const HttpRequest &request, const QString &schemaName, bool required);
};

} // namespace Sandbox
