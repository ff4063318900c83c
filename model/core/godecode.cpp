#include "godecode.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace oci::godecode {

namespace {

// Pointers are spelled from the leaf up, back to front into a stack buffer,
// and appended in one piece: no string grows token by token. Paths too long
// for the buffer (hostile documents) take a measured second pass instead.
constexpr std::size_t kSpellBuffer = 512;

// Whether a token holds a byte RFC 6901 escapes ('~' or '/'): eight bytes
// at a time, since every key of every recorded position passes here.
bool needsEscape(std::string_view token)
{
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highs = 0x8080808080808080ULL;
    const auto hasEither = [](std::uint64_t w) {
        const std::uint64_t tilde = w ^ (ones * '~');
        const std::uint64_t slash = w ^ (ones * '/');
        return ((((tilde - ones) & ~tilde) | ((slash - ones) & ~slash)) & highs) != 0;
    };
    const char *p = token.data();
    const std::size_t n = token.size();
    if (n < 8) {
        for (std::size_t i = 0; i < n; ++i)
            if (p[i] == '~' || p[i] == '/')
                return true;
        return false;
    }
    std::uint64_t w;
    for (std::size_t i = 0; i + 8 <= n; i += 8) {
        std::memcpy(&w, p + i, 8);
        if (hasEither(w))
            return true;
    }
    std::memcpy(&w, p + n - 8, 8); // the last, partly overlapping, eight bytes
    return hasEither(w);
}

// Writes `/token`, RFC 6901 escaped, ending at `end`; returns its start.
char *writeTokenBefore(char *end, std::string_view token)
{
    if (!needsEscape(token)) {
        end -= token.size();
        if (!token.empty())
            std::memcpy(end, token.data(), token.size());
        *--end = '/';
        return end;
    }
    for (std::size_t i = token.size(); i-- > 0;) {
        const char c = token[i];
        if (c == '~' || c == '/') {
            *--end = c == '~' ? '0' : '1';
            *--end = '~';
        } else {
            *--end = c;
        }
    }
    *--end = '/';
    return end;
}

char *writeIndexBefore(char *end, std::size_t index)
{
    do {
        *--end = static_cast<char>('0' + index % 10);
        index /= 10;
    } while (index > 0);
    *--end = '/';
    return end;
}

// The most a token can take: every byte escaped, and the slash.
std::size_t tokenRoom(std::string_view token)
{
    return 2 * token.size() + 1;
}

constexpr std::size_t kIndexRoom = 21; // a slash and 20 digits

// Spells `root` and the chain from the root down to `leaf` (nullptr: the
// root alone): `next(node)` is the node's parent (nullptr at the root),
// `room(node)` the most its token can take and `write(node, end)` writes the
// token before `end`.
template<typename NodeT, typename Next, typename Room, typename Write>
void spellChain(std::string &out, const NodeT *leaf, std::string_view root, Next next, Room room, Write write)
{
    char buffer[kSpellBuffer];
    char *const end = buffer + kSpellBuffer;
    char *w = end;
    for (const NodeT *n = leaf; n; n = next(n)) {
        if (static_cast<std::size_t>(w - buffer) < room(n)) {
            // Too long for the buffer: a heap one as large as every token
            // could need.
            std::size_t size = 0;
            for (const NodeT *m = leaf; m; m = next(m))
                size += room(m);
            std::string text(size, '\0');
            char *const textEnd = text.data() + size;
            char *t = textEnd;
            for (const NodeT *m = leaf; m; m = next(m))
                t = write(m, t);
            out.reserve(out.size() + root.size() + static_cast<std::size_t>(textEnd - t));
            out.append(root);
            out.append(t, static_cast<std::size_t>(textEnd - t));
            return;
        }
        w = write(n, w);
    }
    out.reserve(out.size() + root.size() + static_cast<std::size_t>(end - w));
    out.append(root);
    out.append(w, static_cast<std::size_t>(end - w));
}

} // namespace

