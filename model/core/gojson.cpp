#include "gojson.h"

#include "json.h"

#include <algorithm>
#include <array>
#include <charconv>

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

// ASCII bytes that go out as they are (the common case, one look-up each).
constexpr auto kPlainAscii = [] {
    std::array<bool, 128> plain{};
    for (int c = 0x20; c < 0x80; ++c)
        plain[static_cast<std::size_t>(c)] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&';
    return plain;
}();
// The same over all bytes: false for everything from 0x80 (UTF-8 is checked
// on the slow path).
constexpr auto kPlainByte = [] {
    std::array<bool, 256> plain{};
    for (std::size_t c = 0; c < 128; ++c)
        plain[c] = kPlainAscii[c];
    return plain;
}();
} // namespace

void appendString(std::string &out, std::string_view s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const auto *end = p + s.size();
    // Spec strings almost never need escaping: find out with one tight scan
    // (four bytes a step) and append them whole.
    const auto *q = p;
    while (end - q >= 4 && kPlainByte[q[0]] && kPlainByte[q[1]] && kPlainByte[q[2]] && kPlainByte[q[3]])
        q += 4;
    while (q < end && kPlainByte[*q])
        ++q;
    out.reserve(out.size() + s.size() + 2);
    out.push_back('"');
    if (q == end) {
        out.append(s);
        out.push_back('"');
        return;
    }
    const auto *run = p;
    p = q; // everything before q goes out as it is
    auto flush = [&](const unsigned char *upto) {
        out.append(reinterpret_cast<const char *>(run), static_cast<std::size_t>(upto - run));
    };
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            if (kPlainAscii[c]) {
                ++p;
                continue;
            }
            flush(p);
            switch (c) {
            case '"':
                out.append("\\\"");
                break;
            case '\\':
                out.append("\\\\");
                break;
            // Docker 29.7.2 is built with Go 1.26: since Go 1.22 \b and \f
            // have short escapes too.
            case '\b':
                out.append("\\b");
                break;
            case '\f':
                out.append("\\f");
                break;
            case '\n':
                out.append("\\n");
                break;
            case '\r':
                out.append("\\r");
                break;
            case '\t':
                out.append("\\t");
                break;
            default:
                out.append("\\u00");
                out.push_back(kHex[c >> 4]);
                out.push_back(kHex[c & 0xF]);
            }
            ++p;
            run = p;
            continue;
        }
        const std::size_t n = validUtf8Length(p, end);
        if (n == 0) {
            flush(p);
            out.append("\\ufffd");
            ++p;
            run = p;
            continue;
        }
        if (n == 3 && c == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
            flush(p);
            out.append(p[2] == 0xA8 ? "\\u2028" : "\\u2029");
            p += 3;
            run = p;
            continue;
        }
        p += n;
    }
    flush(p);
    out.push_back('"');
}

void appendInt(std::string &out, std::int64_t v)
{
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

void appendUint(std::string &out, std::uint64_t v)
{
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

std::string indent(std::string_view src)
{
    std::string out;
    out.reserve(src.size() * 2);
    int depth = 0;
    bool needIndent = false; // an opening bracket was just written
    auto newline = [&](int d) {
        out.push_back('\n');
        out.append(static_cast<std::size_t>(d) * 2, ' ');
    };
    for (std::size_t i = 0; i < src.size(); ++i) {
        const char c = src[i];
        if (c == '"') {
            if (needIndent) {
                newline(depth);
                needIndent = false;
            }
            // Copy the string literal verbatim, honouring escapes.
            const std::size_t end = endOfString(src, i);
            out.append(src.substr(i, end - i));
            i = end - 1;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (needIndent && c != ']' && c != '}') {
            newline(depth);
            needIndent = false;
        }
        switch (c) {
        case '{':
        case '[':
            out.push_back(c);
            ++depth;
            needIndent = true;
            break;
        case ',':
            out.push_back(c);
            newline(depth);
            break;
        case ':':
            out.append(": ");
            break;
        case '}':
        case ']':
            --depth;
            if (needIndent) {
                needIndent = false; // empty: stays [] / {}
            } else {
                newline(depth);
            }
            out.push_back(c);
            break;
        default:
            out.push_back(c);
        }
    }
    return out;
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

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
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
        out.push_back('\n');
        out.append(static_cast<std::size_t>(depth) * 2, ' ');
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
