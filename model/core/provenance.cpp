#include "provenance.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <utility>

namespace oci {

namespace {
// True when `p` is `base` or lies below it.
bool atOrBelow(std::string_view p, std::string_view base)
{
    if (p.size() < base.size() || (p.size() > base.size() && p[base.size()] != '/'))
        return false;
    // erase() runs this over every entry: the last byte rejects most of
    // them without a call to compare.
    if (!base.empty() && p[base.size() - 1] != base.back())
        return false;
    return p.compare(0, base.size(), base) == 0;
}

// The pointers are short ASCII paths hashed once per record and once per
// ancestor on a lookup: eight bytes per multiply, inline, instead of a call
// to std::hash's generic byte hash.
std::uint32_t hashOf(std::string_view s)
{
    constexpr std::uint64_t k = 0x9e3779b97f4a7c15ULL;
    const char *p = s.data();
    std::size_t n = s.size();
    std::uint64_t h = k ^ (n * 0xff51afd7ed558ccdULL);
    while (n >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * k;
        h ^= h >> 32;
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        std::uint64_t w = 0;
        if (n >= 4) {
            // Two overlapping four-byte loads cover 4..7 bytes.
            std::uint32_t a;
            std::uint32_t b;
            std::memcpy(&a, p, 4);
            std::memcpy(&b, p + n - 4, 4);
            w = (std::uint64_t(a) << 32) | b;
        } else {
            w = (std::uint64_t(static_cast<unsigned char>(p[0])) << 16)
                | (std::uint64_t(static_cast<unsigned char>(p[n / 2])) << 8)
                | static_cast<unsigned char>(p[n - 1]);
        }
        h = (h ^ w) * k;
    }
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 32;
    return static_cast<std::uint32_t>(h);
}

// Loads of short texts, for the inline copies and comparisons below.
std::uint64_t load8(const char *p)
{
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}

std::uint32_t load4(const char *p)
{
    std::uint32_t w;
    std::memcpy(&w, p, 4);
    return w;
}

// Pointers and input pointers are mostly 8..64 bytes: overlapping
// fixed-size copies are inlined where a call to memcpy would cost more than
// the copy.
inline void copyText(char *out, const char *in, std::size_t n)
{
    if (n > 64) {
        std::memcpy(out, in, n);
    } else if (n > 32) {
        std::memcpy(out, in, 32);
        std::memcpy(out + n - 32, in + n - 32, 32);
    } else if (n >= 16) {
        std::memcpy(out, in, 16);
        std::memcpy(out + n - 16, in + n - 16, 16);
    } else if (n >= 8) {
        std::memcpy(out, in, 8);
        std::memcpy(out + n - 8, in + n - 8, 8);
    } else if (n >= 4) {
        std::memcpy(out, in, 4);
        std::memcpy(out + n - 4, in + n - 4, 4);
    } else if (n > 0) {
        out[0] = in[0];
        out[n / 2] = in[n / 2];
        out[n - 1] = in[n - 1];
    }
}

// Equality of step names (mostly 10..40 bytes), a word at a time, inline.
inline bool sameText(std::string_view a, std::string_view b)
{
    const std::size_t n = a.size();
    if (n != b.size())
        return false;
    const char *p = a.data();
    const char *q = b.data();
    if (p == q)
        return true;
    if (n >= 8) {
        for (std::size_t i = 0; i + 8 < n; i += 8)
            if (load8(p + i) != load8(q + i))
                return false;
        return load8(p + n - 8) == load8(q + n - 8);
    }
    if (n >= 4)
        return load4(p) == load4(q) && load4(p + n - 4) == load4(q + n - 4);
    for (std::size_t i = 0; i < n; ++i)
        if (p[i] != q[i])
            return false;
    return true;
}

// A record's pointer as the caller gives it: one text, ...
struct WholePointer {
    std::string_view text;
    std::size_t size() const { return text.size(); }
    void copyTo(char *out) const { copyText(out, text.data(), text.size()); }
};

// ... or an array element's, in parts: "<array>/<index><rest>".
struct ElementPointer {
    ElementPointer(std::string_view arrayPointer, std::size_t index, std::string_view below)
        : array(arrayPointer)
        , rest(below)
        , digitCount(static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, index).ptr - digits))
    {
    }
    std::size_t size() const { return array.size() + 1 + digitCount + rest.size(); }
    void copyTo(char *out) const
    {
        copyText(out, array.data(), array.size());
        out += array.size();
        *out++ = '/';
        for (std::size_t i = 0; i < digitCount; ++i) // mostly one or two
            *out++ = digits[i];
        copyText(out, rest.data(), rest.size());
    }
    std::string_view array;
    std::string_view rest;
    char digits[24];
    std::size_t digitCount;
};

