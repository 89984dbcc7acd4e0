// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace AltDist {

class Workspace;

/// Opens the wizards window-modal over the main window (open(), never
/// exec()), one at a time, and reports what each one made once accepted.
class WizardLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardLauncher)

public:
    WizardLauncher(Workspace &workspace, QWidget *window);

    /// The wizard open now, if any.
    QDialog *current() const { return m_current; }

public Q_SLOTS:
    void addAccount();
    void addDomain();
    void createKey(const QString &appId = {});
    void createPackage(const QString &appId = {}, const QString &versionId = {});

Q_SIGNALS:
    void accountAdded(const QString &name);
    void domainAdded();
    void keyCreated();
    void packageCreated(const QString &appId, const QString &versionId);

private:
    /// Shows `wizard` (deleted on close) and calls `accepted` when it is accepted.
    template<typename Wizard, typename OnAccepted>
    void show(Wizard *wizard, OnAccepted accepted);

    Workspace &m_workspace;
    QWidget *m_window;
    QPointer<QDialog> m_current;
};

} // namespace AltDist
