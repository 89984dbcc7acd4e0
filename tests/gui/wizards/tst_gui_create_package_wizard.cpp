// SPDX-License-Identifier: GPL-3.0-or-later
// Create package wizard against the sandbox's seeded apps: a package for an
// eligible version, the ineligible versions disabled with their reason, and
// "Go to Package" for a version that has one (also after a 409).

#include "CopyButton.h"
#include "CreatePackageWizard.h"
#include "ErrorBanner.h"
#include "Packages.h"
#include "WizardDriver.h"
#include "WizardSupport.h"

#include <QClipboard>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QtTest>

using namespace AltDist;
using namespace AltDist::Test;

class TestCreatePackageWizard : public QObject
{
    Q_OBJECT

private:
    /// Filters the app list to `name` and moves on to its versions.
    static void pickApp(CreatePackageWizard &wizard, const QString &name)
    {
        auto *apps = wizard.findChild<QListView *>(QStringLiteral("appList"));
        QVERIFY(waitUntil([&] { return apps->model()->rowCount() >= 6; }));
        QVERIFY(typeInto(&wizard, QStringLiteral("appFilter"), name));
        QCOMPARE(apps->model()->rowCount(), 1);
        apps->setCurrentIndex(apps->model()->index(0, 0));
        QVERIFY(waitForButton(wizard, QWizard::NextButton));
        QVERIFY(press(wizard, QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(CreatePackageWizard::VersionPage));
    }

    /// The version row whose text starts with `label` ("iOS 2.4.0"), once loaded.
    static QListWidgetItem *row(CreatePackageWizard &wizard, const QString &label)
    {
        auto *list = wizard.findChild<QListWidget *>(QStringLiteral("versionList"));
        if (!waitUntil([&] { return list->count() > 0; }))
            return nullptr;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(label + QStringLiteral(" ·")))
                return list->item(i);
        }
        return nullptr;
    }

    static void choose(QListWidgetItem *item)
    {
        item->listWidget()->setCurrentItem(item);
    }

    static std::optional<Package> packageOf(GuiFixture &f, const QString &versionId)
    {
        std::optional<Result<std::optional<Package>>> answer;
        PackagesApi(f.connection().client()).forVersion(versionId).then(f.connection().client(), [&](auto r) { answer = r; });
        if (!waitFor(answer) || !answer->ok())
            return std::nullopt;
        return answer->value();
    }

private Q_SLOTS:
    void createsPackageForEligibleVersion()
    {
        GuiFixture f;
        QVERIFY(f.isReady());
        CreatePackageWizard wizard(f.workspace());
        QVERIFY(showWizard(wizard));
        pickApp(wizard, QStringLiteral("lumen"));
        if (QTest::currentTestFailed())
            return;

        QListWidgetItem *mac = row(wizard, QStringLiteral("macOS 2.3.0"));
        QVERIFY(mac);
        QVERIFY(!(mac->flags() & Qt::ItemIsEnabled));
        QVERIFY(!(mac->flags() & Qt::ItemIsSelectable));
        QVERIFY(!mac->toolTip().isEmpty());
        QVERIFY2(mac->text().contains(mac->toolTip()), "the reason is visible in the row");
        QListWidgetItem *replaced = row(wizard, QStringLiteral("iOS 2.2.1"));
        QVERIFY(replaced && !(replaced->flags() & Qt::ItemIsEnabled));

        QListWidgetItem *eligible = row(wizard, QStringLiteral("iOS 2.4.0"));
        QVERIFY(eligible && (eligible->flags() & Qt::ItemIsEnabled));
        choose(eligible);
        QVERIFY(waitForButton(wizard, QWizard::CommitButton));
        screenshot(&wizard, QStringLiteral("wizard-create-package-2-versions"));
        QVERIFY(press(wizard, QWizard::CommitButton));
        QVERIFY(waitUntil([&] { return wizard.currentId() == int(CreatePackageWizard::DonePage); }));
        auto *id = wizard.findChild<CopyableId *>(QStringLiteral("packageId"));
        QVERIFY(id && id->isVisible());
        const QString shownId = id->text();
        QVERIFY(!shownId.isEmpty());
        QVERIFY(id->field()->isReadOnly());
        // The browser's copy button, carrying the ID shown.
        auto *copy = id->findChild<CopyButton *>();
        QVERIFY(copy && copy->isVisible());
        QCOMPARE(copy->value(), shownId);
        QApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), shownId);
        screenshot(&wizard, QStringLiteral("wizard-create-package-3-done"));
        QVERIFY(press(wizard, QWizard::FinishButton));
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(wizard.packageId(), shownId);
        const std::optional<Package> atSandbox = packageOf(f, wizard.versionId());
        QVERIFY(atSandbox);
        QCOMPARE(atSandbox->id, shownId);
    }

    void versionWithPackageOffersGoTo()
    {
        GuiFixture f;
        QVERIFY(f.isReady());
        CreatePackageWizard wizard(f.workspace());
        QVERIFY(showWizard(wizard));
        screenshot(&wizard, QStringLiteral("wizard-create-package-1-apps"));
        pickApp(wizard, QStringLiteral("Lumen"));
        if (QTest::currentTestFailed())
            return;
        QListWidgetItem *packaged = row(wizard, QStringLiteral("iOS 2.3.0"));
        QVERIFY(packaged);
        // Platform and state read as everywhere else in the app (ResourceLabels).
        QCOMPARE(packaged->text(), QStringLiteral("iOS 2.3.0 · Ready for Distribution"));
        choose(packaged);
        auto *goTo = wizard.findChild<QPushButton *>(QStringLiteral("goToPackageButton"));
        QVERIFY(waitUntil([&] { return goTo->isVisible(); }));
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        screenshot(&wizard, QStringLiteral("wizard-create-package-2-existing"));
        const std::optional<Package> existing = packageOf(f, wizard.versionId());
        QVERIFY(existing);
        QTest::mouseClick(goTo, Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(wizard.packageId(), existing->id);
    }

    void conflictOffersGoTo()
    {
        GuiFixture f;
        QVERIFY(f.isReady());
        CreatePackageWizard wizard(f.workspace());
        QVERIFY(showWizard(wizard));
        pickApp(wizard, QStringLiteral("Orchard"));
        if (QTest::currentTestFailed())
            return;
        QListWidgetItem *eligible = row(wizard, QStringLiteral("iOS 1.0.2"));
        QVERIFY(eligible);
        choose(eligible);
        QVERIFY(waitForButton(wizard, QWizard::CommitButton));
        // Someone else creates it meanwhile: the wizard's POST then answers 409.
        std::optional<Result<Package>> other;
        PackagesApi(f.connection().client()).createForVersion(wizard.versionId()).then(this, [&](Result<Package> p) { other = p; });
        QVERIFY(waitFor(other));
        QVERIFY(other->ok());
        QVERIFY(press(wizard, QWizard::CommitButton));
        auto *goTo = wizard.findChild<QPushButton *>(QStringLiteral("goToPackageButton"));
        QVERIFY(waitUntil([&] { return goTo->isVisible(); }));
        auto *banner = wizard.currentPage()->findChild<ErrorBanner *>();
        QVERIFY(banner->isVisible());
        QVERIFY(!banner->text().isEmpty());
        screenshot(&wizard, QStringLiteral("wizard-create-package-2-conflict"));
        QTest::mouseClick(goTo, Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(wizard.packageId(), other->value().id);
    }
};

QTEST_MAIN(TestCreatePackageWizard)
#include "tst_gui_create_package_wizard.moc"
