// SPDX-License-Identifier: GPL-3.0-or-later
#include "AsyncPage.h"

#include "ApiClient.h"
#include "ErrorBanner.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QWizard>

#include <utility>

namespace AltDist {

AsyncPage::AsyncPage(QWidget *parent)
    : QWizardPage(parent),
      m_content(new QVBoxLayout),
      m_busyRow(new QWidget(this)),
      m_busyLabel(new QLabel(m_busyRow)),
      m_busyBar(new QProgressBar(m_busyRow)),
      m_banner(new ErrorBanner(this))
{
    m_busyBar->setRange(0, 0); // indeterminate
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyLabel->setWordWrap(true);
    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyLabel, 1);
    busyLayout->addWidget(m_busyBar, 1);
    m_busyRow->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_content);
    layout->addStretch(1);
    layout->addWidget(m_banner);
    layout->addWidget(m_busyRow);
}

bool AsyncPage::isComplete() const
{
    return !isBusy() && QWizardPage::isComplete();
}

QObject *AsyncPage::beginWork(const QString &busyText)
{
    abortWork();
    m_banner->clear();
    m_context = new QObject(this);
    m_busyLabel->setText(busyText);
    m_busyRow->setVisible(true);
    refreshButtons();
    return m_context;
}

void AsyncPage::track(ApiCall *call)
{
    if (call)
        m_calls.append(call);
}

void AsyncPage::endWork()
{
    // Deleted at once (also from inside one of its callbacks: Qt keeps the
    // running slot alive) so that no later answer tied to it can arrive.
    delete std::exchange(m_context, nullptr);
    m_calls.clear();
    m_busyRow->setVisible(false);
    refreshButtons();
}

void AsyncPage::abortWork()
{
    if (!isBusy())
        return;
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    // The context goes first so that the cancelled callbacks never run.
    delete std::exchange(m_context, nullptr);
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->abort();
    }
    endWork();
}

void AsyncPage::refreshButtons()
{
    // QWizard re-evaluates Next/Finish (and re-enables Back) on completeChanged;
    // while waiting, Back stays off too so the page cannot change under a request.
    Q_EMIT completeChanged();
    if (QWizard *w = wizard(); w && isBusy()) {
        if (QAbstractButton *back = w->button(QWizard::BackButton))
            back->setEnabled(false);
    }
}

} // namespace AltDist
