// SPDX-License-Identifier: GPL-3.0-or-later
// Add account wizard: a real .p8 through the pages, a real connection test
// against the sandbox, the key in the (real, private) keychain only after
// Finish, no key material in the settings file; a bad key file explained.

#include "AddAccountWizard.h"
#include "ApiKey.h"
#include "CredentialStore.h"
#include "ErrorBanner.h"
#include "WizardDriver.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QtTest>

using namespace AltDist;
using namespace AltDist::Test;

class TestAddAccountWizard : public QObject
{
    Q_OBJECT

private:
    static QString writeFile(const QString &dir, const QString &name, const QByteArray &content)
    {
        QFile file(dir + QLatin1Char('/') + name);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return file.fileName();
    }

private Q_SLOTS:
    void addsAccountIntoKeychain()
    {
        GuiFixture f;
        QVERIFY(f.isReady());
        f.workspace().setAccountBaseUrl(f.connection().baseUrl());
        const Sandbox::SandboxCredentials key = f.sandbox().credentials();
        const QString path = writeFile(f.tempPath(), QStringLiteral("AuthKey_%1.p8").arg(key.keyId), key.privateKeyPem);
        QVERIFY(!path.isEmpty());

        AddAccountWizard wizard(f.workspace());
        QVERIFY(showWizard(wizard));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(typeInto(&wizard, QStringLiteral("keyFileEdit"), path));
        QVERIFY(waitForButton(wizard, QWizard::NextButton));
        screenshot(&wizard, QStringLiteral("wizard-add-account-1-key-file"));
        QVERIFY(press(wizard, QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(AddAccountWizard::IdsPage));

        // The key ID comes from the file name; the name has a sensible default.
        auto *keyId = wizard.findChild<QLineEdit *>(QStringLiteral("keyIdEdit"));
        QCOMPARE(keyId->text(), key.keyId);
        QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("accountNameEdit"))->text(), QStringLiteral("App Store Connect"));
        // A malformed issuer ID: a specific message as typed, Next stays off.
        QVERIFY(typeInto(&wizard, QStringLiteral("issuerIdEdit"), QStringLiteral("1234-abcd")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const QList<QLabel *> labels = wizard.currentPage()->findChildren<QLabel *>();
        const bool explained = std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
            return l->isVisible() && l->text() == issuerIdProblem(QStringLiteral("1234-abcd"));
        });
        QVERIFY2(explained, "the issuer ID problem is shown under the field");
        screenshot(&wizard, QStringLiteral("wizard-add-account-2-ids-invalid"));
        QVERIFY(typeInto(&wizard, QStringLiteral("issuerIdEdit"), key.issuerId));
        QVERIFY(waitForButton(wizard, QWizard::NextButton));
        screenshot(&wizard, QStringLiteral("wizard-add-account-2-ids"));
        QVERIFY(press(wizard, QWizard::NextButton));

        // A real request with the new key, through its own client.
        QVERIFY(click(&wizard, QStringLiteral("testConnectionButton")));
        auto *result = wizard.findChild<QLabel *>(QStringLiteral("testResult"));
        QVERIFY(waitUntil([&] { return result->isVisible() && !result->text().isEmpty(); }));
        QVERIFY2(result->text().contains(QStringLiteral("works")), qPrintable(result->text()));
        screenshot(&wizard, QStringLiteral("wizard-add-account-3-tested"));
        QVERIFY2(f.credentials().accounts().isEmpty(), "nothing is stored before Finish");

        QVERIFY(waitForButton(wizard, QWizard::FinishButton));
        QVERIFY(press(wizard, QWizard::FinishButton));
        QVERIFY(waitUntil([&] { return wizard.result() == QDialog::Accepted; }));
        QCOMPARE(wizard.accountName(), QStringLiteral("App Store Connect"));

        std::optional<Result<ApiCredentials>> loaded;
        f.credentials().loadCredentials(wizard.accountName(), this, [&](Result<ApiCredentials> c) { loaded = c; });
        QVERIFY(waitFor(loaded));
        QVERIFY2(loaded->ok(), qPrintable(loaded->ok() ? QString() : loaded->error().describe()));
        QCOMPARE(loaded->value().keyId, key.keyId);
        QCOMPARE(loaded->value().issuerId, key.issuerId);
        QCOMPARE(loaded->value().key.publicKeyPem(), ApiKey::fromPem(key.privateKeyPem).value().publicKeyPem());

        f.settings().sync();
        QFile settingsFile(f.settings().fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        const QByteArray settings = settingsFile.readAll();
        QVERIFY(settings.contains(key.keyId.toUtf8()));
        QVERIFY(!settings.contains("PRIVATE KEY"));
        const QList<QByteArray> pemLines = key.privateKeyPem.split('\n');
        for (const QByteArray &line : pemLines) {
            if (line.size() > 16 && !line.startsWith("-----"))
                QVERIFY2(!settings.contains(line), "no key material in the settings file");
        }
    }

    void badKeyFileIsExplained()
    {
        GuiFixture f;
        QVERIFY(f.isReady());
        const QString path = writeFile(f.tempPath(), QStringLiteral("AuthKey_ABCDE12345.p8"),
                                       "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n");
        const Result<ApiKey> expected = ApiKey::fromFile(path);
        QVERIFY(!expected.ok());

        AddAccountWizard wizard(f.workspace());
        QVERIFY(showWizard(wizard));
        QVERIFY(typeInto(&wizard, QStringLiteral("keyFileEdit"), path));
        const QList<QLabel *> labels = wizard.currentPage()->findChildren<QLabel *>();
        const bool explained = std::any_of(labels.cbegin(), labels.cend(), [&](QLabel *l) {
            return l->isVisible() && l->text() == expected.error().message();
        });
        QVERIFY2(explained, qPrintable(expected.error().message()));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        screenshot(&wizard, QStringLiteral("wizard-add-account-1-bad-key"));
    }

    void droppedKeyFileIsLoaded()
    {
        GuiFixture f;
        QVERIFY(f.isReady());
        const Sandbox::SandboxCredentials key = f.sandbox().credentials();
        const QString path = writeFile(f.tempPath(), QStringLiteral("AuthKey_%1.p8").arg(key.keyId), key.privateKeyPem);
        AddAccountWizard wizard(f.workspace());
        QVERIFY(showWizard(wizard));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QWidget *page = wizard.currentPage();
        const QPoint at = page->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(page, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(page, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("keyFileEdit"))->text(), QDir::toNativeSeparators(path));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }
};

QTEST_MAIN(TestAddAccountWizard)
#include "tst_gui_add_account_wizard.moc"
