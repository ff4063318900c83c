#pragma once

// Byte-exact emulation of Go's encoding/json output: string escaping with
// SetEscapeHTML(true) (the default of json.Marshal), and json.Indent as used
// by json.MarshalIndent.

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace oci::json {
class Value;
}

namespace oci::gojson {

// Appends `s` as a Go (≥ 1.22) JSON string literal, quotes included: `"`,
// `\`, control characters (\b \f \n \r \t short, others \u00XX), `<`, `>`,
// `&`, U+2028 and U+2029 escaped; invalid UTF-8 bytes become \ufffd.
void appendString(std::string &out, std::string_view s);

// The most bytes appendString() writes for `n` input bytes: any byte may
// become a six-byte escape (\u00XX, \ufffd), plus the two quotes.
constexpr std::size_t maxStringSize(std::size_t n)
{
    return 6 * n + 2;
}
// appendString() into a buffer with room for maxStringSize(s.size()) bytes,
// for writers that check their capacity once per value; returns the end of
// what it wrote.
char *writeString(char *dst, std::string_view s);
// std::to_chars into a buffer with room for 20 bytes; returns the end.
char *writeInt(char *dst, std::int64_t v);
char *writeUint(char *dst, std::uint64_t v);

// An output buffer written through a pointer: a writer asks for room once
// per value, stores the bytes and commits the end, without std::string's
// per-call bookkeeping. Its memory is a block per thread kept between uses,
// so that encoding a spec again on every edit allocates nothing; a Buffer
// made while another is alive on the same thread, or grown past the block,
// uses memory of its own.
class Buffer
{
public:
    Buffer();
    ~Buffer();
    Buffer(const Buffer &) = delete;
    Buffer &operator=(const Buffer &) = delete;

    // Room for `n` bytes at the returned pointer; commit() the end written.
    char *room(std::size_t n)
    {
        if (static_cast<std::size_t>(m_end - m_pos) < n) [[unlikely]]
            grow(n);
        return m_pos;
    }
    void commit(char *end) { m_pos = end; }

    void byte(char c) { *room(1) = c, ++m_pos; }
    template<std::size_t N>
    void literal(const char (&text)[N])
    {
        char *p = room(N - 1);
        for (std::size_t i = 0; i + 1 < N; ++i)
            p[i] = text[i];
        m_pos += N - 1;
    }
    void append(std::string_view text);
    void string(std::string_view v) { m_pos = writeString(room(maxStringSize(v.size())), v); }
    // A JSON array of strings, with one call rather than one per element.
    void stringArray(std::span<const std::string> strings);
    void integer(std::int64_t v) { m_pos = writeInt(room(20), v); }
    void unsignedInt(std::uint64_t v) { m_pos = writeUint(room(20), v); }
    void boolean(bool v)
    {
        if (v)
            literal("true");
        else
            literal("false");
    }

    std::string_view text() const { return {m_begin, static_cast<std::size_t>(m_pos - m_begin)}; }

private:
    void grow(std::size_t n);

    char *m_begin = nullptr;
    char *m_pos = nullptr;
    char *m_end = nullptr;
    bool m_threadBlock = false; // the thread's block, not m_own
    std::unique_ptr<char[]> m_own;
};

void appendInt(std::string &out, std::int64_t v);
void appendUint(std::string &out, std::uint64_t v);
inline void appendBool(std::string &out, bool v) { out.append(v ? "true" : "false"); }

// json.Indent(dst, src, prefix "", indent "  "): `compact` must be valid
// compact JSON. Empty arrays/objects stay `[]`/`{}`.
std::string indent(std::string_view compact);

// Where a value sits in an indented text: the lines (0-based, inclusive)
// from the line its key or first character is on to the line of its closing
// bracket. Lets an editor map a cursor line to a JSON Pointer and back.
struct LineSpan {
    std::string pointer;
    int firstLine = 0;
    int lastLine = 0;
};

struct PrettyText {
    std::string text; // exactly indent(compact)
    std::vector<LineSpan> spans; // one per value, containers included, in document order
};

// indent() that also records the line span of every value. `compact` must be
// valid JSON (whitespace between tokens is tolerated and dropped).
PrettyText indentWithMap(std::string_view compact);

// The deepest value whose span contains `line`, or nullptr when none does.
const LineSpan *spanAtLine(const std::vector<LineSpan> &spans, int line);
// Its pointer; empty (the root) when no span contains the line.
std::string pointerAtLine(const std::vector<LineSpan> &spans, int line);
// The span of the value at `pointer`, or nullptr.
const LineSpan *findSpan(const std::vector<LineSpan> &spans, std::string_view pointer);

// Writes a generic JSON value the way Go re-encodes a decoded
// interface{}/RawMessage-free value: object members in their stored order.
void appendValue(std::string &out, const json::Value &v);

} // namespace oci::gojson
