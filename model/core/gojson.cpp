#include "gojson.h"

#include "json.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace oci::gojson {

namespace {
constexpr char kHex[] = "0123456789abcdef";

std::size_t validUtf8Length(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    const auto avail = static_cast<std::size_t>(end - p);
    if (c >= 0xC2 && c <= 0xDF)
        return (avail >= 2 && (p[1] & 0xC0) == 0x80) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (avail < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] >= 0xA0))
            return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (avail < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
            return 0;
        if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] >= 0x90))
            return 0;
        return 4;
    }
    return 0;
}

// The end (one past the closing quote) of the string literal starting at
// `begin`, which holds the opening quote; the size of `src` if unterminated.
std::size_t endOfString(std::string_view src, std::size_t begin)
{
    std::size_t j = begin + 1;
    for (;;) {
        const std::size_t q = src.find('"', j);
        if (q == std::string_view::npos)
            return src.size();
        // The quote closes the literal unless an odd run of backslashes
        // escapes it.
        std::size_t backslashes = 0;
        while (q - backslashes > j && src[q - backslashes - 1] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return q + 1;
        j = q + 1;
    }
}

// Bytes that go out as they are: printable ASCII but for `"`, `\` and the
// HTML characters; everything from 0x80 is checked as UTF-8 on the slow path.
constexpr auto kPlainByte = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c)
        plain[static_cast<std::size_t>(c)] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&';
    return plain;
}();

// Eight bytes at a time: non-zero when any of them is not plain (a control
// character, `"`, `\`, `<`, `>`, `&` or a byte from 0x80). Exact for "any",
// which is all the scan needs: a borrow that crosses into the next byte only
// starts at a byte that is flagged already.
constexpr std::uint64_t kOnes = 0x0101010101010101u;
constexpr std::uint64_t kHigh = 0x8080808080808080u;

constexpr std::uint64_t notPlain(std::uint64_t w)
{
    // Below 0x20 or from 0x80.
    const std::uint64_t control = w | (w - kOnes * 0x20);
    // `<`/`>` (0x3C/0x3E) differ only in bit 1 and `"`/`&` (0x22/0x26) only in
    // bit 2, so one zero-byte test covers each pair.
    const std::uint64_t html = (w ^ (kOnes * '<')) & ~(kOnes * 0x02);
    const std::uint64_t quote = (w ^ (kOnes * '"')) & ~(kOnes * 0x04);
    const std::uint64_t backslash = w ^ (kOnes * '\\');
    const std::uint64_t zero = ((html - kOnes) & ~html) | ((quote - kOnes) & ~quote)
                               | ((backslash - kOnes) & ~backslash);
    return (control | zero) & kHigh;
}

// Every byte, at every position among plain ones, agrees with the table.
static_assert([] {
    for (std::uint64_t c = 0; c < 256; ++c)
        for (int shift = 0; shift < 64; shift += 8) {
            const std::uint64_t w = (kOnes * 'a' & ~(std::uint64_t(0xFF) << shift)) | (c << shift);
            if ((notPlain(w) != 0) == kPlainByte[c])
                return false;
        }
    return true;
}());

std::uint64_t load8(const unsigned char *p)
{
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
}

std::uint32_t load4(const unsigned char *p)
{
    std::uint32_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
}

template<typename T>
void store(char *dst, T w)
{
    std::memcpy(dst, &w, sizeof w);
}

#if defined(__SSE2__)
// With SSE2 sixteen bytes are one test. As signed bytes, controls and
// everything from 0x80 are alike below 0x20.
bool plainBlock(__m128i v)
{
    const __m128i control = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
    const __m128i html = _mm_cmpeq_epi8(_mm_or_si128(v, _mm_set1_epi8(0x02)), _mm_set1_epi8('>'));
    const __m128i quote = _mm_cmpeq_epi8(_mm_or_si128(v, _mm_set1_epi8(0x04)), _mm_set1_epi8('&'));
    const __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
    return _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(control, html), _mm_or_si128(quote, backslash))) == 0;
}

bool plainWords(std::uint64_t a, std::uint64_t b)
{
    return plainBlock(_mm_set_epi64x(static_cast<long long>(b), static_cast<long long>(a)));
}

