// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Download.h"
#include "PackageAssets.h"
#include "PackageVersions.h"
#include "TestSandbox.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

#define VERIFY_OK(result) QVERIFY2((result).ok(), qPrintable((result).ok() ? QString() : (result).error().describe()))

namespace AltDist::Test {

/// A sandbox, a temporary folder and the way to a package version's variants.
class DownloadFixture
{
public:
    explicit DownloadFixture(Sandbox::SandboxOptions options = {});

    bool isReady() const { return m_sandbox.isReady() && m_dir.isValid(); }
    TestSandbox &sandbox() { return m_sandbox; }
    Sandbox::SandboxServer &server() { return m_sandbox.server(); }
    ApiClient *client() { return &m_sandbox.client(); }
    QString dir() const { return m_dir.path(); }

    /// The COMPLETED version of the demo app's package (Lumen Notes 2.3.0).
    Result<PackageVersion> packageVersion();
    Result<Variant> variant(int index = 0);
    Result<Delta> delta();

    /// Starts `download` (unless `start` is false: started elsewhere) and
    /// waits for finished(); nullopt on timeout.
    static std::optional<Result<QString>> run(Download *download, bool start = true, int timeoutMs = 30000);

    /// Requests that reached the download host.
    QList<Sandbox::RequestRecord> downloadRequests();
    /// Download requests that carried Authorization (must be empty), one per line.
    QString authorizationLeaks();

    static QByteArray sha256Hex(const QString &path);
    /// A fault on the download host (path prefix /sandbox-downloads).
    static Sandbox::Fault downloadFault(Sandbox::Fault::Kind kind, qint64 afterBytes, int count = 1);
    static DownloadOptions fastOptions();

private:
    TestSandbox m_sandbox;
    QTemporaryDir m_dir;
};

} // namespace AltDist::Test
