#pragma once

// Line-wise updates of a plain-text QTextDocument (one line per block): the
// lines two versions have in common at the start and at the end, and the
// replacement of the lines in between as one edit. Views that show a text
// rebuilt on every keystroke use it so the layout, the highlighter and the
// scroll position only deal with the lines that changed.

#include <QList>
#include <QString>
#include <QStringView>

#include <algorithm>

class QTextCharFormat;
class QTextDocument;

namespace TextSplice {

struct Range {
    qsizetype prefix = 0; // lines equal at the start
    qsizetype suffix = 0; // lines equal at the end (not overlapping the prefix)
};

// Splits at '\n' as QPlainTextEdit makes blocks ("a\n" is "a" and "").
QList<QStringView> lines(QStringView text);

// The common start and end of two sequences, compared with `equal`.
template<typename A, typename B, typename Equal>
Range commonEnds(const A &before, const B &after, Equal equal)
{
    Range r;
    const qsizetype n = std::min<qsizetype>(before.size(), after.size());
    while (r.prefix < n && equal(before[r.prefix], after[r.prefix]))
        ++r.prefix;
    while (r.suffix < n - r.prefix
           && equal(before[before.size() - 1 - r.suffix], after[after.size() - 1 - r.suffix]))
        ++r.suffix;
    return r;
}

// Replaces the `count` lines from line `first` (0-based) of `document` with
// `lines`, inserted with `format`, as one edit block.
void replaceLines(QTextDocument *document, int first, int count, const QList<QStringView> &lines,
                  const QTextCharFormat &format);

} // namespace TextSplice
