#include "builtinjsonhighlighter.h"

#include <QColor>

namespace {

// Breeze's palette for the light set, a One Dark-like one for the dark set:
// both keep keys, strings and numbers apart at a glance and stay readable
// on the palette's base colour.
struct Colours {
    QColor key, string, number, keyword, punctuation;
};

Colours colours(bool dark)
{
    if (dark)
        return {QColor(0x61, 0xaf, 0xef), QColor(0x98, 0xc3, 0x79), QColor(0xd1, 0x9a, 0x66), QColor(0xc6, 0x78, 0xdd),
                QColor(0x9d, 0xa5, 0xb4)};
    return {QColor(0x00, 0x57, 0xae), QColor(0xbf, 0x03, 0x03), QColor(0xb0, 0x80, 0x00), QColor(0x64, 0x4a, 0x9b),
            QColor(0x5e, 0x60, 0x62)};
}

bool isNumberStart(QChar c)
{
    return c == QLatin1Char('-') || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool isNumberChar(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('e')
        || c == QLatin1Char('E') || c == QLatin1Char('+') || c == QLatin1Char('-');
}

} // namespace

BuiltinJsonHighlighter::BuiltinJsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    updateFormats();
}

void BuiltinJsonHighlighter::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    updateFormats();
    rehighlight();
}

void BuiltinJsonHighlighter::updateFormats()
{
    const Colours c = colours(m_dark);
    m_key = QTextCharFormat();
    m_key.setForeground(c.key);
    m_string = QTextCharFormat();
    m_string.setForeground(c.string);
    m_number = QTextCharFormat();
    m_number.setForeground(c.number);
    m_keyword = QTextCharFormat();
    m_keyword.setForeground(c.keyword);
    m_keyword.setFontWeight(QFont::Bold);
    m_punctuation = QTextCharFormat();
    m_punctuation.setForeground(c.punctuation);
}

void BuiltinJsonHighlighter::highlightBlock(const QString &text)
{
    // Line by line without state: a JSON string cannot contain a raw line
    // break, so every token starts and ends on its line.
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < n && text.at(end) != QLatin1Char('"'))
                end += text.at(end) == QLatin1Char('\\') ? 2 : 1;
            end = std::min(end + 1, n);
            qsizetype after = end;
            while (after < n && text.at(after).isSpace())
                ++after;
            const bool key = after < n && text.at(after) == QLatin1Char(':');
            setFormat(static_cast<int>(i), static_cast<int>(end - i), key ? m_key : m_string);
            i = end;
        } else if (isNumberStart(c)) {
            qsizetype end = i + 1;
            while (end < n && isNumberChar(text.at(end)))
                ++end;
            setFormat(static_cast<int>(i), static_cast<int>(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < n && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == QLatin1String("true") || word == QLatin1String("false") || word == QLatin1String("null"))
                setFormat(static_cast<int>(i), static_cast<int>(end - i), m_keyword);
            i = end;
        } else {
            if (c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char('[') || c == QLatin1Char(']')
                || c == QLatin1Char(':') || c == QLatin1Char(','))
                setFormat(static_cast<int>(i), 1, m_punctuation);
            ++i;
        }
    }
}
