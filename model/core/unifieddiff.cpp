#include "unifieddiff.h"

#include <algorithm>
#include <bit>
#include <cstdint>
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

// Myers' linear-space algorithm, for texts too large for BitLcs's table:
// the middle snake of an optimal path splits the problem in two,
// recursively. O((N+M)·D) time and O(N+M) memory.
class Myers
{
public:
    Myers(const std::vector<int> &a, const std::vector<int> &b)
        : m_a(a)
        , m_b(b)
        , m_forward(2 * (a.size() + b.size()) + 3)
        , m_backward(2 * (a.size() + b.size()) + 3)
    {
    }

    std::vector<Edit> run()
    {
        compare(0, static_cast<int>(m_a.size()), 0, static_cast<int>(m_b.size()));
        return std::move(m_script);
    }

private:
    struct Snake {
        int x0, y0, x1, y1;
    };

    void compare(int aLo, int aHi, int bLo, int bHi)
    {
        while (aLo < aHi && bLo < bHi && m_a[idx(aLo)] == m_b[idx(bLo)]) {
            m_script.push_back(Edit::Keep);
            ++aLo;
            ++bLo;
        }
        int tail = 0;
        while (aLo < aHi && bLo < bHi && m_a[idx(aHi - 1)] == m_b[idx(bHi - 1)]) {
            --aHi;
            --bHi;
            ++tail;
        }
        if (aLo == aHi) {
            m_script.insert(m_script.end(), static_cast<std::size_t>(bHi - bLo), Edit::Insert);
        } else if (bLo == bHi) {
            m_script.insert(m_script.end(), static_cast<std::size_t>(aHi - aLo), Edit::Delete);
        } else {
            const Snake s = middleSnake(aLo, aHi, bLo, bHi);
            compare(aLo, aLo + s.x0, bLo, bLo + s.y0);
            m_script.insert(m_script.end(), static_cast<std::size_t>(s.x1 - s.x0), Edit::Keep);
            compare(aLo + s.x1, aHi, bLo + s.y1, bHi);
        }
        m_script.insert(m_script.end(), static_cast<std::size_t>(tail), Edit::Keep);
    }

    // Both sides non-empty and differing at both ends, so D >= 2.
    Snake middleSnake(int aLo, int aHi, int bLo, int bHi)
    {
        const int n = aHi - aLo, m = bHi - bLo;
        const int delta = n - m;
        const bool odd = (delta & 1) != 0;
        const int offset = n + m + 1;
        auto fw = [&](int k) -> int & { return m_forward[static_cast<std::size_t>(k + offset)]; };
        // The backward search runs on the reversed sequences: bw(k') is how
        // far it got from the ends on its diagonal k' = forward delta - k.
        auto bw = [&](int k) -> int & { return m_backward[static_cast<std::size_t>(k + offset)]; };
        auto a = [&](int x) { return m_a[idx(aLo + x)]; };
        auto b = [&](int y) { return m_b[idx(bLo + y)]; };
        fw(1) = 0;
        bw(1) = 0;
        for (int d = 0; d <= (n + m + 1) / 2; ++d) {
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && fw(k - 1) < fw(k + 1))) ? fw(k + 1) : fw(k - 1) + 1;
                int y = x - k;
                const int x0 = x, y0 = y;
                while (x < n && y < m && a(x) == b(y)) {
                    ++x;
                    ++y;
                }
                fw(k) = x;
                const int kb = delta - k;
                if (odd && kb >= -(d - 1) && kb <= d - 1 && fw(k) + bw(kb) >= n)
                    return {x0, y0, x, y};
            }
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && bw(k - 1) < bw(k + 1))) ? bw(k + 1) : bw(k - 1) + 1;
                int y = x - k;
                const int x0 = x, y0 = y;
                while (x < n && y < m && a(n - 1 - x) == b(m - 1 - y)) {
                    ++x;
                    ++y;
                }
                bw(k) = x;
                const int kf = delta - k;
                if (!odd && kf >= -d && kf <= d && bw(k) + fw(kf) >= n)
                    return {n - x, m - y, n - x0, m - y0};
            }
        }
        return {0, 0, 0, 0}; // not reached: the searches meet by D/2
    }

    static std::size_t idx(int i) { return static_cast<std::size_t>(i); }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    std::vector<int> m_forward;
    std::vector<int> m_backward;
    std::vector<Edit> m_script;
};

