// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "ExitCodes.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace AltDist {
class ApiClient;
class Connection;
class CredentialStore;
} // namespace AltDist

namespace AltDist::Cli {


/// One run of one command: its parsed arguments, the client it talks
/// through (made on first use), and how it ends. Commands are asynchronous:
/// they start requests and end with exactly one finish() / fail() / usageError().
/// The Invocation is the context object of every callback of the command.
class Invocation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Invocation)
public:
    /// `parser` must outlive the invocation; `args` are the positional
    /// arguments after the family and subcommand names.
    Invocation(const QCommandLineParser &parser, QStringList args, QObject *parent = nullptr);
    ~Invocation() override;

    const QCommandLineParser &parser() const { return m_parser; }
    QStringList args() const { return m_args; }
    QString arg(int index) const { return m_args.value(index); }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    bool json() const;
    bool assumeYes() const;

    /// --limit as given (validated against the API's maximum), or `fallback`.
    /// nullopt after a usage error (the invocation is then finished).
    std::optional<int> pageLimit(int fallback);

    /// Resolves credentials and makes the client on first use, then calls
    /// `ready`. A failure (no credentials, bad key file ...) ends the run.
    void withClient(std::function<void(ApiClient &)> ready);

    /// Makes the client from `credentials` instead of resolving them (honours
    /// --base-url). False after a failure (the invocation is then finished).
    bool useCredentials(const ApiCredentials &credentials);

    /// Stored accounts and keychain access, made on first use. Shares its
    /// settings (organization and application "AltDist") with the desktop app.
    CredentialStore &credentialStore();

    /// What Ctrl+C does while this command runs (default: abort every request).
    void setCancelHandler(std::function<void()> handler) { m_cancelHandler = std::move(handler); }
    void cancel();

    void finish(int code = ExitOk);
    /// Prints the error (every API error with code, title, detail, source) and ends with its exit code.
    void fail(const Error &error);
    /// Prints the message and a hint to --help, ends with ExitUsage.
    void usageError(const QString &message);
    /// What usageError() prints, for errors found before any command runs.
    static void printUsageError(const QString &message, const QString &helpCommand);

    bool isFinished() const { return m_finished; }
    /// The command whose --help a usage error points to ("altdist-cli domains").
    void setHelpCommand(const QString &command) { m_helpCommand = command; }

Q_SIGNALS:
    void finished(int code);

private:
    QUrl baseUrl() const;
    bool adoptSession(Result<std::unique_ptr<Connection>> session);

    const QCommandLineParser &m_parser;
    QStringList m_args;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_credentialStore;
    std::unique_ptr<Connection> m_session;
    std::function<void()> m_cancelHandler;
    QString m_helpCommand;
    bool m_finished = false;
    bool m_cancelling = false;
};

} // namespace AltDist::Cli
