// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;

namespace AltDist {

class CopyableId;
struct PackageDraft;

/// Create package, last page: the new package's ID, copyable.
class PackageDonePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageDonePage)

public:
    PackageDonePage(const PackageDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;

private:
    const PackageDraft &m_draft;
    QLabel *m_summary;
    CopyableId *m_packageId;
};

} // namespace AltDist
