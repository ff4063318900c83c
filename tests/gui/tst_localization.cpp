// The UI follows the system locale: started with a German environment the
// app finds its embedded German translation; French and English can be
// chosen explicitly; and the shipped translations are complete.

#include "localization.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "syntaxrepository.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

namespace {

QStringList menuTitles(const MainWindow &w)
{
    QStringList titles;
    for (QAction *action : w.menuBar()->actions())
        titles << action->text();
    return titles;
}

// Within the menu bar and within each menu, no two entries share a
// mnemonic: a translation must keep every entry reachable by keyboard.
void checkMnemonics(const MainWindow &w)
{
    auto mnemonic = [](const QString &text) {
        const qsizetype amp = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
        return amp < 0 ? QChar() : text.at(amp + 1).toLower();
    };
    QList<QMenu *> menus;
    QSet<QChar> titles;
    for (QAction *action : w.menuBar()->actions()) {
        const QChar m = mnemonic(action->text());
        QVERIFY2(!m.isNull() && !titles.contains(m), qPrintable(action->text()));
        titles.insert(m);
        menus << action->menu();
    }
    for (int i = 0; i < menus.size(); ++i) {
        QSet<QChar> used;
        for (QAction *item : menus[i]->actions()) {
            if (item->menu())
                menus << item->menu();
            const QChar m = mnemonic(item->text());
            if (m.isNull())
                continue;
            QVERIFY2(!used.contains(m), qPrintable(menus[i]->title() + QStringLiteral(": ") + item->text()));
            used.insert(m);
        }
    }
}

// The preferences' field labels: every one with a mnemonic, none shared.
void checkDialogMnemonics()
{
    PreferencesDialog dialog;
    QSet<QChar> used;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->buddy())
            continue;
        const qsizetype amp = label->text().indexOf(QRegularExpression(QStringLiteral("&[^&]")));
        QVERIFY2(amp >= 0, qPrintable(label->text()));
        const QChar m = label->text().at(amp + 1).toLower();
        QVERIFY2(!used.contains(m), qPrintable(label->text()));
        used.insert(m);
    }
    QVERIFY(used.size() >= 5);
}

} // namespace

class TestLocalization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void followsSystemLocale();
    void explicitLanguages();
    void translationsComplete_data();
    void translationsComplete();
    void cleanupTestCase();
};

void TestLocalization::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("ocistudio-test-localization"));
}

void TestLocalization::followsSystemLocale()
{
    // main() set LANGUAGE and LC_ALL to German before QApplication existed.
    QVERIFY(QLocale::system().uiLanguages().constFirst().startsWith(QLatin1String("de")));
    QCOMPARE(Localization::install(QString()), QStringLiteral("de"));
    SyntaxRepository syntax;
    MainWindow w(&syntax);
    const QStringList titles = menuTitles(w);
    QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(QLatin1Char(' '))));
    QVERIFY(titles.contains(QStringLiteral("&Bearbeiten")));
    QVERIFY(titles.contains(QStringLiteral("&Ansicht")));
    QVERIFY(titles.contains(QStringLiteral("&Hilfe")));
    QMenu *file = w.menuBar()->actions().constFirst()->menu();
    QStringList items;
    for (QAction *action : file->actions())
        items << action->text();
    QVERIFY2(items.contains(QStringLiteral("Ö&ffnen …")), qPrintable(items.join(QStringLiteral(" | "))));
    checkMnemonics(w);
    checkDialogMnemonics();

    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::qWait(100);
    const QString keep = qEnvironmentVariable("OCISTUDIO_SCREENSHOT_DIR");
    if (!keep.isEmpty()) {
        QVERIFY(w.grab().save(QDir(keep).filePath(QStringLiteral("h7-de.png"))));
        PreferencesDialog dialog(&w);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QDir(keep).filePath(QStringLiteral("h7-preferences-de.png"))));
    }
}

void TestLocalization::explicitLanguages()
{
    QCOMPARE(Localization::install(QStringLiteral("fr")), QStringLiteral("fr"));
    {
        SyntaxRepository syntax;
        MainWindow w(&syntax);
        QVERIFY2(menuTitles(w).contains(QStringLiteral("&Fichier")), qPrintable(menuTitles(w).join(QLatin1Char(' '))));
        checkMnemonics(w);
        checkDialogMnemonics();
    }
    QCOMPARE(Localization::install(QStringLiteral("en")), QStringLiteral("en"));
    {
        SyntaxRepository syntax;
        MainWindow w(&syntax);
        QVERIFY(menuTitles(w).contains(QStringLiteral("&File")));
        checkMnemonics(w);
        checkDialogMnemonics();
    }
    // A language without a translation falls back to English.
    QCOMPARE(Localization::install(QStringLiteral("ja")), QStringLiteral("en"));
    QCOMPARE(Localization::available().constFirst().code, QString());
}

void TestLocalization::translationsComplete_data()
{
    QTest::addColumn<QString>("ts");
    for (const char *language : {"de", "fr"})
        QTest::newRow(language) << QStringLiteral(OCISTUDIO_TESTDATA_DIR "/../../translations/ocistudio_%1.ts")
                                       .arg(QLatin1String(language));
}

void TestLocalization::translationsComplete()
{
    QFETCH(QString, ts);
    QFile file(ts);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(ts));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.count(QStringLiteral("<message")) > 100);
    // Every message has a finished translation (lupdate marks new ones
    // "unfinished"; `vanished` and `obsolete` ones are dropped by -no-obsolete).
    const QRegularExpression unfinished(QStringLiteral("<source>([^<]*)</source>\\s*(?:<comment>[^<]*</comment>\\s*)?"
                                                       "<translation type=\"(unfinished|vanished|obsolete)\""));
    QStringList missing;
    for (auto it = unfinished.globalMatch(text); it.hasNext();)
        missing << it.next().captured(1);
    QVERIFY2(missing.isEmpty(),
        qPrintable(QStringLiteral("%1 untranslated, e.g. %2")
                       .arg(missing.size())
                       .arg(missing.mid(0, 5).join(QStringLiteral(" | ")))));
    // Mnemonics survive translation: a source with '&' has one in its translation.
    const QRegularExpression pair(QStringLiteral("<source>([^<]*)</source>\\s*<translation>([^<]*)</translation>"));
    for (auto it = pair.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString source = match.captured(1).replace(QStringLiteral("&amp;&amp;"), QString());
        const QString translation = match.captured(2).replace(QStringLiteral("&amp;&amp;"), QString());
        if (source.contains(QStringLiteral("&amp;")) && !source.contains(QStringLiteral("&amp; ")))
            QVERIFY2(translation.contains(QStringLiteral("&amp;")),
                qPrintable(source + QStringLiteral(" → ") + translation));
        // Placeholders survive too.
        for (int n = 1; n <= 9; ++n) {
            const QString placeholder = QStringLiteral("%%1").arg(n);
            QVERIFY2(source.contains(placeholder) == translation.contains(placeholder),
                qPrintable(source + QStringLiteral(" → ") + translation));
        }
    }
}

void TestLocalization::cleanupTestCase()
{
    Localization::install(QStringLiteral("en"));
}

int main(int argc, char *argv[])
{
    // A German desktop session, set before Qt reads the environment.
    qputenv("LANGUAGE", "de");
    qputenv("LC_ALL", "de_DE.UTF-8");
    qputenv("LANG", "de_DE.UTF-8");
    QApplication app(argc, argv);
    TestLocalization test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_localization.moc"
