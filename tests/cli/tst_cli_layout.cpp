// SPDX-License-Identifier: GPL-3.0-or-later
// altdist-cli package-versions layout: the real binary lays a package version
// out for hosting, lists each file with its verified SHA-256, refuses bad
// input before any request, and leaves nothing behind on SIGINT.
#include "CliRunner.h"
#include "SandboxCatalog.h"
#include "TestFiles.h"

#include "PackageAssets.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace AltDist;
using namespace AltDist::Test;

class TestCliLayout final : public QObject
{
    Q_OBJECT

private:
    TestSandbox m_sandbox;
    CliRunner m_cli{m_sandbox};
    SandboxCatalog m_catalog;
    int m_run = 0;

    QString outputDir() { return m_cli.tempPath(QStringLiteral("site-%1").arg(++m_run)); }

    QStringList layoutArgs(const QString &dir) const
    {
        return {QStringLiteral("package-versions"), QStringLiteral("layout"), m_catalog.completedPackageVersionId,
                QStringLiteral("--output"), dir};
    }

    /// The API's fileChecksum of every variant and delta of the version.
    QSet<QString> apiChecksums()
    {
        QSet<QString> checksums;
        const Result<Page<Variant>> variants =
            await(VariantsApi(&m_sandbox.client()).listForVersion(m_catalog.completedPackageVersionId), this);
        const Result<Page<Delta>> deltas =
            await(DeltasApi(&m_sandbox.client()).listForVersion(m_catalog.completedPackageVersionId), this);
        for (const Variant &v : variants.ok() ? variants->items : QList<Variant>())
            checksums.insert(v.fileChecksum);
        for (const Delta &d : deltas.ok() ? deltas->items : QList<Delta>())
            checksums.insert(d.fileChecksum);
        return checksums;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.isReady(), qPrintable(m_sandbox.startError()));
        m_catalog = SandboxCatalog::discover(m_sandbox, this);
        QVERIFY(!m_catalog.completedPackageVersionId.isEmpty());
    }
    void init()
    {
        m_sandbox.server().clearRequests();
        m_sandbox.server().clearFaults();
    }
    void cleanup() { ALTDIST_VERIFY_NO_SPEC_VIOLATIONS(m_sandbox); }

    void laysOutAndListsVerifiedChecksums()
    {
        const QString dir = outputDir();
        const CliResult r = m_cli.run(layoutArgs(dir));
        QVERIFY2(r.exitCode == 0, r.summary().constData());
        QVERIFY(!r.err.contains('\r')); // not a terminal: no redraws

        // stdout is what `sha256sum -c` reads in DIR: "<sha256>  <path>" per hosted file.
        const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList paths;
        QSet<QString> assetChecksums;
        for (const QString &line : lines) {
            const QString sha = line.section(QStringLiteral("  "), 0, 0);
            const QString path = line.section(QStringLiteral("  "), 1);
            QFile file(QDir(dir).filePath(path));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(line));
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()), sha);
            paths << path;
            if (path.startsWith(QLatin1String("variant/")) || path.startsWith(QLatin1String("delta/")))
                assetChecksums.insert(sha);
        }
        QCOMPARE(paths.mid(0, 2), (QStringList{QStringLiteral("manifest.json"), QStringLiteral("signature")}));
        QCOMPARE(assetChecksums, apiChecksums());
        paths.sort();
        QCOMPARE(filesUnder(dir), paths); // nothing else: no staging, no zip, no .part
    }

    void jsonSummary()
    {
        const QString dir = outputDir();
        QStringList args = layoutArgs(dir);
        args << QStringLiteral("--json");
        const CliResult r = m_cli.run(args);
        QVERIFY2(r.exitCode == 0, r.summary().constData());
        const QJsonObject summary = r.json().object();
        QCOMPARE(summary.value(QLatin1String("outputDirectory")).toString(), QDir(dir).absolutePath());
        const QJsonArray files = summary.value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), filesUnder(dir).size());
        for (const QJsonValue &file : files) {
            QCOMPARE(file[QLatin1String("sha256")].toString().size(), 64);
            QVERIFY(QFileInfo(QDir(dir).filePath(file[QLatin1String("path")].toString())).isFile());
        }
    }

    void refusesBadInputBeforeAnyRequest_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no --output") << QStringList{QStringLiteral("package-versions"), QStringLiteral("layout"),
                                                    QStringLiteral("123")};
        QTest::newRow("empty --output") << QStringList{QStringLiteral("package-versions"), QStringLiteral("layout"),
                                                       QStringLiteral("123"), QStringLiteral("--output"), QString()};
        QTest::newRow("no id") << QStringList{QStringLiteral("package-versions"), QStringLiteral("layout"),
                                              QStringLiteral("--output"), QStringLiteral("x")};
    }
    void refusesBadInputBeforeAnyRequest()
    {
        QFETCH(QStringList, args);
        const CliResult r = m_cli.run(args);
        QVERIFY2(r.exitCode == 2, r.summary().constData());
        QVERIFY(m_sandbox.server().requests().isEmpty());
    }

    void unknownVersionIsAnApiError()
    {
        const QString dir = outputDir();
        const CliResult r = m_cli.run({QStringLiteral("package-versions"), QStringLiteral("layout"),
                                       QStringLiteral("00000000-0000-0000-0000-000000000000"), QStringLiteral("--output"), dir});
        QVERIFY2(r.exitCode == 4, r.summary().constData());
        QVERIFY(r.errText().contains(QLatin1String("NOT_FOUND")));
        QCOMPARE(filesUnder(dir), QStringList());
    }

    void sigintLeavesNoLayout()
    {
#ifdef Q_OS_UNIX
        Sandbox::Fault stall;
        stall.kind = Sandbox::Fault::Kind::Stall;
        stall.pathPrefix = QStringLiteral("/sandbox-downloads/variants/");
        stall.afterBytes = 64 * 1024;
        stall.count = -1;
        m_sandbox.server().addFault(stall);
        const QString dir = outputDir();
        auto process = m_cli.start(layoutArgs(dir));
        // A variant's .part appears in the staging directory once bytes arrive; then it stalls.
        QTRY_VERIFY_WITH_TIMEOUT(filesUnder(dir).join(u' ').contains(QLatin1String(".ipa.part")), 20000);
        ::kill(pid_t(process->processId()), SIGINT);
        const CliResult r = CliRunner::finish(*process);
        QVERIFY2(r.exitCode == 7, r.summary().constData());
        QCOMPARE(filesUnder(dir), QStringList());
#else
        QSKIP("SIGINT delivery is POSIX-only");
#endif
    }
};

QTEST_GUILESS_MAIN(TestCliLayout)
#include "tst_cli_layout.moc"
