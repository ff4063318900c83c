#include "unifieddiff.h"

#include <algorithm>
#include <unordered_map>

namespace oci {

namespace {

struct Lines {
    std::vector<std::string_view> text;
    bool finalNewline = true;
};

Lines splitLines(std::string_view s)
{
    Lines out;
    std::size_t start = 0;
    while (start < s.size()) {
        const std::size_t nl = s.find('\n', start);
        if (nl == std::string_view::npos) {
            out.text.push_back(s.substr(start));
            out.finalNewline = false;
            break;
        }
        out.text.push_back(s.substr(start, nl - start));
        start = nl + 1;
    }
    return out;
}

enum class Edit : char { Keep = ' ', Delete = '-', Insert = '+' };

// Myers' greedy forward search over the line ids, then a walk back through
// the saved frontiers: the shortest edit script, deletions before insertions.
std::vector<Edit> shortestEditScript(const std::vector<int> &a, const std::vector<int> &b)
{
    const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
    const int max = n + m;
    const int offset = max + 1;
    std::vector<int> v(static_cast<std::size_t>(2 * max + 3), 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            const auto at = [&](int kk) -> int & { return v[static_cast<std::size_t>(kk + offset)]; };
            int x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
            int y = x - k;
            while (x < n && y < m && a[static_cast<std::size_t>(x)] == b[static_cast<std::size_t>(y)]) {
                ++x;
                ++y;
            }
            at(k) = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    std::vector<Edit> script;
    int x = n, y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &prev = trace[static_cast<std::size_t>(d)];
        const auto at = [&](int kk) { return prev[static_cast<std::size_t>(kk + offset)]; };
        const int k = x - y;
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            script.push_back(Edit::Keep);
            --x;
            --y;
        }
        script.push_back(down ? Edit::Insert : Edit::Delete);
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        script.push_back(Edit::Keep);
        --x;
        --y;
    }
    std::reverse(script.begin(), script.end());
    return script;
}

// A script entry with its line indices (0-based; -1 where absent).
struct Entry {
    Edit edit;
    int a;
    int b;
};

// How many lines of one text come before entry `at`.
int linesBefore(const std::vector<Entry> &entries, std::size_t at, int Entry::*side)
{
    for (std::size_t k = at; k-- > 0;)
        if (entries[k].*side >= 0)
            return entries[k].*side + 1;
    return 0;
}

std::string range(int start, int count)
{
    if (count == 1)
        return std::to_string(start);
    return std::to_string(start) + ',' + std::to_string(count);
}

} // namespace

UnifiedDiff diffLines(std::string_view oldText, std::string_view newText, int context)
{
    UnifiedDiff out;
    if (oldText == newText)
        return out;
    context = std::max(context, 0);
    const Lines a = splitLines(oldText), b = splitLines(newText);

    // Lines become ids so that the search compares integers. A last line
    // without a line break differs from the same text with one: it gets the
    // negative id -1-id.
    std::unordered_map<std::string_view, int> ids;
    auto idsOf = [&ids](const Lines &lines) {
        std::vector<int> out2;
        out2.reserve(lines.text.size());
        for (std::size_t i = 0; i < lines.text.size(); ++i) {
            const int id = ids.emplace(lines.text[i], static_cast<int>(ids.size())).first->second;
            out2.push_back(i + 1 == lines.text.size() && !lines.finalNewline ? -1 - id : id);
        }
        return out2;
    };
    const std::vector<int> ia = idsOf(a), ib = idsOf(b);

    // The common head and tail need no search.
    std::size_t head = 0;
    while (head < ia.size() && head < ib.size() && ia[head] == ib[head])
        ++head;
    std::size_t tail = 0;
    while (tail < ia.size() - head && tail < ib.size() - head && ia[ia.size() - 1 - tail] == ib[ib.size() - 1 - tail])
        ++tail;
    const std::vector<int> ma(ia.begin() + static_cast<std::ptrdiff_t>(head), ia.end() - static_cast<std::ptrdiff_t>(tail));
    const std::vector<int> mb(ib.begin() + static_cast<std::ptrdiff_t>(head), ib.end() - static_cast<std::ptrdiff_t>(tail));
    std::vector<Edit> script(head, Edit::Keep);
    const std::vector<Edit> middle = shortestEditScript(ma, mb);
    script.insert(script.end(), middle.begin(), middle.end());
    script.insert(script.end(), tail, Edit::Keep);

    std::vector<Entry> entries;
    entries.reserve(script.size());
    int ai = 0, bi = 0;
    for (Edit e : script) {
        entries.push_back({e, e == Edit::Insert ? -1 : ai, e == Edit::Delete ? -1 : bi});
        if (e != Edit::Insert)
            ++ai;
        if (e != Edit::Delete)
            ++bi;
    }

    const std::size_t n = entries.size();
    const auto ctx = static_cast<std::size_t>(context);
    std::size_t i = 0;
    while (i < n) {
        while (i < n && entries[i].edit == Edit::Keep)
            ++i;
        if (i == n)
            break;
        const std::size_t start = i >= ctx ? i - ctx : 0;
        std::size_t end = i;
        for (;;) {
            while (end < n && entries[end].edit != Edit::Keep)
                ++end;
            std::size_t same = end;
            while (same < n && entries[same].edit == Edit::Keep)
                ++same;
            if (same < n && same - end <= 2 * ctx) {
                end = same;
                continue;
            }
            break;
        }
        const std::size_t stop = std::min(n, end + ctx);

        DiffHunk hunk;
        for (std::size_t k = start; k < stop; ++k) {
            const Entry &e = entries[k];
            DiffLine line;
            line.tag = static_cast<char>(e.edit);
            if (e.a >= 0) {
                line.text = std::string(a.text[static_cast<std::size_t>(e.a)]);
                line.oldLine = e.a + 1;
                line.noNewline = !a.finalNewline && static_cast<std::size_t>(e.a) + 1 == a.text.size();
                ++hunk.oldCount;
            } else {
                line.text = std::string(b.text[static_cast<std::size_t>(e.b)]);
                line.noNewline = !b.finalNewline && static_cast<std::size_t>(e.b) + 1 == b.text.size();
            }
            if (e.b >= 0) {
                line.newLine = e.b + 1;
                ++hunk.newCount;
            }
            hunk.lines.push_back(std::move(line));
        }
        // Each text's lines before the hunk: the index of its first line here.
        const int oldBefore = entries[start].a >= 0 ? entries[start].a : linesBefore(entries, start, &Entry::a);
        const int newBefore = entries[start].b >= 0 ? entries[start].b : linesBefore(entries, start, &Entry::b);
        hunk.oldStart = hunk.oldCount ? oldBefore + 1 : oldBefore;
        hunk.newStart = hunk.newCount ? newBefore + 1 : newBefore;
        out.hunks.push_back(std::move(hunk));
        i = stop;
    }
    return out;
}

std::string formatUnified(const UnifiedDiff &diff, std::string_view oldName, std::string_view newName)
{
    if (diff.empty())
        return {};
    std::string out;
    out += "--- ";
    out += oldName;
    out += "\n+++ ";
    out += newName;
    out += '\n';
    for (const DiffHunk &h : diff.hunks) {
        out += "@@ -" + range(h.oldStart, h.oldCount) + " +" + range(h.newStart, h.newCount) + " @@\n";
        for (const DiffLine &l : h.lines) {
            out.push_back(l.tag);
            out += l.text;
            out.push_back('\n');
            if (l.noNewline)
                out += "\\ No newline at end of file\n";
        }
    }
    return out;
}

} // namespace oci
