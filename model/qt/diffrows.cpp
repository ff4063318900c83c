#include "diffrows.h"

#include <algorithm>

QString DiffRows::hunkHeader(const oci::DiffHunk &h)
{
    return QStringLiteral("@@ -%1,%2 +%3,%4 @@").arg(h.oldStart).arg(h.oldCount).arg(h.newStart).arg(h.newCount);
}

DiffRows DiffRows::fromUnified(const oci::UnifiedDiff &diff)
{
    DiffRows out;
    qsizetype total = 0;
    for (const oci::DiffHunk &hunk : diff.hunks)
        total += static_cast<qsizetype>(hunk.lines.size()) + 1;
    out.unified.reserve(total);
    out.left.reserve(total);
    out.right.reserve(total);
    QList<DiffRow> pendingOld;
    QList<DiffRow> pendingNew;
    for (int h = 0; h < static_cast<int>(diff.hunks.size()); ++h) {
        const oci::DiffHunk &hunk = diff.hunks[static_cast<std::size_t>(h)];
        DiffRow header;
        header.kind = DiffRow::HunkHeader;
        header.text = hunkHeader(hunk);
        header.hunk = h;
        out.unified.append(header);
        out.left.append(header);
        out.right.append(header);
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
            l.text = QString::fromStdString(dl.text);
            l.oldLine = dl.oldLine;
            l.newLine = dl.newLine;
            l.hunk = h;
            DiffRow u = l;
            if (dl.tag == '-') {
                l.kind = u.kind = DiffRow::Removed;
                u.text = QLatin1Char('-') + l.text;
                pendingOld.append(l);
                ++out.removed;
            } else if (dl.tag == '+') {
                l.kind = u.kind = DiffRow::Added;
                u.text = QLatin1Char('+') + l.text;
                pendingNew.append(l);
                ++out.added;
            } else {
                flush();
                u.text = QLatin1Char(' ') + l.text;
                out.left.append(l);
                out.right.append(l);
            }
            out.unified.append(std::move(u));
        }
        flush();
    }
    return out;
}
