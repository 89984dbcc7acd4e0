// SPDX-License-Identifier: GPL-3.0-or-later
// Add domain wizard against the sandbox: created once per click, a 409
// duplicate shown on the domain page, punycode shown for an IDN, bad host
// names explained as typed.

#include "AddDomainWizard.h"
#include "DomainName.h"
#include "ErrorBanner.h"
#include "WizardDriver.h"

#include <QLabel>
#include <QtTest>

using namespace AltDist;
using namespace AltDist::Test;

class TestAddDomainWizard : public QObject
{
    Q_OBJECT

private:
    static int domainPosts(GuiFixture &f)
    {
        const QList<Sandbox::RequestRecord> requests = f.sandbox().requests();
        return int(std::count_if(requests.cbegin(), requests.cend(), [](const Sandbox::RequestRecord &r) {
            return r.method == "POST" && r.target.startsWith(QLatin1String("/v1/alternativeDistributionDomains"));
        }));
    }

    static void fillAndFinish(AddDomainWizard &wizard, const QString &domain, const QString &name)
    {
        QVERIFY(typeInto(&wizard, QStringLiteral("domainEdit"), domain));
        QVERIFY(typeInto(&wizard, QStringLiteral("referenceNameEdit"), name));
        QVERIFY(waitForButton(wizard, QWizard::NextButton));
        QVERIFY(press(wizard, QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(AddDomainWizard::ReviewPage));
        QVERIFY(press(wizard, QWizard::FinishButton));
        // One click, one POST: Finish is off while the request is in flight.
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    }

private Q_SLOTS:
    void addsDomainThenShowsDuplicateInline()
    {
        GuiFixture f;
        QVERIFY(f.isReady());
        const QString host = QStringLiteral("shop.wizard-test.example");
        {
            AddDomainWizard wizard(f.workspace());
            QVERIFY(showWizard(wizard));
            screenshot(&wizard, QStringLiteral("wizard-add-domain-1-empty"));
            QVERIFY(typeInto(&wizard, QStringLiteral("domainEdit"), host));
            QVERIFY(typeInto(&wizard, QStringLiteral("referenceNameEdit"), QStringLiteral("Wizard shop")));
            screenshot(&wizard, QStringLiteral("wizard-add-domain-1-domain"));
            QVERIFY(press(wizard, QWizard::NextButton));
            QCOMPARE(wizard.findChild<QLabel *>(QStringLiteral("reviewAce"))->text(), host);
            screenshot(&wizard, QStringLiteral("wizard-add-domain-2-review"));
            const int before = domainPosts(f);
            QVERIFY(press(wizard, QWizard::FinishButton));
            QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
            QVERIFY(waitUntil([&] { return wizard.result() == QDialog::Accepted; }));
            QCOMPARE(domainPosts(f), before + 1);
            QCOMPARE(wizard.createdDomain().domain, host);
            QVERIFY(!wizard.createdDomain().id.isEmpty());

            std::optional<Result<Domain>> fetched;
            DomainsApi(f.connection().client()).get(wizard.createdDomain().id).then(this, [&](Result<Domain> d) {
                fetched = d;
            });
            QVERIFY(waitFor(fetched));
            QVERIFY2(fetched->ok(), qPrintable(fetched->ok() ? QString() : fetched->error().describe()));
            QCOMPARE(fetched->value().referenceName, QStringLiteral("Wizard shop"));
        }

        AddDomainWizard again(f.workspace());
        QVERIFY(showWizard(again));
        fillAndFinish(again, host, QStringLiteral("Same again"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(waitUntil([&] { return again.currentId() == int(AddDomainWizard::EntryPage); }));
        auto *banner = again.currentPage()->findChild<ErrorBanner *>();
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE")), qPrintable(banner->text()));
        QCOMPARE(again.focusWidget(), again.findChild<QLineEdit *>(QStringLiteral("domainEdit")));
        QVERIFY(again.result() != QDialog::Accepted);
        screenshot(&again, QStringLiteral("wizard-add-domain-1-duplicate"));
        // Editing the domain clears the server's complaint about the old one.
        QTest::keyClicks(again.findChild<QLineEdit *>(QStringLiteral("domainEdit")), QStringLiteral("x"));
        QVERIFY(!banner->isVisible());
    }

    void serverErrorStaysOnReviewPage()
    {
        GuiFixture f;
        QVERIFY(f.isReady());
        Sandbox::Fault fault;
        fault.kind = Sandbox::Fault::Kind::ServerError;
        fault.status = 500;
        fault.pathPrefix = QStringLiteral("/v1/alternativeDistributionDomains");
        f.sandbox().addFault(fault);
        AddDomainWizard wizard(f.workspace());
        QVERIFY(showWizard(wizard));
        fillAndFinish(wizard, QStringLiteral("faulty.example.com"), QStringLiteral("Faulty"));
        if (QTest::currentTestFailed())
            return;
        auto *banner = wizard.currentPage()->findChild<ErrorBanner *>();
        QVERIFY(waitUntil([&] { return banner->isVisible(); }));
        QCOMPARE(wizard.currentId(), int(AddDomainWizard::ReviewPage));
        QVERIFY(!banner->text().isEmpty());
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled()); // the user may try again
        screenshot(&wizard, QStringLiteral("wizard-add-domain-2-server-error"));
    }

    void cancelAbortsRequestInFlight()
    {
        GuiFixture f;
        QVERIFY(f.isReady());
        Sandbox::Fault slow;
        slow.kind = Sandbox::Fault::Kind::Latency;
        slow.delayMs = 5000;
        slow.pathPrefix = QStringLiteral("/v1/alternativeDistributionDomains");
        f.sandbox().addFault(slow);
        AddDomainWizard wizard(f.workspace());
        QVERIFY(showWizard(wizard));
        fillAndFinish(wizard, QStringLiteral("slow.example.com"), QStringLiteral("Slow"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
        screenshot(&wizard, QStringLiteral("wizard-add-domain-2-busy"));
        QVERIFY(press(wizard, QWizard::CancelButton));
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        QVERIFY(!wizard.isVisible());
        QTest::qWait(50); // the aborted call's queued finish must not reach the closed wizard
        QVERIFY(wizard.createdDomain().id.isEmpty());
    }

    void internationalNameShowsPunycode()
    {
        GuiFixture f;
        QVERIFY(f.isReady());
        AddDomainWizard wizard(f.workspace());
        QVERIFY(showWizard(wizard));
        QVERIFY(typeInto(&wizard, QStringLiteral("domainEdit"), QStringLiteral("bücher.example")));
        auto *hint = wizard.findChild<QLabel *>(QStringLiteral("domainHint"));
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("Will be registered as xn--bcher-kva.example")), qPrintable(hint->text()));
        QVERIFY(typeInto(&wizard, QStringLiteral("referenceNameEdit"), QStringLiteral("Books")));
        screenshot(&wizard, QStringLiteral("wizard-add-domain-1-idn"));
        QVERIFY(press(wizard, QWizard::NextButton));
        QCOMPARE(wizard.findChild<QLabel *>(QStringLiteral("reviewAce"))->text(), QStringLiteral("xn--bcher-kva.example"));
        QCOMPARE(wizard.findChild<QLabel *>(QStringLiteral("reviewDomain"))->text(), QStringLiteral("bücher.example"));
        screenshot(&wizard, QStringLiteral("wizard-add-domain-2-review-idn"));
    }

    void badHostNamesAreExplained_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("scheme") << QStringLiteral("https://shop.example.com");
        QTest::newRow("path") << QStringLiteral("shop.example.com/apps");
        QTest::newRow("port") << QStringLiteral("shop.example.com:8443");
        QTest::newRow("space") << QStringLiteral("shop example.com");
    }

    void badHostNamesAreExplained()
    {
        QFETCH(QString, input);
        GuiFixture f;
        QVERIFY(f.isReady());
        AddDomainWizard wizard(f.workspace());
        QVERIFY(showWizard(wizard));
        QVERIFY(typeInto(&wizard, QStringLiteral("domainEdit"), input));
        QVERIFY(typeInto(&wizard, QStringLiteral("referenceNameEdit"), QStringLiteral("Shop")));
        auto *hint = wizard.findChild<QLabel *>(QStringLiteral("domainHint"));
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), DomainName::normalize(input).error().message());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        if (QByteArray(QTest::currentDataTag()) == "scheme")
            screenshot(&wizard, QStringLiteral("wizard-add-domain-1-invalid"));
    }
};

QTEST_MAIN(TestAddDomainWizard)
#include "tst_gui_add_domain_wizard.moc"
