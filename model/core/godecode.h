#pragma once

// Decoding JSON into typed values with Go encoding/json's rules, shared by
// every input type (plugin manifests, Engine API configs, scenarios, host
// profiles, config.json):
//  - object keys match struct fields case-insensitively (exact match first);
//  - members are applied in document order, so a duplicated key is decoded
//    again into the same field: a later scalar replaces, a later object
//    merges field by field, a later array is decoded element-wise into the
//    existing elements (Go reuses the slice) and then truncated; elements a
//    truncation dropped stay in Go's backing array and come back, with their
//    old contents, when a still later array is longer again;
//  - `null` leaves scalars and structs unchanged and clears slices, maps and
//    pointers;
//  - a wrong JSON type or a number out of range for its field is an error
//    (Go's UnmarshalTypeError); decoding goes on to report every such error;
//  - unknown keys are ignored by Go; we report them as diagnostics.
// Every error carries the input file, line/column and the JSON Pointer.

#include "diagnostic.h"
#include "json.h"

#include <array>
#include <deque>
#include <functional>
#include <cstdint>
#include <algorithm>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <typeindex>
#include <unordered_map>
#include <vector>

namespace oci::godecode {

// A position in the input document, as a chain of stack frames so that a
// pointer string is only built when something needs it.
class Path
{
public:
    // The root of a document, or of a sub-document at `prefix` (a pointer).
    explicit Path(std::string_view prefix = {})
        : m_key(prefix)
        , m_kind(Kind::Root)
    {
    }
    Path key(std::string_view k) const { return Path(this, k, k); }
    // A struct member written as `written` that decodes into the field named
    // `field` (they differ in case when Go matched them case-insensitively).
    Path field(std::string_view written, std::string_view field) const { return Path(this, written, field); }
    Path index(std::size_t i) const { return Path(this, i); }
    // The pointer into the input document, keys as written.
    std::string pointer() const;
    void appendTo(std::string &out) const;
    // The decoding target: like pointer() but with field names in place of
    // the keys that matched them, so `Mounts` and `mounts` name one target.
    std::string targetPointer() const;

private:
    enum class Kind : std::uint8_t { Root, Key, Index };
    Path(const Path *parent, std::string_view k, std::string_view field)
        : m_parent(parent)
        , m_key(k)
        , m_field(field)
        , m_kind(Kind::Key)
    {
    }
    Path(const Path *parent, std::size_t i)
        : m_parent(parent)
        , m_index(i)
        , m_kind(Kind::Index)
    {
    }
    template<bool Target>
    void spell(std::string &out) const;
    friend class Decoder;

    const Path *m_parent = nullptr;
    // The decoder's node for this position once something was recorded at
    // it (or below): pointers are only spelled out when someone asks.
    mutable std::int32_t m_node = -1;
    std::string_view m_key;
    std::string_view m_field;
    std::size_t m_index = 0;
    Kind m_kind;
};

namespace detail {

// Vectors that decoders gone from this thread gave back, with their
// memory: a large document's records would otherwise be regrown, moved and
// page-faulted afresh by every build. A few are kept, for the decoders
// alive at once (host profile, input).
template<typename T>
std::vector<std::vector<T>> &spareVectors()
{
    thread_local std::vector<std::vector<T>> spare;
    return spare;
}

// Gives `v` a spare vector's memory, or else room for `least` elements.
template<typename T>
void takeSpare(std::vector<T> &v, std::size_t least)
{
    auto &spare = spareVectors<T>();
    if (!spare.empty()) {
        v = std::move(spare.back());
        spare.pop_back();
        v.clear();
    }
    if (v.capacity() < least)
        v.reserve(least);
}

template<typename T>
void giveBack(std::vector<T> &v)
{
    auto &spare = spareVectors<T>();
    if (v.capacity() > 0 && spare.size() < 4) {
        v.clear();
        spare.push_back(std::move(v));
    }
}

} // namespace detail

// Field address → decoder node. Decoding only assigns and the build only
// looks up afterwards, so assignments go to an append-only list and are
// indexed on the first lookup after them, into an open-addressing table
// (the last assignment of an address winning). No node allocation per record
// as with a node-based map, and no sort: sorting the stress plugin's 9,500
// records was a fifth of its build. The table sized for them is taken from
// a per-thread pool, since a zero-filled array allocated afresh per build
// costs page faults (they doubled the stress plugin's build time).
class AddressMap
{
public:
    AddressMap() = default;
    AddressMap(const AddressMap &) = delete;
    AddressMap &operator=(const AddressMap &) = delete;
    ~AddressMap();

