// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's pure pieces: table alignment, the progress line, error -> exit code.
#include "ExitCodes.h"
#include "ProgressBar.h"
#include "Table.h"

#include <QTest>

using namespace AltDist;
using namespace AltDist::Cli;

class TestCliOutput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableAlignsColumnsWithoutTrailingSpaces()
    {
        Table table({QStringLiteral("ID"), QStringLiteral("NAME")});
        table.addRow({QStringLiteral("1234567"), QStringLiteral("a")});
        table.addRow({QStringLiteral("1"), QString()});
        QCOMPARE(table.render(), QStringLiteral("ID       NAME\n1234567  a\n1\n"));
    }

    void progressLineShowsPercentSizesSpeedAndEta()
    {
        const qint64 mb = 1024 * 1024;
        const QString line = ProgressBar::formatLine(QStringLiteral("x.ipa"), 5 * mb, 20 * mb, double(mb));
        QVERIFY2(line.contains(QLatin1String(" 25%")), qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("5.0 MB / 20.0 MB")), qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("1.0 MB/s")), qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("ETA 00:15")), qPrintable(line));
        const QString unknown = ProgressBar::formatLine(QStringLiteral("x.ipa"), 5 * mb, -1, 0.0);
        QVERIFY2(!unknown.contains(QLatin1Char('%')), qPrintable(unknown));
    }

    void exitCodesAreDistinctPerKind()
    {
        QCOMPARE(exitCodeFor(Error::invalidInput(QStringLiteral("x"))), ExitUsage);
        QCOMPARE(exitCodeFor(Error(Error::Kind::Api, QString(), 401)), ExitAuthentication);
        QCOMPARE(exitCodeFor(Error(Error::Kind::Api, QString(), 403)), ExitAuthentication);
        QCOMPARE(exitCodeFor(Error(Error::Kind::Api, QString(), 409)), ExitApi);
        QCOMPARE(exitCodeFor(Error(Error::Kind::Network, QString())), ExitNetwork);
        QCOMPARE(exitCodeFor(Error(Error::Kind::Integrity, QString())), ExitIntegrity);
        QCOMPARE(exitCodeFor(Error::cancelled()), ExitCancelled);
        QCOMPARE(exitCodeFor(Error(Error::Kind::Keychain, QString())), ExitKeychainIo);
        QCOMPARE(exitCodeFor(Error(Error::Kind::Io, QString())), ExitKeychainIo);
        QCOMPARE(exitCodeFor(Error(Error::Kind::Protocol, QString())), ExitGeneric);
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_cli_output.moc"
