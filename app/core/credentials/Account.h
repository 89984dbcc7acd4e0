// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace AltDist {

/// The non-secret half of an App Store Connect account as AltDist knows it:
/// a user-chosen name plus the IDs Apple shows next to the API key. The
/// private key itself lives only in the OS keychain (see CredentialStore).
struct Account
{
    QString name;     ///< user-chosen, unique; see accountNameProblem()
    QString issuerId; ///< UUID of a team key; empty for an individual key
    QString keyId;    ///< 10 upper-case alphanumerics

    bool isIndividual() const { return issuerId.isEmpty(); }

    friend bool operator==(const Account &a, const Account &b)
    {
        return a.name == b.name && a.issuerId == b.issuerId && a.keyId == b.keyId;
    }
    friend bool operator!=(const Account &a, const Account &b) { return !(a == b); }
};

/// Longest accepted account name, in UTF-16 code units.
constexpr int MaxAccountNameLength = 64;

/// Empty when `name` is a valid account name, otherwise a translated, specific
/// message. Valid: non-empty, no leading/trailing white space, no '/' or '\',
/// no control characters, at most MaxAccountNameLength characters.
QString accountNameProblem(const QString &name);

/// Checks the name, the issuer ID and the key ID; the first problem found is an
/// Error::Kind::InvalidInput error.
Status validateAccount(const Account &account);

} // namespace AltDist
