// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiClient.h"
#include "UrlPolicy.h"

#include <QSignalSpy>
#include <QTest>

using namespace AltDist;

class TestBaseUrl final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultIsApple()
    {
        ApiClient client(nullptr);
        QCOMPARE(client.baseUrl(), QUrl(QStringLiteral("https://api.appstoreconnect.apple.com")));
    }

    void accepted_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("stored");
        QTest::newRow("https") << "https://api.example.com" << "https://api.example.com";
        QTest::newRow("https port, slash") << "https://api.example.com:8443/" << "https://api.example.com:8443";
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << "http://127.0.0.1:8080";
        QTest::newRow("http 127/8") << "http://127.45.6.7:9" << "http://127.45.6.7:9";
        QTest::newRow("http ::1") << "http://[::1]:1" << "http://[::1]:1";
        QTest::newRow("http localhost") << "http://localhost" << "http://localhost";
        QTest::newRow("http LOCALHOST") << "HTTP://LOCALHOST:5/" << "http://localhost:5";
    }

    void accepted()
    {
        QFETCH(QString, url);
        QFETCH(QString, stored);
        ApiClient client(nullptr);
        const Status status = client.setBaseUrl(QUrl(url));
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().describe()));
        QCOMPARE(client.baseUrl(), QUrl(stored));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("http remote") << "http://example.com";
        QTest::newRow("http private address") << "http://10.0.0.1:8080";
        QTest::newRow("http ipv6 not loopback") << "http://[::2]:80";
        QTest::newRow("loopback lookalike") << "http://127.0.0.1.evil.com";
        QTest::newRow("localhost lookalike") << "http://localhost.evil.com";
        QTest::newRow("ftp") << "ftp://127.0.0.1";
        QTest::newRow("file") << "file:///etc/passwd";
        QTest::newRow("userinfo") << "https://user:secret@api.example.com";
        QTest::newRow("user only") << "https://user@api.example.com";
        QTest::newRow("query") << "https://api.example.com/?x=1";
        QTest::newRow("fragment") << "https://api.example.com#top";
        QTest::newRow("path") << "https://api.example.com/v1";
        QTest::newRow("relative") << "/v1/apps";
        QTest::newRow("empty") << "";
    }

    void refused()
    {
        QFETCH(QString, url);
        ApiClient client(nullptr);
        const QUrl previous(QStringLiteral("http://127.0.0.1:4242"));
        QVERIFY(client.setBaseUrl(previous).ok());
        const Status status = client.setBaseUrl(QUrl(url));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind(), Error::Kind::InvalidInput);
        QVERIFY(!status.error().message().isEmpty());
        QVERIFY2(!status.error().message().contains(QStringLiteral("secret")), "the password leaked into the error");
        QCOMPARE(client.baseUrl(), previous);
    }

    void nextLink_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("next");
        QTest::addColumn<QString>("expected"); // empty: refused
        const QString local = QStringLiteral("http://127.0.0.1:8080");
        const QString apple = QStringLiteral("https://api.appstoreconnect.apple.com");
        QTest::newRow("path only") << local << "/v1/apps?cursor=abc&limit=200"
                                   << "http://127.0.0.1:8080/v1/apps?cursor=abc&limit=200";
        QTest::newRow("same origin") << local << "http://127.0.0.1:8080/v1/x?cursor=a"
                                     << "http://127.0.0.1:8080/v1/x?cursor=a";
        QTest::newRow("apple absolute") << apple << "https://api.appstoreconnect.apple.com/v1/apps?cursor=Mg"
                                        << "https://api.appstoreconnect.apple.com/v1/apps?cursor=Mg";
        QTest::newRow("explicit default port") << apple << "https://api.appstoreconnect.apple.com:443/v1/apps"
                                               << "https://api.appstoreconnect.apple.com:443/v1/apps";
        QTest::newRow("host case") << apple << "https://API.AppStoreConnect.apple.com/v1/apps"
                                   << "https://api.appstoreconnect.apple.com/v1/apps";
        QTest::newRow("other port") << local << "http://127.0.0.1:8081/v1/x" << "";
        QTest::newRow("other scheme") << local << "https://127.0.0.1:8080/v1/x" << "";
        QTest::newRow("other host") << local << "http://evil.example:8080/v1/x" << "";
        QTest::newRow("scheme relative") << local << "//evil.example/v1/x" << "";
        QTest::newRow("suffix host") << apple << "https://api.appstoreconnect.apple.com.evil.example/v1" << "";
        QTest::newRow("downgrade") << apple << "http://api.appstoreconnect.apple.com/v1/apps" << "";
        QTest::newRow("userinfo") << local << "http://me@127.0.0.1:8080/v1/x" << "";
    }

    void nextLink()
    {
        QFETCH(QString, base);
        QFETCH(QString, next);
        QFETCH(QString, expected);
        ApiClient client(nullptr);
        QVERIFY(client.setBaseUrl(QUrl(base)).ok());
        const Result<QUrl> resolved = client.resolveNextLink(QUrl(next));
        if (expected.isEmpty()) {
            QVERIFY(!resolved.ok());
            QCOMPARE(resolved.error().kind(), Error::Kind::Protocol);
            return;
        }
        QVERIFY2(resolved.ok(), resolved.ok() ? "" : qPrintable(resolved.error().describe()));
        QCOMPARE(resolved.value(), QUrl(expected));
    }

    void refusedHostIsNamed()
    {
        ApiClient client(nullptr);
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080"))).ok());
        const Result<QUrl> resolved = client.resolveNextLink(QUrl(QStringLiteral("https://evil.example/v1")));
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.error().message().contains(QStringLiteral("evil.example")),
                 qPrintable(resolved.error().message()));
    }

    void refusedNextLinkFailsTheCallLater()
    {
        ApiClient client(nullptr);
        QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1"))).ok());
        ApiCall *call = client.send(ApiRequest::followNext(QUrl(QStringLiteral("https://evil.example/v1/apps"))));
        QSignalSpy spy(call, &ApiCall::finished);
        QCOMPARE(spy.count(), 0); // never from inside send()
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
        QVERIFY(!call->result().ok());
        QCOMPARE(call->result().error().kind(), Error::Kind::Protocol);
    }

    void badPathFailsTheCallLater()
    {
        ApiClient client(nullptr);
        ApiCall *call = client.send(ApiRequest::get(QStringLiteral("v1/apps")));
        QSignalSpy spy(call, &ApiCall::finished);
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(5000));
        QCOMPARE(call->result().error().kind(), Error::Kind::InvalidInput);
    }

    void queryIsEncoded()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("filter[domain]"), QStringLiteral("a+b&c=d#e"));
        query.addQueryItem(QStringLiteral("fields[apps]"), QStringLiteral("name,bundleId"));
        const QUrl url = UrlPolicy::requestUrl(QUrl(QStringLiteral("http://127.0.0.1:8080")),
                                               QStringLiteral("/v1/apps"), query);
        QCOMPARE(url.toString(QUrl::FullyEncoded),
                 QStringLiteral("http://127.0.0.1:8080/v1/apps?filter[domain]=a%2Bb%26c%3Dd%23e&fields[apps]=name,bundleId"));
        QUrlQuery back(url);
        QCOMPARE(back.queryItemValue(QStringLiteral("filter[domain]"), QUrl::FullyDecoded),
                 QStringLiteral("a+b&c=d#e"));
    }
};

QTEST_GUILESS_MAIN(TestBaseUrl)
#include "tst_baseurl.moc"
