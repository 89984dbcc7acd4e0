// SPDX-License-Identifier: GPL-3.0-or-later
// altdist-cli against Apple's refusals and a misbehaving network: unknown ids,
// a second package for one version, the hourly budget spent, bodies cut short
// or stalled mid-download, slow answers.
#include "CliRunner.h"
#include "PackageAssets.h"
#include "SandboxCatalog.h"
#include "TestFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace AltDist;
using namespace AltDist::Test;

namespace {

const QString kDownloads = QStringLiteral("/sandbox-downloads/");

Sandbox::Fault makeFault(Sandbox::Fault::Kind kind, const QString &path, int count)
{
    Sandbox::Fault fault;
    fault.kind = kind;
    fault.pathPrefix = path;
    fault.count = count;
    return fault;
}

} // namespace

class TestCliFaults final : public QObject
{
    Q_OBJECT

private:
    TestSandbox m_sandbox;
    CliRunner m_cli{m_sandbox};
    SandboxCatalog m_catalog;
    int m_run = 0;

    /// `variants download` of the catalog's variant; checks the file against the API's checksum.
    /// Returns the download requests the sandbox saw.
    QList<Sandbox::RequestRecord> downloadVerifiedVariant()
    {
        const QString dir = m_cli.tempPath(QStringLiteral("faults-%1").arg(++m_run));
        const CliResult r = m_cli.run({QStringLiteral("variants"), QStringLiteral("download"), m_catalog.variantId,
                                       QStringLiteral("--output"), dir});
        [&] {
            QVERIFY2(r.exitCode == 0, r.summary().constData());
            const Result<Variant> variant = await(VariantsApi(&m_sandbox.client()).get(m_catalog.variantId), this);
            QVERIFY(variant.ok());
            const QStringList files = QDir(dir).entryList(QDir::Files);
            QCOMPARE(files.size(), 1); // the file, no .part
            QCOMPARE(sha256HexOfFile(QDir(dir).filePath(files.first())), variant->fileChecksum);
            QVERIFY2(r.outText().contains(variant->fileChecksum), r.summary().constData());
        }();
        if (QTest::currentTestFailed())
            return {};
        QList<Sandbox::RequestRecord> downloads;
        for (const Sandbox::RequestRecord &record : m_sandbox.server().requests()) {
            if (record.target.startsWith(kDownloads))
                downloads << record;
        }
        return downloads;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.isReady(), qPrintable(m_sandbox.startError()));
        m_catalog = SandboxCatalog::discover(m_sandbox, this);
        QVERIFY(!m_catalog.variantId.isEmpty());
    }
    void init()
    {
        m_sandbox.server().clearRequests();
        m_sandbox.server().clearFaults();
    }
    void cleanup() { ALTDIST_VERIFY_NO_SPEC_VIOLATIONS(m_sandbox); }

    void unknownDomainIsNotFound()
    {
        const QString unknown = QStringLiteral("00000000-0000-0000-0000-00000000dead");
        const CliResult r = m_cli.run({QStringLiteral("domains"), QStringLiteral("get"), unknown});
        QVERIFY2(r.exitCode == 4, r.summary().constData());
        QVERIFY2(r.errText().contains(QLatin1String("NOT_FOUND")), r.summary().constData());
        QVERIFY2(r.errText().contains(QLatin1String("The specified resource does not exist")), r.summary().constData());
        QVERIFY2(r.errText().contains(unknown), r.summary().constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(countRequests(m_sandbox.server(), "GET"), 1); // a 404 is not retried
    }

    void secondPackageForVersionIsConflict()
    {
        const QString versionId = m_catalog.eligibleWithoutPackage(m_sandbox, this);
        QVERIFY(!versionId.isEmpty());
        const QStringList create{QStringLiteral("packages"), QStringLiteral("create"), QStringLiteral("--version"), versionId,
                                 QStringLiteral("--json")};
        const CliResult first = m_cli.run(create);
        QVERIFY2(first.exitCode == 0, first.summary().constData());
        const QString packageId = first.json().object().value(QLatin1String("id")).toString();
        QVERIFY(!packageId.isEmpty());

        m_sandbox.server().clearRequests();
        const CliResult second = m_cli.run(create);
        QVERIFY2(second.exitCode == 4, second.summary().constData());
        QVERIFY2(second.errText().contains(QLatin1String("ENTITY_ERROR.RELATIONSHIP.INVALID")), second.summary().constData());
        QVERIFY2(second.errText().contains(packageId), second.summary().constData()); // names the existing package
        QVERIFY(second.out.isEmpty());
        QCOMPARE(countRequests(m_sandbox.server(), "POST"), 1); // a POST is never retried
    }

    void hourlyBudgetSpentIsApiErrorAfterBoundedRetries()
    {
        // Its own sandbox: the budget is a rolling hour per key, and the other
        // tests' requests would count against it.
        TestSandbox sandbox;
        QVERIFY2(sandbox.isReady(), qPrintable(sandbox.startError()));
        sandbox.server().setHourlyRateLimit(2);
        const CliRunner cli(sandbox);
        const QStringList list{QStringLiteral("domains"), QStringLiteral("list"), QStringLiteral("--json")};
        for (int i = 0; i < 2; ++i) {
            const CliResult within = cli.run(list);
            QVERIFY2(within.exitCode == 0, within.summary().constData());
        }
        sandbox.server().clearRequests();
        const CliResult spent = cli.run(list);
        QVERIFY2(spent.exitCode == 4, spent.summary().constData());
        QVERIFY2(spent.errText().contains(QLatin1String("RATE_LIMIT_EXCEEDED")), spent.summary().constData());
        QVERIFY(spent.out.isEmpty());
        // Retried, but boundedly: the client's policy, then it gives up.
        const QList<Sandbox::RequestRecord> records = sandbox.server().requests();
        QCOMPARE(records.size(), sandbox.client().retryPolicy().maxAttempts);
        for (const Sandbox::RequestRecord &record : records)
            QCOMPARE(record.status, 429);
        ALTDIST_VERIFY_NO_SPEC_VIOLATIONS(sandbox);
    }

    void truncatedDownloadIsResumed()
    {
        Sandbox::Fault truncate = makeFault(Sandbox::Fault::Kind::TruncatedBody, kDownloads, 1);
        truncate.afterBytes = 100 * 1024;
        m_sandbox.server().addFault(truncate);
        const QList<Sandbox::RequestRecord> downloads = downloadVerifiedVariant();
        QVERIFY2(downloads.size() >= 2, qPrintable(QString::number(downloads.size())));
        QCOMPARE(downloads.last().rangeHeader, QByteArray("bytes=102400-")); // resumed where the body stopped
    }

    void stalledDownloadCarriesOn()
    {
        // Well under the downloader's stall timeout: the same transfer resumes.
        Sandbox::Fault stall = makeFault(Sandbox::Fault::Kind::Stall, kDownloads, 1);
        stall.afterBytes = 64 * 1024;
        stall.delayMs = 1500;
        m_sandbox.server().addFault(stall);
        const QList<Sandbox::RequestRecord> downloads = downloadVerifiedVariant();
        QCOMPARE(downloads.size(), 1);
        QVERIFY(downloads.first().rangeHeader.isEmpty());
    }

    void slowApiAnswersStillSucceed()
    {
        Sandbox::Fault latency = makeFault(Sandbox::Fault::Kind::Latency, QStringLiteral("/v1/"), -1);
        latency.delayMs = 300;
        m_sandbox.server().addFault(latency);
        const CliResult list = m_cli.run({QStringLiteral("domains"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, list.summary().constData());
        QVERIFY(!list.json().array().isEmpty());
        QCOMPARE(countRequests(m_sandbox.server(), "GET"), 1); // slow is not failed: no retry
        m_sandbox.server().clearRequests();
        const QList<Sandbox::RequestRecord> downloads = downloadVerifiedVariant();
        QCOMPARE(downloads.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
