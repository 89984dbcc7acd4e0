// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppStoreVersions.h"
#include "AsyncPage.h"

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace AltDist {

class FieldHint;
class Workspace;
struct PackageDraft;

/// Create package, page 2 (the commit page): the app's App Store versions,
/// ineligible ones disabled with the reason in the row and its tooltip. A
/// version that already has a package says so and offers "Go to Package".
/// "Create Package" POSTs once; a 409 looks the existing package up.
class PackageVersionPage final : public AsyncPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageVersionPage)

public:
    PackageVersionPage(Workspace &workspace, PackageDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    void goToPackage(const QString &packageId);

private:
    void load();
    void fill(const QList<AppStoreVersion> &versions);
    void versionChosen();
    void lookUpPackage(const QString &versionId, const std::optional<Error> &conflict = std::nullopt);
    void showExisting(const QString &packageId);
    void create();
    QString selectedVersionId() const;

    Workspace &m_workspace;
    PackageDraft &m_draft;
    QListWidget *m_list;
    FieldHint *m_status;
    QPushButton *m_goTo;
    QString m_loadedFor;   ///< the app whose versions the list shows
    QString m_existing;    ///< the selected version's package, if it has one
    bool m_checked = false; ///< the selected version was checked for a package
    bool m_leaving = false; ///< created, or going to an existing package
};

} // namespace AltDist
