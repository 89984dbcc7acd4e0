// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppleErrors.h"
#include "SpecDocument.h"

#include <QUrlQuery>

namespace Sandbox::QueryValidator {

/// Checks a request's query against its operation's declared parameters:
/// undeclared names (PARAMETER_ERROR.ILLEGAL), values outside an enum or a
/// maximum or of the wrong type (PARAMETER_ERROR.INVALID), missing required
/// parameters (PARAMETER_ERROR.REQUIRED). Arrays are comma-separated (style
/// form, explode false). One error per problem.
///
/// Exception to the document: `cursor` is accepted on every GET that declares
/// `limit`. Apple's `links.next` carry it, but the document never lists it.
QList<AppleError> validate(const SpecOperation &operation, const QUrlQuery &query);

} // namespace Sandbox::QueryValidator
