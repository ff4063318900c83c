#include "json.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#if defined(__GNUC__)
#define OCI_JSON_COLD [[gnu::cold, gnu::noinline]]
#else
#define OCI_JSON_COLD
#endif

namespace oci::json {

const char *typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return "null";
    case Type::Bool:
        return "boolean";
    case Type::Number:
        return "number";
    case Type::String:
        return "string";
    case Type::Array:
        return "array";
    case Type::Object:
        return "object";
    }
    return "?";
}

namespace {

// The next unit of `s` at `i` as Go's foldName sees it: ASCII letters upper-
// cased, and the two non-ASCII runes whose case-fold orbit holds an ASCII
// letter, U+017F (ſ ~ s) and U+212A (Kelvin sign ~ k), folded to it. Other
// non-ASCII bytes compare as themselves (above 0xFF, never equal to ASCII).
std::uint32_t nextFolded(std::string_view s, std::size_t &i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        ++i;
        return (c >= 'a' && c <= 'z') ? c - 32u : c;
    }
    if (c == 0xC5 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF) {
        i += 2;
        return 'S';
    }
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x84
        && static_cast<unsigned char>(s[i + 2]) == 0xAA) {
        i += 3;
        return 'K';
    }
    ++i;
    return 0x100u + c;
}

} // namespace

bool equalFold(std::string_view a, std::string_view b)
{
    std::size_t i = 0;
    std::size_t j = 0;
    // Keys and field names are ASCII nearly always, and most comparisons
    // fail on the first letters: settle ASCII pairs inline; the first
    // non-ASCII byte hands over to the rune-aware loop below.
    while (i < a.size() && j < b.size()) {
        auto x = static_cast<unsigned char>(a[i]);
        auto y = static_cast<unsigned char>(b[j]);
        if ((x | y) >= 0x80)
            break;
        if (x >= 'a' && x <= 'z')
            x -= 32;
        if (y >= 'a' && y <= 'z')
            y -= 32;
        if (x != y)
            return false;
        ++i;
        ++j;
    }
    while (i < a.size() && j < b.size()) {
        if (nextFolded(a, i) != nextFolded(b, j))
            return false;
    }
    return i == a.size() && j == b.size();
}

const Value *Value::find(std::string_view key) const
{
    for (std::size_t i = m_keys.size(); i-- > 0;)
        if (m_keys[i] == key)
            return &m_items[i];
    return nullptr;
}

Value *Value::find(std::string_view key)
{
    return const_cast<Value *>(static_cast<const Value *>(this)->find(key));
}

const Value *Value::findFold(std::string_view key) const
{
    if (const Value *exact = find(key))
        return exact;
    for (std::size_t i = m_keys.size(); i-- > 0;)
        if (equalFold(m_keys[i], key))
            return &m_items[i];
    return nullptr;
}

bool Value::operator==(const Value &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::Number:
    case Type::String:
        return m_text == other.m_text;
    case Type::Array:
        return m_items == other.m_items;
    case Type::Object:
        return m_keys == other.m_keys && m_items == other.m_items;
    }
    return false;
}

Location locate(std::string_view text, std::size_t offset)
{
    Location loc{1, 1};
    if (offset > text.size())
        offset = text.size();
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++loc.line;
            loc.column = 1;
        } else {
            ++loc.column;
        }
    }
    return loc;
}

namespace {

void appendUtf8(std::string &out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// Length of the valid UTF-8 sequence at p (1..4), or 0 when invalid.
std::size_t utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    std::size_t avail = static_cast<std::size_t>(end - p);
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return (avail >= 2 && (p[1] & 0xC0) == 0x80) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (avail < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
            return 0;
        if (c == 0xE0 && p[1] < 0xA0)
            return 0; // overlong
        if (c == 0xED && p[1] >= 0xA0)
            return 0; // surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (avail < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && p[1] < 0x90)
            return 0;
        if (c == 0xF4 && p[1] >= 0x90)
            return 0;
        return 4;
    }
    return 0;
}

// Bytes a string body cannot take over as they are: the quote, the
// backslash, control characters and (to be validated) non-ASCII.
bool isSpecial(unsigned char c)
{
    return c == '"' || c == '\\' || c < 0x20 || c >= 0x80;
}

// The first byte at or after p that a string body cannot take over as is,
// or end. Strings are most of a document's bytes: sixteen at a time where
// SSE2 is there (one signed compare catches both < 0x20 and >= 0x80).
const char *scanPlain(const char *p, const char *end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(0x20);
    while (end - p >= 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)),
                                         _mm_cmplt_epi8(x, space));
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
        if (mask != 0)
            return p + std::countr_zero(mask);
        p += 16;
    }
