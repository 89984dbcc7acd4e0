// SPDX-License-Identifier: GPL-3.0-or-later
// "1,000 requests inside one token lifetime sign once": the real client sends
// 1,000 real GETs to the sandbox, a few at a time, with one signed token.
#include "ApiClient.h"
#include "TestSandbox.h"

using namespace AltDist;

namespace {

constexpr int kRequests = 1000;
constexpr int kInFlight = 4;

Sandbox::SandboxOptions roomyRateLimit()
{
    Sandbox::SandboxOptions options;
    options.hourlyRateLimit = 10 * kRequests; // well clear of 429
    return options;
}

} // namespace

class TestTokenReuse final : public QObject
{
    Q_OBJECT

private:
    Test::TestSandbox m_sandbox{roomyRateLimit()};
    int m_sent = 0;
    int m_succeeded = 0;
    int m_finished = 0;
    QStringList m_failures;

    /// Sends the next request; each finished one starts another until all are sent.
    void sendNext()
    {
        if (m_sent >= kRequests)
            return;
        ++m_sent;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        ApiCall *call = m_sandbox.client().send(ApiRequest::get(QStringLiteral("/v1/apps"), query));
        connect(call, &ApiCall::finished, this, [this, call] {
            ++m_finished;
            if (call->result().ok() && call->result()->status == 200)
                ++m_succeeded;
            else if (m_failures.size() < 5)
                m_failures << (call->result().ok() ? QString::number(call->result()->status)
                                                   : call->result().error().describe());
            if (m_finished == kRequests)
                Q_EMIT allFinished();
            sendNext();
        });
    }

Q_SIGNALS:
    void allFinished();

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.isReady(), qPrintable(m_sandbox.startError())); }
    void cleanup() { ALTDIST_VERIFY_NO_SPEC_VIOLATIONS(m_sandbox); }

    void thousandRequestsSignOnce()
    {
        QCOMPARE(m_sandbox.tokens().signatureCount(), 0);
        // A real event loop (QSignalSpy::wait), not qWaitFor's polling with sleeps in between.
        QSignalSpy done(this, &TestTokenReuse::allFinished);
        for (int i = 0; i < kInFlight; ++i)
            sendNext();
        QVERIFY(done.wait(50000));
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
        QCOMPARE(m_succeeded, kRequests);

        // Every request reached the sandbox once, authorised, and was accepted.
        const QList<Sandbox::RequestRecord> records = m_sandbox.server().requests();
        QCOMPARE(records.size(), kRequests);
        int authorised = 0;
        for (const Sandbox::RequestRecord &record : records)
            authorised += record.hadAuthorization && record.status == 200
                          && record.target.startsWith(QLatin1String("/v1/apps?"));
        QCOMPARE(authorised, kRequests);

        // One signature served them all.
        QCOMPARE(m_sandbox.tokens().signatureCount(), 1);
        // The sandbox counted them against the hourly limit too (answers may
        // arrive out of order, so the newest seen is one of the last few).
        const std::optional<RateLimit> limit = m_sandbox.client().rateLimit();
        QVERIFY(limit.has_value());
        QVERIFY2(limit->remaining >= 10 * kRequests - kRequests && limit->remaining < 10 * kRequests - kRequests + kInFlight,
                 qPrintable(QString::number(limit->remaining)));
    }
};

QTEST_GUILESS_MAIN(TestTokenReuse)
#include "tst_token_reuse.moc"
