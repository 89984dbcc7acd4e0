// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pending.h"
#include "TestSandbox.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace AltDist::Test {

/// What one run of the real altdist-cli produced.
struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    /// For QVERIFY2 messages.
    QByteArray summary() const;
};

/// Runs the altdist-cli binary (ALTDIST_CLI_PATH) against a TestSandbox in
/// this process. The event loop keeps spinning while the child runs, so the
/// sandbox can answer it. Every run gets a private HOME / XDG config dir (no
/// stray stored accounts), no ALTDIST_* variables unless given, and a session
/// bus that does not exist (no keychain) unless `keychain` is set.
class CliRunner
{
public:
    explicit CliRunner(TestSandbox &sandbox);

    /// --base-url, --issuer-id, --key-id, --key-file for the sandbox's team key.
    QStringList credentialFlags() const;
    /// The same credentials as ALTDIST_* variables (base URL stays a flag).
    QProcessEnvironment credentialEnvironment() const;
    /// The isolated environment without any credentials.
    QProcessEnvironment baseEnvironment() const;
    QString keyFile() const { return m_keyFile; }
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }

    /// Runs `altdist-cli <credentialFlags> <args>`.
    CliResult run(const QStringList &args) const;
    /// Runs `altdist-cli <args>` exactly as given, with `env`.
    CliResult runRaw(const QStringList &args, const QProcessEnvironment &env) const;
    /// Starts `altdist-cli <credentialFlags> <args>` and returns at once (stdin closed).
    std::unique_ptr<QProcess> start(const QStringList &args) const;
    /// Waits (event loop running) for a started process to end.
    static CliResult finish(QProcess &process);

    /// Keep the real session bus (KEYCHAIN tests run inside with-keyring.sh).
    void setUseKeychain(bool use) { m_keychain = use; }

private:
    TestSandbox &m_sandbox;
    QTemporaryDir m_dir;
    QString m_keyFile;
    bool m_keychain = false;
};

/// Waits (event loop running) for a typed request made with the test's own client.
template <typename T>
Result<T> await(const Pending<T> &pending, QObject *context)
{
    std::optional<Result<T>> result;
    pending.then(context, [&result](Result<T> r) { result = std::move(r); });
    if (!waitFor(result))
        return Error{Error::Kind::Network, QStringLiteral("timed out")};
    return std::move(*result);
}

/// Requests the sandbox saw whose method is `method` (e.g. "POST").
int countRequests(Sandbox::SandboxServer &server, const QByteArray &method, const QString &pathPrefix = {});

} // namespace AltDist::Test
