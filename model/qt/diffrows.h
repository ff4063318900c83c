#pragma once

// A unified diff laid out for display: the unified column and the two
// columns of the side-by-side view, each a list of lines with their kind,
// line numbers and hunk. Made on the build worker (QString is safe to build
// there), so the GUI thread only compares lists and replaces what changed.

#include "unifieddiff.h"

#include <QList>
#include <QString>

struct DiffRow {
    enum Kind { Context, Added, Removed, Filler, HunkHeader };
    Kind kind = Context;
    QString text;
    int oldLine = 0; // 0: none
    int newLine = 0;
    int hunk = -1;
};

struct DiffRows {
    // Which lists are filled: a view shows one layout at a time, and each
    // list of a stress document's diff costs about a millisecond to make.
    enum class Layout { Unified, SideBySide, Both };
    Layout layout = Layout::Both;
    QList<DiffRow> unified; // with a "+", "-" or " " in front of the text
    QList<DiffRow> left; // the old text, fillers facing added runs
    QList<DiffRow> right; // the new text, fillers facing removed runs
    int added = 0;
    int removed = 0;

    bool has(Layout wanted) const { return layout == Layout::Both || layout == wanted; }
    static DiffRows fromUnified(const oci::UnifiedDiff &diff, Layout layout = Layout::Both);
    static QString hunkHeader(const oci::DiffHunk &hunk);
};
