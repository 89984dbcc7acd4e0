// SPDX-License-Identifier: GPL-3.0-or-later
// DetailsPanel: every attribute flattened and shown in full, one-click copy,
// and the signed-URL countdown driven by an injected clock.
#include "DetailsPanel.h"
#include "GuiTest.h"
#include "ResourceFields.h"
#include "ValueText.h"

#include "Clock.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QLabel>
#include <QToolButton>
#include <QScrollArea>
#include <QtTest>

using namespace AltDist;

class TestBrowseDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void flattensEveryAttribute();
    void fieldNamesReadAsWords();
    void showsValuesInFullAndCopiesThem();
    void countdownFollowsTheClock();
    void titleOfAnUnbreakableIdWrapsInsteadOfWideningThePanel();
    void describeExpiry_data();
    void describeExpiry();

private:
    static QJsonObject variant(const QString &expiry);
    QTemporaryDir m_dir;
};

static const QString kHash = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

void TestBrowseDetails::initTestCase()
{
    AltDist::Test::isolateSettings(m_dir.path());
}

QJsonObject TestBrowseDetails::variant(const QString &expiry)
{
    const QByteArray json = QStringLiteral(R"({"type":"alternativeDistributionPackageVariants","id":"v-123",
        "attributes":{"url":"https://downloads.example/sandbox-downloads/variants/v-123?sig=abcdef0123456789abcdef0123456789&expires=1",
        "urlExpirationDate":"%1","fileChecksum":"%2","alternativeDistributionKeyBlob":"QUJD",
        "sourceFileChecksum":{"file":{"hash":"%2","algorithm":"SHA_256"}}}})")
                                .arg(expiry, kHash)
                                .toUtf8();
    return QJsonDocument::fromJson(json).object();
}

void TestBrowseDetails::flattensEveryAttribute()
{
    const QList<ResourceFields::Field> fields = ResourceFields::flatten(variant(QStringLiteral("2026-01-12T11:00:00Z")));
    QStringList names;
    for (const ResourceFields::Field &f : fields)
        names << f.name;
    QCOMPARE(names, (QStringList{QStringLiteral("id"), QStringLiteral("type"),
                                 QStringLiteral("alternativeDistributionKeyBlob"), QStringLiteral("fileChecksum"),
                                 QStringLiteral("sourceFileChecksum.file.algorithm"),
                                 QStringLiteral("sourceFileChecksum.file.hash"), QStringLiteral("url"),
                                 QStringLiteral("urlExpirationDate")}));
    QCOMPARE(fields.at(5).value, kHash);
    QVERIFY(fields.at(5).code);
}

void TestBrowseDetails::fieldNamesReadAsWords()
{
    QCOMPARE(ResourceFields::label(QStringLiteral("id")), QStringLiteral("ID"));
    QCOMPARE(ResourceFields::label(QStringLiteral("urlExpirationDate")), QStringLiteral("URL expiration date"));
    QCOMPARE(ResourceFields::label(QStringLiteral("appStoreState")), QStringLiteral("App Store state"));
    QCOMPARE(ResourceFields::label(QStringLiteral("sourceFileChecksum.file.hash")),
             QStringLiteral("Source file checksum › file › hash"));
    QCOMPARE(ResourceFields::label(QStringLiteral("relationships.app")), QStringLiteral("Relationships › app"));
}

void TestBrowseDetails::showsValuesInFullAndCopiesThem()
{
    DetailsPanel panel;
    panel.resize(320, 600); // narrower than the URL: it must wrap, not elide
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.findChild<QLabel *>() && panel.findChildren<ValueText *>().isEmpty());
    panel.setResource(variant(QStringLiteral("2026-01-12T11:00:00Z")));
    QCOMPARE(panel.title(), QStringLiteral("Variant v-123"));

    const QList<ValueText *> values = panel.findChildren<ValueText *>();
    QCOMPARE(values.size(), 9); // the title and eight fields
    ValueText *url = nullptr;
    for (ValueText *v : values) {
        if (v->accessibleName() == QLatin1String("URL"))
            url = v;
    }
    QVERIFY(url);
    QCOMPARE(url->toPlainText(), variant({}).value(QLatin1String("attributes")).toObject().value(QLatin1String("url")).toString());
    QVERIFY(url->width() < url->fontMetrics().horizontalAdvance(url->toPlainText()));
    QVERIFY2(url->height() >= 2 * url->fontMetrics().height(), "a long URL wraps onto several lines");

    QToolButton *copy = nullptr;
    for (QToolButton *b : panel.findChildren<QToolButton *>()) {
        if (b->accessibleName() == QStringLiteral("Copy Source file checksum › file › hash"))
            copy = b;
    }
    QVERIFY(copy);
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), kHash);
    AltDist::Test::screenshot(&panel, QStringLiteral("browse-details-panel"));

    panel.clear();
    QVERIFY(panel.findChildren<ValueText *>().isEmpty());
}

