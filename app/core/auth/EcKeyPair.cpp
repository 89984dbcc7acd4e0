// SPDX-License-Identifier: GPL-3.0-or-later
#include "EcKeyPair.h"

#include "OpenSslHandles.h"
#include "PemKey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/err.h>

namespace AltDist {

namespace {

struct KeyPairText
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::EcKeyPair)
};

QFileDevice::Permissions ownerOnly()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

Error cannotRestrict(const QString &shown)
{
    return Error(Error::Kind::Io,
                 KeyPairText::tr("The permissions of %1 cannot be restricted to its owner.").arg(shown));
}

/// QSaveFile creates its temporary file with mode 0666 & ~umask when the
/// target does not exist yet (Qt < 6.8), and copies an existing target's mode
/// onto it. So before it runs, the target is made to exist with mode 0600:
/// the key is never in a file anyone else could open. Returns whether a new
/// placeholder was created (to remove it on failure).
Result<bool> prepareOwnerOnlyTarget(const QString &path, const QString &shown)
{
    if (QFileInfo::exists(path)) {
        if (!QFile::setPermissions(path, ownerOnly()))
            return cannotRestrict(shown);
        return false;
    }
    QFile placeholder(path);
    if (!placeholder.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly()))
        return Error(Error::Kind::Io,
                     KeyPairText::tr("%1 cannot be created: %2").arg(shown, placeholder.errorString()));
    return true;
}

} // namespace

Result<EcKeyPair> EcKeyPair::generateP256()
{
    EcKeyPair pair;
    pair.m_key = Ossl::share(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    ERR_clear_error();
    if (!pair.m_key)
        return Error(Error::Kind::Protocol, KeyPairText::tr("OpenSSL could not generate a P-256 key pair."));
    return pair;
}

Result<EcKeyPair> EcKeyPair::fromPrivateKeyPem(const QByteArray &pem)
{
    return PemKey::readP256(pem, PemKey::Expect::PrivateKey).map([](const Ossl::SharedKey &key) {
        EcKeyPair pair;
        pair.m_key = key;
        return pair;
    });
}

QByteArray EcKeyPair::publicKeyPem() const
{
    return PemKey::publicKeyPem(m_key.get());
}

QByteArray EcKeyPair::privateKeyPem() const
{
    return PemKey::privateKeyPem(m_key.get());
}

Result<QByteArray> EcKeyPair::validatePublicKeyPem(const QByteArray &pem)
{
    return PemKey::readP256(pem, PemKey::Expect::PublicKey).map([](const Ossl::SharedKey &key) {
        return PemKey::publicKeyPem(key.get());
    });
}

Status EcKeyPair::writePrivateKeyFile(const QString &path, const QByteArray &pem)
{
    if (path.isEmpty())
        return Error::invalidInput(KeyPairText::tr("No file name was given for the private key."));
    if (pem.isEmpty())
        return Error::invalidInput(KeyPairText::tr("There is no private key to write."));
    const QString shown = QDir::toNativeSeparators(path);

    const Result<bool> placeholder = prepareOwnerOnlyTarget(path, shown);
    if (!placeholder)
        return placeholder.error();
    QSaveFile file(path);
    const auto fail = [&](const QString &message) {
        file.cancelWriting();
        if (*placeholder)
            QFile::remove(path);
        return Error(Error::Kind::Io, message);
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(KeyPairText::tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    if (!file.setPermissions(ownerOnly()))
        return fail(cannotRestrict(shown).message());
    if (file.write(pem) != pem.size() || !file.commit())
        return fail(KeyPairText::tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    return Status::success();
}

} // namespace AltDist
