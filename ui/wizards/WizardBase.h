// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

namespace AltDist {

class ApiClient;
class Workspace;

/// What the four AltDist wizards share: the look (modern style, minimum size),
/// Cancel aborting whatever an AsyncPage waits for, secrets dropped when the
/// wizard closes, and closing when the workspace's connection goes away
/// (the ApiClient it used would be gone).
class WizardBase : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardBase)

public:
    explicit WizardBase(QWidget *parent = nullptr);

    void done(int result) override;

protected:
    /// Drops key material held by the wizard; called when it closes (either way).
    virtual void clearSecrets() {}
    /// Rejects the wizard when `workspace`'s connection is replaced or closed.
    void closeOnConnectionChange(Workspace &workspace);
    /// Aborts the work of every AsyncPage.
    void abortAllWork();
};

/// The client of the workspace's current connection; null when not connected.
ApiClient *currentClient(const Workspace &workspace);

} // namespace AltDist
