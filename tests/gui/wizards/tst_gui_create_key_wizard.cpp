// SPDX-License-Identifier: GPL-3.0-or-later
// Create key wizard against the sandbox with a real (private) keychain: a
// generated pair's private half lands in the keychain under the new key ID
// and in the chosen 0600 file; an imported public key is checked as typed.

#include "CreateKeyWizard.h"
#include "CredentialStore.h"
#include "ErrorBanner.h"
#include "WizardDriver.h"
#include "WizardSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QtTest>

using namespace AltDist;
using namespace AltDist::Test;

class TestCreateKeyWizard : public QObject
{
    Q_OBJECT

private:
    static std::optional<DistributionKey> keyAtSandbox(GuiFixture &f, const QString &id)
    {
        std::optional<Result<DistributionKey>> answer;
        KeysApi(f.connection().client()).get(id).then(f.connection().client(), [&](auto r) { answer = r; });
        if (!waitFor(answer) || !answer->ok())
            return std::nullopt;
        return answer->value();
    }

private Q_SLOTS:
    void generatedPairGoesToKeychainAndFile()
    {
        GuiFixture f;
        QVERIFY(f.isReady());
        const QString exportPath = f.tempPath() + QStringLiteral("/web-key.pem");
        CreateKeyWizard wizard(f.workspace());
        QVERIFY(showWizard(wizard));
        QVERIFY(wizard.findChild<QRadioButton *>(QStringLiteral("generateRadio"))->isChecked());
        screenshot(&wizard, QStringLiteral("wizard-create-key-1-source"));
        clickIndicator(wizard.findChild<QCheckBox *>(QStringLiteral("exportCheck")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // a file is needed now
        QVERIFY(typeInto(&wizard, QStringLiteral("exportPathEdit"), exportPath));
        QVERIFY(waitForButton(wizard, QWizard::NextButton));
        screenshot(&wizard, QStringLiteral("wizard-create-key-1-export"));
        QVERIFY(press(wizard, QWizard::NextButton));

        auto *apps = wizard.findChild<QComboBox *>(QStringLiteral("keyAppCombo"));
        QVERIFY(waitUntil([&] { return apps->count() >= 7; })); // account-wide + the six seeded apps
        QCOMPARE(apps->currentIndex(), 0);
        screenshot(&wizard, QStringLiteral("wizard-create-key-2-app"));
        QVERIFY(waitForButton(wizard, QWizard::CommitButton));
        QVERIFY(press(wizard, QWizard::CommitButton));
        QVERIFY(waitUntil([&] { return wizard.currentId() == int(CreateKeyWizard::DonePage); }));
        auto *shown = wizard.findChild<CopyableId *>(QStringLiteral("keyId"));
        const QString keyId = shown->text();
        QVERIFY(!keyId.isEmpty());
        const QString where = wizard.findChild<QLabel *>(QStringLiteral("privateKeyLocation"))->text();
        QVERIFY2(where.contains(QStringLiteral("keychain")) && where.contains(QDir::toNativeSeparators(exportPath)),
                 qPrintable(where));
        screenshot(&wizard, QStringLiteral("wizard-create-key-3-done"));
        QVERIFY(press(wizard, QWizard::FinishButton));
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(wizard.createdKey().id, keyId);

        std::optional<Result<QByteArray>> stored;
        f.credentials().readWebDistributionKey(keyId, this, [&](Result<QByteArray> pem) { stored = pem; });
        QVERIFY(waitFor(stored));
        QVERIFY2(stored->ok(), qPrintable(stored->ok() ? QString() : stored->error().describe()));
        const Result<EcKeyPair> pair = EcKeyPair::fromPrivateKeyPem(stored->value());
        QVERIFY(pair.ok());
        const std::optional<DistributionKey> atSandbox = keyAtSandbox(f, keyId);
        QVERIFY(atSandbox);
        QCOMPARE(EcKeyPair::validatePublicKeyPem(atSandbox->publicKey.toUtf8()).value(), pair->publicKeyPem());

        QFile file(exportPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), stored->value());
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }

    void importedPublicKeyIsCheckedAndTiedToApp()
    {
        GuiFixture f;
        QVERIFY(f.isReady());
        CreateKeyWizard wizard(f.workspace());
        QVERIFY(showWizard(wizard));
        clickIndicator(wizard.findChild<QRadioButton *>(QStringLiteral("importRadio")));
        QVERIFY(wizard.findChild<QRadioButton *>(QStringLiteral("importRadio"))->isChecked());
        auto *pem = wizard.findChild<QPlainTextEdit *>(QStringLiteral("publicKeyEdit"));
        pem->setFocus();
        typeText(pem, QStringLiteral("-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----\n"));
        const QString problem = EcKeyPair::validatePublicKeyPem(pem->toPlainText().toUtf8()).error().message();
        const QList<QLabel *> labels = wizard.currentPage()->findChildren<QLabel *>();
        QStringList shown;
        for (QLabel *l : labels) {
            if (l->isVisible())
                shown << l->text();
        }
        QVERIFY2(shown.contains(problem), qPrintable(shown.join(QLatin1Char('|')) + QStringLiteral(" / ") + problem));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        screenshot(&wizard, QStringLiteral("wizard-create-key-1-import-invalid"));

        const QByteArray publicKey = EcKeyPair::generateP256().value().publicKeyPem();
        pem->setPlainText(QString::fromUtf8(publicKey));
        QVERIFY(waitForButton(wizard, QWizard::NextButton));
        screenshot(&wizard, QStringLiteral("wizard-create-key-1-import"));
        QVERIFY(press(wizard, QWizard::NextButton));
        auto *apps = wizard.findChild<QComboBox *>(QStringLiteral("keyAppCombo"));
        QVERIFY(waitUntil([&] { return apps->count() >= 7; }));
        // Lumen Notes has a key already: the 409 is shown on this page, which stays open.
        const int lumen = apps->findText(QStringLiteral("Lumen Notes"), Qt::MatchStartsWith);
        QVERIFY(lumen > 0);
        apps->setCurrentIndex(lumen);
        QVERIFY(press(wizard, QWizard::CommitButton));
        auto *banner = wizard.currentPage()->findChild<ErrorBanner *>();
        QVERIFY(waitUntil([&] { return banner->isVisible(); }));
        QVERIFY2(banner->text().contains(QStringLiteral("ENTITY_ERROR.RELATIONSHIP.INVALID")), qPrintable(banner->text()));
        QCOMPARE(wizard.currentId(), int(CreateKeyWizard::AppPage));
        screenshot(&wizard, QStringLiteral("wizard-create-key-2-conflict"));

        const int quill = apps->findText(QStringLiteral("Quill Journal"), Qt::MatchStartsWith);
        QVERIFY(quill > 0);
        apps->setCurrentIndex(quill);
        const QString appId = apps->currentData().toString();
        QVERIFY(waitForButton(wizard, QWizard::CommitButton));
        QVERIFY(press(wizard, QWizard::CommitButton));
        QVERIFY(waitUntil([&] { return wizard.currentId() == int(CreateKeyWizard::DonePage) || banner->isVisible(); }));
        QVERIFY2(wizard.currentId() == int(CreateKeyWizard::DonePage), qPrintable(banner->text()));
        screenshot(&wizard, QStringLiteral("wizard-create-key-3-done-import"));
        QVERIFY(press(wizard, QWizard::FinishButton));
        const std::optional<DistributionKey> atSandbox = keyAtSandbox(f, wizard.createdKey().id);
        QVERIFY(atSandbox);
        QCOMPARE(EcKeyPair::validatePublicKeyPem(atSandbox->publicKey.toUtf8()).value(), publicKey);
        std::optional<Result<std::optional<DistributionKey>>> ofApp;
        KeysApi(f.connection().client()).forApp(appId).then(this, [&](auto r) { ofApp = r; });
        QVERIFY(waitFor(ofApp));
        QVERIFY(ofApp->ok() && ofApp->value());
        QCOMPARE(ofApp->value()->id, wizard.createdKey().id);
    }
};

QTEST_MAIN(TestCreateKeyWizard)
#include "tst_gui_create_key_wizard.moc"
