// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AsyncPage.h"
#include "Keys.h"

class QComboBox;
class QLabel;

namespace AltDist {

class Workspace;
struct KeyDraft;

/// Create key, page 2 (the commit page): account-wide or tied to one app
/// (apps load in the background; account-wide is always available), then
/// "Create Key": for a generated pair a check that the keychain answers
/// (unless a file was chosen, nothing is uploaded without one), the upload, and for a generated pair the private key into
/// the keychain under the new ID (and into the chosen file).
class KeyAppPage final : public AsyncPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyAppPage)

public:
    KeyAppPage(Workspace &workspace, KeyDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    void loadApps();
    void create();
    void checkKeychain();
    void upload();
    void keepPrivateKey();
    void finish();

    Workspace &m_workspace;
    KeyDraft &m_draft;
    QComboBox *m_app;
    QLabel *m_appsNote;
    bool m_appsLoaded = false;
    bool m_done = false;
};

} // namespace AltDist
