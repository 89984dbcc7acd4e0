// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardBase.h"

#include "AsyncPage.h"
#include "Workspace.h"

namespace AltDist {

WizardBase::WizardBase(QWidget *parent) : QWizard(parent)
{
#ifndef Q_OS_MACOS
    setWizardStyle(QWizard::ModernStyle);
#endif
    setOption(QWizard::NoBackButtonOnStartPage, true);
    const QFontMetrics metrics = fontMetrics();
    // Wide enough that a subtitle of two lines, also in German, is not cut
    // off: QWizard's header does not grow for a third line.
    setMinimumSize(metrics.averageCharWidth() * 84, metrics.height() * 28);
}

void WizardBase::done(int result)
{
    if (result == QDialog::Rejected)
        abortAllWork();
    QWizard::done(result);
    // QWizard::done() refuses to accept when the current page does not validate.
    if (result == QDialog::Rejected || this->result() == QDialog::Accepted)
        clearSecrets();
}

void WizardBase::closeOnConnectionChange(Workspace &workspace)
{
    connect(&workspace, &Workspace::connectionChanged, this, [this] {
        abortAllWork();
        if (isVisible())
            reject();
    });
}

void WizardBase::abortAllWork()
{
    const QList<int> ids = pageIds();
    for (int id : ids) {
        if (auto *asyncPage = qobject_cast<AsyncPage *>(page(id)))
            asyncPage->abortWork();
    }
}

ApiClient *currentClient(const Workspace &workspace)
{
    return workspace.connection() ? workspace.connection()->client() : nullptr;
}

} // namespace AltDist