// Copies 16 bytes if they are plain.
bool copyPlain16(char *dst, const unsigned char *p)
{
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    if (!plainBlock(v))
        return false;
    _mm_storeu_si128(reinterpret_cast<__m128i *>(dst), v);
    return true;
}
#else
bool plainWords(std::uint64_t a, std::uint64_t b)
{
    return (notPlain(a) | notPlain(b)) == 0;
}

bool copyPlain16(char *dst, const unsigned char *p)
{
    const std::uint64_t a = load8(p), b = load8(p + 8);
    if (!plainWords(a, b))
        return false;
    store(dst, a);
    store(dst + 8, b);
    return true;
}
#endif

// Copies [p, p + n), n >= 16, to `dst` in 16-byte blocks, the last one
// overlapping, while they are plain; false (and `dst` partly written) at the
// first block that is not.
bool copyPlainLong(char *dst, const unsigned char *p, std::size_t n)
{
    for (std::size_t i = 0; i + 16 < n; i += 16)
        if (!copyPlain16(dst + i, p + i))
            return false;
    return copyPlain16(dst + n - 16, p + n - 16);
}

// The first byte of [p, end) that is not plain ASCII, or `end`.
const unsigned char *plainEnd(const unsigned char *p, const unsigned char *end)
{
    while (end - p >= 8 && notPlain(load8(p)) == 0)
        p += 8;
    while (p < end && kPlainByte[*p])
        ++p;
    return p;
}

// Writes the escaped form of [p, end) (no quotes) from the first byte that
// is not plain: control characters, quotes, HTML characters, U+2028/2029 and
// invalid UTF-8. Out of line, so that the plain path needs no stack frame.
[[gnu::noinline]] char *writeEscaped(char *dst, const unsigned char *p, const unsigned char *end)
{
    auto put = [&](std::string_view text) {
        std::memcpy(dst, text.data(), text.size());
        dst += text.size();
    };
    while (p < end) {
        const unsigned char *run = p;
        p = plainEnd(p, end);
        std::memcpy(dst, run, static_cast<std::size_t>(p - run));
        dst += p - run;
        if (p == end)
            break;
        const unsigned char c = *p;
        if (c < 0x80) {
            switch (c) {
            case '"':
                put("\\\"");
                break;
            case '\\':
                put("\\\\");
                break;
            // Docker 29.7.2 is built with Go 1.26: since Go 1.22 \b and \f
            // have short escapes too.
            case '\b':
                put("\\b");
                break;
            case '\f':
                put("\\f");
                break;
            case '\n':
                put("\\n");
                break;
            case '\r':
                put("\\r");
                break;
            case '\t':
                put("\\t");
                break;
            default:
                put("\\u00");
                *dst++ = kHex[c >> 4];
                *dst++ = kHex[c & 0xF];
            }
            ++p;
            continue;
        }
        const std::size_t n = validUtf8Length(p, end);
        if (n == 0) {
            put("\\ufffd");
            ++p;
        } else if (n == 3 && c == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
            put(p[2] == 0xA8 ? "\\u2028" : "\\u2029");
            p += 3;
        } else {
            std::memcpy(dst, p, n);
            dst += n;
            p += n;
        }
    }
    return dst;
}

} // namespace

namespace {

// writeString(), inlined where lists of strings are written.
[[gnu::always_inline]] inline char *writeStringInline(char *dst, std::string_view s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const std::size_t n = s.size();
    *dst++ = '"';
    // Spec strings almost never need escaping, and most are short: those of
    // 4 to 16 bytes are tested and copied as two overlapping words held in
    // registers, longer ones likewise in 16-byte blocks. What a failed test
    // left in `dst` is overwritten by the escaped text.
    bool plain;
    if (n > 16) {
        plain = copyPlainLong(dst, p, n);
    } else if (n >= 8) {
        const std::uint64_t head = load8(p), tail = load8(p + n - 8);
        plain = plainWords(head, tail);
        if (plain) {
            store(dst, head);
            store(dst + n - 8, tail);
        }
    } else if (n >= 4) {
        const std::uint32_t head = load4(p), tail = load4(p + n - 4);
        const std::uint64_t both = head | std::uint64_t(tail) << 32;
        plain = plainWords(both, both);
        if (plain) {
            store(dst, head);
            store(dst + n - 4, tail);
        }
    } else {
        plain = true;
        for (std::size_t i = 0; i < n; ++i)
            plain &= kPlainByte[p[i]];
        if (plain)
            for (std::size_t i = 0; i < n; ++i)
                dst[i] = static_cast<char>(p[i]);
    }
    if (plain)
        dst += n;
    else
        dst = writeEscaped(dst, p, p + n);
    *dst++ = '"';
    return dst;
}

} // namespace

