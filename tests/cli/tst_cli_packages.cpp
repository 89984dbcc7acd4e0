// SPDX-License-Identifier: GPL-3.0-or-later
// altdist-cli apps / packages / package-versions (list, get) with the real binary.
#include "CliRunner.h"
#include "SandboxCatalog.h"

#include <QTest>

using namespace AltDist;
using namespace AltDist::Test;

class TestCliPackages final : public QObject
{
    Q_OBJECT

private:
    TestSandbox m_sandbox;
    CliRunner m_cli{m_sandbox};
    SandboxCatalog m_catalog;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.isReady(), qPrintable(m_sandbox.startError()));
        m_catalog = SandboxCatalog::discover(m_sandbox, this);
        QVERIFY(!m_catalog.packageId.isEmpty());
    }
    void init() { m_sandbox.server().clearRequests(); }
    void cleanup() { ALTDIST_VERIFY_NO_SPEC_VIOLATIONS(m_sandbox); }

    void appsList()
    {
        const CliResult table = m_cli.run({QStringLiteral("apps"), QStringLiteral("list")});
        QVERIFY2(table.exitCode == 0, table.summary().constData());
        QVERIFY(table.outText().startsWith(QLatin1String("ID")));
        QVERIFY(table.outText().contains(QLatin1String("BUNDLE ID")));
        const CliResult json = m_cli.run({QStringLiteral("apps"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.summary().constData());
        const QJsonArray apps = json.json().array();
        QVERIFY(!apps.isEmpty());
        QCOMPARE(apps.at(0).toObject().value(QLatin1String("type")).toString(), QStringLiteral("apps"));
        // One table row per app.
        QCOMPARE(table.outText().count(QLatin1Char('\n')), apps.size() + 1);
    }

    void appVersions()
    {
        const AppStoreVersion &any = m_catalog.versions.constFirst();
        const CliResult apps = m_cli.run({QStringLiteral("apps"), QStringLiteral("list"), QStringLiteral("--json")});
        const QString appId = apps.json().array().at(0).toObject().value(QLatin1String("id")).toString();
        const CliResult r = m_cli.run({QStringLiteral("apps"), QStringLiteral("versions"), appId, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.summary().constData());
        const QJsonArray versions = r.json().array();
        QVERIFY(!versions.isEmpty());
        QCOMPARE(versions.at(0).toObject().value(QLatin1String("type")).toString(), QStringLiteral("appStoreVersions"));
        const CliResult table = m_cli.run({QStringLiteral("apps"), QStringLiteral("versions"), appId});
        QVERIFY2(table.exitCode == 0, table.summary().constData());
        QVERIFY(table.outText().contains(QLatin1String("PACKAGE ELIGIBLE")));
        QVERIFY(!any.id.isEmpty());
    }

    void createForEligibleVersion()
    {
        const QString versionId = m_catalog.eligibleWithoutPackage(m_sandbox, this);
        QVERIFY(!versionId.isEmpty());
        m_sandbox.server().clearRequests();
        const CliResult r = m_cli.run({QStringLiteral("packages"), QStringLiteral("create"), QStringLiteral("--version"),
                                       versionId, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.summary().constData());
        const QJsonObject package = r.json().object();
        QCOMPARE(package.value(QLatin1String("type")).toString(), QStringLiteral("alternativeDistributionPackages"));
        QCOMPARE(countRequests(m_sandbox.server(), "POST"), 1);

        const CliResult found = m_cli.run({QStringLiteral("packages"), QStringLiteral("for-version"), versionId,
                                           QStringLiteral("--json")});
        QVERIFY2(found.exitCode == 0, found.summary().constData());
        QCOMPARE(found.json().object().value(QLatin1String("id")), package.value(QLatin1String("id")));
    }

    void createForIneligibleVersionIsStateError()
    {
        const QString versionId = m_catalog.ineligibleVersion();
        QVERIFY(!versionId.isEmpty());
        const CliResult r = m_cli.run({QStringLiteral("packages"), QStringLiteral("create"), QStringLiteral("--version"), versionId});
        QVERIFY2(r.exitCode == 4, r.summary().constData());
        QVERIFY2(r.errText().contains(QLatin1String("STATE_ERROR")), r.summary().constData());
        QVERIFY(r.errText().contains(QLatin1String("/data/relationships/appStoreVersion")));
    }

    void createWithoutVersionIsUsageError()
    {
        const CliResult r = m_cli.run({QStringLiteral("packages"), QStringLiteral("create")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(m_sandbox.server().requests().isEmpty());
    }

    void getAndForVersion()
    {
        const CliResult get = m_cli.run({QStringLiteral("packages"), QStringLiteral("get"), m_catalog.packageId});
        QVERIFY2(get.exitCode == 0, get.summary().constData());
        QVERIFY(get.outText().contains(m_catalog.packageId));
        QVERIFY(get.outText().contains(QLatin1String("SHA_256")));
        const CliResult forVersion = m_cli.run({QStringLiteral("packages"), QStringLiteral("for-version"),
                                                m_catalog.packagedVersionId, QStringLiteral("--json")});
        QVERIFY2(forVersion.exitCode == 0, forVersion.summary().constData());
        QCOMPARE(forVersion.json().object().value(QLatin1String("id")).toString(), m_catalog.packageId);
    }

    void packageVersionsListAndGet()
    {
        const CliResult list = m_cli.run({QStringLiteral("package-versions"), QStringLiteral("list"), m_catalog.packageId,
                                          QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, list.summary().constData());
        bool found = false;
        for (const QJsonValue &v : list.json().array())
            found |= v.toObject().value(QLatin1String("id")).toString() == m_catalog.completedPackageVersionId;
        QVERIFY(found);
        const CliResult get = m_cli.run({QStringLiteral("package-versions"), QStringLiteral("get"),
                                         m_catalog.completedPackageVersionId});
        QVERIFY2(get.exitCode == 0, get.summary().constData());
        QVERIFY(get.outText().contains(QLatin1String("COMPLETED")));
        QVERIFY(get.outText().contains(QLatin1String("URL")));
    }
};

QTEST_GUILESS_MAIN(TestCliPackages)
#include "tst_cli_packages.moc"
