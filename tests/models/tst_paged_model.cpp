// SPDX-License-Identifier: GPL-3.0-or-later
// PagedModel's paging machinery (through DomainsModel) against a live sandbox
// holding 1,003 domains: page by page to completion, the loading row, the
// error row and retry, refresh while a page is on its way.
#include "ModelTestSupport.h"
#include "ResourceModels.h"

#include <QAbstractItemModelTester>

#include <memory>

using namespace AltDist;
using namespace AltDist::Test;

namespace {

// The sandbox validates every answer against Apple's spec, which costs a few
// milliseconds per domain: only the full paging test reads 1,000 of them.
constexpr int kManyDomains = 1003; // 1,000 generated plus the three demo domains
constexpr int kSomeDomains = 153; // four pages: 50, 50, 50, 3
const QString kDomainsPath = QStringLiteral("/v1/alternativeDistributionDomains");

} // namespace

class tst_PagedModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void doesNotLoadUntilAsked();
    void pagesToCompletionWithoutDuplicates();
    void loadingRowWhileFetching();
    void fetchMoreWhileFetchingDoesNothing();
    void failedPageShowsErrorRowAndRetryResumes();
    void networkResetShowsErrorRow();
    void refreshMidFetchStartsOver();
    void refreshAfterFailureClearsError();
    void destroyedClientFailsThePage();
    void pageSizeIsClamped();

private:
    void makeModel(ApiClient *client = nullptr);
    /// Attaches the QAbstractItemModelTester kept for the rest of the test.
    void watch();
    QList<Sandbox::RequestRecord> domainRequests() const;
    /// Pages to the end, then checks every domain is there exactly once.
    void verifyEveryDomainOnce();

    int m_domains = 0; ///< domains the sandbox holds in this test
    std::unique_ptr<TestSandbox> m_sandbox;
    std::unique_ptr<DomainsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_PagedModel::init()
{
    const bool many = QLatin1String(QTest::currentTestFunction()) == QLatin1String("pagesToCompletionWithoutDuplicates");
    m_domains = many ? kManyDomains : kSomeDomains;
    Sandbox::SandboxOptions options;
    options.generatedDomains = m_domains - 3;
    m_sandbox = std::make_unique<TestSandbox>(options);
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->startError()));
}

void tst_PagedModel::makeModel(ApiClient *client)
{
    m_tester.reset();
    m_model = std::make_unique<DomainsModel>(client ? client : &m_sandbox->client());
}

void tst_PagedModel::watch()
{
    // Like a view, the tester fetches the first page as soon as it sees the model.
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_PagedModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    if (m_sandbox)
        ALTDIST_VERIFY_NO_SPEC_VIOLATIONS(*m_sandbox);
    m_sandbox.reset();
}

QList<Sandbox::RequestRecord> tst_PagedModel::domainRequests() const
{
    QList<Sandbox::RequestRecord> result;
    const QList<Sandbox::RequestRecord> all = m_sandbox->server().requests();
    for (const Sandbox::RequestRecord &record : all) {
        if (record.target.startsWith(kDomainsPath))
            result.append(record);
    }
    return result;
}

void tst_PagedModel::verifyEveryDomainOnce()
{
    QVERIFY(loadAll(*m_model));
    const QStringList ids = idsOf(*m_model);
    QCOMPARE(ids.size(), m_domains);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), m_domains);
}

void tst_PagedModel::doesNotLoadUntilAsked()
{
    makeModel();
    QCoreApplication::processEvents();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(DomainsModel::ColumnCount));
    QCOMPARE(m_model->state(), PagedModel::State::Idle);
    QVERIFY(m_model->canFetchMore({}));
    QVERIFY(domainRequests().isEmpty());
    QCOMPARE(m_model->headerData(DomainsModel::DomainColumn, Qt::Horizontal).toString(), QStringLiteral("Domain"));

    // The first fetchMore (here the tester's, as a view's would) starts the first page.
    watch();
    QCOMPARE(m_model->state(), PagedModel::State::Fetching);
    QSignalSpy loaded(m_model.get(), &PagedModel::pageLoaded);
    QVERIFY(loaded.wait());
    QCOMPARE(domainRequests().size(), 1);
}

