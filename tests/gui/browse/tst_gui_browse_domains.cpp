// SPDX-License-Identifier: GPL-3.0-or-later
// The Domains page: delete with a confirmation naming the domain, and API
// errors of the page's own actions shown in the page's ErrorBanner.
#include "BrowseTest.h"
#include "DetailsPanel.h"
#include "DomainsPage.h"
#include "ErrorBanner.h"
#include "GuiTest.h"
#include "ListPane.h"
#include "PagedModel.h"
#include "ResourceModels.h"

#include "ApiClient.h"
#include "Domains.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace AltDist;
using namespace AltDist::Test;

class TestBrowseDomains : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void deleteAsksNamingTheDomainThenDeletes();
    void cancelKeepsTheDomain();
    void deleteOfADomainGoneElsewhereShowsTheApiError();
    void serverErrorOnDeleteShowsOnThePage();
    void addDomainButtonAsksForTheWizard();

private:
    /// Selects the seeded "apps.lumenlabs.eu" domain; returns its id.
    QString selectLumenDomain();

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<DomainsPage> m_page;
};

void TestBrowseDomains::init()
{
    m_fixture = std::make_unique<GuiFixture>();
    QVERIFY(m_fixture->isReady());
    m_page = std::make_unique<DomainsPage>(m_fixture->workspace());
    m_page->resize(1000, 600);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QVERIFY(waitUntil([&] { return m_page->listPane()->model()->state() == PagedModel::State::Complete; }));
}

void TestBrowseDomains::cleanup()
{
    if (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
    m_page.reset();
    m_fixture.reset();
}

QString TestBrowseDomains::selectLumenDomain()
{
    PagedModel *model = m_page->listPane()->model();
    for (int row = 0; row < model->itemCount(); ++row) {
        const QJsonObject domain = model->resourceAt(row);
        if (domain.value(QLatin1String("attributes")).toObject().value(QLatin1String("domain")).toString()
            == QLatin1String("apps.lumenlabs.eu")) {
            const QString id = model->idAt(row);
            if (!m_page->listPane()->selectId(id))
                return {};
            return id;
        }
    }
    return {};
}

void TestBrowseDomains::deleteAsksNamingTheDomainThenDeletes()
{
    const QString id = selectLumenDomain();
    QVERIFY(!id.isEmpty());
    QVERIFY(m_page->deleteAction()->isEnabled());
    QCOMPARE(m_page->detailsPanel()->title(), QStringLiteral("apps.lumenlabs.eu"));
    AltDist::Test::screenshot(m_page.get(), QStringLiteral("browse-domains"));

    // The Delete key on the list asks first.
    m_page->listPane()->view()->setFocus();
    QTest::keyClick(m_page->listPane()->view(), Qt::Key_Delete);
    QMessageBox *box = waitForMessageBox();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("apps.lumenlabs.eu")), qPrintable(box->text()));
    QVERIFY(box->text().contains(QLatin1String("Lumen web store")));
    QVERIFY(box->text().contains(id));
    AltDist::Test::screenshot(box, QStringLiteral("browse-domains-delete-confirmation"));
    QVERIFY(click(box, QStringLiteral("Delete")));

    PagedModel *model = m_page->listPane()->model();
    QVERIFY(waitUntil([&] {
        return model->state() == PagedModel::State::Complete && model->itemCount() == 2;
    }));
    QCOMPARE(model->rowOfId(id), -1);
    QVERIFY(!m_page->errorBanner()->hasError());
    // And gone at the API too.
    bool gone = false;
    DomainsApi(m_fixture->connection().client()).get(id).then(m_page.get(), [&](const Result<Domain> &r) {
        gone = !r.ok() && r.error().httpStatus() == 404;
    });
    QVERIFY(waitUntil([&] { return gone; }));
}

void TestBrowseDomains::cancelKeepsTheDomain()
{
    const QString id = selectLumenDomain();
    QVERIFY(!id.isEmpty());
    cancelDeletion(*m_fixture, m_page->deleteAction());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_page->listPane()->model()->rowOfId(id) >= 0);
}

void TestBrowseDomains::deleteOfADomainGoneElsewhereShowsTheApiError()
{
    const QString id = selectLumenDomain();
    QVERIFY(!id.isEmpty());
    // Someone else deletes it first (another window, the CLI, the website).
    bool removed = false;
    DomainsApi(m_fixture->connection().client()).remove(id).then(m_page.get(), [&](const Status &s) {
        removed = s.ok();
    });
    QVERIFY(waitUntil([&] { return removed; }));

    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            click(box, QStringLiteral("Delete"));
    });
    m_page->deleteAction()->trigger();
    QVERIFY(waitUntil([&] { return m_page->errorBanner()->hasError(); }));
    const QString text = m_page->errorBanner()->text();
    QVERIFY2(text.contains(QLatin1String("The specified resource does not exist")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("There is no resource of type 'alternativeDistributionDomains' with id '%1'")
                               .arg(id)),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("NOT_FOUND")));
    QVERIFY(m_page->errorBanner()->isVisible());
    AltDist::Test::screenshot(m_page.get(), QStringLiteral("browse-domains-delete-error"));

    // Refreshing clears the banner and shows the list as it now is.
    m_page->refresh();
    QVERIFY(!m_page->errorBanner()->hasError());
    QVERIFY(waitUntil([&] { return m_page->listPane()->model()->itemCount() == 2; }));
}

void TestBrowseDomains::serverErrorOnDeleteShowsOnThePage()
{
    const QString id = selectLumenDomain();
    QVERIFY(!id.isEmpty());
    failRequests(*m_fixture, QStringLiteral("/v1/alternativeDistributionDomains/") + id, 500, -1);

    m_page->deleteAction()->trigger();
    QMessageBox *box = waitForMessageBox();
    QVERIFY(box);
    QVERIFY(click(box, QStringLiteral("Delete")));
    QVERIFY(waitUntil([&] { return m_page->errorBanner()->hasError(); }));
    const QString text = m_page->errorBanner()->text();
    QVERIFY2(text.contains(QLatin1String("500")) || text.contains(QLatin1String("UNEXPECTED_ERROR")), qPrintable(text));
    QVERIFY(m_page->listPane()->model()->rowOfId(id) >= 0); // still listed: nothing was deleted
}

void TestBrowseDomains::addDomainButtonAsksForTheWizard()
{
    QSignalSpy spy(m_page.get(), &DomainsPage::addDomainRequested);
    QVERIFY(click(m_page.get(), QStringLiteral("Add domain…")));
    QCOMPARE(spy.count(), 1);
}

QTEST_MAIN(TestBrowseDomains)
#include "tst_gui_browse_domains.moc"
