// SPDX-License-Identifier: GPL-3.0-or-later
// altdist-cli downloads: package zip, variant, delta; resumed after a reset,
// an expired signed URL refreshed, cancelled by SIGINT without leftovers.
#include "CliRunner.h"
#include "SandboxCatalog.h"
#include "TestFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace AltDist;
using namespace AltDist::Test;

namespace {
Sandbox::SandboxOptions shortLivedUrls()
{
    Sandbox::SandboxOptions options;
    options.signedUrlLifetimeSeconds = 60;
    return options;
}

Sandbox::Fault downloadFault(Sandbox::Fault::Kind kind, qint64 afterBytes)
{
    Sandbox::Fault fault;
    fault.kind = kind;
    fault.pathPrefix = QStringLiteral("/sandbox-downloads");
    fault.afterBytes = afterBytes;
    fault.count = 1;
    return fault;
}
} // namespace

class TestCliDownloads final : public QObject
{
    Q_OBJECT

private:
    TestSandbox m_sandbox{shortLivedUrls()};
    CliRunner m_cli{m_sandbox};
    SandboxCatalog m_catalog;
    int m_run = 0;

    QString outputDir() { return m_cli.tempPath(QStringLiteral("out-%1").arg(++m_run)); }

    QList<Sandbox::RequestRecord> downloadRequests()
    {
        QList<Sandbox::RequestRecord> records;
        for (const Sandbox::RequestRecord &r : m_sandbox.server().requests()) {
            if (r.target.startsWith(QLatin1String("/sandbox-downloads/")))
                records << r;
        }
        return records;
    }

    /// Runs `<family> download <id> --output <dir>` and checks the verified file.
    void verifyDownload(const QString &family, const QString &id, const QString &dir)
    {
        const CliResult r = m_cli.run({family, QStringLiteral("download"), id, QStringLiteral("--output"), dir});
        QVERIFY2(r.exitCode == 0, r.summary().constData());
        const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(QLatin1String("verified SHA-256 ")), r.summary().constData());
        const QString expected = lines.at(0).section(QLatin1Char(' '), 2);
        const QString path = lines.at(1);
        QVERIFY(path.startsWith(QDir(dir).absolutePath()));
        QCOMPARE(sha256HexOfFile(path), expected);
        // Not a terminal: no progress redraws, one summary line.
        QVERIFY(!r.err.contains('\r'));
        // The API resource's checksum is what was verified.
        const CliResult get = m_cli.run({family, QStringLiteral("get"), id, QStringLiteral("--json")});
        QCOMPARE(get.json().object().value(QLatin1String("attributes")).toObject().value(QLatin1String("fileChecksum")).toString(),
                 expected);
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QFileInfo(path).fileName()}); // no .part left
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.isReady(), qPrintable(m_sandbox.startError()));
        m_catalog = SandboxCatalog::discover(m_sandbox, this);
        QVERIFY(!m_catalog.variantId.isEmpty());
        QVERIFY(!m_catalog.deltaId.isEmpty());
    }
    void init()
    {
        m_sandbox.server().clearRequests();
        m_sandbox.server().clearFaults();
    }
    void cleanup() { ALTDIST_VERIFY_NO_SPEC_VIOLATIONS(m_sandbox); }

    void packageVersionZip()
    {
        verifyDownload(QStringLiteral("package-versions"), m_catalog.completedPackageVersionId, outputDir());
    }

    void variantListGetDownload()
    {
        const CliResult list = m_cli.run({QStringLiteral("variants"), QStringLiteral("list"),
                                          m_catalog.completedPackageVersionId, QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, list.summary().constData());
        QCOMPARE(list.json().array().at(0).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("alternativeDistributionPackageVariants"));
        const CliResult table = m_cli.run({QStringLiteral("variants"), QStringLiteral("list"), m_catalog.completedPackageVersionId});
        QVERIFY(table.outText().contains(m_catalog.variantId));
        verifyDownload(QStringLiteral("variants"), m_catalog.variantId, outputDir());
    }

    void deltaListGetDownload()
    {
        const CliResult list = m_cli.run({QStringLiteral("deltas"), QStringLiteral("list"),
                                          m_catalog.completedPackageVersionId, QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, list.summary().constData());
        QCOMPARE(list.json().array().at(0).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("alternativeDistributionPackageDeltas"));
        verifyDownload(QStringLiteral("deltas"), m_catalog.deltaId, outputDir());
    }

    void resumedAfterConnectionReset()
    {
        m_sandbox.server().addFault(downloadFault(Sandbox::Fault::Kind::ResetMidBody, 300 * 1024));
        verifyDownload(QStringLiteral("variants"), m_catalog.variantId, outputDir());
        const QList<Sandbox::RequestRecord> downloads = downloadRequests();
        QVERIFY(downloads.size() >= 2);
        QVERIFY(!downloads.last().rangeHeader.isEmpty()); // resumed, not restarted
    }

    void expiredUrlIsRefreshed()
    {
        // After the first attempt breaks off, the sandbox clock jumps past the
        // URL's 60 s lifetime: the resumed request gets 403 and the CLI must
        // re-read the variant for a fresh URL.
        m_sandbox.server().addFault(downloadFault(Sandbox::Fault::Kind::ResetMidBody, 200 * 1024));
        auto connection = connect(&m_sandbox.server(), &Sandbox::SandboxServer::requestHandled, this,
                                  [this](const Sandbox::RequestRecord &record) {
                                      if (record.target.startsWith(QLatin1String("/sandbox-downloads/")))
                                          m_sandbox.server().setClockOffsetSeconds(120);
                                  });
        verifyDownload(QStringLiteral("variants"), m_catalog.variantId, outputDir());
        disconnect(connection);
        bool got403 = false;
        for (const Sandbox::RequestRecord &r : downloadRequests())
            got403 |= r.status == 403;
        QVERIFY(got403);
        QVERIFY(countRequests(m_sandbox.server(), "GET",
                              QStringLiteral("/v1/alternativeDistributionPackageVariants/") + m_catalog.variantId)
                >= 3); // the CLI's read, its refresh, the test's own get
        m_sandbox.server().setClockOffsetSeconds(0);
    }

    void sigintCancelsWithoutLeavingFiles()
    {
#ifdef Q_OS_UNIX
        Sandbox::Fault stall = downloadFault(Sandbox::Fault::Kind::Stall, 64 * 1024);
        stall.delayMs = 0; // forever
        m_sandbox.server().addFault(stall);
        const QString dir = outputDir();
        auto process = m_cli.start({QStringLiteral("variants"), QStringLiteral("download"), m_catalog.variantId,
                                    QStringLiteral("--output"), dir});
        // The .part appears once bytes arrive; then the transfer stalls.
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(dir).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty(), 20000);
        ::kill(pid_t(process->processId()), SIGINT);
        const CliResult r = CliRunner::finish(*process);
        QVERIFY2(r.exitCode == 7, r.summary().constData());
        QVERIFY(QDir(dir).entryList(QDir::Files).isEmpty());
#else
        QSKIP("SIGINT delivery is POSIX-only");
#endif
    }
};

QTEST_GUILESS_MAIN(TestCliDownloads)
#include "tst_cli_downloads.moc"
