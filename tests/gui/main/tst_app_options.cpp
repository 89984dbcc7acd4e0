// SPDX-License-Identifier: GPL-3.0-or-later
// altdist's options: --sandbox, ALTDIST_BASE_URL honoured (normalised) and a
// base URL that would send tokens in the clear refused with a clear message.
#include "AppOptions.h"

#include <QProcessEnvironment>
#include <QTest>

using namespace AltDist;

namespace {
QProcessEnvironment withBaseUrl(const QString &url)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("ALTDIST_BASE_URL"), url);
    return env;
}
const QStringList kNoArgs{QStringLiteral("altdist")};
} // namespace

class TestAppOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const AppOptions options = parseAppOptions(kNoArgs, QProcessEnvironment());
        QCOMPARE(options.action, AppOptions::Action::Run);
        QVERIFY(!options.sandbox);
        QVERIFY(options.accountBaseUrl.isEmpty()); // Apple's API
    }

    void sandboxOption()
    {
        const AppOptions options =
            parseAppOptions({QStringLiteral("altdist"), QStringLiteral("--sandbox")}, QProcessEnvironment());
        QCOMPARE(options.action, AppOptions::Action::Run);
        QVERIFY(options.sandbox);
    }

    void unknownOptionRefused()
    {
        const AppOptions options =
            parseAppOptions({QStringLiteral("altdist"), QStringLiteral("--sandbx")}, QProcessEnvironment());
        QCOMPARE(options.action, AppOptions::Action::Refuse);
        QVERIFY2(options.text.contains(QStringLiteral("sandbx")), qPrintable(options.text));
    }

    void helpIsPrinted()
    {
        const AppOptions options =
            parseAppOptions({QStringLiteral("altdist"), QStringLiteral("--help")}, QProcessEnvironment());
        QCOMPARE(options.action, AppOptions::Action::PrintHelp);
        QVERIFY(options.text.contains(QStringLiteral("--sandbox")));
    }

    void baseUrlHonoured_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("used");
        QTest::newRow("https") << QStringLiteral("https://asc.example.com/") << QStringLiteral("https://asc.example.com");
        QTest::newRow("loopback http") << QStringLiteral(" http://127.0.0.1:8443 ") << QStringLiteral("http://127.0.0.1:8443");
        QTest::newRow("localhost") << QStringLiteral("http://localhost:9000") << QStringLiteral("http://localhost:9000");
    }

    void baseUrlHonoured()
    {
        QFETCH(QString, given);
        QFETCH(QString, used);
        const AppOptions options = parseAppOptions(kNoArgs, withBaseUrl(given));
        QCOMPARE(options.action, AppOptions::Action::Run);
        QCOMPARE(options.accountBaseUrl, QUrl(used));
    }

    void badBaseUrlRefused_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("http off this computer") << QStringLiteral("http://asc.example.com") << QStringLiteral("loopback");
        QTest::newRow("ftp") << QStringLiteral("ftp://asc.example.com") << QStringLiteral("https://");
        QTest::newRow("not a URL") << QStringLiteral("asc example") << QStringLiteral("asc example");
    }

    void badBaseUrlRefused()
    {
        QFETCH(QString, given);
        QFETCH(QString, mentions);
        const AppOptions options = parseAppOptions(kNoArgs, withBaseUrl(given));
        QCOMPARE(options.action, AppOptions::Action::Refuse);
        QVERIFY(options.accountBaseUrl.isEmpty());
        QVERIFY2(options.text.startsWith(QStringLiteral("ALTDIST_BASE_URL")), qPrintable(options.text));
        QVERIFY2(options.text.contains(mentions), qPrintable(options.text));
    }
};

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_app_options.moc"