char *writeString(char *dst, std::string_view s)
{
    return writeStringInline(dst, s);
}

namespace {

// The block Buffers of a thread take turns on. A container spec is 3-6 KB,
// a seccomp profile makes it ~30 KB; stress documents grow past it.
struct ThreadBlock {
    static constexpr std::size_t kSize = 64 * 1024;
    std::unique_ptr<char[]> data;
    bool inUse = false;
};

ThreadBlock &threadBlock()
{
    thread_local ThreadBlock block;
    return block;
}

} // namespace

Buffer::Buffer()
{
    ThreadBlock &block = threadBlock();
    if (!block.inUse) {
        if (!block.data)
            block.data = std::make_unique_for_overwrite<char[]>(ThreadBlock::kSize);
        block.inUse = true;
        m_threadBlock = true;
        m_begin = block.data.get();
        m_end = m_begin + ThreadBlock::kSize;
    } else {
        constexpr std::size_t kOwnSize = 4096;
        m_own = std::make_unique_for_overwrite<char[]>(kOwnSize);
        m_begin = m_own.get();
        m_end = m_begin + kOwnSize;
    }
    m_pos = m_begin;
}

Buffer::~Buffer()
{
    if (m_threadBlock)
        threadBlock().inUse = false;
}

void Buffer::grow(std::size_t n)
{
    const auto used = static_cast<std::size_t>(m_pos - m_begin);
    const std::size_t size = std::max(static_cast<std::size_t>(m_end - m_begin) * 2, used + n);
    auto bigger = std::make_unique_for_overwrite<char[]>(size);
    std::memcpy(bigger.get(), m_begin, used);
    // The thread's block is not grown: it is free again for the next Buffer.
    if (m_threadBlock) {
        threadBlock().inUse = false;
        m_threadBlock = false;
    }
    m_end = bigger.get() + size;
    m_own = std::move(bigger);
    m_begin = m_own.get();
    m_pos = m_begin + used;
}

void Buffer::stringArray(std::span<const std::string> strings)
{
    // One room check for the whole array, every string at its worst, so
    // that the loop keeps its pointer in a register.
    std::size_t worst = 2;
    for (const std::string &s : strings)
        worst += 1 + maxStringSize(s.size());
    char *p = room(worst);
    *p++ = '[';
    bool first = true;
    for (const std::string &s : strings) {
        *p = ',';
        p += first ? 0 : 1;
        first = false;
        p = writeStringInline(p, s);
    }
    *p++ = ']';
    m_pos = p;
}

void Buffer::append(std::string_view text)
{
    if (text.empty())
        return;
    std::memcpy(room(text.size()), text.data(), text.size());
    m_pos += text.size();
}

void appendString(std::string &out, std::string_view s)
{
    const std::size_t used = out.size();
    out.resize(used + maxStringSize(s.size()));
    out.resize(static_cast<std::size_t>(writeString(out.data() + used, s) - out.data()));
}

char *writeInt(char *dst, std::int64_t v)
{
    return std::to_chars(dst, dst + 20, v).ptr;
}

char *writeUint(char *dst, std::uint64_t v)
{
    return std::to_chars(dst, dst + 20, v).ptr;
}

void appendInt(std::string &out, std::int64_t v)
{
    char buf[20];
    out.append(buf, writeInt(buf, v));
}

void appendUint(std::string &out, std::uint64_t v)
{
    char buf[20];
    out.append(buf, writeUint(buf, v));
}

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A newline and the indentation of `depth` levels.
constexpr std::size_t kMaxCopiedDepth = 64;
constexpr auto kNewlineSpaces = [] {
    std::array<char, 1 + 2 * kMaxCopiedDepth> text{};
    text[0] = '\n';
    for (std::size_t i = 1; i < text.size(); ++i)
        text[i] = ' ';
    return text;
}();