void tst_PagedModel::pagesToCompletionWithoutDuplicates()
{
    makeModel();
    QSignalSpy pages(m_model.get(), &PagedModel::pageLoaded);
    watch();
    int expected = 0;
    while (m_model->state() != PagedModel::State::Complete) {
        QVERIFY(loadNextPage(*m_model));
        expected = std::min(expected + 50, m_domains);
        QCOMPARE(m_model->itemCount(), expected);
        QCOMPARE(m_model->rowCount(), expected); // no status row between pages
        QCOMPARE(m_model->totalCount(), std::optional<int>(m_domains));
    }
    QCOMPARE(m_model->state(), PagedModel::State::Complete);
    QCOMPARE(pages.size(), (m_domains + 49) / 50);
    QCOMPARE(domainRequests().size(), pages.size());

    const QStringList ids = idsOf(*m_model);
    QCOMPARE(ids.size(), m_domains);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), m_domains);
    for (int row : {0, 500, m_domains - 1}) {
        QCOMPARE(m_model->rowOfId(ids.at(row)), row);
        QCOMPARE(m_model->index(row, 0).data(PagedModel::IdRole).toString(), ids.at(row));
        QCOMPARE(m_model->resourceAt(row).value(QStringLiteral("id")).toString(), ids.at(row));
        QCOMPARE(m_model->flags(m_model->index(row, 1)),
                 Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren);
    }
    QCOMPARE(m_model->rowOfId(QStringLiteral("no-such-id")), -1);
    QVERIFY(m_model->idAt(m_domains).isEmpty());

    // Complete: nothing more to fetch, and asking anyway sends nothing.
    QVERIFY(!m_model->canFetchMore({}));
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), m_domains);
    QCOMPARE(domainRequests().size(), pages.size());
}

void tst_PagedModel::loadingRowWhileFetching()
{
    makeModel();
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy loaded(m_model.get(), &PagedModel::pageLoaded);
    m_model->fetchMore({});
    QCOMPARE(m_model->state(), PagedModel::State::Fetching);
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(rowKind(*m_model, 0), PagedModel::RowKind::Loading);
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("Loading…"));
    QVERIFY(m_model->index(0, 1).data().toString().isEmpty());
    QVERIFY(m_model->idAt(0).isEmpty());
    QVERIFY(!(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsSelectable));
    QVERIFY(!(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsEditable));
    QCOMPARE(inserted.size(), 1);
    watch();

    QVERIFY(loaded.wait());
    QCOMPARE(m_model->rowCount(), 50);
    QCOMPARE(rowKind(*m_model, 49), PagedModel::RowKind::Item);
    QCOMPARE(removed.size(), 1);

    // The second page: the loading row is the last row, after the 50 items.
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 51);
    QCOMPARE(rowKind(*m_model, 50), PagedModel::RowKind::Loading);
    QVERIFY(loaded.wait());
    QCOMPARE(m_model->rowCount(), 100);
    QCOMPARE(m_model->state(), PagedModel::State::Idle);
}

void tst_PagedModel::fetchMoreWhileFetchingDoesNothing()
{
    makeModel();
    watch();
    QSignalSpy loaded(m_model.get(), &PagedModel::pageLoaded);
    m_model->fetchMore({});
    m_model->fetchMore({});
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(loaded.wait());
    QCOMPARE(m_model->itemCount(), 50);
    QCOMPARE(domainRequests().size(), 1);
    QCOMPARE(loaded.size(), 1);
    // A child index never fetches.
    QVERIFY(!m_model->canFetchMore(m_model->index(0, 0)));
}

