// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyExport.h"

#include "CliOptions.h"
#include "CredentialStore.h"
#include "EcKeyPair.h"
#include "Invocation.h"
#include "Terminal.h"

#include <QDir>
#include <QFileInfo>

namespace AltDist::Cli {

void KeyExport::run(Invocation &inv)
{
    const QString keyId = inv.arg(0).trimmed();
    if (const QString problem = CredentialStore::webDistributionKeyIdProblem(keyId); !problem.isEmpty())
        return inv.usageError(problem);
    const QString output = inv.value(Opt::output).trimmed();
    if (output.isEmpty())
        return inv.usageError(tr("export-private-key needs --output FILE: the file the private key is written to."));
    const QString path = QFileInfo(output).absoluteFilePath();
    if (QFileInfo::exists(path) && !inv.isSet(QStringLiteral("force")))
        return inv.usageError(tr("%1 already exists; not overwriting it (pass --force to replace it).")
                                  .arg(QDir::toNativeSeparators(path)));

    inv.credentialStore().readWebDistributionKey(keyId, &inv, [&inv, keyId, path](Result<QByteArray> pem) {
        if (!pem.ok())
            return inv.fail(pem.error()); // names the key when the keychain has none for it
        // Only a well-formed key leaves the keychain; the file gets it in its canonical form.
        const Result<EcKeyPair> pair = EcKeyPair::fromPrivateKeyPem(pem.value());
        if (!pair.ok())
            return inv.fail({Error::Kind::Keychain,
                             tr("The keychain entry for the web-distribution key %1 is not a usable private key.")
                                 .arg(keyId)});
        if (const Status written = EcKeyPair::writePrivateKeyFile(path, pair->privateKeyPem()); !written.ok())
            return inv.fail(written.error());
        Terminal::printError(tr("Wrote the private key of web-distribution key %1 (mode 0600).").arg(keyId));
        Terminal::printLine(QDir::toNativeSeparators(path));
        inv.finish();
    });
}

} // namespace AltDist::Cli