char *writeNewline(char *dst, int depth)
{
    const auto width = static_cast<std::size_t>(depth) * 2;
    if (width < kNewlineSpaces.size()) {
        std::memcpy(dst, kNewlineSpaces.data(), 1 + width);
    } else {
        dst[0] = '\n';
        std::memset(dst + 1, ' ', width);
    }
    return dst + 1 + width;
}

void appendNewline(std::string &out, int depth)
{
    char buffer[kNewlineSpaces.size()];
    if (static_cast<std::size_t>(depth) * 2 < kNewlineSpaces.size()) {
        out.append(buffer, writeNewline(buffer, depth));
    } else {
        out.push_back('\n');
        out.append(static_cast<std::size_t>(depth) * 2, ' ');
    }
}

// How indent() treats each byte outside string literals.
enum class Token : unsigned char { Scalar, Space, Quote, Open, Comma, Colon, Close };
constexpr auto kTokens = [] {
    std::array<Token, 256> t{};
    t[' '] = t['\t'] = t['\n'] = t['\r'] = Token::Space;
    t['"'] = Token::Quote;
    t['{'] = t['['] = Token::Open;
    t[','] = Token::Comma;
    t[':'] = Token::Colon;
    t['}'] = t[']'] = Token::Close;
    return t;
}();

Token tokenOf(char c)
{
    return kTokens[static_cast<unsigned char>(c)];
}

} // namespace

std::string indent(std::string_view src)
{
    Buffer out;
    int depth = 0;
    bool needIndent = false; // an opening bracket was just written
    auto newline = [&](int d) { out.commit(writeNewline(out.room(1 + 2 * static_cast<std::size_t>(d)), d)); };
    for (std::size_t i = 0; i < src.size();) {
        const char c = src[i];
        const Token token = tokenOf(c);
        if (token == Token::Space) {
            ++i;
            continue;
        }
        if (needIndent && token != Token::Close) {
            newline(depth);
            needIndent = false;
        }
        switch (token) {
        case Token::Quote: {
            // Copy the string literal verbatim, honouring escapes.
            const std::size_t end = endOfString(src, i);
            out.append(src.substr(i, end - i));
            i = end;
            continue;
        }
        case Token::Scalar: {
            // A number or a literal, copied whole up to the next character
            // with a meaning of its own.
            std::size_t end = i + 1;
            while (end < src.size() && tokenOf(src[end]) == Token::Scalar)
                ++end;
            out.append(src.substr(i, end - i));
            i = end;
            continue;
        }
        case Token::Open:
            out.byte(c);
            ++depth;
            needIndent = true;
            break;
        case Token::Comma:
            out.byte(c);
            newline(depth);
            break;
        case Token::Colon:
            out.literal(": ");
            break;
        case Token::Close:
            --depth;
            if (needIndent)
                needIndent = false; // empty: stays [] / {}
            else
                newline(depth);
            out.byte(c);
            break;
        case Token::Space:
            break;
        }
        ++i;
    }
    return std::string(out.text());
}

namespace {

// A key literal as the text a pointer token is made of.
void appendKeyToken(std::string &pointer, std::string_view literal)
{
    if (literal.find('\\') == std::string_view::npos) {
        json::appendPointerToken(pointer, literal.substr(1, literal.size() >= 2 ? literal.size() - 2 : 0));
        return;
    }
    json::Value key;
    json::ParseError error;
    if (json::parse(literal, key, error) && key.isString())
        json::appendPointerToken(pointer, key.text());
    else
        json::appendPointerToken(pointer, literal);
}

} // namespace

