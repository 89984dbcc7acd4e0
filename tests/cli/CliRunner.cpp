// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QDir>
#include <QProcess>

namespace AltDist::Test {

namespace {
constexpr int kRunTimeoutMs = 60000;
}

QByteArray CliResult::summary() const
{
    return "exit " + QByteArray::number(exitCode) + (crashed ? " (crashed)" : "") + "\n--- stdout:\n" + out
           + "\n--- stderr:\n" + err;
}

CliRunner::CliRunner(TestSandbox &sandbox) : m_sandbox(sandbox)
{
    m_keyFile = m_sandbox.writeKeyFile(m_dir.path());
    QDir(m_dir.path()).mkpath(QStringLiteral("home/.config"));
}

QStringList CliRunner::credentialFlags() const
{
    const ApiCredentials creds = m_sandbox.credentials();
    return {QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(), QStringLiteral("--issuer-id"),
            creds.issuerId,               QStringLiteral("--key-id"),      creds.keyId,
            QStringLiteral("--key-file"), m_keyFile};
}

QProcessEnvironment CliRunner::baseEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("ALTDIST_")) && name != QLatin1String("ALTDIST_PRIVATE_KEYRING"))
            env.remove(name);
    }
    if (!m_keychain) {
        const QString home = m_dir.filePath(QStringLiteral("home"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-such-bus")));
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "KDE_FULL_SESSION"})
            env.remove(QLatin1String(name));
    }
    return env;
}

QProcessEnvironment CliRunner::credentialEnvironment() const
{
    const ApiCredentials creds = m_sandbox.credentials();
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("ALTDIST_ISSUER_ID"), creds.issuerId);
    env.insert(QStringLiteral("ALTDIST_KEY_ID"), creds.keyId);
    env.insert(QStringLiteral("ALTDIST_KEY_FILE"), m_keyFile);
    return env;
}

CliResult CliRunner::run(const QStringList &args) const
{
    return runRaw(credentialFlags() + args, baseEnvironment());
}

CliResult CliRunner::runRaw(const QStringList &args, const QProcessEnvironment &env) const
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(ALTDIST_CLI_PATH), args);
    process.closeWriteChannel(); // stdin is a closed pipe: never a terminal
    return finish(process);
}

std::unique_ptr<QProcess> CliRunner::start(const QStringList &args) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(baseEnvironment());
    process->setWorkingDirectory(m_dir.path());
    process->start(QStringLiteral(ALTDIST_CLI_PATH), credentialFlags() + args);
    process->closeWriteChannel();
    return process;
}

CliResult CliRunner::finish(QProcess &process)
{
    CliResult result;
    // The sandbox lives in this process: keep its event loop running meanwhile.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, kRunTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.crashed = true;
    }
    result.exitCode = process.exitCode();
    result.crashed = result.crashed || process.exitStatus() != QProcess::NormalExit;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

int countRequests(Sandbox::SandboxServer &server, const QByteArray &method, const QString &pathPrefix)
{
    int n = 0;
    for (const Sandbox::RequestRecord &record : server.requests()) {
        if (record.method == method && record.target.startsWith(pathPrefix))
            ++n;
    }
    return n;
}

} // namespace AltDist::Test
