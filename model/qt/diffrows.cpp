#include "diffrows.h"

#include <algorithm>

QString DiffRows::hunkHeader(const oci::DiffHunk &h)
{
    return QStringLiteral("@@ -%1,%2 +%3,%4 @@").arg(h.oldStart).arg(h.oldCount).arg(h.newStart).arg(h.newCount);
}

DiffRows DiffRows::fromUnified(const oci::UnifiedDiff &diff, Layout layout)
{
    DiffRows out;
    out.layout = layout;
    const bool unified = out.has(Layout::Unified);
    const bool sides = out.has(Layout::SideBySide);
    qsizetype total = 0;
    for (const oci::DiffHunk &hunk : diff.hunks)
        total += static_cast<qsizetype>(hunk.lines.size()) + 1;
    if (unified)
        out.unified.reserve(total);
    if (sides) {
        out.left.reserve(total);
        out.right.reserve(total);
    }
    QList<DiffRow> pendingOld;
    QList<DiffRow> pendingNew;
    for (int h = 0; h < static_cast<int>(diff.hunks.size()); ++h) {
        const oci::DiffHunk &hunk = diff.hunks[static_cast<std::size_t>(h)];
        DiffRow header;
        header.kind = DiffRow::HunkHeader;
        header.text = hunkHeader(hunk);
        header.hunk = h;
        if (unified)
            out.unified.append(header);
        if (sides) {
            out.left.append(header);
            out.right.append(header);
        }
        auto flush = [&] {
            // A run of removals facing the run of additions that replaces it.
            const qsizetype rows = std::max(pendingOld.size(), pendingNew.size());
            DiffRow filler;
            filler.kind = DiffRow::Filler;
            filler.hunk = h;
            for (qsizetype i = 0; i < rows; ++i) {
                out.left.append(i < pendingOld.size() ? pendingOld.at(i) : filler);
                out.right.append(i < pendingNew.size() ? pendingNew.at(i) : filler);
            }
            pendingOld.clear();
            pendingNew.clear();
        };
        for (const oci::DiffLine &dl : hunk.lines) {
            DiffRow l;
            l.oldLine = dl.oldLine;
            l.newLine = dl.newLine;
            l.hunk = h;
            l.kind = dl.tag == '-' ? DiffRow::Removed : dl.tag == '+' ? DiffRow::Added : DiffRow::Context;
            out.removed += l.kind == DiffRow::Removed;
            out.added += l.kind == DiffRow::Added;
            if (unified) {
                DiffRow u = l;
                u.text.reserve(static_cast<qsizetype>(dl.text.size()) + 1);
                u.text.append(QLatin1Char(dl.tag == '-' || dl.tag == '+' ? dl.tag : ' '));
                u.text.append(QString::fromUtf8(dl.text.data(), static_cast<qsizetype>(dl.text.size())));
                out.unified.append(std::move(u));
            }
            if (!sides)
                continue;
            l.text = QString::fromStdString(dl.text);
            if (l.kind == DiffRow::Removed) {
                pendingOld.append(std::move(l));
            } else if (l.kind == DiffRow::Added) {
                pendingNew.append(std::move(l));
            } else {
                flush();
                out.left.append(l);
                out.right.append(std::move(l));
            }
        }
        if (sides)
            flush();
    }
    return out;
}