    void assign(const void *key, std::int32_t value)
    {
        if (m_items.capacity() == 0)
            detail::takeSpare(m_items, 64); // a manifest's records fit one block of the malloc cache
        m_items.push_back({key, value});
    }
    const std::int32_t *find(const void *key) const
    {
        index();
        if (m_count == 0)
            return nullptr;
        for (std::size_t i = slotOf(key);; i = (i + 1) & m_mask) {
            const Item &slot = m_table[i];
            if (slot.key == key)
                return &slot.value;
            if (!slot.key)
                return nullptr;
        }
    }
    template<typename F>
    void forEach(F &&f) const
    {
        index();
        for (std::size_t i = 0; m_count > 0 && i <= m_mask; ++i)
            if (m_table[i].key)
                f(m_table[i].key, m_table[i].value);
    }
    std::size_t size() const
    {
        index();
        return m_count;
    }
    void clear()
    {
        m_items.clear();
        m_indexed = 0;
        m_count = 0;
        m_mask = 0;
    }

private:
    struct Item {
        const void *key; // nullptr: an empty slot of the table
        std::int32_t value;
    };
    std::size_t slotOf(const void *key) const
    {
        // Fibonacci hashing: field addresses differ in their low bits.
        return static_cast<std::size_t>((reinterpret_cast<std::uintptr_t>(key) * 0x9E3779B97F4A7C15ULL) >> m_shift);
    }
    void index() const
    {
        if (m_indexed < m_items.size())
            indexNew();
    }
    void indexNew() const;
    void insert(const Item &item) const;
    // Tables given back by maps that are gone, for the next ones.
    static std::vector<std::vector<Item>> &pool();

    std::vector<Item> m_items; // assignments in order
    mutable std::vector<Item> m_table; // pooled: only its first m_mask + 1 slots are in use
    mutable std::size_t m_indexed = 0; // m_items[0, m_indexed) are in the table
    mutable std::size_t m_count = 0; // distinct addresses in the table
    mutable std::size_t m_mask = 0;
    mutable unsigned m_shift = 64;
};

class Decoder
{
public:
    // `source` is the text the values were parsed from (for line/column).
    Decoder(std::string_view source, std::string file, Diagnostics &diagnostics);
    ~Decoder();
    Decoder(const Decoder &) = delete;
    Decoder &operator=(const Decoder &) = delete;

    const std::string &file() const { return m_file; }
    std::string_view source() const { return m_source; }
    Diagnostics &diagnostics() { return m_diagnostics; }
    bool failed() const { return m_errors > 0; }
    // Adds the "N more findings" note, if any were suppressed.
    void finish();

    // Go's UnmarshalTypeError: "cannot unmarshal <json type> into <goType>".
    void typeError(const json::Value &v, const Path &path, std::string_view goType);
    void rangeError(const json::Value &v, const Path &path, std::string_view goType);
    void error(const json::Value &v, const Path &path, std::string code, std::string message);
    void unknownKey(const json::Value &member, const Path &path, std::string_view key,
                    const std::vector<std::string_view> &known);
    void note(const json::Value &v, const Path &path, std::string code, std::string message,
              Severity severity = Severity::Note);

    // Provenance of decoded values: remembers the input position that last
    // set the typed field at `field` (the builder asks for it by address).
    // Recording costs a node index; the pointer text is built on demand.
    void setRecording(bool on) { m_recording = on; }
    void record(const void *field, const Path &path)
    {
        if (m_recording)
            m_sourceNodes.assign(field, nodeOf(path));
    }
    // Array elements and structs are keyed apart from fields: a struct's
    // first field shares its address.
    void recordElement(const void *element, const Path &path)
    {
        if (m_recording)
            m_elementNodes.assign(element, nodeOf(path));
    }
    // The input pointer recorded for a field / an element, or "".
    std::string sourceOf(const void *field) const;
    std::string elementSourceOf(const void *element) const;
    // The same appended to `out`, for a caller that reuses one buffer.
    void appendSourceOf(std::string &out, const void *field) const;
    void appendElementSourceOf(std::string &out, const void *element) const;
    // Hands every recorded pointer over, spelled out.
    std::unordered_map<const void *, std::string> takeSources();
    std::unordered_map<const void *, std::string> takeElementSources();

