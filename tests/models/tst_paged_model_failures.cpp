// SPDX-License-Identifier: GPL-3.0-or-later
// PagedModel when pages fail or are dropped (through DomainsModel, 153
// domains: pages of 50, 50, 50, 3): the error row and retry of the same page,
// a connection reset, refresh while a page is on its way, a destroyed client.
#include "DomainsFixture.h"

using namespace AltDist;
using namespace AltDist::Test;

class tst_PagedModelFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_f.stop(); }

    void failedPageShowsErrorRowAndRetryResumes();
    void networkResetShowsErrorRow();
    void refreshMidFetchStartsOver();
    void refreshAfterFailureClearsError();
    void destroyedClientFailsThePage();

private:
    DomainsFixture m_f;
};

void tst_PagedModelFailures::init()
{
    m_f.start(153);
}

void tst_PagedModelFailures::failedPageShowsErrorRowAndRetryResumes()
{
    m_f.makeModel();
    m_f.watch();
    QVERIFY(loadNextPage(*m_f.model));
    QVERIFY(loadNextPage(*m_f.model));
    const QStringList before = idsOf(*m_f.model);
    QCOMPARE(before.size(), 100);

    m_f.failDomainRequests(Sandbox::Fault::Kind::ServerError, 500);

    QSignalSpy failed(m_f.model.get(), &PagedModel::loadFailed);
    QSignalSpy states(m_f.model.get(), &PagedModel::stateChanged);
    m_f.model->fetchMore({});
    QVERIFY(failed.wait());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_f.model->state(), PagedModel::State::Failed);
    QCOMPARE(states.last().at(0).value<PagedModel::State>(), PagedModel::State::Failed);
    QVERIFY(!m_f.model->canFetchMore({}));

    // The error row: last, one line, every API error title, full text in the tool tip.
    QCOMPARE(m_f.model->rowCount(), 101);
    QCOMPARE(rowKind(*m_f.model, 100), PagedModel::RowKind::Error);
    const std::optional<Error> error = m_f.model->lastError();
    QVERIFY(error);
    QCOMPARE(error->httpStatus(), 500);
    QVERIFY(!error->apiErrors().isEmpty());
    const QString summary = m_f.model->index(100, 0).data().toString();
    QVERIFY(!summary.contains(QLatin1Char('\n')));
    QVERIFY2(summary.contains(error->message()), qPrintable(summary));
    for (const ApiErrorItem &item : error->apiErrors())
        QVERIFY2(summary.contains(item.title), qPrintable(summary));
    QCOMPARE(m_f.model->index(100, 0).data(Qt::ToolTipRole).toString(), error->describe());
    const Qt::ItemFlags flags = m_f.model->flags(m_f.model->index(100, 0));
    QVERIFY(flags & Qt::ItemIsEnabled);
    QVERIFY(!(flags & Qt::ItemIsSelectable));
    QVERIFY(!(flags & Qt::ItemIsEditable));
    QCOMPARE(idsOf(*m_f.model), before);

    // While failed, fetchMore asks nothing.
    const int requestsAfterFailure = m_f.domainRequests().size();
    m_f.model->fetchMore({});
    QCOMPARE(m_f.model->rowCount(), 101);
    QCOMPARE(m_f.domainRequests().size(), requestsAfterFailure);
    const QString failedTarget = m_f.domainRequests().last().target;
    QCOMPARE(m_f.domainRequests().last().status, 500);

    // Retry asks for the very page that failed, then paging goes on to the end.
    m_f.sandbox->server().clearFaults();
    QSignalSpy loaded(m_f.model.get(), &PagedModel::pageLoaded);
    m_f.model->retry();
    QCOMPARE(m_f.model->state(), PagedModel::State::Fetching);
    QCOMPARE(rowKind(*m_f.model, 100), PagedModel::RowKind::Loading);
    QVERIFY(loaded.wait());
    QCOMPARE(m_f.domainRequests().at(requestsAfterFailure).target, failedTarget);
    QCOMPARE(m_f.model->itemCount(), 150);
    QVERIFY(!m_f.model->lastError());
    QCOMPARE(idsOf(*m_f.model).mid(0, 100), before);

    m_f.verifyEveryDomainOnce();
}

