// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSandboxes.h"

#include "SandboxServer.h"

#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace AltDist::Bench {

ChildSandbox::~ChildSandbox()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

std::optional<SandboxEndpoint> ChildSandbox::start(const QString &program, int largeAssetMib)
{
    m_process.setProgram(program);
    m_process.setArguments({QStringLiteral("--large-asset-mib"), QString::number(largeAssetMib),
                            QStringLiteral("--key-dir"), m_keyDir.path()});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted()) {
        std::fprintf(stderr, "cannot start %s: %s\n", qPrintable(program), qPrintable(m_process.errorString()));
        return std::nullopt;
    }
    std::optional<SandboxEndpoint> endpoint;
    {
        QEventLoop loop;
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &loop, [&] {
            m_output += m_process.readAllStandardOutput();
            endpoint = parseBanner();
            if (endpoint)
                loop.quit();
        });
        QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!endpoint) {
        std::fprintf(stderr, "%s did not print its banner:\n%s\n", qPrintable(program), m_output.constData());
        return std::nullopt;
    }
    // Its request log must never fill the pipe and stall it.
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                     [this] { m_process.readAllStandardOutput(); });
    return endpoint;
}

/// The banner's untranslated example line:
/// "altdist-cli --base-url U --issuer-id I --key-id K --key-file F domains list"
std::optional<SandboxEndpoint> ChildSandbox::parseBanner() const
{
    const QList<QByteArray> lines = m_output.left(m_output.lastIndexOf('\n')).split('\n');
    for (const QByteArray &line : lines) {
        if (!line.contains("--key-file"))
            continue;
        const QList<QByteArray> words = line.simplified().split(' ');
        const auto after = [&words](const char *flag) {
            const auto at = words.indexOf(QByteArray(flag));
            return at >= 0 && at + 1 < words.size() ? QString::fromLocal8Bit(words.at(at + 1)) : QString();
        };
        QFile keyFile(after("--key-file"));
        if (!keyFile.open(QIODevice::ReadOnly))
            return std::nullopt;
        return SandboxEndpoint{QUrl(after("--base-url")), after("--issuer-id"), after("--key-id"),
                               keyFile.readAll()};
    }
    return std::nullopt;
}

ThreadSandbox::~ThreadSandbox()
{
    m_thread.quit();
    m_thread.wait();
}

std::optional<SandboxEndpoint> ThreadSandbox::start(qint64 largeAssetBytes)
{
    Sandbox::SandboxOptions options;
    options.largeAssetBytes = largeAssetBytes;
    m_server = new Sandbox::SandboxServer(options);
    m_server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
    bool started = false;
    QString error;
    QMetaObject::invokeMethod(
        m_server, [&] { started = m_server->start(&error); }, Qt::BlockingQueuedConnection);
    if (!started) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return std::nullopt;
    }
    const Sandbox::SandboxCredentials credentials = m_server->credentials();
    return SandboxEndpoint{m_server->baseUrl(), credentials.issuerId, credentials.keyId,
                           credentials.privateKeyPem};
}

} // namespace AltDist::Bench