PrettyText indentWithMap(std::string_view src)
{
    PrettyText result;
    std::string &out = result.text;
    out.reserve(src.size() * 2);
    std::vector<LineSpan> &spans = result.spans;
    spans.reserve(src.size() / 12 + 1);

    struct Frame {
        std::size_t span; // index of the container's span
        std::size_t pointerLength; // the container's own pointer
        std::size_t count = 0; // elements seen (arrays)
        bool object = false;
        bool expectKey = false;
    };
    std::vector<Frame> stack;
    std::string pointer;
    int line = 0;
    int depth = 0;
    bool needIndent = false;

    auto newline = [&] {
        appendNewline(out, depth);
        ++line;
    };
    auto flushIndent = [&] {
        if (needIndent) {
            newline();
            needIndent = false;
        }
    };
    // A value starts here: settle its pointer (members got theirs from the key).
    auto beginValue = [&] {
        flushIndent();
        if (!stack.empty() && !stack.back().object) {
            Frame &f = stack.back();
            pointer.resize(f.pointerLength);
            json::appendPointerIndex(pointer, f.count++);
        }
        spans.push_back(LineSpan{pointer, line, line});
    };

    for (std::size_t i = 0; i < src.size();) {
        const char c = src[i];
        if (isSpace(c)) {
            ++i;
            continue;
        }
        switch (c) {
        case '"': {
            const std::size_t end = endOfString(src, i);
            const std::string_view literal = src.substr(i, end - i);
            if (!stack.empty() && stack.back().expectKey) {
                Frame &f = stack.back();
                flushIndent();
                pointer.resize(f.pointerLength);
                appendKeyToken(pointer, literal);
                f.expectKey = false;
                out.append(literal);
            } else {
                beginValue();
                out.append(literal);
            }
            i = end;
            continue;
        }
        case '{':
        case '[': {
            beginValue();
            out.push_back(c);
            ++depth;
            needIndent = true;
            Frame f;
            f.span = spans.size() - 1;
            f.pointerLength = pointer.size();
            f.object = c == '{';
            f.expectKey = f.object;
            stack.push_back(f);
            break;
        }
        case '}':
        case ']':
            --depth;
            if (needIndent)
                needIndent = false; // empty: stays {} / []
            else
                newline();
            out.push_back(c);
            if (!stack.empty()) {
                spans[stack.back().span].lastLine = line;
                pointer.resize(stack.back().pointerLength);
                stack.pop_back();
            }
            break;
        case ',':
            out.push_back(',');
            newline();
            if (!stack.empty() && stack.back().object)
                stack.back().expectKey = true;
            break;
        case ':':
            out.append(": ", 2);
            break;
        default: {
            // A number or a literal: runs up to the next delimiter.
            std::size_t end = i;
            while (end < src.size() && !isSpace(src[end]) && src[end] != ',' && src[end] != ']' && src[end] != '}'
                   && src[end] != ':')
                ++end;
            beginValue();
            out.append(src.substr(i, end - i));
            i = end;
            continue;
        }
        }
        ++i;
    }
    return result;
}

const LineSpan *spanAtLine(const std::vector<LineSpan> &spans, int line)
{
    // Spans are in document order, so first lines never decrease; the last
    // span starting at or before `line` that still contains it is the deepest.
    auto it = std::upper_bound(spans.begin(), spans.end(), line,
                               [](int l, const LineSpan &s) { return l < s.firstLine; });
    while (it != spans.begin()) {
        --it;
        if (it->lastLine >= line)
            return &*it;
    }
    return nullptr;
}

std::string pointerAtLine(const std::vector<LineSpan> &spans, int line)
{
    const LineSpan *span = spanAtLine(spans, line);
    return span ? span->pointer : std::string();
}

const LineSpan *findSpan(const std::vector<LineSpan> &spans, std::string_view pointer)
{
    for (const LineSpan &s : spans)
        if (s.pointer == pointer)
            return &s;
    return nullptr;
}

void appendValue(std::string &out, const json::Value &v)
{
    switch (v.type()) {
    case json::Type::Null:
        out.append("null");
        break;
    case json::Type::Bool:
        appendBool(out, v.boolean());
        break;
    case json::Type::Number:
        out.append(v.text());
        break;
    case json::Type::String:
        appendString(out, v.text());
        break;
    case json::Type::Array:
        out.push_back('[');
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i)
                out.push_back(',');
            appendValue(out, v.at(i));
        }
        out.push_back(']');
        break;
    case json::Type::Object:
        out.push_back('{');
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i)
                out.push_back(',');
            appendString(out, v.key(i));
            out.push_back(':');
            appendValue(out, v.at(i));
        }
        out.push_back('}');
        break;
    }
}

} // namespace oci::gojson
