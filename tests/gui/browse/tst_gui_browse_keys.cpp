// SPDX-License-Identifier: GPL-3.0-or-later
// The Keys page against the sandbox and a real (throw-away) keychain: the
// list matches the API, deletion names the key and its app, deletes it at the
// API and the private half in the keychain; Cancel and API errors change nothing.
#include "BrowseTest.h"
#include "ErrorBanner.h"
#include "KeysPage.h"
#include "ListPane.h"
#include "PagedModel.h"
#include "ResourceModels.h"

#include "ApiClient.h"
#include "EcKeyPair.h"
#include "Keys.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace AltDist;
using namespace AltDist::Test;

class TestBrowseKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsTheKeysTheApiHas();
    void deleteNamesKeyAndAppThenDeletesItAndItsPrivateKey();
    void cancelDeletesNothing();
    void apiErrorOnDeleteShowsOnThePageAndKeepsThePrivateKey();
    void createKeyButtonAsksForTheWizard();

private:
    KeysModel *model() const { return qobject_cast<KeysModel *>(m_page->listPane()->model()); }
    /// Selects the sandbox's key of Lumen Notes (the one app key); returns its id.
    QString selectLumenKey();
    /// Stores a fresh private key PEM in the keychain under `keyId`.
    bool storePrivateKey(const QString &keyId);
    /// The keychain's answer for `keyId`.
    Result<QByteArray> readPrivateKey(const QString &keyId);
    std::optional<Result<DistributionKey>> getKey(const QString &id);

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<KeysPage> m_page;
    QString m_accountWideId;
};

void TestBrowseKeys::init()
{
    m_fixture = std::make_unique<GuiFixture>();
    QVERIFY(m_fixture->isReady());
    // An account-wide key next to the seeded app key, so both kinds are listed.
    const Result<EcKeyPair> pair = EcKeyPair::generateP256();
    QVERIFY(pair.ok());
    m_accountWideId.clear();
    KeysApi(m_fixture->connection().client()).create(pair->publicKeyPem()).then(this, [this](const Result<DistributionKey> &k) {
        m_accountWideId = k.ok() ? k->id : QStringLiteral("failed");
    });
    QVERIFY(waitUntil([&] { return !m_accountWideId.isEmpty(); }));
    QVERIFY(m_accountWideId != QLatin1String("failed"));

    m_page = std::make_unique<KeysPage>(m_fixture->workspace());
    m_page->resize(1000, 600);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QVERIFY(waitUntil([&] { return model() && model()->state() == PagedModel::State::Complete; }));
}

