// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainName.h"

#include <QTest>

using namespace AltDist;

class tst_DomainName final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("apps.example.com") << QStringLiteral("apps.example.com");
        QTest::newRow("trimmed") << QStringLiteral("  example.org \n") << QStringLiteral("example.org");
        QTest::newRow("upper case") << QStringLiteral("Apps.Example.COM") << QStringLiteral("apps.example.com");
        QTest::newRow("inner hyphen") << QStringLiteral("my-apps.example.eu") << QStringLiteral("my-apps.example.eu");
        QTest::newRow("digits") << QStringLiteral("1password.example") << QStringLiteral("1password.example");
        QTest::newRow("idn") << QStringLiteral("bücher.example") << QStringLiteral("xn--bcher-kva.example");
        QTest::newRow("idn upper") << QStringLiteral("BÜCHER.example") << QStringLiteral("xn--bcher-kva.example");
        QTest::newRow("already ace") << QStringLiteral("xn--bcher-kva.example") << QStringLiteral("xn--bcher-kva.example");
        QTest::newRow("63 label") << (QString(63, QLatin1Char('a')) + QStringLiteral(".example"))
                                  << (QString(63, QLatin1Char('a')) + QStringLiteral(".example"));
    }
    void accepts()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Result<QString> result = DomainName::normalize(input);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().describe()));
        QCOMPARE(result.value(), expected);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("messagePart");
        const QString longLabel = QString(64, QLatin1Char('a'));
        QString longName;
        for (int i = 0; i < 26; ++i)
            longName += QStringLiteral("abcdefghi.");
        longName += QStringLiteral("com"); // 263 characters
        QTest::newRow("empty") << QString() << QStringLiteral("Enter a domain name");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("Enter a domain name");
        QTest::newRow("scheme") << QStringLiteral("https://apps.example.com") << QStringLiteral("scheme");
        QTest::newRow("path") << QStringLiteral("apps.example.com/web") << QStringLiteral("path");
        QTest::newRow("port") << QStringLiteral("apps.example.com:8443") << QStringLiteral("port");
        QTest::newRow("query") << QStringLiteral("apps.example.com?x=1") << QStringLiteral("query");
        QTest::newRow("space") << QStringLiteral("apps example.com") << QStringLiteral("spaces");
        QTest::newRow("userinfo") << QStringLiteral("user@apps.example.com") << QStringLiteral("user name");
        QTest::newRow("double dot") << QStringLiteral("apps..example.com") << QStringLiteral("empty label");
        QTest::newRow("leading dot") << QStringLiteral(".example.com") << QStringLiteral("empty label");
        QTest::newRow("trailing dot") << QStringLiteral("example.com.") << QStringLiteral("empty label");
        QTest::newRow("long label") << (longLabel + QStringLiteral(".example")) << QStringLiteral("at most 63");
        QTest::newRow("long name") << longName << QStringLiteral("at most 253");
        QTest::newRow("leading hyphen") << QStringLiteral("-apps.example.com") << QStringLiteral("hyphen");
        QTest::newRow("trailing hyphen") << QStringLiteral("apps-.example.com") << QStringLiteral("hyphen");
        QTest::newRow("ipv4") << QStringLiteral("192.168.1.10") << QStringLiteral("IP address");
        QTest::newRow("ipv6") << QStringLiteral("::1") << QStringLiteral("IP address");
        QTest::newRow("ipv6 brackets") << QStringLiteral("[2001:db8::1]") << QStringLiteral("IP address");
        QTest::newRow("single label") << QStringLiteral("localhost") << QStringLiteral("needs a dot");
        QTest::newRow("underscore") << QStringLiteral("my_apps.example.com") << QStringLiteral("not allowed");
    }
    void rejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, messagePart);
        const Result<QString> result = DomainName::normalize(input);
        QVERIFY2(!result.ok(), qPrintable(result.ok() ? result.value() : QString()));
        QCOMPARE(result.error().kind(), Error::Kind::InvalidInput);
        QVERIFY2(result.error().message().contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(result.error().message()));
    }

    void display()
    {
        QCOMPARE(DomainName::display(QStringLiteral("xn--bcher-kva.example")), QStringLiteral("bücher.example"));
        QCOMPARE(DomainName::display(QStringLiteral("apps.example.com")), QStringLiteral("apps.example.com"));
    }
};

QTEST_GUILESS_MAIN(tst_DomainName)
#include "tst_domainname.moc"
