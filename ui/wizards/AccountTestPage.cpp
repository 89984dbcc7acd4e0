// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountTestPage.h"

#include "AddAccountWizard.h"
#include "ApiClient.h"
#include "Apps.h"
#include "CredentialStore.h"
#include "ErrorBanner.h"
#include "Page.h"
#include "TokenProvider.h"
#include "WizardSupport.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace AltDist {

AccountTestPage::AccountTestPage(Workspace &workspace, AccountDraft &draft, QWidget *parent)
    : AsyncPage(parent),
      m_workspace(workspace),
      m_draft(draft),
      m_summary(new QLabel(this)),
      m_test(new QPushButton(tr("Test Connection"), this)),
      m_result(new FieldHint(this))
{
    setTitle(tr("Test and Save"));
    setSubTitle(tr("Optionally check that App Store Connect accepts the key, then click Finish to store it "
                   "in the system keychain."));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_result->setObjectName(QStringLiteral("testResult"));
    connect(m_test, &QPushButton::clicked, this, &AccountTestPage::testConnection);
    auto *note = new QLabel(tr("Testing is optional: you may finish without it. AltDist then finds out whether "
                               "the key works when the account is first opened."),
                            this);
    note->setObjectName(QStringLiteral("untestedNote"));
    note->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_test);
    row->addStretch(1);
    contentLayout()->addWidget(m_summary);
    contentLayout()->addSpacing(fontMetrics().height());
    contentLayout()->addLayout(row);
    contentLayout()->addWidget(m_result);
    contentLayout()->addWidget(note);
}

AccountTestPage::~AccountTestPage()
{
    dropClient();
}

Account AccountTestPage::account() const
{
    const bool individual = field(QStringLiteral("individual")).toBool();
    return Account{field(QStringLiteral("accountName")).toString(),
                   individual ? QString() : field(QStringLiteral("issuerId")).toString(),
                   field(QStringLiteral("keyId")).toString()};
}

void AccountTestPage::initializePage()
{
    const Account a = account();
    const QString type = a.isIndividual() ? tr("Individual key") : tr("Team key, issuer ID %1").arg(a.issuerId);
    m_summary->setText(tr("Account: %1\nKey ID: %2\n%3").arg(a.name, a.keyId, type));
    m_result->setNote({});
    banner()->clear();
}

void AccountTestPage::cleanupPage()
{
    abortWork();
    dropClient();
}

void AccountTestPage::dropClient()
{
    // The client's calls go before the token provider they sign with.
    m_client.reset();
    m_tokens.reset();
}

void AccountTestPage::testConnection()
{
    QObject *context = beginWork(tr("Asking App Store Connect…"));
    m_result->setNote({});
    dropClient();
    const Account a = account();
    m_tokens = std::make_unique<TokenProvider>(ApiCredentials{a.issuerId, a.keyId, m_draft.key});
    m_client = std::make_unique<ApiClient>(m_tokens.get());
    RetryPolicy quick;
    quick.maxAttempts = 2;
    m_client->setRetryPolicy(quick);
    if (const QUrl base = m_workspace.accountBaseUrl(); !base.isEmpty()) {
        if (const Status s = m_client->setBaseUrl(base); !s.ok()) {
            endWork();
            banner()->setError(s.error());
            return;
        }
    }
    const Pending<Page<App>> request = AppsApi(m_client.get()).list(1);
    track(request.call());
    request.then(context, [this](Result<Page<App>> page) {
        endWork();
        if (!page.ok()) {
            m_result->setProblem(tr("The connection test failed."));
            banner()->setError(page.error());
            return;
        }
        m_result->setNote(page->total ? tr("The key works: App Store Connect answered and lists %n app(s).", nullptr,
                                           *page->total)
                                      : tr("The key works: App Store Connect answered."));
    });
}

bool AccountTestPage::validatePage()
{
    if (m_stored)
        return true;
    if (!isBusy())
        store();
    return false;
}

void AccountTestPage::store()
{
    QObject *context = beginWork(tr("Storing the key in the system keychain…"));
    const Account a = account();
    m_workspace.credentials().addAccount(a, m_draft.key, context, [this, a](Status added) {
        endWork();
        if (!added.ok()) {
            banner()->setError(added.error());
            return;
        }
        m_stored = true;
        Q_EMIT stored(a.name);
    });
}

} // namespace AltDist
