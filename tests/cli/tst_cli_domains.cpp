// SPDX-License-Identifier: GPL-3.0-or-later
// altdist-cli domains ...: the real binary against a sandbox with 450 domains.
#include "CliRunner.h"

#include <QTest>

using namespace AltDist;
using namespace AltDist::Test;

namespace {
Sandbox::SandboxOptions manyDomains()
{
    Sandbox::SandboxOptions options;
    options.seedDemoData = false;
    options.generatedDomains = 450;
    return options;
}
} // namespace

class TestCliDomains final : public QObject
{
    Q_OBJECT

private:
    TestSandbox m_sandbox{manyDomains()};
    CliRunner m_cli{m_sandbox};

    QString firstDomainId()
    {
        const CliResult r = m_cli.run({QStringLiteral("domains"), QStringLiteral("list"), QStringLiteral("--json"),
                                       QStringLiteral("--limit"), QStringLiteral("1")});
        return r.json().array().at(0).toObject().value(QLatin1String("id")).toString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.isReady(), qPrintable(m_sandbox.startError())); }
    void init() { m_sandbox.server().clearRequests(); }
    void cleanup() { ALTDIST_VERIFY_NO_SPEC_VIOLATIONS(m_sandbox); }

    void listTable()
    {
        const CliResult r = m_cli.run({QStringLiteral("domains"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, r.summary().constData());
        const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.value(0).startsWith(QLatin1String("ID")), r.summary().constData());
        QVERIFY(lines.value(0).contains(QLatin1String("DOMAIN")));
        QVERIFY(lines.value(0).contains(QLatin1String("REFERENCE NAME")));
        QCOMPARE(lines.size(), 1 + 50); // header + the default first page
        // Aligned: every row starts its DOMAIN column where the header does.
        const int column = int(lines.at(0).indexOf(QLatin1String("DOMAIN")));
        QVERIFY(lines.at(1).at(column - 1) == QLatin1Char(' ') && lines.at(1).at(column) != QLatin1Char(' '));
        QCOMPARE(countRequests(m_sandbox.server(), "GET"), 1);
    }

    void listJsonFirstPage()
    {
        const CliResult r = m_cli.run({QStringLiteral("domains"), QStringLiteral("list"), QStringLiteral("--json"),
                                       QStringLiteral("--limit"), QStringLiteral("20")});
        QVERIFY2(r.exitCode == 0, r.summary().constData());
        QVERIFY(r.json().isArray());
        const QJsonArray items = r.json().array();
        QCOMPARE(items.size(), 20);
        const QJsonObject first = items.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("type")).toString(), QStringLiteral("alternativeDistributionDomains"));
        QVERIFY(!first.value(QLatin1String("id")).toString().isEmpty());
        QVERIFY(first.value(QLatin1String("attributes")).toObject().contains(QLatin1String("domain")));
    }

    void listAllPages()
    {
        const CliResult r = m_cli.run({QStringLiteral("domains"), QStringLiteral("list"), QStringLiteral("--all"),
                                       QStringLiteral("--limit"), QStringLiteral("200"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.summary().constData());
        const QJsonArray items = r.json().array();
        QCOMPARE(items.size(), 450);
        QSet<QString> ids;
        for (const QJsonValue &item : items)
            ids.insert(item.toObject().value(QLatin1String("id")).toString());
        QCOMPARE(ids.size(), 450); // no page twice
        QCOMPARE(countRequests(m_sandbox.server(), "GET"), 3); // 200 + 200 + 50
    }

    void limitTooLargeIsUsageError()
    {
        const CliResult r = m_cli.run({QStringLiteral("domains"), QStringLiteral("list"), QStringLiteral("--limit"),
                                       QStringLiteral("500")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QLatin1String("--limit")));
        QVERIFY(m_sandbox.server().requests().isEmpty());
    }

    void credentialsFromEnvironment()
    {
        const CliResult r = m_cli.runRaw({QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(),
                                          QStringLiteral("domains"), QStringLiteral("list"), QStringLiteral("--json")},
                                         m_cli.credentialEnvironment());
        QVERIFY2(r.exitCode == 0, r.summary().constData());
        QCOMPARE(r.json().array().size(), 50);
    }

    void getTableAndJson()
    {
        const QString id = firstDomainId();
        QVERIFY(!id.isEmpty());
        const CliResult table = m_cli.run({QStringLiteral("domains"), QStringLiteral("get"), id});
        QVERIFY2(table.exitCode == 0, table.summary().constData());
        QVERIFY(table.outText().contains(id));
        const CliResult json = m_cli.run({QStringLiteral("domains"), QStringLiteral("get"), id, QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.summary().constData());
        QVERIFY(json.json().isObject());
        QCOMPARE(json.json().object().value(QLatin1String("id")).toString(), id);
    }

    void createThenDuplicate()
    {
        const QStringList create{QStringLiteral("domains"), QStringLiteral("create"), QStringLiteral("cli-test.example.com"),
                                 QStringLiteral("--reference-name"), QStringLiteral("CLI test"), QStringLiteral("--json")};
        const CliResult r = m_cli.run(create);
        QVERIFY2(r.exitCode == 0, r.summary().constData());
        const QJsonObject attributes = r.json().object().value(QLatin1String("attributes")).toObject();
        QCOMPARE(attributes.value(QLatin1String("domain")).toString(), QStringLiteral("cli-test.example.com"));
        QCOMPARE(attributes.value(QLatin1String("referenceName")).toString(), QStringLiteral("CLI test"));

        const CliResult again = m_cli.run(create);
        QVERIFY2(again.exitCode == 4, again.summary().constData());
        QVERIFY2(again.errText().contains(QLatin1String("ENTITY_ERROR")), again.summary().constData());
        QVERIFY2(again.errText().contains(QLatin1String("/data/attributes/domain")), again.summary().constData());
    }

    void malformedDomainNeverReachesServer()
    {
        const CliResult r = m_cli.run({QStringLiteral("domains"), QStringLiteral("create"),
                                       QStringLiteral("https://bad domain/path"), QStringLiteral("--reference-name"),
                                       QStringLiteral("Bad")});
        QVERIFY2(r.exitCode == 2, r.summary().constData());
        QVERIFY(m_sandbox.server().requests().isEmpty());
    }

    void deleteWithoutYesIsRefused()
    {
        const QString id = firstDomainId();
        m_sandbox.server().clearRequests();
        const CliResult r = m_cli.run({QStringLiteral("domains"), QStringLiteral("delete"), id});
        QVERIFY2(r.exitCode == 2, r.summary().constData());
        QVERIFY(r.errText().contains(QLatin1String("--yes")));
        QVERIFY(m_sandbox.server().requests().isEmpty());
    }

    void deleteWithYes()
    {
        const QString id = firstDomainId();
        const CliResult r = m_cli.run({QStringLiteral("domains"), QStringLiteral("delete"), id, QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, r.summary().constData());
        QVERIFY(r.outText().contains(id));
        QCOMPARE(countRequests(m_sandbox.server(), "DELETE"), 1);
        const CliResult gone = m_cli.run({QStringLiteral("domains"), QStringLiteral("get"), id});
        QVERIFY2(gone.exitCode == 4, gone.summary().constData());
        QVERIFY(gone.errText().contains(QLatin1String("NOT_FOUND")));
    }
};

QTEST_GUILESS_MAIN(TestCliDomains)
#include "tst_cli_domains.moc"
