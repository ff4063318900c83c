#include "json.h"

#include <charconv>
#include <cstring>

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

class Parser
{
public:
    Parser(std::string_view text, const ParseOptions &options, ParseError &error)
        : m_begin(text.data())
        , m_p(text.data())
        , m_end(text.data() + text.size())
        , m_options(options)
        , m_error(error)
    {
    }

    bool parseDocument(Value &out)
    {
        out = Value(); // every value below is then filled in place, fresh
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
            m_p += 3;
        skipWs();
        if (m_p == m_end)
            return fail("unexpected end of JSON input");
        if (!parseValue(out, 0))
            return false;
        skipWs();
        if (m_p != m_end)
            return fail(std::string("invalid character ") + describe(*m_p) + " after top-level value");
        return true;
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
    bool failAtEnd(const char *context)
    {
        return fail(std::string("invalid character ' ' ") + context);
    }

    bool fail(std::string message)
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

    void skipWs()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    std::uint32_t here() const { return static_cast<std::uint32_t>(m_p - m_begin); }

    bool parseValue(Value &out, int depth)
    {
        switch (*m_p) {
        case '{':
            return parseObject(out, depth + 1);
        case '[':
            return parseArray(out, depth + 1);
        case '"': {
            out.setType(Type::String);
            out.setOffset(here());
            return parseString(out.text());
        }
        case 't':
            return parseLiteral(out, "true", Type::Bool, true);
        case 'f':
            return parseLiteral(out, "false", Type::Bool, false);
        case 'n':
            return parseLiteral(out, "null", Type::Null, false);
        default:
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
                return parseNumber(out);
            return fail("invalid character " + describe(*m_p) + " looking for beginning of value");
        }
    }

    bool parseLiteral(Value &out, const char *word, Type type, bool b)
    {
        const std::size_t n = std::strlen(word);
        const std::uint32_t at = here();
        for (std::size_t i = 0; i < n; ++i, ++m_p) {
            if (m_p != m_end && *m_p == word[i])
                continue;
            // Only an error needs the words (literals are frequent).
            const std::string context = std::string("in literal ") + word + " (expecting '" + word[i] + "')";
            if (m_p == m_end)
                return failAtEnd(context.c_str());
            return fail("invalid character " + describe(*m_p) + ' ' + context);
        }
        out.setType(type);
        out.setOffset(at);
        if (type == Type::Bool)
            out = Value::makeBool(b), out.setOffset(at);
        return true;
    }

    bool parseNumber(Value &out)
    {
        const char *start = m_p;
        const std::uint32_t at = here();
        if (*m_p == '-')
            ++m_p;
        if (m_p == m_end)
            return failAtEnd("in numeric literal");
        if (*m_p == '0') {
            ++m_p;
        } else if (*m_p >= '1' && *m_p <= '9') {
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        } else {
            return fail("invalid character " + describe(*m_p) + " in numeric literal");
        }
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            if (m_p == m_end || *m_p < '0' || *m_p > '9')
                return m_p == m_end ? failAtEnd("after decimal point in numeric literal")
                                    : fail("invalid character " + describe(*m_p) + " after decimal point in numeric literal");
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p == m_end || *m_p < '0' || *m_p > '9')
                return m_p == m_end ? failAtEnd("in exponent of numeric literal")
                                    : fail("invalid character " + describe(*m_p) + " in exponent of numeric literal");
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        out.setType(Type::Number);
        out.text().assign(start, static_cast<std::size_t>(m_p - start));
        out.setOffset(at);
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
                return fail("invalid character " + describe(*m_p) + " in \\u hexadecimal character escape");
            cp = (cp << 4) | static_cast<std::uint32_t>(h);
        }
        return true;
    }

    // m_p at the opening quote.
    bool parseString(std::string &out)
    {
        ++m_p;
        const char *runStart = m_p;
        for (;;) {
            if (m_p == m_end)
                return fail("unexpected end of JSON input");
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                out.append(runStart, static_cast<std::size_t>(m_p - runStart));
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return fail("invalid character " + describe(*m_p) + " in string literal");
            if (c == '\\') {
                out.append(runStart, static_cast<std::size_t>(m_p - runStart));
                ++m_p;
                if (m_p == m_end)
                    return failAtEnd("in string escape code");
                const char e = *m_p++;
                switch (e) {
                case '"':
                    out.push_back('"');
                    break;
                case '\\':
                    out.push_back('\\');
                    break;
                case '/':
                    out.push_back('/');
                    break;
                case 'b':
                    out.push_back('\b');
                    break;
                case 'f':
                    out.push_back('\f');
                    break;
                case 'n':
                    out.push_back('\n');
                    break;
                case 'r':
                    out.push_back('\r');
                    break;
                case 't':
                    out.push_back('\t');
                    break;
                case 'u': {
                    std::uint32_t cp = 0;
                    if (!readHex4(cp))
                        return false;
                    if (cp >= 0xD800 && cp < 0xDC00) {
                        // A high surrogate pairs only with an immediately
                        // following \u low surrogate; anything else is U+FFFD.
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
                    appendUtf8(out, cp);
                    break;
                }
                default:
                    --m_p;
                    return fail("invalid character " + describe(e) + " in string escape code");
                }
                runStart = m_p;
                continue;
            }
            if (c < 0x80) {
                ++m_p;
                continue;
            }
            const std::size_t n = utf8SequenceLength(reinterpret_cast<const unsigned char *>(m_p),
                                                     reinterpret_cast<const unsigned char *>(m_end));
            if (n == 0) {
                if (m_options.invalidUtf8IsError)
                    return fail("invalid UTF-8 byte " + describe(*m_p) + " in string literal");
                out.append(runStart, static_cast<std::size_t>(m_p - runStart));
                out.append("\xEF\xBF\xBD");
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
            return fail("exceeded max depth of " + std::to_string(m_options.maxDepth) + " nested arrays/objects");
        return true;
    }

    bool parseArray(Value &out, int depth)
    {
        if (!checkDepth(depth))
            return false;
        out.setType(Type::Array);
        out.setOffset(here());
        ++m_p;
        skipWs();
        if (m_p == m_end)
            return fail("unexpected end of JSON input");
        if (*m_p == ']') {
            ++m_p;
            return true;
        }
        const std::size_t base = m_values.size();
        for (;;) {
            skipWs();
            if (m_p == m_end)
                return fail("unexpected end of JSON input");
            Value element;
            if (!parseValue(element, depth))
                return false;
            m_values.push_back(std::move(element));
            skipWs();
            if (m_p == m_end)
                return fail("unexpected end of JSON input");
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == ']') {
                ++m_p;
                out.reserve(m_values.size() - base);
                for (std::size_t i = base; i < m_values.size(); ++i)
                    out.append(std::move(m_values[i]));
                m_values.resize(base);
                return true;
            }
            return fail("invalid character " + describe(*m_p) + " after array element");
        }
    }

    bool parseObject(Value &out, int depth)
    {
        if (!checkDepth(depth))
            return false;
        out.setType(Type::Object);
        out.setOffset(here());
        ++m_p;
        skipWs();
        if (m_p == m_end)
            return fail("unexpected end of JSON input");
        if (*m_p == '}') {
            ++m_p;
            return true;
        }
        const std::size_t base = m_values.size();
        for (;;) {
            skipWs();
            if (m_p == m_end)
                return fail("unexpected end of JSON input");
            if (*m_p != '"')
                return fail("invalid character " + describe(*m_p) + " looking for beginning of object key string");
            std::string key;
            if (!parseString(key))
                return false;
            skipWs();
            if (m_p == m_end)
                return fail("unexpected end of JSON input");
            if (*m_p != ':')
                return fail("invalid character " + describe(*m_p) + " after object key");
            ++m_p;
            skipWs();
            if (m_p == m_end)
                return fail("unexpected end of JSON input");
            Value member;
            if (!parseValue(member, depth))
                return false;
            m_keys.push_back(std::move(key));
            m_values.push_back(std::move(member));
            skipWs();
            if (m_p == m_end)
                return fail("unexpected end of JSON input");
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == '}') {
                ++m_p;
                const std::size_t keyBase = m_keys.size() - (m_values.size() - base);
                out.reserve(m_values.size() - base);
                for (std::size_t i = base, k = keyBase; i < m_values.size(); ++i, ++k)
                    out.insert(std::move(m_keys[k]), std::move(m_values[i]));
                m_values.resize(base);
                m_keys.resize(keyBase);
                return true;
            }
            return fail("invalid character " + describe(*m_p) + " after object key:value pair");
        }
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    const ParseOptions &m_options;
    ParseError &m_error;
    // The elements and members of the open arrays and objects, innermost
    // last: each container gets them moved in once its size is known, one
    // allocation instead of one per doubling.
    std::vector<Value> m_values;
    std::vector<std::string> m_keys;
};

} // namespace

bool parse(std::string_view text, Value &out, ParseError &error, const ParseOptions &options)
{
    if (text.size() > 0xFFFFFFFFu) {
        error.message = "document larger than 4 GiB";
        error.offset = 0;
        error.location = {1, 1};
        return false;
    }
    Parser parser(text, options, error);
    return parser.parseDocument(out);
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