    // Elements that a shorter duplicate array truncated from the slice at
    // `path` (Go keeps them in the slice's backing array), held by target
    // pointer until a longer array brings them back or the slice is reset.
    bool hasSliceTails() const { return !m_sliceTails.empty(); }
    template<typename T>
    std::vector<T> *sliceTail(const Path &path, bool create);
    // The slice or pointer at `path` was reset: its tails and those of
    // everything below it are gone.
    void dropSliceTails(const Path &path);

private:
    void add(Severity severity, const json::Value &v, const Path &path, std::string code, std::string message);

    struct SliceTail {
        std::type_index type;
        std::shared_ptr<void> elements; // a std::vector<T> of `type`
    };
    std::map<std::string, SliceTail, std::less<>> m_sliceTails;

    json::Location locate(std::size_t offset);

    // Hostile documents can hold thousands of findings: past this many, one
    // note says how many more there were instead of a line each.
    static constexpr int kMaxFindingsPerKind = 100;

    std::string_view m_source;
    std::vector<std::size_t> m_lineStarts; // built on the first located finding
    int m_unknownKeys = 0;
    int m_suppressed = 0;
    std::string m_file;
    Diagnostics &m_diagnostics;
    int m_errors = 0;
    bool m_recording = true;
    // Positions that were recorded, as a tree: each node names its parent.
    // Keys are views of the parsed document's keys (alive while it is);
    // root prefixes are copied because callers pass temporaries.
    struct Node {
        std::int32_t parent;
        bool isIndex;
        std::string_view key;
        std::size_t index;
    };
    std::int32_t nodeOf(const Path &path);
    std::string pointerOf(std::int32_t node) const;
    void appendPointerOf(std::string &out, std::int32_t node) const;
    std::vector<Node> m_nodes;
    std::deque<std::string> m_prefixes;
    AddressMap m_sourceNodes;
    AddressMap m_elementNodes;
};

template<typename T>
std::vector<T> *Decoder::sliceTail(const Path &path, bool create)
{
    std::string target = path.targetPointer();
    const auto it = m_sliceTails.find(target);
    if (it != m_sliceTails.end() && it->second.type == std::type_index(typeid(std::vector<T>)))
        return static_cast<std::vector<T> *>(it->second.elements.get());
    if (!create)
        return nullptr;
    auto elements = std::make_shared<std::vector<T>>();
    std::vector<T> *raw = elements.get();
    m_sliceTails.insert_or_assign(std::move(target), SliceTail{std::type_index(typeid(std::vector<T>)), std::move(elements)});
    return raw;
}

namespace detail {

inline bool isAscii(std::string_view key)
{
    bool ascii = true;
    for (const char ch : key)
        ascii = ascii && static_cast<unsigned char>(ch) < 0x80;
    return ascii;
}

// A key with a non-ASCII byte matches no ASCII field of its own length, but
// may fold to a field of another length (the Kelvin sign is a 'k').
template<std::size_t N>
int matchNonAscii(std::string_view key, const std::array<std::string_view, N> &fields)
{
    for (std::size_t i = 0; i < N; ++i)
        if (fields[i] == key)
            return static_cast<int>(i);
    for (std::size_t i = 0; i < N; ++i)
        if (json::equalFold(fields[i], key))
            return static_cast<int>(i);
    return -1;
}

// Go's match among the `count` fields `indexAt(0..count)`, which hold every
// field of the key's length in declaration order. Field names are ASCII,
// and folding pairs ASCII bytes one to one: a key can only match a field of
// its own length, byte by byte with ASCII letters folded (manifests spell
// every key in lower case, so folding decides most of their keys), unless
// it holds a non-ASCII byte. One pass looks for an exact match and
// remembers the first folded one, which Go takes when there is none.
template<std::size_t N, typename IndexAt>
int matchAmong(std::string_view key, const std::array<std::string_view, N> &fields, std::size_t count, IndexAt indexAt)
{
    int folded = -1;
    for (std::size_t k = 0; k < count; ++k) {
        const std::size_t i = indexAt(k);
        const std::string_view f = fields[i];
        if (f.size() != key.size())
            continue;
        // Both answers in one pass over these short names, with no call
        // to memcmp.
        bool exact = true;
        bool fold = true;
        for (std::size_t j = 0; j < f.size() && fold; ++j) {
            const auto a = static_cast<unsigned char>(f[j]);
            const auto b = static_cast<unsigned char>(key[j]);
            if (a == b)
                continue;
            exact = false;
            const unsigned char lower = a | 0x20;
            fold = (a ^ b) == 0x20 && lower >= 'a' && lower <= 'z';
        }
        if (exact && fold)
            return static_cast<int>(i);
        if (folded < 0 && fold)
            folded = static_cast<int>(i);
    }
    if (folded >= 0 || isAscii(key))
        return folded;
    return matchNonAscii(key, fields);
}

} // namespace detail

// Field lookup by Go's rules; -1 when no field matches.
template<std::size_t N>
int matchField(std::string_view key, const std::array<std::string_view, N> &fields)
{
    return detail::matchAmong(key, fields, N, [](std::size_t k) { return k; });
}

// A struct's field names with an index by length, made at compile time: a
// key is compared with the few fields of its own length only. For the large
// structs (HostConfig has 70 fields) that decode on every build.
template<std::size_t N>
class FieldTable
{
public:
    static_assert(N < 256);
    constexpr FieldTable(const std::array<std::string_view, N> &names)
        : m_names(names)
    {
        // A counting sort by length, stable so that each length keeps the
        // fields in declaration order (Go takes the first folded match).
        std::array<std::size_t, kBuckets + 1> count{};
        for (const std::string_view f : names)
            ++count[bucketOf(f.size()) + 1];
        for (std::size_t b = 0; b < kBuckets; ++b)
            count[b + 1] += count[b];
        for (std::size_t b = 0; b <= kBuckets; ++b)
            m_start[b] = static_cast<std::uint8_t>(count[b]);
        for (std::size_t i = 0; i < N; ++i)
            m_byLength[count[bucketOf(names[i].size())]++] = static_cast<std::uint8_t>(i);
    }
    constexpr std::string_view operator[](std::size_t i) const { return m_names[i]; }
    constexpr const std::array<std::string_view, N> &names() const { return m_names; }

