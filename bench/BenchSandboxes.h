// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Two ways to run a sandbox for a benchmark: as the altdist-sandbox child
// process (its memory is not ours, so this process's VmHWM is the client's
// alone), or as a SandboxServer on its own QThread in this process.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <optional>

namespace Sandbox {
class SandboxServer;
}

namespace AltDist::Bench {

/// How to reach a running sandbox and sign requests for it.
struct SandboxEndpoint
{
    QUrl baseUrl;
    QString issuerId;
    QString keyId;
    QByteArray privateKeyPem;
};

class ChildSandbox final
{
    Q_DISABLE_COPY_MOVE(ChildSandbox)
public:
    ChildSandbox() = default;
    ~ChildSandbox();

    /// Starts `program --large-asset-mib <mib>` and reads its banner; nullopt
    /// (the reason printed to stderr) if it does not come up.
    std::optional<SandboxEndpoint> start(const QString &program, int largeAssetMib);
    qint64 pid() const { return m_process.processId(); }

private:
    std::optional<SandboxEndpoint> parseBanner() const;

    QProcess m_process;
    QTemporaryDir m_keyDir;
    QByteArray m_output;
};

class ThreadSandbox final
{
    Q_DISABLE_COPY_MOVE(ThreadSandbox)
public:
    ThreadSandbox() = default;
    ~ThreadSandbox();

    std::optional<SandboxEndpoint> start(qint64 largeAssetBytes);

private:
    QThread m_thread;
    Sandbox::SandboxServer *m_server = nullptr; ///< lives on m_thread, deleted when it finishes
};

} // namespace AltDist::Bench
