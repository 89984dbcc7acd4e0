// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QList>
#include <QPointer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace AltDist {

class ApiCall;
class ErrorBanner;

/// A wizard page that may wait for asynchronous work (a request, the
/// keychain). While it waits it shows a busy row, reports itself incomplete
/// (so QWizard disables Next/Finish) and disables Back; Cancel reaches
/// abortWork() through WizardBase. Errors go to the page's ErrorBanner.
///
/// Subclasses put their widgets into contentLayout(), call beginWork() before
/// starting a request, pass the callbacks the returned context and call
/// endWork() when the answer arrives.
class AsyncPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AsyncPage)

public:
    explicit AsyncPage(QWidget *parent = nullptr);

    bool isBusy() const { return m_context != nullptr; }
    bool isComplete() const override;

    /// Cancels what the page waits for: aborts tracked requests, drops their
    /// callbacks, hides the busy row.
    void abortWork();

    ErrorBanner *banner() const { return m_banner; }

protected:
    QVBoxLayout *contentLayout() const { return m_content; }

    /// Shows `busyText` with a busy indicator and returns the context object
    /// the callbacks must be tied to (it dies in endWork()/abortWork()). Any
    /// work still running is abandoned first. Clears the banner.
    QObject *beginWork(const QString &busyText);
    /// Lets abortWork() cancel `call` at the network level too.
    void track(ApiCall *call);
    /// Hides the busy row; the page becomes completable again.
    void endWork();

private:
    void refreshButtons();

    QVBoxLayout *m_content;
    QWidget *m_busyRow;
    QLabel *m_busyLabel;
    QProgressBar *m_busyBar;
    ErrorBanner *m_banner;
    QObject *m_context = nullptr;
    QList<QPointer<ApiCall>> m_calls;
};

} // namespace AltDist
