// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardBase.h"

namespace AltDist {

class PackageDonePage;
class Workspace;

/// What the create-package pages share.
struct PackageDraft
{
    QString appId;
    QString appName;
    QString versionId;
    QString versionLabel; ///< "iOS 2.4.0"
    QString packageId;    ///< the created package, or the existing one to go to
};

/// Creates the alternative distribution package of an App Store version: pick
/// the app (all pages, filterable), pick one of its versions (ineligible ones
/// disabled with the reason; one that already has a package offers "Go to
/// Package"), create, and show the new package's ID.
///
/// With `appId` the wizard starts at the version list; `versionId` preselects
/// a version there.
class CreatePackageWizard final : public WizardBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreatePackageWizard)

public:
    enum PageId { AppPage, VersionPage, DonePage };

    explicit CreatePackageWizard(Workspace &workspace, const QString &appId = {}, const QString &versionId = {},
                                 QWidget *parent = nullptr);

    /// After acceptance: the app and version, and the package (created, or the
    /// existing one the user chose to go to).
    QString appId() const { return m_draft.appId; }
    QString versionId() const { return m_draft.versionId; }
    QString packageId() const { return m_draft.packageId; }

private:
    PackageDraft m_draft;
};

} // namespace AltDist
