#pragma once

// A JSON document model that keeps what Go's encoding/json needs to be
// emulated faithfully: object members in document order *with* duplicates,
// numbers as their literal text (so each field converts with its own range
// rules), and the byte offset of every value (line/column on demand).

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace oci::json {

enum class Type : std::uint8_t { Null, Bool, Number, String, Array, Object };

namespace detail {
class Parser;
}

const char *typeName(Type type);

class Value
{
public:
    Value() = default;
    explicit Value(Type type, std::uint32_t offset = 0)
        : m_type(type)
        , m_offset(offset)
    {
    }

    static Value makeString(std::string s)
    {
        Value v(Type::String);
        v.m_text = std::move(s);
        return v;
    }
    static Value makeBool(bool b)
    {
        Value v(Type::Bool);
        v.m_bool = b;
        return v;
    }
    static Value makeNumber(std::string literal)
    {
        Value v(Type::Number);
        v.m_text = std::move(literal);
        return v;
    }

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    // Byte offset of the value's first character in the parsed text.
    std::uint32_t offset() const { return m_offset; }

    bool boolean() const { return m_bool; }
    // String contents (decoded), or a number's literal text.
    const std::string &text() const { return m_text; }
    std::string &text() { return m_text; }

    // Arrays and objects: their elements / member values, in document order.
    std::size_t size() const { return m_items.size(); }
    const Value &at(std::size_t i) const { return m_items[i]; }
    Value &at(std::size_t i) { return m_items[i]; }
    const std::vector<Value> &items() const { return m_items; }
    std::vector<Value> &items() { return m_items; }

    // Objects: member keys, parallel to items(). Duplicates are kept.
    const std::string &key(std::size_t i) const { return m_keys[i]; }
    const std::vector<std::string> &keys() const { return m_keys; }

    void append(Value v) { m_items.push_back(std::move(v)); }
    void insert(std::string key, Value v)
    {
        m_keys.push_back(std::move(key));
        m_items.push_back(std::move(v));
    }
    void reserve(std::size_t n)
    {
        m_items.reserve(n);
        if (m_type == Type::Object)
            m_keys.reserve(n);
    }
    void erase(std::size_t i)
    {
        m_items.erase(m_items.begin() + static_cast<std::ptrdiff_t>(i));
        if (m_type == Type::Object)
            m_keys.erase(m_keys.begin() + static_cast<std::ptrdiff_t>(i));
    }

    // Objects: the value of the *last* member whose key equals `key` exactly
    // (JSON Pointer semantics on a document with duplicates), or nullptr.
    const Value *find(std::string_view key) const;
    Value *find(std::string_view key);
    // Objects: the last member matching `key` case-insensitively (ASCII),
    // exact matches preferred, as Go matches struct fields.
    const Value *findFold(std::string_view key) const;

    void setOffset(std::uint32_t offset) { m_offset = offset; }
    // Changes the type tag only: lets a parser fill a fresh (null) value in
    // place instead of assigning it a temporary.
    void setType(Type type) { m_type = type; }

    // Structural equality (object members compared in order).
    bool operator==(const Value &other) const;

private:
    // The parser fills values in place and gives containers their members
    // in one exactly-sized move, which the public setters cannot express.
    friend class detail::Parser;

    Type m_type = Type::Null;
    bool m_bool = false;
    std::uint32_t m_offset = 0;
    std::string m_text;
    std::vector<Value> m_items;
    std::vector<std::string> m_keys;
};

struct Location {
    int line = 0; // 1-based
    int column = 0; // 1-based, in bytes
};

// Line and column of a byte offset in `text`.
Location locate(std::string_view text, std::size_t offset);

struct ParseError {
    std::string message;
    std::size_t offset = 0;
    Location location;
};

struct ParseOptions {
    // Nesting deeper than this is refused with a located error instead of
    // exhausting the stack on hostile input.
    int maxDepth = 1000;
    // Go's decoder turns invalid UTF-8 in strings into U+FFFD; a document
    // loader that wants to tell the user refuses it with a located error.
    bool invalidUtf8IsError = false;
};

// Parses RFC 8259 JSON. A leading UTF-8 BOM is skipped. Invalid UTF-8 in
// strings becomes U+FFFD (as Go decodes it). Returns false and fills `error`
// on malformed input.
bool parse(std::string_view text, Value &out, ParseError &error, const ParseOptions &options = {});

// JSON Pointer (RFC 6901) helpers.
std::string escapePointerToken(std::string_view token);
void appendPointerToken(std::string &pointer, std::string_view token);
void appendPointerIndex(std::string &pointer, std::size_t index);
// Resolves a pointer on a document; nullptr when it names nothing.
const Value *resolvePointer(const Value &root, std::string_view pointer);

// True when a and b are equal as Go matches JSON keys to struct fields:
// ignoring ASCII case, with U+017F (ſ) equal to s and U+212A (Kelvin sign)
// equal to k. Other non-ASCII letters must match exactly (field names are
// ASCII, so this is exact whenever one side is a field name).
bool equalFold(std::string_view a, std::string_view b);

} // namespace oci::json
