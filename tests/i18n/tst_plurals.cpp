// SPDX-License-Identifier: GPL-3.0-or-later
// English plurals come from the English catalogue (plural forms only), which
// is also the fallback when there is no catalogue for the user's language.
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTest>

class tst_Plurals final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishPluralsWithoutBrackets()
    {
        QLocale::setDefault(QLocale::c());
        QTranslator translator;
        QVERIFY(AltDist::installTranslator(translator));
        const auto attempts = [](int n) {
            return QCoreApplication::translate("AltDist::ApiClient", "Gave up after %n attempt(s).", nullptr, n);
        };
        QCOMPARE(attempts(1), QStringLiteral("Gave up after 1 attempt."));
        QCOMPARE(attempts(4), QStringLiteral("Gave up after 4 attempts."));
        QCoreApplication::removeTranslator(&translator);
    }

    void germanWhenTheLocaleIsGerman()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QTranslator translator;
        QVERIFY(AltDist::installTranslator(translator));
        QVERIFY(translator.language().startsWith(QLatin1String("de")));
        const QString ready = QCoreApplication::translate("AltDist::ResourceLabels", "Ready for Distribution");
        QVERIFY2(!ready.isEmpty() && ready != QLatin1String("Ready for Distribution"), qPrintable(ready));
        // Qt's own texts (here QWizard's button) follow when the system has Qt's catalogue.
        const QString qtCatalogue = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
        if (!QFile::exists(qtCatalogue))
            QSKIP("Qt's German catalogue is not installed (qt6-translations-l10n)");
        QCOMPARE(QCoreApplication::translate("QWizard", "&Finish"), QStringLiteral("Ab&schließen"));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_GUILESS_MAIN(tst_Plurals)
#include "tst_plurals.moc"
