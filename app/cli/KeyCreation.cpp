// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyCreation.h"

#include "CredentialStore.h"
#include "Invocation.h"
#include "Output.h"
#include "SecretStore.h"
#include "Terminal.h"

#include <QFile>
#include <QFileInfo>

namespace AltDist::Cli {

namespace {
const QString kGenerate = QStringLiteral("generate");
const QString kPublicKey = QStringLiteral("public-key");
const QString kApp = QStringLiteral("app");
const QString kPrivateKeyOut = QStringLiteral("private-key-out");

/// Whether a failed POST may still have created the key: only an error answer
/// from the server, or a refusal before sending, proves it did not. A dropped
/// connection, a cancel or an undecodable 2xx answer may follow a created key,
/// whose private half must then not be deleted.
bool keyMayExist(const Error &error)
{
    switch (error.kind()) {
    case Error::Kind::Api:
    case Error::Kind::Authentication:
    case Error::Kind::InvalidInput:
        return false;
    default:
        return true;
    }
}
} // namespace

void KeyCreation::run(Invocation &inv)
{
    const bool generate = inv.isSet(kGenerate);
    if (generate == inv.isSet(kPublicKey))
        return inv.usageError(tr("Give exactly one of --generate (make a key pair here) or --public-key FILE."));
    Plan plan;
    plan.appId = inv.value(kApp).trimmed();
    if (inv.isSet(kApp)) {
        if (const Status id = Resources::checkId(plan.appId); !id.ok())
            return inv.usageError(id.error().message());
    }
    plan.privateKeyOut = inv.value(kPrivateKeyOut).trimmed();
    if (!generate && inv.isSet(kPrivateKeyOut))
        return inv.usageError(tr("--private-key-out only goes with --generate: an imported key's private half is yours already."));
    if (!plan.privateKeyOut.isEmpty() && QFileInfo::exists(plan.privateKeyOut))
        return inv.usageError(tr("%1 already exists; not overwriting a private key file.").arg(plan.privateKeyOut));

    if (!generate) {
        QFile file(inv.value(kPublicKey));
        if (!file.open(QIODevice::ReadOnly))
            return inv.fail({Error::Kind::Io, tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())});
        const Result<QByteArray> pem = EcKeyPair::validatePublicKeyPem(file.read(64 * 1024));
        if (!pem.ok())
            return inv.usageError(pem.error().message());
        plan.publicKeyPem = pem.value();
        return upload(inv, plan);
    }
    Result<EcKeyPair> pair = EcKeyPair::generateP256();
    if (!pair.ok())
        return inv.fail(pair.error());
    plan.pair = pair.value();
    plan.publicKeyPem = plan.pair.publicKeyPem();
    // Credentials first: nothing is written anywhere for a command that cannot upload.
    inv.withClient([&inv, plan](ApiClient &) { checkKeychain(inv, plan); });
}

void KeyCreation::checkKeychain(Invocation &inv, Plan plan)
{
    inv.credentialStore().checkAvailable(&inv, [&inv, plan](Status available) mutable {
        plan.keychainUsable = available.ok();
        if (!plan.keychainUsable && plan.privateKeyOut.isEmpty()) {
            Terminal::printError(tr("Not uploading anything: the keychain is unavailable, so the private key would be "
                                    "lost. Pass --private-key-out FILE to keep it in a file instead."));
            return inv.fail(available.error());
        }
        if (!plan.keychainUsable)
            Terminal::printError(tr("Warning: the keychain is unavailable; the private key is kept only in %1.")
                                     .arg(plan.privateKeyOut));
        if (!plan.privateKeyOut.isEmpty()) {
            // Written before the upload: a file that cannot be written stops everything while nothing exists yet.
            if (const Status written = EcKeyPair::writePrivateKeyFile(plan.privateKeyOut, plan.pair.privateKeyPem());
                !written.ok())
                return inv.fail(written.error());
        }
        upload(inv, plan);
    });
}

void KeyCreation::upload(Invocation &inv, Plan plan)
{
    inv.withClient([&inv, plan](ApiClient &client) {
        KeysApi(&client).create(plan.publicKeyPem, plan.appId).then(&inv, [&inv, plan](Result<DistributionKey> key) {
            if (!key.ok()) {
                if (!plan.privateKeyOut.isEmpty()) {
                    if (!keyMayExist(key.error())) {
                        if (QFile::remove(plan.privateKeyOut))
                            Terminal::printError(tr("Removed %1: its key was not uploaded.").arg(plan.privateKeyOut));
                    } else {
                        Terminal::printError(tr("Kept %1: the key may have been uploaded all the same; "
                                                "check with \"keys list\" before trying again.")
                                                 .arg(plan.privateKeyOut));
                    }
                }
                return inv.fail(key.error());
            }
            if (plan.pair.isNull() || !plan.keychainUsable)
                return report(inv, key.value());
            keepPrivateKey(inv, plan, key.value());
        });
    });
}

void KeyCreation::keepPrivateKey(Invocation &inv, const Plan &plan, const DistributionKey &key)
{
    inv.credentialStore().storeWebDistributionKey(
        key.id, plan.pair.privateKeyPem(), &inv, [&inv, plan, key](Status stored) {
            if (stored.ok()) {
                Terminal::printError(tr("The private key is in the keychain under key ID %1.").arg(key.id));
                return report(inv, key);
            }
            if (!plan.privateKeyOut.isEmpty()) {
                Terminal::printError(tr("Warning: the keychain refused the private key (%1); it is kept only in %2.")
                                         .arg(stored.error().message(), plan.privateKeyOut));
                return report(inv, key);
            }
            Terminal::printError(tr("Key %1 was uploaded but its private key could not be kept. "
                                    "Delete it with \"keys delete %1\" and try again.")
                                     .arg(key.id));
            inv.fail(stored.error());
        });
}

void KeyCreation::report(Invocation &inv, const DistributionKey &key)
{
    if (inv.json())
        Output::printJson(key.json);
    else
        Terminal::printLine(key.id);
    inv.finish();
}

} // namespace AltDist::Cli