// The longest common subsequence by bit-parallel dynamic programming
// (Allison–Dix, Hyyrö): one row per line of `a`, 64 columns of `b` per word,
// each row kept for the walk back. O(N·M/64) time and memory: tens of
// microseconds for spec-sized texts whatever their edit distance, where
// Myers' O((N+M)·D) is slow for a thousand added lines. Used while the rows
// fit in kMaxWords.
class BitLcs
{
public:
    static constexpr std::size_t kMaxWords = std::size_t(1) << 21;

    static bool fits(std::size_t n, std::size_t m) { return n * ((m + 63) / 64) <= kMaxWords; }

    BitLcs(const std::vector<int> &a, const std::vector<int> &b)
        : m_a(a)
        , m_b(b)
        , m_words((b.size() + 63) / 64)
    {
    }

    std::vector<Edit> run()
    {
        const std::size_t n = m_a.size(), m = m_b.size();
        // Match masks of the lines of `a` over the columns of `b`.
        std::unordered_map<int, std::size_t> slot;
        for (int id : m_a)
            slot.emplace(id, slot.size());
        std::vector<std::uint64_t> masks(slot.size() * m_words, 0);
        for (std::size_t j = 0; j < m; ++j)
            if (auto it = slot.find(m_b[j]); it != slot.end())
                masks[it->second * m_words + j / 64] |= std::uint64_t(1) << (j % 64);
        // rows[i]: bit j set when L[i][j+1] == L[i][j] (no LCS gain at column j).
        m_rows.assign((n + 1) * m_words, ~std::uint64_t(0));
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint64_t *pm = masks.data() + slot[m_a[i]] * m_words;
            const std::uint64_t *v = m_rows.data() + (i * m_words);
            std::uint64_t *out = m_rows.data() + ((i + 1) * m_words);
            std::uint64_t carry = 0, borrow = 0;
            for (std::size_t w = 0; w < m_words; ++w) {
                const std::uint64_t u = v[w] & pm[w];
                const std::uint64_t sum = v[w] + u + carry;
                carry = (sum < v[w] || (carry && sum == v[w])) ? 1 : 0;
                const std::uint64_t diff = v[w] - u - borrow;
                borrow = (v[w] < u || (borrow && v[w] == u)) ? 1 : 0;
                out[w] = sum | diff;
            }
        }
        // Walk back from the end on cells that keep the LCS length.
        std::vector<Edit> script;
        std::size_t i = n, j = m;
        std::size_t length = zerosBefore(n, m);
        while (i > 0 || j > 0) {
            if (i == 0) {
                script.push_back(Edit::Insert);
                --j;
            } else if (j == 0) {
                script.push_back(Edit::Delete);
                --i;
            } else if (bit(i, j - 1)) {
                script.push_back(Edit::Insert);
                --j;
            } else if (zerosBefore(i - 1, j) == length) {
                script.push_back(Edit::Delete);
                --i;
            } else {
                script.push_back(Edit::Keep);
                --i;
                --j;
                --length;
            }
        }
        std::reverse(script.begin(), script.end());
        return script;
    }

private:
    bool bit(std::size_t row, std::size_t column) const
    {
        return (m_rows[row * m_words + column / 64] >> (column % 64)) & 1;
    }
    // L[row][column]: the zero bits of the row below the column.
    std::size_t zerosBefore(std::size_t row, std::size_t column) const
    {
        std::size_t ones = 0;
        const std::uint64_t *r = m_rows.data() + (row * m_words);
        for (std::size_t w = 0; w < column / 64; ++w)
            ones += static_cast<std::size_t>(std::popcount(r[w]));
        if (column % 64)
            ones += static_cast<std::size_t>(std::popcount(r[column / 64] & ((std::uint64_t(1) << (column % 64)) - 1)));
        return column - ones;
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    std::size_t m_words;
    std::vector<std::uint64_t> m_rows;
};

