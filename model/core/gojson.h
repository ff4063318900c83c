#pragma once

// Byte-exact emulation of Go's encoding/json output: string escaping with
// SetEscapeHTML(true) (the default of json.Marshal), and json.Indent as used
// by json.MarshalIndent.

#include <cstdint>
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