// `Target`: field names in place of the keys as written.
template<bool Target>
void Path::spell(std::string &out) const
{
    const Path *root = this;
    while (root->m_kind != Kind::Root)
        root = root->m_parent;
    spellChain(
        out, m_kind == Kind::Root ? nullptr : this, root->m_key,
        [](const Path *p) { return p->m_parent->m_kind == Kind::Root ? nullptr : p->m_parent; },
        [](const Path *p) { return p->m_kind == Kind::Index ? kIndexRoom : tokenRoom(Target ? p->m_field : p->m_key); },
        [](const Path *p, char *end) {
            return p->m_kind == Kind::Index ? writeIndexBefore(end, p->m_index)
                                            : writeTokenBefore(end, Target ? p->m_field : p->m_key);
        });
}

void Path::appendTo(std::string &out) const
{
    spell<false>(out);
}

std::string Path::pointer() const
{
    std::string out;
    spell<false>(out);
    return out;
}

std::string Path::targetPointer() const
{
    std::string out;
    spell<true>(out);
    return out;
}

std::vector<std::vector<AddressMap::Item>> &AddressMap::pool()
{
    thread_local std::vector<std::vector<Item>> tables;
    return tables;
}

AddressMap::~AddressMap()
{
    // A few tables cover the decoders alive at once (host profile, input).
    if (m_table.capacity() > 0 && pool().size() < 4)
        pool().push_back(std::move(m_table));
    detail::giveBack(m_items);
}

void AddressMap::insert(const Item &item) const
{
    for (std::size_t i = slotOf(item.key);; i = (i + 1) & m_mask) {
        Item &slot = m_table[i];
        if (!slot.key) {
            slot = item;
            ++m_count;
            return;
        }
        if (slot.key == item.key) {
            slot.value = item.value;
            return;
        }
    }
}

void AddressMap::indexNew() const
{
    // Every new assignment may be a new address: past three quarters full,
    // the table is made again, half full, from all the assignments in order.
    const std::size_t most = m_count + (m_items.size() - m_indexed);
    if (m_mask == 0 || most * 4 > (m_mask + 1) * 3) {
        std::size_t slots = 16;
        unsigned shift = 60;
        while (slots < 2 * most) {
            slots *= 2;
            --shift;
        }
        if (m_table.size() < slots) {
            auto &tables = pool();
            const auto best = std::max_element(tables.begin(), tables.end(), [](const auto &a, const auto &b) {
                return a.size() < b.size();
            });
            if (best != tables.end() && best->size() >= slots) {
                std::swap(m_table, *best);
                if (best->capacity() == 0)
                    tables.erase(best);
            }
            if (m_table.size() < slots)
                m_table.assign(slots, Item{});
        }
        std::fill_n(m_table.begin(), slots, Item{});
        m_mask = slots - 1;
        m_shift = shift;
        m_count = 0;
        m_indexed = 0;
    }
    for (; m_indexed < m_items.size(); ++m_indexed)
        insert(m_items[m_indexed]);
}

Decoder::Decoder(std::string_view source, std::string file, Diagnostics &diagnostics)
    : m_source(source)
    , m_file(std::move(file))
    , m_diagnostics(diagnostics)
{
}

Decoder::~Decoder()
{
    detail::giveBack(m_nodes);
}

void Decoder::add(Severity severity, const json::Value &v, const Path &path, std::string code, std::string message)
{
    Diagnostic diag;
    diag.severity = severity;
    diag.code = std::move(code);
    diag.message = std::move(message);
    diag.inputPointer = path.pointer();
    diag.file = m_file;
    if (!m_source.empty()) {
        const json::Location loc = locate(v.offset());
        diag.line = loc.line;
        diag.column = loc.column;
        diag.message += " (line " + std::to_string(loc.line) + ", column " + std::to_string(loc.column) + ')';
    }
    if (severity == Severity::Error)
        ++m_errors;
    m_diagnostics.push_back(std::move(diag));
}