// A plugin records a few dozen values, a container about a hundred: the
// first block and the first entries hold them, and a stress document's
// grow a few times.
constexpr std::size_t kFirstBlock = 4096;
constexpr std::size_t kLargestBlock = 64 * 1024;
constexpr std::size_t kFirstEntries = 128;
constexpr std::size_t kFirstSlots = 16;
// Each block begins with the address of the one allocated before it.
constexpr std::size_t kBlockHeader = sizeof(std::byte *);
} // namespace

Provenance::Provenance(const Provenance &other)
{
    // The entries' views point into the other's arena: store them again.
    // The index is built again when looked up.
    m_entries.reserve(other.m_entries.size());
    for (const Entry &e : other.m_entries) {
        add<false>(WholePointer{e.pointer}, e.origin.step, e.origin.inputs.begin(), e.origin.inputs.end());
        m_entries.back().erased = e.erased;
    }
}

Provenance::Provenance(Provenance &&other) noexcept
    : m_entries(std::move(other.m_entries))
    , m_block(std::exchange(other.m_block, nullptr))
    , m_blockSize(std::exchange(other.m_blockSize, 0))
    , m_free(std::exchange(other.m_free, nullptr))
    , m_left(std::exchange(other.m_left, 0))
    , m_step(std::exchange(other.m_step, {}))
    , m_slots(std::move(other.m_slots))
    , m_used(std::exchange(other.m_used, 0))
    , m_indexed(other.m_indexed.exchange(false, std::memory_order_relaxed))
{
    other.m_entries.clear();
    other.m_slots.clear();
}

Provenance &Provenance::operator=(Provenance &&other) noexcept
{
    if (this != &other) {
        freeBlocks();
        m_entries = std::move(other.m_entries);
        m_block = std::exchange(other.m_block, nullptr);
        m_blockSize = std::exchange(other.m_blockSize, 0);
        m_free = std::exchange(other.m_free, nullptr);
        m_left = std::exchange(other.m_left, 0);
        m_step = std::exchange(other.m_step, {});
        m_slots = std::move(other.m_slots);
        m_used = std::exchange(other.m_used, 0);
        m_indexed.store(other.m_indexed.exchange(false, std::memory_order_relaxed), std::memory_order_relaxed);
        other.m_entries.clear();
        other.m_slots.clear();
    }
    return *this;
}

Provenance &Provenance::operator=(const Provenance &other)
{
    if (this != &other) {
        Provenance copy(other);
        *this = std::move(copy);
    }
    return *this;
}

Provenance::~Provenance()
{
    freeBlocks();
}

void Provenance::freeBlocks()
{
    while (m_block) {
        std::byte *previous;
        std::memcpy(&previous, m_block, sizeof previous);
        delete[] m_block;
        m_block = previous;
    }
    m_blockSize = 0;
    m_free = nullptr;
    m_left = 0;
}

// `align` is a power of two: masks, not divisions. The usual case, room in
// the current block, is inlined into every record; a new block is not.
inline void *Provenance::allocate(std::size_t size, std::size_t align)
{
    const std::size_t pad = static_cast<std::size_t>(-reinterpret_cast<std::uintptr_t>(m_free) & (align - 1));
    if (m_left >= size + pad) [[likely]] {
        void *out = m_free + pad;
        m_free += pad + size;
        m_left -= pad + size;
        return out;
    }
    return allocateBlock(size, align);
}

void *Provenance::allocateBlock(std::size_t size, std::size_t align)
{
    // Blocks grow with the document, so a stress build needs few of them.
    const std::size_t next = m_block ? std::min(m_blockSize * 2, kLargestBlock) : kFirstBlock;
    const std::size_t blockSize = std::max(next, kBlockHeader + size + align);
    auto *block = new std::byte[blockSize]; // uninitialised: every byte is written before use
    std::memcpy(block, &m_block, sizeof m_block);
    m_block = block;
    m_blockSize = blockSize;
    m_free = block + kBlockHeader;
    m_left = blockSize - kBlockHeader;
    const std::size_t pad = static_cast<std::size_t>(-reinterpret_cast<std::uintptr_t>(m_free) & (align - 1));
    void *out = m_free + pad;
    m_free += pad + size;
    m_left -= pad + size;
    return out;
}

