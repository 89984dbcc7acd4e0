// SPDX-License-Identifier: GPL-3.0-or-later
#include "Invocation.h"

#include "ApiClient.h"
#include "CliOptions.h"
#include "CredentialStore.h"
#include "CredentialsResolver.h"
#include "Connection.h"
#include "Terminal.h"

#include <QSettings>
#include <QTimer>

namespace AltDist::Cli {

namespace {
constexpr int kCancelGraceMs = 1500; // how long a cancelled command may take to wind down
}

Invocation::Invocation(const QCommandLineParser &parser, QStringList args, QObject *parent)
    : QObject(parent)
    , m_parser(parser)
    , m_args(std::move(args))
{
}

Invocation::~Invocation()
{
    m_session.reset();
    m_credentialStore.reset();
    m_settings.reset();
}

CredentialStore &Invocation::credentialStore()
{
    if (!m_credentialStore) {
        m_settings = std::make_unique<QSettings>(QStringLiteral("AltDist"), QStringLiteral("AltDist"));
        m_credentialStore = std::make_unique<CredentialStore>(*m_settings);
    }
    return *m_credentialStore;
}

bool Invocation::json() const { return m_parser.isSet(Opt::json); }
bool Invocation::assumeYes() const { return m_parser.isSet(Opt::yes); }

std::optional<int> Invocation::pageLimit(int fallback)
{
    if (!m_parser.isSet(Opt::limit))
        return fallback;
    bool ok = false;
    const int limit = m_parser.value(Opt::limit).toInt(&ok);
    if (!ok || limit < 1 || limit > CliOptions::kMaxLimit) {
        usageError(tr("--limit must be a whole number from 1 to %1 (got \"%2\").")
                       .arg(CliOptions::kMaxLimit)
                       .arg(m_parser.value(Opt::limit)));
        return std::nullopt;
    }
    return limit;
}

QUrl Invocation::baseUrl() const
{
    if (m_parser.isSet(Opt::baseUrl))
        return QUrl(m_parser.value(Opt::baseUrl));
    const QString fromEnvironment = qEnvironmentVariable(Env::baseUrl);
    return fromEnvironment.isEmpty() ? QUrl() : QUrl(fromEnvironment);
}

void Invocation::withClient(std::function<void(ApiClient &)> ready)
{
    if (m_session)
        return ready(*m_session->client());
    if (m_parser.isSet(Opt::sandbox)) {
        if (adoptSession(Connection::openSandbox())) {
            Terminal::printError(tr("Note: talking to a local sandbox at %1, not to Apple's App Store Connect.")
                                     .arg(m_session->baseUrl().toString()));
            ready(*m_session->client());
        }
        return;
    }
    CredentialsResolver::resolve(m_parser, credentialStore(), this, [this, ready](Result<ApiCredentials> credentials) {
        if (!credentials.ok())
            return fail(credentials.error());
        if (useCredentials(credentials.value()))
            ready(*m_session->client());
    });
}

bool Invocation::useCredentials(const ApiCredentials &credentials)
{
    return adoptSession(Connection::open(QString(), credentials, baseUrl()));
}

bool Invocation::adoptSession(Result<std::unique_ptr<Connection>> session)
{
    if (!session.ok()) {
        fail(session.error());
        return false;
    }
    m_session = std::move(session).value();
    return true;
}

void Invocation::cancel()
{
    if (m_finished || m_cancelling)
        return;
    m_cancelling = true;
    if (m_cancelHandler)
        m_cancelHandler();
    else if (m_session)
        m_session->client()->abortAll();
    // Whatever was running gets a moment to report Cancelled and clean up.
    QTimer::singleShot(kCancelGraceMs, this, [this] { fail(Error::cancelled()); });
}

void Invocation::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(m_cancelling && code != ExitOk ? int(ExitCancelled) : code);
}

void Invocation::fail(const Error &error)
{
    if (m_finished)
        return;
    Terminal::printError(tr("Error: %1").arg(error.describe()));
    finish(exitCodeFor(error));
}

void Invocation::usageError(const QString &message)
{
    if (m_finished)
        return;
    printUsageError(message, m_helpCommand);
    finish(ExitUsage);
}

void Invocation::printUsageError(const QString &message, const QString &helpCommand)
{
    Terminal::printError(tr("Error: %1").arg(message));
    Terminal::printError(tr("Run \"%1 --help\" for usage.").arg(helpCommand));
}

} // namespace AltDist::Cli