void TestBrowseKeys::cleanup()
{
    if (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
    m_page.reset();
    m_fixture.reset();
}

QString TestBrowseKeys::selectLumenKey()
{
    for (int row = 0; row < model()->itemCount(); ++row) {
        if (model()->isAppKey(row))
            return m_page->listPane()->selectId(model()->idAt(row)) ? model()->idAt(row) : QString();
    }
    return {};
}

bool TestBrowseKeys::storePrivateKey(const QString &keyId)
{
    const Result<EcKeyPair> pair = EcKeyPair::generateP256();
    if (!pair.ok())
        return false;
    std::optional<Status> stored;
    m_fixture->workspace().credentials().storeWebDistributionKey(keyId, pair->privateKeyPem(), this,
                                                                 [&](const Status &s) { stored = s; });
    return waitUntil([&] { return stored.has_value(); }) && stored->ok();
}

Result<QByteArray> TestBrowseKeys::readPrivateKey(const QString &keyId)
{
    std::optional<Result<QByteArray>> read;
    m_fixture->workspace().credentials().readWebDistributionKey(keyId, this,
                                                                [&](const Result<QByteArray> &r) { read = r; });
    if (!waitUntil([&] { return read.has_value(); }))
        return Error(Error::Kind::Cancelled, QStringLiteral("no answer from the keychain"));
    return *read;
}

std::optional<Result<DistributionKey>> TestBrowseKeys::getKey(const QString &id)
{
    std::optional<Result<DistributionKey>> got;
    KeysApi(m_fixture->connection().client()).get(id).then(this, [&](const Result<DistributionKey> &r) { got = r; });
    waitUntil([&] { return got.has_value(); });
    return got;
}

void TestBrowseKeys::listsTheKeysTheApiHas()
{
    // What the API has, both kinds, straight from the service layer.
    std::optional<Result<Page<DistributionKey>>> appKeys;
    std::optional<Result<Page<DistributionKey>>> accountKeys;
    ApiClient *client = m_fixture->connection().client();
    KeysApi(client).list(200, true).then(this, [&](const Result<Page<DistributionKey>> &p) { appKeys = p; });
    KeysApi(client).list(200, false).then(this, [&](const Result<Page<DistributionKey>> &p) { accountKeys = p; });
    QVERIFY(waitUntil([&] { return appKeys && accountKeys; }));
    QVERIFY(appKeys->ok() && accountKeys->ok());
    QCOMPARE((*appKeys)->items.size(), 1);     // Lumen Notes' key
    QCOMPARE((*accountKeys)->items.size(), 1); // the one init() made

    KeysModel *keys = model();
    QCOMPARE(keys->columnCount(), int(KeysModel::ColumnCount));
    QCOMPARE(keys->headerData(KeysModel::KeyIdColumn, Qt::Horizontal).toString(), QStringLiteral("Key ID"));
    QCOMPARE(keys->headerData(KeysModel::AppColumn, Qt::Horizontal).toString(), QStringLiteral("App"));
    QCOMPARE(keys->headerData(KeysModel::PublicKeyColumn, Qt::Horizontal).toString(), QStringLiteral("Public key"));
    QCOMPARE(keys->itemCount(), 2);
    const QList<std::pair<DistributionKey, QString>> expected = {
        {(*appKeys)->items.first(), QStringLiteral("App-specific")},
        {(*accountKeys)->items.first(), QStringLiteral("Account-wide")},
    };
    for (const auto &[key, appText] : expected) {
        const int row = keys->rowOfId(key.id);
        QVERIFY2(row >= 0, qPrintable(key.id));
        QCOMPARE(keys->index(row, KeysModel::KeyIdColumn).data().toString(), key.id);
        const QString app = keys->index(row, KeysModel::AppColumn).data().toString();
        QVERIFY2(app == appText || (!key.appId.isEmpty() && app == key.appId), qPrintable(app));
        QCOMPARE(keys->index(row, KeysModel::PublicKeyColumn).data().toString(), KeysModel::shortPublicKey(key.publicKey));
    }
    // And the view shows those rows (plus nothing else: no status row once complete).
    QCOMPARE(m_page->listPane()->view()->model()->rowCount(), 2);
    QVERIFY(!selectLumenKey().isEmpty());
    AltDist::Test::screenshot(m_page.get(), QStringLiteral("browse-keys"));
}

void TestBrowseKeys::deleteNamesKeyAndAppThenDeletesItAndItsPrivateKey()
{
    const QString id = selectLumenKey();
    QVERIFY(!id.isEmpty());
    QVERIFY(storePrivateKey(id));
    QVERIFY(readPrivateKey(id).ok());

    m_page->listPane()->view()->setFocus();
    QTest::keyClick(m_page->listPane()->view(), Qt::Key_Delete);
    QMessageBox *box = waitForMessageBox();
    QVERIFY(box);
    QVERIFY2(box->text().contains(id), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QLatin1String("Lumen Notes")), qPrintable(box->text()));
    QVERIFY(!box->text().contains(QLatin1String("account-wide")));
    AltDist::Test::screenshot(box, QStringLiteral("browse-keys-delete-confirmation"));
    QVERIFY(click(box, QStringLiteral("Delete")));

    QVERIFY(waitUntil([&] { return model()->state() == PagedModel::State::Complete && model()->itemCount() == 1; }));
    QCOMPARE(model()->rowOfId(id), -1);
    QVERIFY(model()->rowOfId(m_accountWideId) >= 0);
    QVERIFY(!m_page->errorBanner()->hasError());

    const std::optional<Result<DistributionKey>> got = getKey(id);
    QVERIFY(got);
    QVERIFY(!got->ok());
    QCOMPARE(got->error().httpStatus(), 404);

    // The private half went too (removal is asynchronous: wait for it).
    std::optional<Error> missing;
    QVERIFY(waitUntil([&] {
        const Result<QByteArray> read = readPrivateKey(id);
        if (!read.ok())
            missing = read.error();
        return missing.has_value();
    }, 10000));
    QVERIFY2(SecretStore::isNotFound(*missing), qPrintable(missing->describe()));
}

void TestBrowseKeys::cancelDeletesNothing()
{
    const QString id = selectLumenKey();
    QVERIFY(!id.isEmpty());
    QVERIFY(storePrivateKey(id));
    cancelDeletion(*m_fixture, m_page->deleteAction());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(model()->rowOfId(id) >= 0);
    const std::optional<Result<DistributionKey>> got = getKey(id);
    QVERIFY(got && got->ok());
    QVERIFY(readPrivateKey(id).ok());
}

void TestBrowseKeys::apiErrorOnDeleteShowsOnThePageAndKeepsThePrivateKey()
{
    const QString id = selectLumenKey();
    QVERIFY(!id.isEmpty());
    QVERIFY(storePrivateKey(id));
    failRequests(*m_fixture, QStringLiteral("/v1/alternativeDistributionKeys/") + id, 500, -1);

    m_page->deleteAction()->trigger();
    QMessageBox *box = waitForMessageBox();
    QVERIFY(box);
    QVERIFY(click(box, QStringLiteral("Delete")));
    QVERIFY(waitUntil([&] { return m_page->errorBanner()->hasError(); }));
    QVERIFY(m_page->errorBanner()->isVisible());
    const QString text = m_page->errorBanner()->text();
    QVERIFY2(text.contains(QLatin1String("500")) || text.contains(QLatin1String("UNEXPECTED_ERROR")), qPrintable(text));
    AltDist::Test::screenshot(m_page.get(), QStringLiteral("browse-keys-delete-error"));

    QVERIFY(model()->rowOfId(id) >= 0);
    m_fixture->sandbox().clearFaults();
    const std::optional<Result<DistributionKey>> got = getKey(id);
    QVERIFY(got && got->ok());
    QVERIFY(readPrivateKey(id).ok()); // the key still exists, so its private half stays
}

void TestBrowseKeys::createKeyButtonAsksForTheWizard()
{
    QSignalSpy spy(m_page.get(), &KeysPage::createKeyRequested);
    QVERIFY(click(m_page.get(), QStringLiteral("Create key…")));
    QCOMPARE(spy.count(), 1);
}

QTEST_MAIN(TestBrowseKeys)
#include "tst_gui_browse_keys.moc"