#endif
    while (p != end && !isSpecial(static_cast<unsigned char>(*p)))
        ++p;
    return p;
}

} // namespace

namespace detail {

class Parser
{
public:
    // A scalar, or where an array or object was built, as parsed: the
    // Value is made once its container closes, right in the container's
    // exactly-sized vector, instead of being made, moved and destroyed.
    struct Slot {
        std::uint32_t offset; // the value's first byte (a string's quote)
        // Numbers: the literal's length. Strings: the body's length.
        // Arrays and objects: their index in Level::built.
        std::uint32_t size;
        Type type;
        // Bools: the value. Strings: the body is the text as is (no
        // escapes, no invalid UTF-8 to replace).
        bool flag;
    };

    // The members of the open array or object at one nesting depth (only
    // one is open per depth); deeper containers use other levels, so a
    // built value stays put while its own members are parsed.
    struct Level {
        std::vector<Slot> items;
        std::vector<Slot> keys;
        std::vector<Value> built;
    };

    Parser(std::string_view text, const ParseOptions &options, ParseError &error, std::vector<Level> &levels)
        : m_begin(text.data())
        , m_p(text.data())
        , m_end(text.data() + text.size())
        , m_options(options)
        , m_error(error)
        , m_levels(levels)
    {
    }

    bool parseDocument(Value &out)
    {
        out = Value(); // every value below is then filled in place, fresh
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
            m_p += 3;
        skipWs();
        if (m_p == m_end)
            return failEnd();
        if (*m_p == '{') {
            if (!parseObject(out, 1))
                return false;
        } else if (*m_p == '[') {
            if (!parseArray(out, 1))
                return false;
        } else {
            Slot slot;
            if (!parseScalar(slot))
                return false;
            fill(out, slot);
        }
        skipWs();
        if (m_p != m_end)
            return failChar(*m_p, "after top-level value");
        return true;
    }

    // Empties the levels for the next parse (a failed one leaves the open
    // containers' members behind). The levels live as long as the thread,
    // so those deeper than documents nest and very wide ones are freed: one
    // hostile or huge document must not pin its memory.
    void release()
    {
        constexpr std::size_t keepLevels = 64;
        constexpr std::size_t keepMembers = 4096;
        const std::size_t used = std::min(m_levels.size(), keepLevels);
        for (std::size_t d = 0; d < used; ++d) {
            Level &level = m_levels[d];
            if (level.items.capacity() > keepMembers) {
                level = Level();
            } else {
                level.items.clear();
                level.keys.clear();
                level.built.clear();
            }
        }
        if (m_levels.size() > keepLevels)
            m_levels.resize(keepLevels);
    }

private:
    // Go's quoteChar: the byte as a Go character literal. Go converts the
    // byte to the rune of the same value, so 0xE9 reads 'é' and 0x85 '\u0085'.
    static std::string describe(char c)
    {
        static const char hex[] = "0123456789abcdef";
        const auto u = static_cast<unsigned char>(c);
        switch (u) {
        case '\'':
            return "'\\''";
        case '"':
            return "'\"'";
        case '\\':
            return "'\\\\'";
        case '\a':
            return "'\\a'";
        case '\b':
            return "'\\b'";
        case '\f':
            return "'\\f'";
        case '\n':
            return "'\\n'";
        case '\r':
            return "'\\r'";
        case '\t':
            return "'\\t'";
        case '\v':
            return "'\\v'";
        default:
            break;
        }
        std::string s = "'";
        if (u < 0x20 || u == 0x7F) {
            s += "\\x";
            s.push_back(hex[u >> 4]);
            s.push_back(hex[u & 15]);
        } else if (u < 0x80) {
            s.push_back(c);
        } else if (u <= 0xA0 || u == 0xAD) {
            // Not printable as runes: C1 controls, no-break space, soft hyphen.
            s += "\\u00";
            s.push_back(hex[u >> 4]);
            s.push_back(hex[u & 15]);
        } else {
            s.push_back(static_cast<char>(0xC0 | (u >> 6)));
            s.push_back(static_cast<char>(0x80 | (u & 0x3F)));
        }
        return s + "'";
    }