void TestBrowseDetails::titleOfAnUnbreakableIdWrapsInsteadOfWideningThePanel()
{
    DetailsPanel panel;
    panel.resize(260, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // No line break is allowed between a hyphen and a digit: as a QLabel this
    // title was one unbreakable word, wider than the panel.
    const QString id = QStringLiteral("d168c388-18a9-4c6c-8eb0-1066fa7b21b6");
    panel.setResource(QJsonObject{{QStringLiteral("type"), QStringLiteral("alternativeDistributionPackageDeltas")},
                                  {QStringLiteral("id"), id}});
    QCOMPARE(panel.title(), QStringLiteral("Delta ") + id);
    auto *scroll = panel.findChild<QScrollArea *>();
    QVERIFY(scroll && scroll->widget());
    QTRY_VERIFY(scroll->widget()->width() <= scroll->viewport()->width());
}

void TestBrowseDetails::countdownFollowsTheClock()
{
    const QDateTime start(QDate(2026, 1, 12), QTime(10, 0), Qt::UTC);
    ManualClock clock(start);
    DetailsPanel panel;
    panel.setClock(&clock);
    panel.show();
    panel.setResource(variant(QStringLiteral("2026-01-12T11:00:00Z")));
    QCOMPARE(panel.countdownText(), QStringLiteral("expires in 1 h 0 min"));
    clock.advance(48); // the panel re-reads the clock every second by itself
    QTRY_COMPARE_WITH_TIMEOUT(panel.countdownText(), QStringLiteral("expires in 59 min 12 s"), 3000);
    clock.set(start.addSecs(3600 + 3 * 60 + 5));
    QTRY_COMPARE_WITH_TIMEOUT(panel.countdownText(), QStringLiteral("expired 3 min ago"), 3000);

    panel.setResource(QJsonObject{{QStringLiteral("type"), QStringLiteral("apps")}, {QStringLiteral("id"), QStringLiteral("1")}});
    QVERIFY(panel.countdownText().isEmpty());
}

void TestBrowseDetails::describeExpiry_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << qint64(42) << QStringLiteral("expires in 42 s");
    QTest::newRow("minutes") << qint64(59 * 60 + 12) << QStringLiteral("expires in 59 min 12 s");
    QTest::newRow("hours") << qint64(2 * 3600 + 5 * 60) << QStringLiteral("expires in 2 h 5 min");
    QTest::newRow("days") << qint64(2 * 86400 + 3600) << QStringLiteral("expires in 2 d 1 h");
    QTest::newRow("just expired") << qint64(0) << QStringLiteral("expired 0 s ago");
    QTest::newRow("expired minutes") << qint64(-(3 * 60 + 59)) << QStringLiteral("expired 3 min ago");
    QTest::newRow("expired hours") << qint64(-(3600 + 120)) << QStringLiteral("expired 1 h 2 min ago");
}

void TestBrowseDetails::describeExpiry()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(QString, text);
    const QDateTime now(QDate(2026, 1, 12), QTime(10, 0), Qt::UTC);
    QCOMPARE(ResourceFields::describeExpiry(now.addSecs(secondsLeft), now), text);
    QCOMPARE(ResourceFields::describeExpiry({}, now), QStringLiteral("no expiry date"));
}

QTEST_MAIN(TestBrowseDetails)
#include "tst_gui_browse_details.moc"
