#pragma once

// A small JSON highlighter for builds without KF6 SyntaxHighlighting: keys,
// strings, numbers, true/false/null and punctuation, with one colour set for
// light and one for dark palettes.

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class BuiltinJsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit BuiltinJsonHighlighter(QTextDocument *document);

    void setDark(bool dark);
    bool isDark() const { return m_dark; }

protected:
    void highlightBlock(const QString &text) override;

private:
    void updateFormats();

    bool m_dark = false;
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
    QTextCharFormat m_punctuation;
};
