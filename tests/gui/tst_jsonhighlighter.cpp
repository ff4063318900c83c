#include "themecolors.h"
#include "jsonhighlighter.h"
#include "syntaxrepository.h"

#include <QPalette>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QWidget>

namespace {

const char snippet[] = "{\n"
                       "  \"key\": \"value\",\n"
                       "  \"count\": 42,\n"
                       "  \"on\": true\n"
                       "}\n";

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    return p;
}

// The highlighter's format at line/column (0-based) or a default format.
QTextCharFormat formatAt(const QTextDocument &doc, int line, int column)
{
    const QTextBlock block = doc.findBlockByNumber(line);
    const auto formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return QTextCharFormat();
}

bool highlighted(const QTextDocument &doc)
{
    return !doc.findBlockByNumber(1).layout()->formats().isEmpty();
}

} // namespace

class TestJsonHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backend();
    void distinctFormats();
    void followsPalette();
};

void TestJsonHighlighter::backend()
{
#ifdef OCISTUDIO_HAVE_KSYNTAXHIGHLIGHTING
    QCOMPARE(JsonHighlighter::backendName(), QStringLiteral("KSyntaxHighlighting"));
#else
    QCOMPARE(JsonHighlighter::backendName(), QStringLiteral("builtin"));
#endif
    QVERIFY(JsonHighlighter::isDark(ThemeColors::darkPalette()));
    QVERIFY(!JsonHighlighter::isDark(lightPalette()));
}

void TestJsonHighlighter::distinctFormats()
{
    SyntaxRepository repository;
    QWidget paletteSource;
    paletteSource.setPalette(lightPalette());
    QTextDocument doc;
    // A document without a layout (no view) reports no content changes, so
    // the text goes in first and the highlighter catches up on attaching.
    doc.setPlainText(QString::fromLatin1(snippet));
    new JsonHighlighter(&doc, &paletteSource, &repository);
    QTRY_VERIFY(highlighted(doc));

    const QTextCharFormat key = formatAt(doc, 1, 3); // "key"
    const QTextCharFormat string = formatAt(doc, 1, 11); // "value"
    const QTextCharFormat number = formatAt(doc, 2, 12); // 42
    const QTextCharFormat keyword = formatAt(doc, 3, 9); // true
    for (const QTextCharFormat &f : {key, string, number, keyword}) {
        QVERIFY(f != QTextCharFormat());
        QVERIFY(f.hasProperty(QTextFormat::ForegroundBrush));
    }
    QVERIFY(key.foreground().color() != string.foreground().color());
    QVERIFY(key.foreground().color() != number.foreground().color());
    QVERIFY(string.foreground().color() != number.foreground().color());
    // Both ends of a token share its format.
    QCOMPARE(formatAt(doc, 1, 2), key);
    QCOMPARE(formatAt(doc, 1, 6), key);
    QCOMPARE(formatAt(doc, 2, 11), number);
}

void TestJsonHighlighter::followsPalette()
{
    SyntaxRepository repository;
    QWidget paletteSource;
    paletteSource.setPalette(lightPalette());
    QTextDocument doc;
    doc.setPlainText(QString::fromLatin1(snippet));
    auto *highlighter = new JsonHighlighter(&doc, &paletteSource, &repository);
    QTRY_VERIFY(highlighted(doc));
    QVERIFY(!highlighter->isDarkTheme());
    const QColor lightKey = formatAt(doc, 1, 3).foreground().color();

    // A palette change reaches the highlighter as an event, as when the
    // desktop switches to a dark scheme.
    paletteSource.setPalette(ThemeColors::darkPalette());
    QTRY_VERIFY(highlighter->isDarkTheme());
    QTRY_VERIFY(formatAt(doc, 1, 3).foreground().color() != lightKey);
#ifndef OCISTUDIO_HAVE_KSYNTAXHIGHLIGHTING
    // The built-in colours are meant for their background: dark keys on
    // light, light keys on dark.
    QVERIFY(lightKey.lightness() < 128);
    QVERIFY(formatAt(doc, 1, 3).foreground().color().lightness() >= 128);
#endif

    paletteSource.setPalette(lightPalette());
    QTRY_VERIFY(!highlighter->isDarkTheme());
    QTRY_COMPARE(formatAt(doc, 1, 3).foreground().color(), lightKey);
}

QTEST_MAIN(TestJsonHighlighter)
#include "tst_jsonhighlighter.moc"