void tst_PagedModel::failedPageShowsErrorRowAndRetryResumes()
{
    makeModel();
    watch();
    QVERIFY(loadNextPage(*m_model));
    QVERIFY(loadNextPage(*m_model));
    const QStringList before = idsOf(*m_model);
    QCOMPARE(before.size(), 100);

    Sandbox::Fault fault;
    fault.kind = Sandbox::Fault::Kind::ServerError;
    fault.status = 500;
    fault.pathPrefix = kDomainsPath;
    fault.count = -1; // every attempt of the client's retries fails
    m_sandbox->server().addFault(fault);

    QSignalSpy failed(m_model.get(), &PagedModel::loadFailed);
    QSignalSpy states(m_model.get(), &PagedModel::stateChanged);
    m_model->fetchMore({});
    QVERIFY(failed.wait());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_model->state(), PagedModel::State::Failed);
    QCOMPARE(states.last().at(0).value<PagedModel::State>(), PagedModel::State::Failed);
    QVERIFY(!m_model->canFetchMore({}));

    // The error row: last, one line, every API error title, full text in the tool tip.
    QCOMPARE(m_model->rowCount(), 101);
    QCOMPARE(rowKind(*m_model, 100), PagedModel::RowKind::Error);
    const std::optional<Error> error = m_model->lastError();
    QVERIFY(error);
    QCOMPARE(error->httpStatus(), 500);
    QVERIFY(!error->apiErrors().isEmpty());
    const QString summary = m_model->index(100, 0).data().toString();
    QVERIFY(!summary.contains(QLatin1Char('\n')));
    QVERIFY2(summary.contains(error->message()), qPrintable(summary));
    for (const ApiErrorItem &item : error->apiErrors())
        QVERIFY2(summary.contains(item.title), qPrintable(summary));
    QCOMPARE(m_model->index(100, 0).data(Qt::ToolTipRole).toString(), error->describe());
    const Qt::ItemFlags flags = m_model->flags(m_model->index(100, 0));
    QVERIFY(flags & Qt::ItemIsEnabled);
    QVERIFY(!(flags & Qt::ItemIsSelectable));
    QVERIFY(!(flags & Qt::ItemIsEditable));
    QCOMPARE(idsOf(*m_model), before);

    // While failed, fetchMore asks nothing.
    const int requestsAfterFailure = domainRequests().size();
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 101);
    QCOMPARE(domainRequests().size(), requestsAfterFailure);
    const QString failedTarget = domainRequests().last().target;
    QCOMPARE(domainRequests().last().status, 500);

    // Retry asks for the very page that failed, then paging goes on to the end.
    m_sandbox->server().clearFaults();
    QSignalSpy loaded(m_model.get(), &PagedModel::pageLoaded);
    m_model->retry();
    QCOMPARE(m_model->state(), PagedModel::State::Fetching);
    QCOMPARE(rowKind(*m_model, 100), PagedModel::RowKind::Loading);
    QVERIFY(loaded.wait());
    QCOMPARE(domainRequests().at(requestsAfterFailure).target, failedTarget);
    QCOMPARE(m_model->itemCount(), 150);
    QVERIFY(!m_model->lastError());
    QCOMPARE(idsOf(*m_model).mid(0, 100), before);

    verifyEveryDomainOnce();
}

void tst_PagedModel::networkResetShowsErrorRow()
{
    makeModel();
    Sandbox::Fault fault;
    fault.kind = Sandbox::Fault::Kind::ResetMidBody;
    fault.afterBytes = 16;
    fault.pathPrefix = kDomainsPath;
    fault.count = -1;
    m_sandbox->server().addFault(fault);

    QSignalSpy failed(m_model.get(), &PagedModel::loadFailed);
    watch();
    QVERIFY(failed.wait());
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(rowKind(*m_model, 0), PagedModel::RowKind::Error);
    QCOMPARE(failed.first().at(0).value<Error>().kind(), Error::Kind::Network);
    QVERIFY(m_model->index(0, 0).data().toString().startsWith(QStringLiteral("Could not load")));

    // Retry of the first page: the first page, again.
    m_sandbox->server().clearFaults();
    m_model->retry();
    QSignalSpy loaded(m_model.get(), &PagedModel::pageLoaded);
    QVERIFY(loaded.wait());
    QCOMPARE(m_model->itemCount(), 50);
    QCOMPARE(m_model->rowCount(), 50);
}

