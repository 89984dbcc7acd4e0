// SPDX-License-Identifier: GPL-3.0-or-later
#include "RateLimiter.h"
#include "SandboxServer.h"
#include "SandboxTestUtil.h"

#include <QJsonArray>
#include <QTest>

using namespace Sandbox;
using namespace SandboxTest;

class TestSandboxRateLimit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LiveSandbox> m_sandbox;

    Reply getDomains() { return m_sandbox->get(QStringLiteral("/v1/alternativeDistributionDomains")); }

private Q_SLOTS:
    void init()
    {
        SandboxOptions options;
        options.hourlyRateLimit = 3;
        m_sandbox = std::make_unique<LiveSandbox>(options);
        QVERIFY(m_sandbox->isStarted());
    }

    void cleanup() { m_sandbox.reset(); }

    void headerDecrementsThen429()
    {
        QCOMPARE(getDomains().header("X-Rate-Limit"), QByteArrayLiteral("user-hour-lim:3;user-hour-rem:2;"));
        QCOMPARE(getDomains().header("X-Rate-Limit"), QByteArrayLiteral("user-hour-lim:3;user-hour-rem:1;"));
        const Reply last = getDomains();
        QCOMPARE(last.status, 200);
        QCOMPARE(last.header("X-Rate-Limit"), QByteArrayLiteral("user-hour-lim:3;user-hour-rem:0;"));

        const Reply over = getDomains();
        QCOMPARE(over.status, 429);
        QCOMPARE(over.header("X-Rate-Limit"), QByteArrayLiteral("user-hour-lim:3;user-hour-rem:0;"));
        const QJsonArray errors = over.json().value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        const QJsonObject error = errors.first().toObject();
        QCOMPARE(error.value(QStringLiteral("status")).toString(), QStringLiteral("429"));
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("RATE_LIMIT_EXCEEDED"));
        QCOMPARE(error.value(QStringLiteral("title")).toString(), QStringLiteral("The request rate limit has been reached."));
        QVERIFY(over.header("Retry-After").isEmpty()); // Apple documents none
    }

    void raisingTheLimitLetsRequestsThrough()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(getDomains().status, 200);
        QCOMPARE(getDomains().status, 429);
        m_sandbox->server().setHourlyRateLimit(10);
        const Reply reply = getDomains();
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("X-Rate-Limit"), QByteArrayLiteral("user-hour-lim:10;user-hour-rem:6;"));
    }

    void errorsCarryTheHeaderToo()
    {
        const Reply reply = m_sandbox->get(QStringLiteral("/v1/alternativeDistributionDomains?limit=500"));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.header("X-Rate-Limit"), QByteArrayLiteral("user-hour-lim:3;user-hour-rem:2;"));
    }

    void windowRollsOverAfterAnHour()
    {
        RateLimiter limiter(2);
        const QDateTime start = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        QVERIFY(limiter.take(QStringLiteral("k"), start).allowed);
        QVERIFY(limiter.take(QStringLiteral("k"), start.addSecs(1800)).allowed);
        QVERIFY(!limiter.take(QStringLiteral("k"), start.addSecs(3599)).allowed);
        QVERIFY(limiter.take(QStringLiteral("other"), start.addSecs(3599)).allowed); // per key
        const auto later = limiter.take(QStringLiteral("k"), start.addSecs(3600));
        QVERIFY(later.allowed);
        QCOMPARE(later.remaining, 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRateLimit)
#include "tst_sandbox_ratelimit.moc"
