// SPDX-License-Identifier: GPL-3.0-or-later
// ListFilterModel over a DomainsModel: case-insensitive filtering over every
// column, sorting by SortRole, the loading / error row always kept and always
// last in both orders, fetchMore reaching the source through the proxy.
#include "ListFilterModel.h"
#include "ModelTestSupport.h"
#include "ResourceModels.h"

#include <QAbstractItemModelTester>

#include <memory>

using namespace AltDist;
using namespace AltDist::Test;

class tst_ListFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fetchMoreThroughTheProxy();
    void filtersCaseInsensitivelyAcrossColumns();
    void statusRowStaysLastInBothOrders();
    void sortsDatesBySortRole();

private:
    /// Makes the next domains page fail (every retry too) and waits for the error row.
    void failNextPage();
    /// Attaches the testers kept for the rest of the test.
    void watch();
    int lastRow() const { return m_proxy->rowCount() - 1; }

    std::unique_ptr<TestSandbox> m_sandbox;
    std::unique_ptr<DomainsModel> m_model;
    std::unique_ptr<ListFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void tst_ListFilterModel::init()
{
    Sandbox::SandboxOptions options;
    options.generatedDomains = 30;
    m_sandbox = std::make_unique<TestSandbox>(options);
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->startError()));
    m_model = std::make_unique<DomainsModel>(&m_sandbox->client());
    m_model->setPageSize(20);
    m_proxy = std::make_unique<ListFilterModel>();
    m_proxy->setSourceModel(m_model.get());
}

void tst_ListFilterModel::watch()
{
    // Like views, the testers fetch the first page as soon as they see the models.
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_ListFilterModel::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
    if (m_sandbox)
        ALTDIST_VERIFY_NO_SPEC_VIOLATIONS(*m_sandbox);
    m_sandbox.reset();
}

void tst_ListFilterModel::failNextPage()
{
    Sandbox::Fault fault;
    fault.kind = Sandbox::Fault::Kind::ServerError;
    fault.status = 500;
    fault.pathPrefix = QStringLiteral("/v1/alternativeDistributionDomains");
    fault.count = -1;
    m_sandbox->server().addFault(fault);
    QVERIFY(!loadNextPage(*m_model));
    QCOMPARE(m_model->state(), PagedModel::State::Failed);
}

void tst_ListFilterModel::fetchMoreThroughTheProxy()
{
    QCOMPARE(m_proxy->pagedModel(), m_model.get());
    QVERIFY(m_proxy->canFetchMore({}));
    QSignalSpy loaded(m_model.get(), &PagedModel::pageLoaded);
    m_proxy->fetchMore({});
    QCOMPARE(m_model->state(), PagedModel::State::Fetching);
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(rowKind(*m_proxy, 0), PagedModel::RowKind::Loading);
    QVERIFY(!m_proxy->canFetchMore({}));
    watch();
    QVERIFY(loaded.wait());
    QCOMPARE(m_proxy->rowCount(), 20);
    QVERIFY(m_proxy->canFetchMore({}));
    m_proxy->fetchMore({});
    QVERIFY(loaded.wait());
    QCOMPARE(m_proxy->rowCount(), 33);
    QVERIFY(!m_proxy->canFetchMore({}));
}

void tst_ListFilterModel::filtersCaseInsensitivelyAcrossColumns()
{
    watch();
    QVERIFY(loadAll(*m_model));
    // Domain column (shown in Unicode), upper case typed.
    m_proxy->setFilterFixedString(QStringLiteral("BÜCHER.EX"));
    QCOMPARE(m_proxy->rowCount(), 1);
    // Reference-name column.
    m_proxy->setFilterFixedString(QStringLiteral("generated DOMAIN 1"));
    QCOMPARE(m_proxy->rowCount(), 11); // 1, 10...19
    m_proxy->setFilterFixedString(QStringLiteral("quill downloads"));
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->index(0, DomainsModel::DomainColumn).data().toString(), QStringLiteral("downloads.quill.app"));
    m_proxy->setFilterFixedString(QString());
    QCOMPARE(m_proxy->rowCount(), 33);
}

void tst_ListFilterModel::statusRowStaysLastInBothOrders()
{
    watch();
    QVERIFY(loadNextPage(*m_model));
    m_proxy->sort(DomainsModel::DomainColumn, Qt::AscendingOrder);

    // The loading row, inserted while sorted, goes last.
    QSignalSpy loaded(m_model.get(), &PagedModel::pageLoaded);
    m_proxy->fetchMore({});
    QCOMPARE(m_proxy->rowCount(), 21);
    QCOMPARE(rowKind(*m_proxy, lastRow()), PagedModel::RowKind::Loading);
    QVERIFY(loaded.wait());
    QCOMPARE(m_proxy->rowCount(), 33);

    // The error row, in either order, and through a filter matching nothing else.
    m_model->refresh();
    QVERIFY(loaded.wait());
    failNextPage();
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        for (int column = 0; column < DomainsModel::ColumnCount; ++column) {
            m_proxy->sort(column, order);
            QCOMPARE(m_proxy->rowCount(), 21);
            QCOMPARE(rowKind(*m_proxy, lastRow()), PagedModel::RowKind::Error);
            for (int row = 0; row < lastRow(); ++row)
                QCOMPARE(rowKind(*m_proxy, row), PagedModel::RowKind::Item);
        }
        m_proxy->sort(DomainsModel::DomainColumn, order);
        const QString first = m_proxy->index(0, DomainsModel::DomainColumn).data().toString();
        const QString second = m_proxy->index(1, DomainsModel::DomainColumn).data().toString();
        QVERIFY2(order == Qt::AscendingOrder ? first.toLower() <= second.toLower()
                                             : first.toLower() >= second.toLower(),
                 qPrintable(first + QLatin1Char(' ') + second));
    }
    m_proxy->setFilterFixedString(QStringLiteral("matches nothing at all"));
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(rowKind(*m_proxy, 0), PagedModel::RowKind::Error);
}

void tst_ListFilterModel::sortsDatesBySortRole()
{
    watch();
    QVERIFY(loadAll(*m_model));
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        m_proxy->sort(DomainsModel::CreatedColumn, order);
        for (int row = 1; row < m_proxy->rowCount(); ++row) {
            const QDateTime previous = m_proxy->index(row - 1, DomainsModel::CreatedColumn).data(PagedModel::SortRole).toDateTime();
            const QDateTime current = m_proxy->index(row, DomainsModel::CreatedColumn).data(PagedModel::SortRole).toDateTime();
            QVERIFY(previous.isValid() && current.isValid());
            QVERIFY(order == Qt::AscendingOrder ? previous <= current : previous >= current);
        }
    }
}

QTEST_GUILESS_MAIN(tst_ListFilterModel)
#include "tst_list_filter_model.moc"
