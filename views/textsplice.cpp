#include "textsplice.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace TextSplice {

QList<QStringView> lines(QStringView text)
{
    QList<QStringView> out;
    qsizetype start = 0;
    while (true) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0) {
            out.append(text.mid(start));
            return out;
        }
        out.append(text.mid(start, end - start));
        start = end + 1;
    }
}

void replaceLines(QTextDocument *document, int first, int count, const QList<QStringView> &lines,
                  const QTextCharFormat &format)
{
    QString inserted;
    qsizetype size = 0;
    for (QStringView line : lines)
        size += line.size() + 1;
    inserted.reserve(size);
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    const int blocks = document->blockCount();
    if (first + count < blocks) {
        // Lines follow the replaced ones: remove whole lines (with their
        // line ends) and insert whole lines in front of the next one.
        for (QStringView line : lines) {
            inserted += line;
            inserted += QLatin1Char('\n');
        }
        cursor.setPosition(document->findBlockByNumber(first).position());
        cursor.setPosition(document->findBlockByNumber(first + count).position(), QTextCursor::KeepAnchor);
    } else if (first > 0) {
        // The replaced lines end the text: from the end of the line before.
        for (QStringView line : lines) {
            inserted += QLatin1Char('\n');
            inserted += line;
        }
        const QTextBlock before = document->findBlockByNumber(first - 1);
        cursor.setPosition(before.position() + before.length() - 1);
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    } else {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i)
                inserted += QLatin1Char('\n');
            inserted += lines.at(i);
        }
        cursor.select(QTextCursor::Document);
    }
    if (inserted.isEmpty())
        cursor.removeSelectedText();
    else
        cursor.insertText(inserted, format);
    cursor.endEditBlock();
}

} // namespace TextSplice
