// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppStoreVersions.h"
#include "TestSandbox.h"

#include <QList>
#include <QString>

namespace AltDist::Test {

/// Ids from the sandbox's demo data, found with the test's own client (so
/// tests do not hard-code generated ids).
struct SandboxCatalog
{
    QList<AppStoreVersion> versions;   ///< every App Store version of every app
    QString packagedVersionId;         ///< an eligible version that has a package
    QString packageId;                 ///< its package
    QString completedPackageVersionId; ///< a COMPLETED version of that package with variants and deltas
    QString variantId;
    QString deltaId;

    /// An eligible version without a package yet (by eligibility() and a
    /// package lookup), or empty.
    QString eligibleWithoutPackage(TestSandbox &sandbox, QObject *context) const;
    /// A version eligibility() rules out (e.g. macOS), or empty.
    QString ineligibleVersion() const;

    /// Walks apps -> versions -> packages -> package versions -> variants/deltas.
    static SandboxCatalog discover(TestSandbox &sandbox, QObject *context);
};

} // namespace AltDist::Test