// One arena allocation per record: the input views first (aligned), then the
// texts of the pointer, of the step unless it is the previous record's, and
// of the inputs (last, so that little else is live while they are copied).
// Inlined into each public record function: one call per record.
template<bool NonEmpty, typename Pointer, typename It>
[[gnu::always_inline]] inline void Provenance::add(const Pointer &specPointer, std::string_view step, It begin, It end)
{
    std::size_t n = 0;
    std::size_t bytes = specPointer.size();
    for (It it = begin; it != end; ++it) {
        const std::string_view text(*it);
        if (NonEmpty && text.empty())
            continue;
        ++n;
        bytes += text.size();
    }
    const bool newStep = !sameText(step, m_step);
    if (newStep) {
        bytes += step.size();
        m_step = {};
    }
    InputList inputs;
    std::string_view pointer;
    if (n + bytes > 0) {
        auto *views = static_cast<std::string_view *>(
            allocate(n * sizeof(std::string_view) + bytes, alignof(std::string_view)));
        char *out = reinterpret_cast<char *>(views + n);
        if (const std::size_t size = specPointer.size(); size > 0) {
            specPointer.copyTo(out);
            pointer = std::string_view(out, size);
            out += size;
        }
        if (newStep && !step.empty()) {
            copyText(out, step.data(), step.size());
            m_step = std::string_view(out, step.size());
            out += step.size();
        }
        if (n > 0) {
            inputs = InputList(views, n);
            for (It it = begin; it != end; ++it) {
                const std::string_view text(*it);
                if (text.empty()) {
                    if (!NonEmpty)
                        new (views++) std::string_view();
                    continue;
                }
                copyText(out, text.data(), text.size());
                new (views++) std::string_view(out, text.size());
                out += text.size();
            }
        }
    }
    if (m_entries.size() == m_entries.capacity()) [[unlikely]]
        m_entries.reserve(std::max(kFirstEntries, m_entries.size() * 2));
    m_entries.push_back({pointer, Origin{m_step, inputs}, false});
    if (m_indexed.load(std::memory_order_relaxed)) [[unlikely]]
        index(static_cast<std::uint32_t>(m_entries.size() - 1), hashOf(pointer));
}

void Provenance::record(std::string_view specPointer, std::string_view step, std::initializer_list<std::string_view> inputs)
{
    add<false>(WholePointer{specPointer}, step, inputs.begin(), inputs.end());
}

void Provenance::record(std::string_view specPointer, std::string_view step, const std::vector<std::string> &inputs)
{
    add<false>(WholePointer{specPointer}, step, inputs.begin(), inputs.end());
}

void Provenance::record(std::string_view specPointer, const Origin &origin)
{
    add<false>(WholePointer{specPointer}, origin.step, origin.inputs.begin(), origin.inputs.end());
}

void Provenance::recordNonEmpty(std::string_view specPointer, std::string_view step,
                                std::initializer_list<std::string_view> inputs)
{
    add<true>(WholePointer{specPointer}, step, inputs.begin(), inputs.end());
}

void Provenance::recordNonEmpty(std::string_view specPointer, std::string_view step,
                                const std::vector<std::string> &inputs)
{
    add<true>(WholePointer{specPointer}, step, inputs.begin(), inputs.end());
}

void Provenance::recordElement(std::string_view arrayPointer, std::size_t index, std::string_view rest,
                               std::string_view step, std::initializer_list<std::string_view> inputs)
{
    add<false>(ElementPointer(arrayPointer, index, rest), step, inputs.begin(), inputs.end());
}

void Provenance::recordElementNonEmpty(std::string_view arrayPointer, std::size_t index, std::string_view rest,
                                       std::string_view step, std::initializer_list<std::string_view> inputs)
{
    add<true>(ElementPointer(arrayPointer, index, rest), step, inputs.begin(), inputs.end());
}

void Provenance::recordElementNonEmpty(std::string_view arrayPointer, std::size_t index, std::string_view rest,
                                       std::string_view step, const std::vector<std::string> &inputs)
{
    add<true>(ElementPointer(arrayPointer, index, rest), step, inputs.begin(), inputs.end());
}

std::int64_t Provenance::find(std::string_view pointer) const
{
    if (m_slots.empty())
        return -1;
    const std::uint32_t hash = hashOf(pointer);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot slot = m_slots[i];
        if (slot.entry == 0)
            return -1;
        if (slot.hash != hash)
            continue;
        const Entry &e = m_entries[slot.entry - 1];
        if (e.pointer == pointer)
            return e.erased ? -1 : static_cast<std::int64_t>(slot.entry - 1);
    }
}

