// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"

#include <QTest>

using AltDist::RetryPolicy;

class TestRetryPolicy final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void boundGrowsThenCaps()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1000;
        QCOMPARE(policy.maxDelayFor(1), 0); // the first attempt is not delayed
        QCOMPARE(policy.maxDelayFor(2), 100);
        QCOMPARE(policy.maxDelayFor(3), 200);
        QCOMPARE(policy.maxDelayFor(4), 400);
        QCOMPARE(policy.maxDelayFor(5), 800);
        QCOMPARE(policy.maxDelayFor(6), 1000);
        QCOMPARE(policy.maxDelayFor(60), 1000); // no overflow for silly attempt numbers
        QCOMPARE(policy.maxDelayFor(1000000), 1000);
    }

    void delaysStayWithinTheBound()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 50;
        policy.maxDelayMs = 3000;
        for (int attempt = 1; attempt <= 10; ++attempt) {
            const int bound = policy.maxDelayFor(attempt);
            for (int i = 0; i < 200; ++i) {
                const int delay = policy.delayMs(attempt);
                QVERIFY2(delay >= 0 && delay <= bound,
                         qPrintable(QStringLiteral("attempt %1: %2 not in [0, %3]").arg(attempt).arg(delay).arg(bound)));
            }
        }
    }

    void jitterSpreadsAcrossTheRange()
    {
        // Full jitter: later attempts reach well past the first retry's bound.
        // (200 draws all landing below 1/16 of the range has probability 16^-200.)
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1600;
        int largest = 0;
        for (int i = 0; i < 200; ++i)
            largest = qMax(largest, policy.delayMs(6));
        QVERIFY(largest > policy.maxDelayFor(2));
    }

    void injectedDelayWins()
    {
        RetryPolicy policy;
        policy.delayFor = [](int attempt) { return attempt * 7; };
        QCOMPARE(policy.delayMs(2), 14);
        QCOMPARE(policy.delayMs(4), 28);
        policy.delayFor = [](int) { return -5; };
        QCOMPARE(policy.delayMs(2), 0);
    }

    void defaultsAreBounded()
    {
        const RetryPolicy policy;
        QVERIFY(policy.maxAttempts >= 2);
        QCOMPARE(policy.maxDelayFor(policy.maxAttempts + 10), policy.maxDelayMs);
    }

    void postIsNeverIdempotent()
    {
        QVERIFY(!AltDist::ApiRequest::post(QStringLiteral("/v1/x"), {}).isIdempotent());
        QVERIFY(AltDist::ApiRequest::get(QStringLiteral("/v1/x")).isIdempotent());
        QVERIFY(AltDist::ApiRequest::del(QStringLiteral("/v1/x/1")).isIdempotent());
        AltDist::ApiRequest patch = AltDist::ApiRequest::get(QStringLiteral("/v1/x/1"));
        patch.method = "PATCH";
        QVERIFY(!patch.isIdempotent());
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
