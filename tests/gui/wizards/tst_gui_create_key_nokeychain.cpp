// SPDX-License-Identifier: GPL-3.0-or-later
// Create key wizard without any keychain (the session bus points at nothing):
// a generated pair whose private half could be kept nowhere is refused on the
// commit page before anything is uploaded; with a file chosen it goes ahead.

#include "CreateKeyWizard.h"
#include "ErrorBanner.h"
#include "SecretStore.h"
#include "WizardDriver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QtTest>

using namespace AltDist;
using namespace AltDist::Test;

class TestCreateKeyNoKeychain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_noBus;

    static int keyUploads(GuiFixture &f)
    {
        int posts = 0;
        for (const Sandbox::RequestRecord &r : f.sandbox().requests())
            posts += r.method == "POST" && r.target == QLatin1String("/v1/") + QLatin1String(DistributionKey::kType) ? 1 : 0;
        return posts;
    }

    static bool toCommitPage(CreateKeyWizard &wizard)
    {
        if (!waitForButton(wizard, QWizard::NextButton) || !press(wizard, QWizard::NextButton))
            return false;
        auto *apps = wizard.findChild<QComboBox *>(QStringLiteral("keyAppCombo"));
        return waitUntil([&] { return apps->count() >= 7; }) && waitForButton(wizard, QWizard::CommitButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Before any QtKeychain use (it picks its backend once per process).
        QVERIFY(m_noBus.isValid());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(m_noBus.filePath(QStringLiteral("none"))));
        for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION"})
            qunsetenv(name);
    }

    void refusedBeforeUploadWithoutKeychain()
    {
        GuiFixture f;
        QVERIFY(f.isReady());
        CreateKeyWizard wizard(f.workspace());
        QVERIFY(showWizard(wizard));
        QVERIFY(toCommitPage(wizard));
        QVERIFY(press(wizard, QWizard::CommitButton));
        auto *banner = wizard.currentPage()->findChild<ErrorBanner *>();
        QVERIFY(waitUntil([&] { return banner->isVisible(); }, 10000));
        QVERIFY2(banner->text().contains(SecretStore::noKeychainMessage()), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("Nothing was created")), qPrintable(banner->text()));
        QCOMPARE(wizard.currentId(), int(CreateKeyWizard::AppPage));
        QCOMPARE(keyUploads(f), 0);
        screenshot(&wizard, QStringLiteral("wizard-create-key-2-no-keychain"));
    }

    void goesAheadWithAFile()
    {
        GuiFixture f;
        QVERIFY(f.isReady());
        const QString path = f.tempPath() + QStringLiteral("/web-key.pem");
        CreateKeyWizard wizard(f.workspace());
        QVERIFY(showWizard(wizard));
        clickIndicator(wizard.findChild<QCheckBox *>(QStringLiteral("exportCheck")));
        QVERIFY(typeInto(&wizard, QStringLiteral("exportPathEdit"), path));
        QVERIFY(toCommitPage(wizard));
        QVERIFY(press(wizard, QWizard::CommitButton));
        QVERIFY(waitUntil([&] { return wizard.currentId() == int(CreateKeyWizard::DonePage); }));
        QCOMPARE(keyUploads(f), 1);
        QVERIFY(QFile::exists(path));
        QVERIFY(!wizard.createdKey().id.isEmpty());
    }
};

QTEST_MAIN(TestCreateKeyNoKeychain)
#include "tst_gui_create_key_nokeychain.moc"
