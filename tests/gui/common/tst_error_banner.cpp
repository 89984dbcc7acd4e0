// SPDX-License-Identifier: GPL-3.0-or-later
// ErrorBanner: every API error of a response, with title, detail, code and
// pointer, shown where the user acted.
#include "ErrorBanner.h"

#include <QAbstractButton>
#include <QSignalSpy>
#include <QTest>

using namespace AltDist;

class tst_ErrorBanner final : public QObject
{
    Q_OBJECT

    static ApiErrorItem item(const QString &code, const QString &title, const QString &detail,
                             const QString &pointer = {})
    {
        ApiErrorItem i;
        i.status = QStringLiteral("409");
        i.code = code;
        i.title = title;
        i.detail = detail;
        i.pointer = pointer;
        return i;
    }

private Q_SLOTS:
    void showsEveryApiErrorWithCodeAndPointer()
    {
        ErrorBanner banner;
        QVERIFY(banner.isHidden());
        const Error error(Error::Kind::Api, QStringLiteral("App Store Connect refused the request (HTTP 409)."), 409,
                          {item(QStringLiteral("ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE"),
                                QStringLiteral("The provided entity includes an attribute with a value that has already been used"),
                                QStringLiteral("The domain example.com is already registered."),
                                QStringLiteral("/data/attributes/domain")),
                           item(QStringLiteral("ENTITY_ERROR.ATTRIBUTE.REQUIRED"), QStringLiteral("A required value is missing."),
                                QStringLiteral("referenceName is required."), QStringLiteral("/data/attributes/referenceName"))});
        banner.setError(error);
        QVERIFY(banner.hasError());
        QVERIFY(!banner.isHidden());
        const QStringList lines = banner.text().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), error.message());
        QVERIFY(lines.at(1).contains(QLatin1String("already been used: The domain example.com is already registered.")));
        QVERIFY(lines.at(1).contains(QLatin1String("ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE")));
        QVERIFY(lines.at(1).contains(QLatin1String("/data/attributes/domain")));
        // A title that ends a sentence is not followed by a colon.
        QVERIFY2(lines.at(2).contains(QLatin1String("A required value is missing. referenceName is required.")),
                 qPrintable(lines.at(2)));
        QVERIFY(lines.at(2).contains(QLatin1String("/data/attributes/referenceName")));
    }

    void cancelledClearsAndRetryIsOffered()
    {
        ErrorBanner banner;
        banner.setMessage(QStringLiteral("Something specific went wrong."));
        QVERIFY(banner.hasError());
        banner.setError(Error::cancelled());
        QVERIFY(!banner.hasError());
        QVERIFY(banner.isHidden());

        banner.setRetryVisible(true);
        banner.setMessage(QStringLiteral("Failed."));
        banner.show();
        QSignalSpy retry(&banner, &ErrorBanner::retryRequested);
        QAbstractButton *button = banner.findChild<QAbstractButton *>();
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(retry.count(), 1);
    }
};

QTEST_MAIN(tst_ErrorBanner)
#include "tst_error_banner.moc"