// Once the index is built, records keep it up. Entries are indexed in the
// order they were recorded, so a later entry at the same pointer takes the
// slot over.
void Provenance::index(std::uint32_t entry, std::uint32_t hash)
{
    if ((m_used + 1) * 2 > m_slots.size())
        grow();
    const std::size_t mask = m_slots.size() - 1;
    const std::string_view pointer = m_entries[entry].pointer;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.entry == 0) {
            slot = {entry + 1, hash};
            ++m_used;
            return;
        }
        if (slot.hash == hash && m_entries[slot.entry - 1].pointer == pointer) {
            slot.entry = entry + 1;
            return;
        }
    }
}

// Every slot holds a distinct pointer: they move over by their hashes alone.
void Provenance::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.entry == 0)
            continue;
        std::size_t i = slot.hash & mask;
        while (m_slots[i].entry != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

void Provenance::rebuildIndex() const
{
    std::size_t size = kFirstSlots;
    while (size < m_entries.size() * 2 + 2)
        size *= 2;
    m_slots.assign(size, Slot{});
    m_used = 0;
    const std::size_t mask = size - 1;
    for (std::uint32_t e = 0; e < m_entries.size(); ++e) {
        if (m_entries[e].erased)
            continue;
        const std::string_view pointer = m_entries[e].pointer;
        const std::uint32_t hash = hashOf(pointer);
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.entry == 0) {
                slot = {e + 1, hash};
                ++m_used;
                break;
            }
            if (slot.hash == hash && m_entries[slot.entry - 1].pointer == pointer) {
                slot.entry = e + 1;
                break;
            }
        }
    }
}

// Skipping erased entries gives the same slots as indexing every record as
// it came: erase() drops all entries at a pointer at once, so a pointer's
// latest entry is erased only when all of its entries are.
void Provenance::indexOnce() const
{
    const std::lock_guard lock(m_indexing);
    if (m_indexed.load(std::memory_order_relaxed))
        return;
    rebuildIndex();
    m_indexed.store(true, std::memory_order_release);
}

void Provenance::erase(std::string_view specPointer)
{
    // Erased entries keep their slots: find() reads an erased entry as "no
    // record", and a later record at the pointer takes the slot over.
    for (Entry &e : m_entries)
        if (!e.erased && atOrBelow(e.pointer, specPointer))
            e.erased = true;
}

// One pass and no strings: the element's records go and later elements'
// are renamed in the arena.
void Provenance::eraseArrayElement(std::string_view arrayPointer, std::size_t index)
{
    char digits[24];
    const std::string_view removed(digits, static_cast<std::size_t>(
                                               std::to_chars(digits, digits + sizeof digits, index).ptr - digits));
    const std::size_t start = arrayPointer.size() + 1;
    bool renamed = false;
    for (Entry &e : m_entries) {
        const std::string_view p = e.pointer;
        if (e.erased || p.size() <= start || !atOrBelow(p, arrayPointer))
            continue;
        std::size_t end = p.find('/', start);
        if (end == std::string_view::npos)
            end = p.size();
        const std::string_view element = p.substr(start, end - start);
        if (element == removed) {
            e.erased = true; // as erase() of the element would
            continue;
        }
        std::size_t i = 0;
        const auto r = std::from_chars(element.data(), element.data() + element.size(), i);
        if (r.ec != std::errc() || r.ptr != element.data() + element.size() || i <= index)
            continue;
        char number[24];
        const auto n = static_cast<std::size_t>(std::to_chars(number, number + sizeof number, i - 1).ptr - number);
        const std::size_t size = start + n + (p.size() - end);
        char *out = static_cast<char *>(allocate(size, 1));
        std::memcpy(out, p.data(), start);
        std::memcpy(out + start, number, n);
        std::memcpy(out + start + n, p.data() + end, p.size() - end);
        e.pointer = std::string_view(out, size);
        renamed = true;
    }
    // No slot may keep a stale name: the next lookup indexes again.
    if (renamed && m_indexed.load(std::memory_order_relaxed)) {
        m_indexed.store(false, std::memory_order_relaxed);
        m_slots.clear();
        m_used = 0;
    }
}

const Origin *Provenance::lookup(std::string_view specPointer) const
{
    if (!m_indexed.load(std::memory_order_acquire)) [[unlikely]]
        indexOnce();
    std::string_view p = specPointer;
    for (;;) {
        if (const std::int64_t e = find(p); e >= 0)
            return &m_entries[static_cast<std::size_t>(e)].origin;
        if (p.empty())
            return nullptr;
        const std::size_t slash = p.rfind('/');
        p = slash == std::string_view::npos ? std::string_view() : p.substr(0, slash);
    }
}

} // namespace oci