    // matchField's answer.
    int match(std::string_view key) const
    {
        // The last bucket holds every longer name: matchAmong checks lengths.
        const std::size_t b = bucketOf(key.size());
        return detail::matchAmong(key, m_names, m_start[b + 1] - m_start[b],
                                  [&](std::size_t k) -> std::size_t { return m_byLength[m_start[b] + k]; });
    }

private:
    static constexpr std::size_t kBuckets = 32;
    static constexpr std::size_t bucketOf(std::size_t size) { return size < kBuckets ? size : kBuckets - 1; }
    std::array<std::string_view, N> m_names;
    std::array<std::uint8_t, N> m_byLength{};
    std::array<std::uint8_t, kBuckets + 1> m_start{};
};

template<std::size_t N>
int matchField(std::string_view key, const FieldTable<N> &fields)
{
    return fields.match(key);
}

namespace detail {
template<std::size_t N>
const std::array<std::string_view, N> &namesOf(const std::array<std::string_view, N> &fields)
{
    return fields;
}
template<std::size_t N>
const std::array<std::string_view, N> &namesOf(const FieldTable<N> &fields)
{
    return fields.names();
}
} // namespace detail

// Decodes an object into a struct: `onField(fieldIndex, value, path)` for
// each member that names a field, in document order; unknown members are
// reported unless listed in `reserved`. `null` is a no-op; any other
// non-object is a type error naming `goType`.
// `fields` is a std::array of the names or a FieldTable of them.
template<typename Fields, typename F>
void decodeStruct(Decoder &d, const json::Value &v, const Path &path, std::string_view goType, const Fields &fields,
                  F &&onField, std::initializer_list<std::string_view> reserved = {})
{
    if (v.isNull())
        return;
    if (!v.isObject()) {
        d.typeError(v, path, goType);
        return;
    }
    for (std::size_t i = 0; i < v.size(); ++i) {
        const std::string &k = v.key(i);
        const int f = matchField(k, fields);
        const Path child = f < 0 ? path.key(k) : path.field(k, fields[static_cast<std::size_t>(f)]);
        if (f < 0) {
            bool isReserved = false;
            for (auto r : reserved)
                isReserved = isReserved || r == k;
            if (!isReserved) {
                const auto &names = detail::namesOf(fields);
                d.unknownKey(v.at(i), child, k, std::vector<std::string_view>(names.begin(), names.end()));
            }
            continue;
        }
        onField(f, v.at(i), child);
    }
}

// Scalars. `null` leaves the value unchanged (Go).
void decode(Decoder &d, const json::Value &v, const Path &path, std::string &out);
void decode(Decoder &d, const json::Value &v, const Path &path, bool &out);
void decode(Decoder &d, const json::Value &v, const Path &path, std::int64_t &out);
void decode(Decoder &d, const json::Value &v, const Path &path, std::int32_t &out);
void decode(Decoder &d, const json::Value &v, const Path &path, std::uint64_t &out);
void decode(Decoder &d, const json::Value &v, const Path &path, std::uint32_t &out);
void decode(Decoder &d, const json::Value &v, const Path &path, std::uint16_t &out);
void decode(Decoder &d, const json::Value &v, const Path &path, double &out);

// Parses a JSON number literal as Go's strconv would for the given width.
bool parseInt(std::string_view literal, int bits, std::int64_t &out);
bool parseUint(std::string_view literal, int bits, std::uint64_t &out);

// Go pointers: `null` resets, anything else allocates (reusing an existing
// value, as Go does) and decodes into it.
template<typename T>
void decode(Decoder &d, const json::Value &v, const Path &path, std::optional<T> &out)
{
    if (v.isNull()) {
        out.reset();
        if (d.hasSliceTails())
            d.dropSliceTails(path);
        return;
    }
    if (!out)
        out.emplace();
    decode(d, v, path, *out);
}

// Go slices, decoded element-wise into the existing elements.
template<typename T, typename ElementFn>
void decodeSlice(Decoder &d, const json::Value &v, const Path &path, std::vector<T> &out, std::string_view goType,
                 ElementFn &&decodeElement)
{
    if (v.isNull() || (v.isArray() && v.size() == 0)) {
        // Go: a nil slice, or a fresh empty one; the old backing array is gone.
        out.clear();
        if (d.hasSliceTails())
            d.dropSliceTails(path);
        return;
    }
    if (!v.isArray()) {
        d.typeError(v, path, goType);
        return;
    }
    const std::size_t n = v.size();
    if (out.size() < n) {
        if (d.hasSliceTails()) {
            if (std::vector<T> *tail = d.template sliceTail<T>(path, false)) {
                const auto back = static_cast<std::ptrdiff_t>(std::min(n - out.size(), tail->size()));
                out.insert(out.end(), std::make_move_iterator(tail->begin()),
                           std::make_move_iterator(tail->begin() + back));
                tail->erase(tail->begin(), tail->begin() + back);
            }
        }
        out.resize(n);
    }
    for (std::size_t i = 0; i < n; ++i)
        decodeElement(v.at(i), path.index(i), out[i]);
    if (out.size() > n) {
        std::vector<T> *tail = d.template sliceTail<T>(path, true);
        tail->insert(tail->begin(), std::make_move_iterator(out.begin() + static_cast<std::ptrdiff_t>(n)),
                     std::make_move_iterator(out.end()));
        out.resize(n);
    }
}

template<typename T>
void decode(Decoder &d, const json::Value &v, const Path &path, std::vector<T> &out)
{
    decodeSlice(d, v, path, out, "array", [&d](const json::Value &e, const Path &p, T &elem) {
        decode(d, e, p, elem);
    });
}

// Go map[string]T: `null` clears; an object adds/replaces entries, each value
// decoded into a fresh T (Go does not merge map values).
template<typename T>
void decode(Decoder &d, const json::Value &v, const Path &path, std::map<std::string, T> &out)
{
    if (v.isNull()) {
        out.clear();
        if (d.hasSliceTails())
            d.dropSliceTails(path);
        return;
    }
    if (!v.isObject()) {
        d.typeError(v, path, "map");
        return;
    }
    for (std::size_t i = 0; i < v.size(); ++i) {
        const Path child = path.key(v.key(i));
        if (d.hasSliceTails())
            d.dropSliceTails(child); // a fresh value each time
        T value{};
        decode(d, v.at(i), child, value);
        out[v.key(i)] = std::move(value);
    }
}

// The closest known name to `key` (case variants and small typos), or empty.
std::string_view didYouMean(std::string_view key, const std::vector<std::string_view> &known);

} // namespace oci::godecode