    // Go's scanner meets the end of input as if it read a space: where a
    // space is invalid (inside a literal, number or escape) that is the error.
    OCI_JSON_COLD bool failAtEnd(const char *context)
    {
        return fail(std::string("invalid character ' ' ") + context);
    }

    // The error paths stay out of line, so that the parsing functions
    // they are called from stay small and keep their state in registers.
    OCI_JSON_COLD bool failEnd() { return fail("unexpected end of JSON input"); }
    OCI_JSON_COLD bool failChar(char c, const char *context)
    {
        return fail("invalid character " + describe(c) + ' ' + context);
    }

    OCI_JSON_COLD bool failDepth()
    {
        return fail("exceeded max depth of " + std::to_string(m_options.maxDepth) + " nested arrays/objects");
    }
    OCI_JSON_COLD bool failUtf8(char c) { return fail("invalid UTF-8 byte " + describe(c) + " in string literal"); }

    OCI_JSON_COLD bool fail(std::string message)
    {
        return failAt(static_cast<std::size_t>(m_p - m_begin), std::move(message));
    }
    bool failAt(std::size_t offset, std::string message)
    {
        m_error.message = std::move(message);
        m_error.offset = offset;
        m_error.location = locate(std::string_view(m_begin, static_cast<std::size_t>(m_end - m_begin)), offset);
        return false;
    }

    static bool isWs(unsigned char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

    void skipWs()
    {
        // Compact documents have nothing to skip between tokens, and
        // pretty-printed ones mostly a line break and its indentation.
        if (m_p == m_end || static_cast<unsigned char>(*m_p) > ' ')
            return;
#if defined(__SSE2__)
        while (m_end - m_p >= 16) {
            const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_p));
            const __m128i ws = _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))),
                _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\r')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\t'))));
            const auto run = std::countr_one(static_cast<unsigned>(_mm_movemask_epi8(ws)));
            m_p += run;
            if (run < 16)
                return;
        }