void Decoder::dropSliceTails(const Path &path)
{
    const std::string target = path.targetPointer();
    // Keys below `target` start with it followed by '/', but other keys
    // sharing the prefix (`/a.b` after `/a`) may sort in between.
    for (auto it = m_sliceTails.lower_bound(target);
         it != m_sliceTails.end() && it->first.compare(0, target.size(), target) == 0;) {
        if (it->first.size() == target.size() || it->first[target.size()] == '/')
            it = m_sliceTails.erase(it);
        else
            ++it;
    }
}

void Decoder::typeError(const json::Value &v, const Path &path, std::string_view goType)
{
    std::string what = json::typeName(v.type());
    if (v.isNumber())
        what += ' ' + v.text();
    add(Severity::Error, v, path, "decode-type",
        "cannot unmarshal " + what + " into a value of type " + std::string(goType));
}

void Decoder::rangeError(const json::Value &v, const Path &path, std::string_view goType)
{
    add(Severity::Error, v, path, "decode-range",
        "number " + v.text() + " is out of range for type " + std::string(goType));
}

void Decoder::error(const json::Value &v, const Path &path, std::string code, std::string message)
{
    add(Severity::Error, v, path, std::move(code), std::move(message));
}

void Decoder::note(const json::Value &v, const Path &path, std::string code, std::string message, Severity severity)
{
    add(severity, v, path, std::move(code), std::move(message));
}

std::int32_t Decoder::nodeOf(const Path &path)
{
    // A Path lives on the stack while its value decodes; its memo is only
    // valid for this decoder, which is the only one that sees it.
    if (path.m_node >= 0 && static_cast<std::size_t>(path.m_node) < m_nodes.size())
        return path.m_node;
    if (m_nodes.empty())
        detail::takeSpare(m_nodes, 64); // a manifest records a few dozen positions: no regrowth
    Node node{-1, false, {}, 0};
    switch (path.m_kind) {
    case Path::Kind::Root:
        // Most documents are decoded from their own root: nothing to copy.
        if (!path.m_key.empty()) {
            m_prefixes.emplace_back(path.m_key);
            node.key = m_prefixes.back();
        }
        break;
    case Path::Kind::Key:
        node.parent = nodeOf(*path.m_parent);
        node.key = path.m_key;
        break;
    case Path::Kind::Index:
        node.parent = nodeOf(*path.m_parent);
        node.isIndex = true;
        node.index = path.m_index;
        break;
    }
    m_nodes.push_back(node);
    path.m_node = static_cast<std::int32_t>(m_nodes.size() - 1);
    return path.m_node;
}

std::string Decoder::pointerOf(std::int32_t node) const
{
    std::string out;
    appendPointerOf(out, node);
    return out;
}

void Decoder::appendPointerOf(std::string &out, std::int32_t node) const
{
    const Node *n = &m_nodes[static_cast<std::size_t>(node)];
    const Node *root = n;
    while (root->parent >= 0)
        root = &m_nodes[static_cast<std::size_t>(root->parent)];
    spellChain(
        out, n->parent < 0 ? nullptr : n, root->key,
        [this](const Node *x) {
            const Node *parent = &m_nodes[static_cast<std::size_t>(x->parent)];
            return parent->parent < 0 ? nullptr : parent;
        },
        [](const Node *x) { return x->isIndex ? kIndexRoom : tokenRoom(x->key); },
        [](const Node *x, char *end) { return x->isIndex ? writeIndexBefore(end, x->index) : writeTokenBefore(end, x->key); });
}

std::string Decoder::sourceOf(const void *field) const
{
    const std::int32_t *node = m_sourceNodes.find(field);
    return node ? pointerOf(*node) : std::string();
}

std::string Decoder::elementSourceOf(const void *element) const
{
    const std::int32_t *node = m_elementNodes.find(element);
    return node ? pointerOf(*node) : std::string();
}

