// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyAppPage.h"

#include "CreateKeyWizard.h"
#include "CredentialStore.h"
#include "ErrorBanner.h"
#include "WizardSupport.h"
#include "Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace AltDist {

KeyAppPage::KeyAppPage(Workspace &workspace, KeyDraft &draft, QWidget *parent)
    : AsyncPage(parent), m_workspace(workspace), m_draft(draft), m_app(new QComboBox(this)), m_appsNote(new QLabel(this))
{
    setTitle(tr("App"));
    setSubTitle(tr("A key can serve every alternative-distribution app of the account, or just one app."));
    setCommitPage(true);
    m_app->setObjectName(QStringLiteral("keyAppCombo"));
    m_app->addItem(tr("Account-wide (all apps)"), QString());
    m_appsNote->setWordWrap(true);
    connect(banner(), &ErrorBanner::retryRequested, this, &KeyAppPage::loadApps);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Use the key for:"), m_app);
    form->addRow(QString(), m_appsNote);
    contentLayout()->addLayout(form);
}

void KeyAppPage::initializePage()
{
    if (!m_appsLoaded)
        loadApps();
}

void KeyAppPage::loadApps()
{
    QObject *context = beginWork(tr("Loading apps…"));
    banner()->setRetryVisible(false);
    loadAllApps(currentClient(m_workspace), context, [this](Result<QList<App>> apps) {
        endWork();
        if (!apps.ok()) {
            banner()->setError(apps.error());
            banner()->setRetryVisible(true);
            m_appsNote->setText(tr("The apps could not be loaded; an account-wide key can still be created."));
            return;
        }
        m_appsLoaded = true;
        m_appsNote->clear();
        while (m_app->count() > 1)
            m_app->removeItem(1);
        for (const App &app : apps.value()) {
            m_app->addItem(appLabel(app), app.id);
            if (app.id == m_draft.appId)
                m_app->setCurrentIndex(m_app->count() - 1);
        }
    });
}

bool KeyAppPage::validatePage()
{
    if (m_done)
        return true;
    if (!isBusy())
        create();
    return false;
}

void KeyAppPage::create()
{
    m_draft.appId = m_app->currentData().toString();
    m_draft.appName = m_draft.appId.isEmpty() ? QString() : m_app->currentText();
    if (m_draft.generate && m_draft.pair.isNull()) {
        // Made once per wizard: a retried upload sends the same public key.
        Result<EcKeyPair> pair = EcKeyPair::generateP256();
        if (!pair.ok()) {
            banner()->setError(pair.error());
            return;
        }
        m_draft.pair = pair.value();
    }
    if (m_draft.generate)
        checkKeychain();
    else
        upload();
}

void KeyAppPage::checkKeychain()
{
    // Before anything exists at Apple: a key whose private half cannot be kept is worthless.
    QObject *context = beginWork(tr("Checking the system keychain…"));
    m_workspace.credentials().checkAvailable(context, [this](Status available) {
        endWork();
        if (available.ok() || !m_draft.privateKeyFile.isEmpty())
            return upload(); // with a file chosen, the done page says the key is only there
        banner()->setError(Error(available.error().kind(),
                                 tr("Nothing was created: the system keychain is unavailable, so the private key "
                                    "would be lost. Go back and choose to also save it to a file, or unlock the "
                                    "keychain and try again.\n%1")
                                     .arg(available.error().message())));
    });
}

void KeyAppPage::upload()
{
    ApiClient *client = currentClient(m_workspace);
    if (!client) {
        banner()->setMessage(tr("Not connected: open an account or the sandbox first."));
        return;
    }
    QObject *context = beginWork(tr("Creating the key at App Store Connect…"));
    const Pending<DistributionKey> request = KeysApi(client).create(m_draft.publicKeyPem(), m_draft.appId);
    track(request.call());
    request.then(context, [this](Result<DistributionKey> key) {
        endWork();
        if (!key.ok()) {
            banner()->setError(key.error());
            return;
        }
        m_draft.created = key.value();
        if (m_draft.generate)
            keepPrivateKey();
        else
            finish();
    });
}

void KeyAppPage::keepPrivateKey()
{
    QObject *context = beginWork(tr("Storing the private key in the system keychain…"));
    m_workspace.credentials().storeWebDistributionKey(
        m_draft.created.id, m_draft.pair.privateKeyPem(), context, [this](Status stored) {
            endWork();
            m_draft.inKeychain = stored.ok();
            if (!stored.ok())
                m_draft.keychainError = stored.error();
            if (!m_draft.privateKeyFile.isEmpty()) {
                const Status written = EcKeyPair::writePrivateKeyFile(m_draft.privateKeyFile, m_draft.pair.privateKeyPem());
                m_draft.inFile = written.ok();
                if (!written.ok())
                    m_draft.fileError = written.error();
            }
            finish();
        });
}

void KeyAppPage::finish()
{
    // The key exists at Apple now: from here on only forward (the done page says where the private key went).
    m_done = true;
    wizard()->next();
}

} // namespace AltDist