#endif
        while (m_p != m_end && isWs(static_cast<unsigned char>(*m_p)))
            ++m_p;
    }

    std::uint32_t here() const { return static_cast<std::uint32_t>(m_p - m_begin); }

    // A string, number or literal at m_p into `slot`.
    bool parseScalar(Slot &slot)
    {
        slot.offset = here();
        slot.size = 0;
        slot.flag = false;
        switch (*m_p) {
        case '"': {
            slot.type = Type::String;
            if (!skipString())
                return false;
            slot.size = static_cast<std::uint32_t>(m_p - m_begin) - slot.offset - 2;
            slot.flag = m_plain;
            return true;
        }
        case 't':
            return parseLiteral(slot, "true", Type::Bool, true);
        case 'f':
            return parseLiteral(slot, "false", Type::Bool, false);
        case 'n':
            return parseLiteral(slot, "null", Type::Null, false);
        case '-':
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7':
        case '8':
        case '9':
            return parseNumber(slot);
        default:
            return failChar(*m_p, "looking for beginning of value");
        }
    }

    // An element or member value at m_p, into the level of its container.
    bool parseElement(std::size_t d, int depth)
    {
        const char c = *m_p;
        if (c == '{' || c == '[') {
            Level &level = m_levels[d];
            Slot &slot = level.items.emplace_back();
            slot.offset = here();
            slot.size = static_cast<std::uint32_t>(level.built.size());
            slot.type = c == '{' ? Type::Object : Type::Array;
            // Not emplace_back(): value-initialising zero-fills the whole
            // value first (rep stos), slower than its members' own inits.
            Value &child = level.built.emplace_back(slot.type, slot.offset);
            return c == '{' ? parseObject(child, depth + 1) : parseArray(child, depth + 1);
        }
        return parseScalar(m_levels[d].items.emplace_back());
    }

    // `text` is empty. Short text fits its own buffer (append is then a
    // copy; assign takes a far longer path); longer text is allocated at
    // its exact size rather than grown.
    static void setText(std::string &text, const char *p, std::size_t n)
    {
        if (n <= text.capacity())
            text.append(p, n);
        else
            text = std::string(p, n);
    }

    // The body of the string whose quote is at `quote`, decoded again: the
    // first pass only validated it.
    void decodeAt(std::uint32_t quote, std::string &out)
    {
        const char *resume = m_p;
        m_p = m_begin + quote;
        parseString(&out);
        m_p = resume;
    }

    // A fresh value made what a scalar slot describes.
    void fill(Value &v, const Slot &slot)
    {
        v.m_type = slot.type;
        v.m_offset = slot.offset;
        switch (slot.type) {
        case Type::Bool:
            v.m_bool = slot.flag;
            break;
        case Type::Number:
            setText(v.m_text, m_begin + slot.offset, slot.size);
            break;
        case Type::String:
            if (slot.flag)
                setText(v.m_text, m_begin + slot.offset + 1, slot.size);
            else
                decodeAt(slot.offset, v.m_text);
            break;
        default:
            break;
        }
    }

    // The closing container at depth level d gets its members.
    void close(Value &out, std::size_t d)
    {
        Level &level = m_levels[d];
        out.m_items.reserve(level.items.size());
        for (const Slot &slot : level.items) {
            if (slot.type == Type::Array || slot.type == Type::Object)
                out.m_items.push_back(std::move(level.built[slot.size]));
            else
                fill(out.m_items.emplace_back(slot.type, slot.offset), slot);
        }
        if (out.m_type == Type::Object) {
            out.m_keys.reserve(level.keys.size());
            for (const Slot &key : level.keys) {
                if (key.flag) {
                    out.m_keys.emplace_back(m_begin + key.offset + 1, key.size);
                } else {
                    decodeAt(key.offset, out.m_keys.emplace_back());
                }
            }
            level.keys.clear();
        }
        level.items.clear();
        level.built.clear();
    }

    template<std::size_t N>
    bool parseLiteral(Slot &slot, const char (&word)[N], Type type, bool b)
    {
        constexpr std::size_t n = N - 1;
        if (static_cast<std::size_t>(m_end - m_p) >= n && std::memcmp(m_p, word, n) == 0) {
            slot.type = type;
            slot.flag = b;
            m_p += n;
            return true;
        }
        // Only an error gets here: find the byte Go's scanner stops at.
        for (std::size_t i = 0; i < n; ++i, ++m_p) {
            if (m_p != m_end && *m_p == word[i])
                continue;
            const std::string context = std::string("in literal ") + word + " (expecting '" + word[i] + "')";
            if (m_p == m_end)
                return failAtEnd(context.c_str());
            return failChar(*m_p, context.c_str());
        }
        return false;
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    bool parseNumber(Slot &slot)
    {
        const char *start = m_p;
        if (*m_p == '-')
            ++m_p;
        if (m_p == m_end)
            return failAtEnd("in numeric literal");
        if (*m_p == '0') {
            ++m_p;
        } else if (*m_p >= '1' && *m_p <= '9') {
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        } else {
            return failChar(*m_p, "in numeric literal");
        }
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return m_p == m_end ? failAtEnd("after decimal point in numeric literal")
                                    : failChar(*m_p, "after decimal point in numeric literal");
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return m_p == m_end ? failAtEnd("in exponent of numeric literal")
                                    : failChar(*m_p, "in exponent of numeric literal");
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        slot.type = Type::Number;
        slot.size = static_cast<std::uint32_t>(m_p - start);
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool readHex4(std::uint32_t &cp)
    {
        cp = 0;
        for (int i = 0; i < 4; ++i, ++m_p) {
            if (m_p == m_end)
                return failAtEnd("in \\u hexadecimal character escape");
            const int h = hexValue(*m_p);
            if (h < 0)
                return failChar(*m_p, "in \\u hexadecimal character escape");
            cp = (cp << 4) | static_cast<std::uint32_t>(h);
        }
        return true;
    }

    // m_p just after the backslash; appends the escaped character to
    // `out` unless it is null.
    static void append(std::string *out, char c)
    {
        if (out)
            out->push_back(c);
    }

    bool parseEscape(std::string *out)
    {
        if (m_p == m_end)
            return failAtEnd("in string escape code");
        const char e = *m_p++;
        switch (e) {
        case '"':
            append(out, '"');
            return true;
        case '\\':
            append(out, '\\');
            return true;
        case '/':
            append(out, '/');
            return true;
        case 'b':
            append(out, '\b');
            return true;
        case 'f':
            append(out, '\f');
            return true;
        case 'n':
            append(out, '\n');
            return true;
        case 'r':
            append(out, '\r');
            return true;
        case 't':
            append(out, '\t');
            return true;
        case 'u':
            break;
        default:
            --m_p;
            return failChar(e, "in string escape code");
        }
        std::uint32_t cp = 0;
        if (!readHex4(cp))
            return false;
        if (cp >= 0xD800 && cp < 0xDC00) {
            // A high surrogate pairs only with an immediately following \u
            // low surrogate; anything else is U+FFFD.
            if (m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
                const char *save = m_p;
                m_p += 2;
                std::uint32_t lo = 0;
                if (!readHex4(lo))
                    return false;
                if (lo >= 0xDC00 && lo < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else {
                    m_p = save;
                    cp = 0xFFFD;
                }
            } else {
                cp = 0xFFFD;
            }
        } else if (cp >= 0xDC00 && cp < 0xE000) {
            cp = 0xFFFD;
        }
        if (out)
            appendUtf8(*out, cp);
        return true;
    }

    // m_p at the opening quote: passes over the string, leaving in m_plain
    // whether its body is its own text. Most strings are plain ASCII; only
    // the others take the full path.
    bool skipString()
    {
        const char *p = scanPlain(m_p + 1, m_end);
        if (p != m_end && *p == '"') {
            m_p = p + 1;
            m_plain = true;
            return true;
        }
        return parseString(nullptr);
    }

    // m_p at the opening quote. Appends the decoded body to `out` unless
    // it is null (plain runs between escapes and invalid bytes whole), and
    // leaves in m_plain whether the body is its own text.
    bool parseString(std::string *out)
    {
        ++m_p;
        m_plain = true;
        const char *runStart = m_p;
        for (;;) {
            m_p = scanPlain(m_p, m_end);
            if (m_p == m_end)
                return failEnd();
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                if (out)
                    out->append(runStart, static_cast<std::size_t>(m_p - runStart));
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return failChar(*m_p, "in string literal");
            if (c == '\\') {
                m_plain = false;
                if (out)
                    out->append(runStart, static_cast<std::size_t>(m_p - runStart));
                ++m_p;
                if (!parseEscape(out))
                    return false;
                runStart = m_p;
                continue;
            }
            const std::size_t n = utf8SequenceLength(reinterpret_cast<const unsigned char *>(m_p),
                                                     reinterpret_cast<const unsigned char *>(m_end));
            if (n == 0) {
                if (m_options.invalidUtf8IsError)
                    return failUtf8(*m_p);
                m_plain = false;
                if (out) {
                    out->append(runStart, static_cast<std::size_t>(m_p - runStart));
                    out->append("\xEF\xBF\xBD");
                }
                ++m_p;
                runStart = m_p;
                continue;
            }
            m_p += n;
        }
    }

    bool checkDepth(int depth)
    {
        if (depth > m_options.maxDepth)
            return failDepth();
        return true;
    }

    // The level for a container's members. Only its slots may be held
    // across the parse of a member: the vector of levels itself may grow.
    std::size_t openLevel(int depth)
    {
        const auto d = static_cast<std::size_t>(depth);
        if (d >= m_levels.size())
            m_levels.resize(d + 1);
        return d;
    }

    bool parseArray(Value &out, int depth)
    {
        if (!checkDepth(depth))
            return false;
        out.m_type = Type::Array;
        out.m_offset = here();
        ++m_p;
        skipWs();
        if (m_p == m_end)
            return failEnd();
        if (*m_p == ']') {
            ++m_p;
            return true;
        }
        const std::size_t d = openLevel(depth);
        for (;;) {
            skipWs();
            if (m_p == m_end)
                return failEnd();
            if (!parseElement(d, depth))
                return false;
            skipWs();
            if (m_p == m_end)
                return failEnd();
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == ']') {
                ++m_p;
                close(out, d);
                return true;
            }
            return failChar(*m_p, "after array element");
        }
    }

    bool parseObject(Value &out, int depth)
    {
        if (!checkDepth(depth))
            return false;
        out.m_type = Type::Object;
        out.m_offset = here();
        ++m_p;
        skipWs();
        if (m_p == m_end)
            return failEnd();
        if (*m_p == '}') {
            ++m_p;
            return true;
        }
        const std::size_t d = openLevel(depth);
        for (;;) {
            skipWs();
            if (m_p == m_end)
                return failEnd();
            if (*m_p != '"')
                return failChar(*m_p, "looking for beginning of object key string");
            // Filled in place: a slot assembled on the stack and copied is
            // read back wider than it was written, a store-forwarding stall.
            Slot &key = m_levels[d].keys.emplace_back();
            key.offset = here();
            key.type = Type::String;
            if (!skipString())
                return false;
            key.size = here() - key.offset - 2;
            key.flag = m_plain;
            skipWs();
            if (m_p == m_end)
                return failEnd();
            if (*m_p != ':')
                return failChar(*m_p, "after object key");
            ++m_p;
            skipWs();
            if (m_p == m_end)
                return failEnd();
            if (!parseElement(d, depth))
                return false;
            skipWs();
            if (m_p == m_end)
                return failEnd();
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == '}') {
                ++m_p;
                close(out, d);
                return true;
            }
            return failChar(*m_p, "after object key:value pair");
        }
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    const ParseOptions &m_options;
    ParseError &m_error;
    std::vector<Level> &m_levels;
    bool m_plain = true; // of the last string parsed
};

} // namespace detail