void tst_PagedModelFailures::networkResetShowsErrorRow()
{
    m_f.makeModel();
    m_f.failDomainRequests(Sandbox::Fault::Kind::ResetMidBody);

    QSignalSpy failed(m_f.model.get(), &PagedModel::loadFailed);
    m_f.watch();
    QVERIFY(failed.wait());
    QCOMPARE(m_f.model->rowCount(), 1);
    QCOMPARE(rowKind(*m_f.model, 0), PagedModel::RowKind::Error);
    QCOMPARE(failed.first().at(0).value<Error>().kind(), Error::Kind::Network);
    QVERIFY(m_f.model->index(0, 0).data().toString().startsWith(QStringLiteral("Could not load")));

    // Retry of the first page: the first page, again.
    m_f.sandbox->server().clearFaults();
    m_f.model->retry();
    QSignalSpy loaded(m_f.model.get(), &PagedModel::pageLoaded);
    QVERIFY(loaded.wait());
    QCOMPARE(m_f.model->itemCount(), 50);
    QCOMPARE(m_f.model->rowCount(), 50);
}

void tst_PagedModelFailures::refreshMidFetchStartsOver()
{
    m_f.makeModel();
    m_f.watch();
    QVERIFY(loadNextPage(*m_f.model));
    // The next page takes a while, so refresh() certainly catches it on its way.
    Sandbox::Fault slow;
    slow.kind = Sandbox::Fault::Kind::Latency;
    slow.delayMs = 400;
    slow.pathPrefix = DomainsFixture::domainsPath();
    slow.count = 1;
    m_f.sandbox->server().addFault(slow);

    QSignalSpy resets(m_f.model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy states(m_f.model.get(), &PagedModel::stateChanged);
    QSignalSpy loaded(m_f.model.get(), &PagedModel::pageLoaded);
    QSignalSpy failed(m_f.model.get(), &PagedModel::loadFailed);
    m_f.model->fetchMore({});
    QCOMPARE(m_f.model->rowCount(), 51);
    m_f.model->refresh();
    QCOMPARE(resets.size(), 1);
    // Cleared, and the first page is on its way at once.
    QCOMPARE(m_f.model->state(), PagedModel::State::Fetching);
    QCOMPARE(m_f.model->rowCount(), 1);
    QCOMPARE(rowKind(*m_f.model, 0), PagedModel::RowKind::Loading);

    QVERIFY(loaded.wait());
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(m_f.model->itemCount(), 50);
    QVERIFY(failed.isEmpty()); // the aborted page's Cancelled never shows
    // Fetching (2nd page), Idle (reset), Fetching (refresh), Idle (page): the
    // aborted page's late answer changed nothing in between.
    QList<PagedModel::State> seen;
    for (const QList<QVariant> &args : std::as_const(states))
        seen.append(args.at(0).value<PagedModel::State>());
    const QList<PagedModel::State> expected{PagedModel::State::Fetching, PagedModel::State::Idle,
                                            PagedModel::State::Fetching, PagedModel::State::Idle};
    QCOMPARE(seen, expected);

    m_f.verifyEveryDomainOnce();
}

void tst_PagedModelFailures::refreshAfterFailureClearsError()
{
    m_f.makeModel();
    m_f.failDomainRequests(Sandbox::Fault::Kind::ServerError, 503);
    m_f.watch();
    QVERIFY(!loadNextPage(*m_f.model));
    QCOMPARE(m_f.model->state(), PagedModel::State::Failed);

    m_f.sandbox->server().clearFaults();
    QSignalSpy loaded(m_f.model.get(), &PagedModel::pageLoaded);
    m_f.model->refresh();
    QVERIFY(!m_f.model->lastError());
    QCOMPARE(rowKind(*m_f.model, 0), PagedModel::RowKind::Loading);
    QVERIFY(loaded.wait());
    QCOMPARE(m_f.model->itemCount(), 50);
}

void tst_PagedModelFailures::destroyedClientFailsThePage()
{
    auto client = std::make_unique<ApiClient>(&m_f.sandbox->tokens());
    QVERIFY(client->setBaseUrl(m_f.sandbox->baseUrl()).ok());
    m_f.makeModel(client.get());
    m_f.watch();
    QVERIFY(loadNextPage(*m_f.model));

    QSignalSpy failed(m_f.model.get(), &PagedModel::loadFailed);
    m_f.model->fetchMore({});
    client.reset(); // e.g. the user switched accounts
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_f.model->state(), PagedModel::State::Failed);
    QCOMPARE(rowKind(*m_f.model, 50), PagedModel::RowKind::Error);

    // Without a client, retry fails again, cleanly.
    m_f.model->retry();
    QVERIFY(failed.wait());
    QCOMPARE(m_f.model->state(), PagedModel::State::Failed);
    QCOMPARE(m_f.model->itemCount(), 50);
}

QTEST_GUILESS_MAIN(tst_PagedModelFailures)
#include "tst_paged_model_failures.moc"
