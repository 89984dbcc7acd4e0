// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A sandbox holding many domains, a DomainsModel over it and the
// QAbstractItemModelTester watching that model: the fixture of the
// PagedModel tests.

#include "ModelTestSupport.h"
#include "ResourceModels.h"

#include <QAbstractItemModelTester>

#include <memory>

namespace AltDist::Test {

struct DomainsFixture
{
    static QString domainsPath() { return QStringLiteral("/v1/alternativeDistributionDomains"); }

    /// A fresh sandbox with `count` domains (the three demo ones included).
    void start(int count)
    {
        domains = count;
        Sandbox::SandboxOptions options;
        options.generatedDomains = count - 3;
        sandbox = std::make_unique<TestSandbox>(options);
        QVERIFY2(sandbox->isReady(), qPrintable(sandbox->startError()));
    }

    /// A new model (on the sandbox's client unless `client` is given), not yet watched.
    void makeModel(ApiClient *client = nullptr)
    {
        tester.reset();
        model = std::make_unique<DomainsModel>(client ? client : &sandbox->client());
    }

    /// Attaches the tester kept for the rest of the test. Like a view, it
    /// fetches the first page as soon as it sees the model.
    void watch()
    {
        tester = std::make_unique<QAbstractItemModelTester>(model.get(),
                                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    /// In cleanup(): tester and model go first, then the spec check.
    void stop()
    {
        tester.reset();
        model.reset();
        if (sandbox)
            ALTDIST_VERIFY_NO_SPEC_VIOLATIONS(*sandbox);
        sandbox.reset();
    }

    QList<Sandbox::RequestRecord> domainRequests() const
    {
        QList<Sandbox::RequestRecord> result;
        const QList<Sandbox::RequestRecord> all = sandbox->server().requests();
        for (const Sandbox::RequestRecord &record : all) {
            if (record.target.startsWith(domainsPath()))
                result.append(record);
        }
        return result;
    }

    /// Every request for domains fails (the client's retries too) until clearFaults().
    void failDomainRequests(Sandbox::Fault::Kind kind, int status = 500)
    {
        Sandbox::Fault fault;
        fault.kind = kind;
        fault.status = status;
        fault.afterBytes = 16;
        fault.pathPrefix = domainsPath();
        fault.count = -1;
        sandbox->server().addFault(fault);
    }

    /// Pages to the end, then checks every domain is there exactly once.
    void verifyEveryDomainOnce()
    {
        QVERIFY(loadAll(*model));
        const QStringList ids = idsOf(*model);
        QCOMPARE(ids.size(), domains);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), domains);
    }

    int domains = 0;
    std::unique_ptr<TestSandbox> sandbox;
    std::unique_ptr<DomainsModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace AltDist::Test