bool parse(std::string_view text, Value &out, ParseError &error, const ParseOptions &options)
{
    if (text.size() > 0xFFFFFFFFu) {
        error.message = "document larger than 4 GiB";
        error.offset = 0;
        error.location = {1, 1};
        return false;
    }
    // Kept per thread: small documents then parse without growing them.
    thread_local std::vector<detail::Parser::Level> levels;
    detail::Parser parser(text, options, error, levels);
    const bool ok = parser.parseDocument(out);
    parser.release();
    return ok;
}

std::string escapePointerToken(std::string_view token)
{
    std::string out;
    appendPointerToken(out, token);
    return out.substr(1);
}

void appendPointerToken(std::string &pointer, std::string_view token)
{
    // A plain scan: find_first_of with a character set searches the set
    // once per character, and pointers are built for every decoded field.
    bool plain = true;
    for (const char c : token) {
        if (c == '~' || c == '/') {
            plain = false;
            break;
        }
    }
    if (plain) { // the usual case
        const std::size_t size = pointer.size();
        pointer.resize(size + 1 + token.size());
        pointer[size] = '/';
        if (!token.empty())
            std::memcpy(&pointer[size + 1], token.data(), token.size());
        return;
    }
    pointer.push_back('/');
    for (char c : token) {
        if (c == '~')
            pointer.append("~0");
        else if (c == '/')
            pointer.append("~1");
        else
            pointer.push_back(c);
    }
}

