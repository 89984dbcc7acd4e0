// SPDX-License-Identifier: GPL-3.0-or-later
// PagedModel's paging (through DomainsModel) against a live sandbox: 1,003
// domains page by page to completion, the loading row, re-entrancy, page size.
#include "DomainsFixture.h"

using namespace AltDist;
using namespace AltDist::Test;

class tst_PagedModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_f.stop(); }

    void doesNotLoadUntilAsked();
    void pagesToCompletionWithoutDuplicates();
    void loadingRowWhileFetching();
    void fetchMoreWhileFetchingDoesNothing();
    void pageSizeIsClamped();

private:
    DomainsFixture m_f;
};

void tst_PagedModel::init()
{
    // The sandbox validates every answer against Apple's spec, which costs a
    // few milliseconds per domain: only the full paging test reads 1,000.
    const bool many = QLatin1String(QTest::currentTestFunction()) == QLatin1String("pagesToCompletionWithoutDuplicates");
    m_f.start(many ? 1003 : 153);
}

void tst_PagedModel::doesNotLoadUntilAsked()
{
    m_f.makeModel();
    QCoreApplication::processEvents();
    QCOMPARE(m_f.model->rowCount(), 0);
    QCOMPARE(m_f.model->columnCount(), int(DomainsModel::ColumnCount));
    QCOMPARE(m_f.model->state(), PagedModel::State::Idle);
    QVERIFY(m_f.model->canFetchMore({}));
    QVERIFY(m_f.domainRequests().isEmpty());
    QCOMPARE(m_f.model->headerData(DomainsModel::DomainColumn, Qt::Horizontal).toString(), QStringLiteral("Domain"));

    // The first fetchMore (here the tester's, as a view's would) starts the first page.
    m_f.watch();
    QCOMPARE(m_f.model->state(), PagedModel::State::Fetching);
    QSignalSpy loaded(m_f.model.get(), &PagedModel::pageLoaded);
    QVERIFY(loaded.wait());
    QCOMPARE(m_f.domainRequests().size(), 1);
}

void tst_PagedModel::pagesToCompletionWithoutDuplicates()
{
    m_f.makeModel();
    QSignalSpy pages(m_f.model.get(), &PagedModel::pageLoaded);
    m_f.watch();
    int expected = 0;
    while (m_f.model->state() != PagedModel::State::Complete) {
        QVERIFY(loadNextPage(*m_f.model));
        expected = std::min(expected + 50, m_f.domains);
        QCOMPARE(m_f.model->itemCount(), expected);
        QCOMPARE(m_f.model->rowCount(), expected); // no status row between pages
        QCOMPARE(m_f.model->totalCount(), std::optional<int>(m_f.domains));
    }
    QCOMPARE(m_f.model->state(), PagedModel::State::Complete);
    QCOMPARE(pages.size(), (m_f.domains + 49) / 50);
    QCOMPARE(m_f.domainRequests().size(), pages.size());

    const QStringList ids = idsOf(*m_f.model);
    QCOMPARE(ids.size(), m_f.domains);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), m_f.domains);
    for (int row : {0, 500, m_f.domains - 1}) {
        QCOMPARE(m_f.model->rowOfId(ids.at(row)), row);
        QCOMPARE(m_f.model->index(row, 0).data(PagedModel::IdRole).toString(), ids.at(row));
        QCOMPARE(m_f.model->resourceAt(row).value(QStringLiteral("id")).toString(), ids.at(row));
        QCOMPARE(m_f.model->flags(m_f.model->index(row, 1)),
                 Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren);
    }
    QCOMPARE(m_f.model->rowOfId(QStringLiteral("no-such-id")), -1);
    QVERIFY(m_f.model->idAt(m_f.domains).isEmpty());

    // Complete: nothing more to fetch, and asking anyway sends nothing.
    QVERIFY(!m_f.model->canFetchMore({}));
    m_f.model->fetchMore({});
    QCOMPARE(m_f.model->rowCount(), m_f.domains);
    QCOMPARE(m_f.domainRequests().size(), pages.size());
}

void tst_PagedModel::loadingRowWhileFetching()
{
    m_f.makeModel();
    QSignalSpy inserted(m_f.model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_f.model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy loaded(m_f.model.get(), &PagedModel::pageLoaded);
    m_f.model->fetchMore({});
    QCOMPARE(m_f.model->state(), PagedModel::State::Fetching);
    QVERIFY(!m_f.model->canFetchMore({}));
    QCOMPARE(m_f.model->rowCount(), 1);
    QCOMPARE(rowKind(*m_f.model, 0), PagedModel::RowKind::Loading);
    QCOMPARE(m_f.model->index(0, 0).data().toString(), QStringLiteral("Loading…"));
    QVERIFY(m_f.model->index(0, 1).data().toString().isEmpty());
    QVERIFY(m_f.model->idAt(0).isEmpty());
    QVERIFY(!(m_f.model->flags(m_f.model->index(0, 0)) & Qt::ItemIsSelectable));
    QVERIFY(!(m_f.model->flags(m_f.model->index(0, 0)) & Qt::ItemIsEditable));
    QCOMPARE(inserted.size(), 1);
    m_f.watch();

    QVERIFY(loaded.wait());
    QCOMPARE(m_f.model->rowCount(), 50);
    QCOMPARE(rowKind(*m_f.model, 49), PagedModel::RowKind::Item);
    QCOMPARE(removed.size(), 1);

    // The second page: the loading row is the last row, after the 50 items.
    m_f.model->fetchMore({});
    QCOMPARE(m_f.model->rowCount(), 51);
    QCOMPARE(rowKind(*m_f.model, 50), PagedModel::RowKind::Loading);
    QVERIFY(loaded.wait());
    QCOMPARE(m_f.model->rowCount(), 100);
    QCOMPARE(m_f.model->state(), PagedModel::State::Idle);
}

void tst_PagedModel::fetchMoreWhileFetchingDoesNothing()
{
    m_f.makeModel();
    m_f.watch();
    QSignalSpy loaded(m_f.model.get(), &PagedModel::pageLoaded);
    m_f.model->fetchMore({});
    m_f.model->fetchMore({});
    m_f.model->fetchMore({});
    QCOMPARE(m_f.model->rowCount(), 1);
    QVERIFY(loaded.wait());
    QCOMPARE(m_f.model->itemCount(), 50);
    QCOMPARE(m_f.domainRequests().size(), 1);
    QCOMPARE(loaded.size(), 1);
    // A child index never fetches.
    QVERIFY(!m_f.model->canFetchMore(m_f.model->index(0, 0)));
}

void tst_PagedModel::pageSizeIsClamped()
{
    m_f.makeModel();
    QCOMPARE(m_f.model->pageSize(), 50);
    m_f.model->setPageSize(0);
    QCOMPARE(m_f.model->pageSize(), 1);
    m_f.model->setPageSize(500);
    QCOMPARE(m_f.model->pageSize(), 200);
    m_f.watch();
    QVERIFY(loadNextPage(*m_f.model));
    QCOMPARE(m_f.model->itemCount(), m_f.domains); // all of them on one page of up to 200
    QVERIFY(m_f.domainRequests().first().target.contains(QStringLiteral("limit=200")));
}

QTEST_GUILESS_MAIN(tst_PagedModel)
#include "tst_paged_model.moc"
