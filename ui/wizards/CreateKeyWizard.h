// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EcKeyPair.h"
#include "Keys.h"
#include "WizardBase.h"

namespace AltDist {

class Workspace;

/// What the create-key pages share. The private key is dropped when the wizard closes.
struct KeyDraft
{
    bool generate = true;
    EcKeyPair pair;            ///< generated here (generate); kept until the wizard closes
    QByteArray importedPem;    ///< validated SPKI PEM (import)
    QString privateKeyFile;    ///< generate: also write the private key here (0600); empty = keychain only
    QString appId;             ///< empty = account-wide
    QString appName;

    DistributionKey created;   ///< set once App Store Connect has the key
    bool inKeychain = false;
    bool inFile = false;
    Error keychainError;       ///< why the keychain refused, when it did
    Error fileError;           ///< why the file could not be written, when it could not

    QByteArray publicKeyPem() const { return generate ? pair.publicKeyPem() : importedPem; }
};

/// Creates a web-distribution key: generate a P-256 pair here (private half
/// into the keychain under the new key's ID, optionally also into a 0600 file)
/// or import a public key PEM; optionally tie it to an app; KeysApi::create;
/// then the new key ID and where the private key went. A keychain failure
/// after the key exists is said plainly, with the offer to save the key to a
/// file: it is never dropped silently.
class CreateKeyWizard final : public WizardBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateKeyWizard)

public:
    enum PageId { SourcePage, AppPage, DonePage };

    explicit CreateKeyWizard(Workspace &workspace, const QString &appId = {}, QWidget *parent = nullptr);
    ~CreateKeyWizard() override;

    /// The key as App Store Connect returned it, after acceptance.
    DistributionKey createdKey() const { return m_draft.created; }

protected:
    void clearSecrets() override;

private:
    KeyDraft m_draft;
};

} // namespace AltDist