// A block of only insertions (or only deletions) between unchanged lines can
// often slide: when the line before it equals its last line, the block can
// start one line earlier and show the same change. Among the positions, the
// one whose first line is least indented, and not a closing bracket, reads
// best for JSON: a whole `{ ... },` element rather than the end of one and
// the start of the next (git's indent heuristic in miniature).
void slideBlocks(std::vector<Edit> &script, const std::vector<int> &ia, const std::vector<int> &ib, const Lines &a,
                 const Lines &b)
{
    auto score = [](std::string_view line) {
        const std::size_t indent = std::min(line.find_first_not_of(' '), line.size());
        const bool closing = indent < line.size() && (line[indent] == '}' || line[indent] == ']');
        return 2 * indent + (closing ? 1 : 0);
    };
    std::size_t ca = 0, cb = 0; // lines of each text before script[i]
    std::size_t i = 0;
    while (i < script.size()) {
        if (script[i] == Edit::Keep) {
            ++i;
            ++ca;
            ++cb;
            continue;
        }
        std::size_t j = i;
        while (j < script.size() && script[j] == script[i])
            ++j;
        const bool pure = (i == 0 || script[i - 1] == Edit::Keep) && (j == script.size() || script[j] == Edit::Keep);
        const Edit kind = script[i];
        if (!pure) {
            while (j < script.size() && script[j] != Edit::Keep)
                ++j;
            for (std::size_t k = i; k < j; ++k) {
                ca += script[k] != Edit::Insert;
                cb += script[k] != Edit::Delete;
            }
            i = j;
            continue;
        }
        const std::vector<int> &ids = kind == Edit::Insert ? ib : ia;
        const Lines &text = kind == Edit::Insert ? b : a;
        const std::size_t start = kind == Edit::Insert ? cb : ca; // the block's first line
        const std::size_t length = j - i;
        std::size_t up = 0;
        while (i > up && script[i - up - 1] == Edit::Keep && start > up
            && ids[start - up - 1] == ids[start + length - 1 - up])
            ++up;
        std::size_t down = 0;
        while (j + down < script.size() && script[j + down] == Edit::Keep && start + length + down < ids.size()
               && ids[start + down] == ids[start + length + down])
            ++down;
        if (up + down > 0) {
            std::size_t best = up; // index among offsets -up..down, as offset + up
            for (std::size_t o = 0; o <= up + down; ++o)
                if (score(text.text[start - up + o]) < score(text.text[start - up + best]))
                    best = o;
            std::fill(script.begin() + static_cast<std::ptrdiff_t>(i - up),
                      script.begin() + static_cast<std::ptrdiff_t>(j + down), Edit::Keep);
            std::fill(script.begin() + static_cast<std::ptrdiff_t>(i - up + best),
                      script.begin() + static_cast<std::ptrdiff_t>(i - up + best + length), kind);
        }
        // Past the region: its keeps and the block.
        ca += down + (kind == Edit::Delete ? length : 0);
        cb += down + (kind == Edit::Insert ? length : 0);
        i = j + down;
    }
}

// Within each run of changes, deletions first: the order `diff -u` shows.
void deletionsFirst(std::vector<Edit> &script)
{
    for (std::size_t i = 0; i < script.size();) {
        if (script[i] == Edit::Keep) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < script.size() && script[j] != Edit::Keep)
            ++j;
        std::stable_partition(script.begin() + static_cast<std::ptrdiff_t>(i),
            script.begin() + static_cast<std::ptrdiff_t>(j), [](Edit e) { return e == Edit::Delete; });
        i = j;
    }
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
    const std::vector<int> ma(
        ia.begin() + static_cast<std::ptrdiff_t>(head), ia.end() - static_cast<std::ptrdiff_t>(tail));
    const std::vector<int> mb(
        ib.begin() + static_cast<std::ptrdiff_t>(head), ib.end() - static_cast<std::ptrdiff_t>(tail));
    std::vector<Edit> script(head, Edit::Keep);
    const std::vector<Edit> middle = BitLcs::fits(ma.size(), mb.size()) ? BitLcs(ma, mb).run() : Myers(ma, mb).run();
    script.insert(script.end(), middle.begin(), middle.end());
    script.insert(script.end(), tail, Edit::Keep);
    slideBlocks(script, ia, ib, a, b);
    deletionsFirst(script);

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
