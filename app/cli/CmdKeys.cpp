// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "Deletion.h"
#include "Keys.h"
#include "KeyCreation.h"
#include "KeyExport.h"
#include "Listing.h"

#include <QCryptographicHash>

namespace AltDist::Cli {

namespace {

class CmdKeys final
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::Cli::CmdKeys)
public:
    /// SHA-256 of the key's DER (SubjectPublicKeyInfo), hex: short enough for a table, unique per key.
    static QString fingerprint(const QString &pem)
    {
        QByteArray body = pem.toLatin1();
        body.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
        const QByteArray der = QByteArray::fromBase64(body.simplified().replace(' ', ""));
        return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
    }

    static QString scope(const DistributionKey &key)
    {
        return key.appId.isEmpty() ? tr("(all apps)") : key.appId;
    }

    static View<DistributionKey> view()
    {
        return {{tr("ID"), tr("APP"), tr("PUBLIC KEY SHA-256")},
                [](const DistributionKey &k) { return QStringList{k.id, scope(k), fingerprint(k.publicKey)}; },
                [](Details &out, const DistributionKey &k) {
                    out.add(tr("ID"), k.id);
                    out.add(tr("App"), scope(k));
                    out.add(tr("Public key SHA-256"), fingerprint(k.publicKey));
                    out.add(tr("Public key"), QString());
                    for (const QString &line : k.publicKey.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                        out.add(QString(), line);
                }};
    }

    static void list(Invocation &inv)
    {
        Listing::list<DistributionKey>(inv, view(), [](ApiClient &c, int limit) { return KeysApi(&c).list(limit); });
    }

    static void get(Invocation &inv)
    {
        const QString id = inv.arg(0);
        Listing::get<DistributionKey>(inv, view(), [id](ApiClient &c) { return KeysApi(&c).get(id); });
    }

    static void remove(Invocation &inv)
    {
        const QString id = inv.arg(0);
        Deletion<DistributionKey>{
            [id](ApiClient &c) { return KeysApi(&c).get(id); },
            [](const DistributionKey &k) {
                return k.appId.isEmpty() ? tr("Delete key %1 (for all apps)?").arg(k.id)
                                         : tr("Delete key %1 (for app %2)?").arg(k.id, k.appId);
            },
            [id](ApiClient &c) { return KeysApi(&c).remove(id); },
            [](const DistributionKey &k) { return tr("Deleted key %1.").arg(k.id); },
        }.run(inv);
    }
};

} // namespace

Family keysFamily()
{
    using C = CmdKeys;
    QList<QCommandLineOption> options = CliOptions::paging();
    options << QCommandLineOption(QStringLiteral("generate"), CmdKeys::tr("Generate a P-256 key pair here."))
            << QCommandLineOption(QStringLiteral("public-key"), CmdKeys::tr("Upload this PEM public key."), CmdKeys::tr("file"))
            << QCommandLineOption(QStringLiteral("app"), CmdKeys::tr("Tie the key to one app."), CmdKeys::tr("id"))
            << QCommandLineOption(QStringLiteral("private-key-out"),
                                  CmdKeys::tr("Also write the generated private key to <file> (mode 0600)."), CmdKeys::tr("file"))
            << QCommandLineOption({QStringLiteral("o"), Opt::output},
                                  CmdKeys::tr("export-private-key: write the private key to <file> (mode 0600)."),
                                  CmdKeys::tr("file"))
            << QCommandLineOption(QStringLiteral("force"), CmdKeys::tr("export-private-key: replace an existing file."));
    return {QStringLiteral("keys"),
            CmdKeys::tr("Web-distribution keys (public halves; private halves stay with you)."),
            options,
            {
                {QStringLiteral("list"), QStringLiteral("list [--all] [--limit N]"), CmdKeys::tr("List the keys."), 0, 0,
                 &C::list},
                {QStringLiteral("get"), QStringLiteral("get ID"), CmdKeys::tr("Show one key."), 1, 1, &C::get},
                {QStringLiteral("create"),
                 QStringLiteral("create (--generate | --public-key FILE) [--app APP_ID] [--private-key-out FILE]"),
                 CmdKeys::tr("Upload a key; --generate keeps the private key in the keychain."), 0, 0, &KeyCreation::run},
                {QStringLiteral("delete"), QStringLiteral("delete ID [--yes]"), CmdKeys::tr("Delete a key."), 1, 1,
                 &C::remove},
                {QStringLiteral("export-private-key"), QStringLiteral("export-private-key ID --output FILE [--force]"),
                 CmdKeys::tr("Copy a key generated here from the keychain into a file (mode 0600)."), 1, 1,
                 &KeyExport::run},
            }};
}

} // namespace AltDist::Cli