void appendPointerIndex(std::string &pointer, std::size_t index)
{
    char buffer[24];
    buffer[0] = '/';
    const auto end = std::to_chars(buffer + 1, buffer + sizeof buffer, index).ptr;
    pointer.append(buffer, static_cast<std::size_t>(end - buffer));
}

const Value *resolvePointer(const Value &root, std::string_view pointer)
{
    const Value *cur = &root;
    std::size_t pos = 0;
    while (pos < pointer.size()) {
        if (pointer[pos] != '/')
            return nullptr;
        ++pos;
        std::size_t next = pointer.find('/', pos);
        if (next == std::string_view::npos)
            next = pointer.size();
        std::string token;
        for (std::size_t i = pos; i < next; ++i) {
            if (pointer[i] != '~') {
                token.push_back(pointer[i]);
                continue;
            }
            // RFC 6901: only ~0 and ~1 are escapes; anything else names nothing.
            if (i + 1 >= next || (pointer[i + 1] != '0' && pointer[i + 1] != '1'))
                return nullptr;
            token.push_back(pointer[i + 1] == '1' ? '/' : '~');
            ++i;
        }
        pos = next;
        if (cur->isObject()) {
            cur = cur->find(token);
        } else if (cur->isArray()) {
            if (token.empty() || token.size() > 9)
                return nullptr;
            std::size_t idx = 0;
            for (char c : token) {
                if (c < '0' || c > '9')
                    return nullptr;
                idx = idx * 10 + static_cast<std::size_t>(c - '0');
            }
            if (idx >= cur->size())
                return nullptr;
            cur = &cur->at(idx);
        } else {
            return nullptr;
        }
        if (!cur)
            return nullptr;
    }
    return cur;
}

} // namespace oci::json
