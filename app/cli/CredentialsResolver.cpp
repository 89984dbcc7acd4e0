// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialsResolver.h"

#include "CliOptions.h"
#include "CredentialStore.h"

#include <QCommandLineParser>

namespace AltDist::Cli {

namespace {
QString pick(const QCommandLineParser &parser, const QString &option, const QProcessEnvironment &env,
             const char *variable)
{
    if (parser.isSet(option))
        return parser.value(option).trimmed();
    return env.value(QLatin1String(variable)).trimmed();
}
} // namespace

CredentialsResolver::Explicit CredentialsResolver::explicitInputs(const QCommandLineParser &parser,
                                                                  const QProcessEnvironment &env)
{
    Explicit inputs;
    inputs.issuerId = pick(parser, Opt::issuerId, env, Env::issuerId);
    inputs.keyId = pick(parser, Opt::keyId, env, Env::keyId);
    inputs.keyFile = pick(parser, Opt::keyFile, env, Env::keyFile);
    inputs.individual = parser.isSet(Opt::individual);
    return inputs;
}

Result<ApiCredentials> CredentialsResolver::load(const Explicit &inputs)
{
    if (inputs.individual && !inputs.issuerId.isEmpty())
        return Error::invalidInput(tr("Give either --issuer-id (a team key) or --individual (an individual key), "
                                      "not both."));
    if (!inputs.individual && inputs.issuerId.isEmpty())
        return Error::invalidInput(tr("No issuer ID. A team key needs --issuer-id ID (or %1); "
                                      "an individual key has none: pass --individual instead.")
                                       .arg(QLatin1String(Env::issuerId)));
    if (inputs.keyId.isEmpty())
        return Error::invalidInput(tr("No key ID: pass --key-id ID (or set %1).").arg(QLatin1String(Env::keyId)));
    if (inputs.keyFile.isEmpty())
        return Error::invalidInput(tr("No private key file: pass --key-file FILE (or set %1).")
                                       .arg(QLatin1String(Env::keyFile)));
    if (!inputs.individual) {
        if (const QString problem = issuerIdProblem(inputs.issuerId); !problem.isEmpty())
            return Error::invalidInput(problem);
    }
    if (const QString problem = keyIdProblem(inputs.keyId); !problem.isEmpty())
        return Error::invalidInput(problem);
    Result<ApiKey> key = ApiKey::fromFile(inputs.keyFile);
    if (!key.ok())
        return key.error();
    return ApiCredentials{inputs.individual ? QString() : inputs.issuerId, inputs.keyId, key.value()};
}

void CredentialsResolver::resolve(const QCommandLineParser &parser, CredentialStore &store, QObject *context,
                                  std::function<void(Result<ApiCredentials>)> done)
{
    const Explicit inputs = explicitInputs(parser);
    if (inputs.isGiven())
        return done(load(inputs));
    const QString name = parser.isSet(Opt::account) ? parser.value(Opt::account) : store.lastAccount();
    if (name.isEmpty()) {
        return done(Error{Error::Kind::Authentication,
                          tr("No credentials. Pass --issuer-id (or --individual), --key-id and --key-file; set %1, %2 "
                             "and %3; or add an account with \"account add\" and pass --account NAME.")
                              .arg(QLatin1String(Env::issuerId), QLatin1String(Env::keyId),
                                   QLatin1String(Env::keyFile))});
    }
    loadAccount(name, store, context, std::move(done));
}

void CredentialsResolver::loadAccount(const QString &name, CredentialStore &store, QObject *context,
                                      std::function<void(Result<ApiCredentials>)> done)
{
    if (!store.account(name)) {
        QStringList known;
        for (const Account &account : store.accounts())
            known << account.name;
        const QString list = known.isEmpty() ? tr("none") : known.join(QStringLiteral(", "));
        return done(Error{Error::Kind::Authentication,
                          tr("There is no stored account named \"%1\" (known accounts: %2).").arg(name, list)});
    }
    store.loadCredentials(name, context, [&store, name, done = std::move(done)](Result<ApiCredentials> credentials) {
        if (credentials.ok()) {
            // Remembering the choice is a convenience: a settings file that cannot be written does not fail the command.
            [[maybe_unused]] const Status remembered = store.setLastAccount(name);
        }
        done(std::move(credentials));
    });
}

} // namespace AltDist::Cli