void Decoder::appendSourceOf(std::string &out, const void *field) const
{
    if (const std::int32_t *node = m_sourceNodes.find(field))
        appendPointerOf(out, *node);
}

void Decoder::appendElementSourceOf(std::string &out, const void *element) const
{
    if (const std::int32_t *node = m_elementNodes.find(element))
        appendPointerOf(out, *node);
}

std::unordered_map<const void *, std::string> Decoder::takeSources()
{
    std::unordered_map<const void *, std::string> out;
    out.reserve(m_sourceNodes.size());
    m_sourceNodes.forEach([&](const void *field, std::int32_t node) { out.emplace(field, pointerOf(node)); });
    m_sourceNodes.clear();
    return out;
}

std::unordered_map<const void *, std::string> Decoder::takeElementSources()
{
    std::unordered_map<const void *, std::string> out;
    out.reserve(m_elementNodes.size());
    m_elementNodes.forEach([&](const void *element, std::int32_t node) { out.emplace(element, pointerOf(node)); });
    m_elementNodes.clear();
    return out;
}

json::Location Decoder::locate(std::size_t offset)
{
    if (m_lineStarts.empty()) {
        m_lineStarts.push_back(0);
        for (std::size_t i = 0; i < m_source.size(); ++i)
            if (m_source[i] == '\n')
                m_lineStarts.push_back(i + 1);
    }
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const auto line = static_cast<std::size_t>(it - m_lineStarts.begin());
    return {static_cast<int>(line), static_cast<int>(offset - m_lineStarts[line - 1] + 1)};
}

void Decoder::finish()
{
    if (m_suppressed == 0)
        return;
    Diagnostic diag;
    diag.severity = Severity::Note;
    diag.code = "more-findings";
    diag.message = std::to_string(m_suppressed) + " more unknown keys are not listed";
    diag.file = m_file;
    m_diagnostics.push_back(std::move(diag));
    m_suppressed = 0;
}

void Decoder::unknownKey(const json::Value &member, const Path &path, std::string_view key,
                         const std::vector<std::string_view> &known)
{
    if (++m_unknownKeys > kMaxFindingsPerKind) {
        ++m_suppressed;
        return;
    }
    std::string message = "unknown key \"" + std::string(key) + "\" is ignored by Docker";
    const std::string_view guess = didYouMean(key, known);
    if (!guess.empty())
        message += "; did you mean \"" + std::string(guess) + "\"?";
    add(Severity::Warning, member, path, "unknown-key", std::move(message));
}

namespace {

bool parseUnsignedDigits(std::string_view s, std::uint64_t &out)
{
    if (s.empty())
        return false;
    std::uint64_t v = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (v > (std::numeric_limits<std::uint64_t>::max() - digit) / 10)
            return false;
        v = v * 10 + digit;
    }
    out = v;
    return true;
}

} // namespace

bool parseInt(std::string_view literal, int bits, std::int64_t &out)
{
    bool negative = false;
    if (!literal.empty() && literal[0] == '-') {
        negative = true;
        literal.remove_prefix(1);
    }
    std::uint64_t magnitude = 0;
    if (!parseUnsignedDigits(literal, magnitude))
        return false;
    const std::uint64_t limit = std::uint64_t(1) << (bits - 1);
    if (negative) {
        if (magnitude > limit)
            return false;
        out = magnitude == limit ? std::numeric_limits<std::int64_t>::min() >> (64 - bits)
                                 : -static_cast<std::int64_t>(magnitude);
        return true;
    }
    if (magnitude >= limit)
        return false;
    out = static_cast<std::int64_t>(magnitude);
    return true;
}

bool parseUint(std::string_view literal, int bits, std::uint64_t &out)
{
    std::uint64_t v = 0;
    if (!parseUnsignedDigits(literal, v))
        return false;
    if (bits < 64 && v >= (std::uint64_t(1) << bits))
        return false;
    out = v;
    return true;
}

