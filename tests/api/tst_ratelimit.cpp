// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiTypes.h"

#include <QTest>

using AltDist::RateLimit;

class TestRateLimit final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("usable");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("remaining");

        QTest::newRow("apple") << QByteArray("user-hour-lim:3600;user-hour-rem:3412;") << true << 3600 << 3412;
        QTest::newRow("no trailing semicolon") << QByteArray("user-hour-lim:3600;user-hour-rem:0") << true << 3600 << 0;
        QTest::newRow("spaces") << QByteArray("  user-hour-lim : 500 ;  user-hour-rem: 12 ; ") << true << 500 << 12;
        QTest::newRow("reordered") << QByteArray("user-hour-rem:7;user-hour-lim:10;") << true << 10 << 7;
        QTest::newRow("upper case keys") << QByteArray("USER-HOUR-LIM:10;User-Hour-Rem:3;") << true << 10 << 3;
        QTest::newRow("unknown keys ignored")
            << QByteArray("user-minute-lim:60;user-hour-lim:3600;foo;user-hour-rem:1;") << true << 3600 << 1;
        QTest::newRow("remaining missing") << QByteArray("user-hour-lim:3600;") << true << 3600 << -1;
        QTest::newRow("limit missing") << QByteArray("user-hour-rem:3;") << true << -1 << 3;
        QTest::newRow("bad number ignored") << QByteArray("user-hour-lim:abc;user-hour-rem:5;") << true << -1 << 5;
        QTest::newRow("negative ignored") << QByteArray("user-hour-lim:-1;user-hour-rem:5;") << true << -1 << 5;
        QTest::newRow("empty") << QByteArray() << false << 0 << 0;
        QTest::newRow("garbage") << QByteArray("garbage") << false << 0 << 0;
        QTest::newRow("only separators") << QByteArray(";;:;") << false << 0 << 0;
        QTest::newRow("unknown keys only") << QByteArray("user-minute-lim:60;") << false << 0 << 0;
        QTest::newRow("values missing") << QByteArray("user-hour-lim:;user-hour-rem:;") << false << 0 << 0;
    }

    void parse()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, usable);
        QFETCH(int, limit);
        QFETCH(int, remaining);

        const std::optional<RateLimit> parsed = RateLimit::parse(header);
        QCOMPARE(parsed.has_value(), usable);
        if (!usable)
            return;
        QCOMPARE(parsed->limit, limit);
        QCOMPARE(parsed->remaining, remaining);
        QCOMPARE(parsed->isKnown(), limit >= 0 && remaining >= 0);
    }
};

QTEST_GUILESS_MAIN(TestRateLimit)
#include "tst_ratelimit.moc"