void tst_PagedModel::refreshMidFetchStartsOver()
{
    makeModel();
    watch();
    QVERIFY(loadNextPage(*m_model));
    // The next page takes a while, so refresh() certainly catches it on its way.
    Sandbox::Fault slow;
    slow.kind = Sandbox::Fault::Kind::Latency;
    slow.delayMs = 400;
    slow.pathPrefix = kDomainsPath;
    slow.count = 1;
    m_sandbox->server().addFault(slow);

    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy states(m_model.get(), &PagedModel::stateChanged);
    QSignalSpy loaded(m_model.get(), &PagedModel::pageLoaded);
    QSignalSpy failed(m_model.get(), &PagedModel::loadFailed);
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 51);
    m_model->refresh();
    QCOMPARE(resets.size(), 1);
    // Cleared, and the first page is on its way at once.
    QCOMPARE(m_model->state(), PagedModel::State::Fetching);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(rowKind(*m_model, 0), PagedModel::RowKind::Loading);

    QVERIFY(loaded.wait());
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(m_model->itemCount(), 50);
    QVERIFY(failed.isEmpty()); // the aborted page's Cancelled never shows
    // Fetching (2nd page), Idle (reset), Fetching (refresh), Idle (page): the
    // aborted page's late answer changed nothing in between.
    QList<PagedModel::State> seen;
    for (const QList<QVariant> &args : std::as_const(states))
        seen.append(args.at(0).value<PagedModel::State>());
    const QList<PagedModel::State> expected{PagedModel::State::Fetching, PagedModel::State::Idle,
                                            PagedModel::State::Fetching, PagedModel::State::Idle};
    QCOMPARE(seen, expected);

    verifyEveryDomainOnce();
}

void tst_PagedModel::refreshAfterFailureClearsError()
{
    makeModel();
    Sandbox::Fault fault;
    fault.kind = Sandbox::Fault::Kind::ServerError;
    fault.status = 503;
    fault.pathPrefix = kDomainsPath;
    fault.count = -1;
    m_sandbox->server().addFault(fault);
    watch();
    QVERIFY(!loadNextPage(*m_model));
    QCOMPARE(m_model->state(), PagedModel::State::Failed);

    m_sandbox->server().clearFaults();
    QSignalSpy loaded(m_model.get(), &PagedModel::pageLoaded);
    m_model->refresh();
    QVERIFY(!m_model->lastError());
    QCOMPARE(rowKind(*m_model, 0), PagedModel::RowKind::Loading);
    QVERIFY(loaded.wait());
    QCOMPARE(m_model->itemCount(), 50);
}

void tst_PagedModel::destroyedClientFailsThePage()
{
    auto client = std::make_unique<ApiClient>(&m_sandbox->tokens());
    QVERIFY(client->setBaseUrl(m_sandbox->baseUrl()).ok());
    makeModel(client.get());
    watch();
    QVERIFY(loadNextPage(*m_model));

    QSignalSpy failed(m_model.get(), &PagedModel::loadFailed);
    m_model->fetchMore({});
    client.reset(); // e.g. the user switched accounts
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_model->state(), PagedModel::State::Failed);
    QCOMPARE(rowKind(*m_model, 50), PagedModel::RowKind::Error);

    // Without a client, retry fails again, cleanly.
    m_model->retry();
    QVERIFY(failed.wait());
    QCOMPARE(m_model->state(), PagedModel::State::Failed);
    QCOMPARE(m_model->itemCount(), 50);
}

void tst_PagedModel::pageSizeIsClamped()
{
    makeModel();
    QCOMPARE(m_model->pageSize(), 50);
    m_model->setPageSize(0);
    QCOMPARE(m_model->pageSize(), 1);
    m_model->setPageSize(500);
    QCOMPARE(m_model->pageSize(), 200);
    watch();
    QVERIFY(loadNextPage(*m_model));
    QCOMPARE(m_model->itemCount(), m_domains); // all of them on one page of up to 200
    QVERIFY(domainRequests().first().target.contains(QStringLiteral("limit=200")));
}

QTEST_GUILESS_MAIN(tst_PagedModel)
#include "tst_paged_model.moc"