namespace {

// Go reports a float literal or a negative number given to an unsigned field
// as a type error ("number -1"), and a too-large integer as a range error.
bool looksIntegral(std::string_view s)
{
    return s.find_first_of(".eE") == std::string_view::npos;
}

// Both return whether they stored a value (`null` and errors leave `out`).
template<typename T>
bool decodeSigned(Decoder &d, const json::Value &v, const Path &path, T &out, int bits, std::string_view goType)
{
    if (v.isNull())
        return false;
    if (!v.isNumber()) {
        d.typeError(v, path, goType);
        return false;
    }
    std::int64_t value = 0;
    if (!parseInt(v.text(), bits, value)) {
        if (looksIntegral(v.text()))
            d.rangeError(v, path, goType);
        else
            d.typeError(v, path, goType);
        return false;
    }
    out = static_cast<T>(value);
    return true;
}

template<typename T>
bool decodeUnsigned(Decoder &d, const json::Value &v, const Path &path, T &out, int bits, std::string_view goType)
{
    if (v.isNull())
        return false;
    if (!v.isNumber()) {
        d.typeError(v, path, goType);
        return false;
    }
    std::uint64_t value = 0;
    if (!parseUint(v.text(), bits, value)) {
        if (looksIntegral(v.text()) && v.text()[0] != '-')
            d.rangeError(v, path, goType);
        else
            d.typeError(v, path, goType);
        return false;
    }
    out = static_cast<T>(value);
    return true;
}

} // namespace

void decode(Decoder &d, const json::Value &v, const Path &path, std::string &out)
{
    if (v.isNull())
        return;
    if (!v.isString()) {
        d.typeError(v, path, "string");
        return;
    }
    out = v.text();
    d.record(&out, path);
}

void decode(Decoder &d, const json::Value &v, const Path &path, bool &out)
{
    if (v.isNull())
        return;
    if (!v.isBool()) {
        d.typeError(v, path, "bool");
        return;
    }
    out = v.boolean();
    d.record(&out, path);
}

void decode(Decoder &d, const json::Value &v, const Path &path, std::int64_t &out)
{
    if (decodeSigned(d, v, path, out, 64, "int64"))
        d.record(&out, path);
}

void decode(Decoder &d, const json::Value &v, const Path &path, std::int32_t &out)
{
    if (decodeSigned(d, v, path, out, 32, "int32"))
        d.record(&out, path);
}

void decode(Decoder &d, const json::Value &v, const Path &path, std::uint64_t &out)
{
    if (decodeUnsigned(d, v, path, out, 64, "uint64"))
        d.record(&out, path);
}

void decode(Decoder &d, const json::Value &v, const Path &path, std::uint32_t &out)
{
    if (decodeUnsigned(d, v, path, out, 32, "uint32"))
        d.record(&out, path);
}

void decode(Decoder &d, const json::Value &v, const Path &path, std::uint16_t &out)
{
    if (decodeUnsigned(d, v, path, out, 16, "uint16"))
        d.record(&out, path);
}

void decode(Decoder &d, const json::Value &v, const Path &path, double &out)
{
    if (v.isNull())
        return;
    if (!v.isNumber()) {
        d.typeError(v, path, "float64");
        return;
    }
    errno = 0;
    char *end = nullptr;
    const double value = std::strtod(v.text().c_str(), &end);
    if (errno == ERANGE && std::isinf(value)) {
        d.rangeError(v, path, "float64");
        return;
    }
    out = value;
    d.record(&out, path);
}

namespace {

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; };
            const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

} // namespace

std::string_view didYouMean(std::string_view key, const std::vector<std::string_view> &known)
{
    std::string_view best;
    std::size_t bestDistance = key.size() <= 4 ? 1 : 2;
    for (auto candidate : known) {
        const std::size_t dist = editDistance(key, candidate);
        if (dist <= bestDistance && (best.empty() || dist < editDistance(key, best)))
            best = candidate;
    }
    return best;
}

} // namespace oci::godecode
