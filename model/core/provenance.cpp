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

constexpr std::size_t kFirstBlock = 4096;
constexpr std::size_t kLargestBlock = 64 * 1024;
// A plugin records ~60 values and a container ~100 at distinct pointers:
// their index never grows, and a stress document's grows a few times.
constexpr std::size_t kFirstSlots = 256;
constexpr std::size_t kFirstStepSlots = 64;
} // namespace

Provenance::Provenance(const Provenance &other)
{
    // The entries' views point into the other's arena: store them again.
    m_entries.reserve(other.m_entries.size());
    for (const Entry &e : other.m_entries) {
        add<false>(e.pointer, e.origin.step, e.origin.inputs.begin(), e.origin.inputs.end());
        m_entries.back().erased = e.erased;
    }
    rebuildIndex();
}

Provenance::Provenance(Provenance &&other) noexcept
    : m_entries(std::move(other.m_entries))
    , m_blocks(std::move(other.m_blocks))
    , m_free(std::exchange(other.m_free, nullptr))
    , m_left(std::exchange(other.m_left, 0))
    , m_steps(std::move(other.m_steps))
    , m_stepSlots(std::move(other.m_stepSlots))
    , m_lastStep(std::exchange(other.m_lastStep, 0))
    , m_slots(std::move(other.m_slots))
    , m_used(std::exchange(other.m_used, 0))
{
    other.m_entries.clear();
    other.m_blocks.clear();
    other.m_steps.clear();
    other.m_stepSlots.clear();
    other.m_slots.clear();
}

Provenance &Provenance::operator=(Provenance &&other) noexcept
{
    if (this != &other) {
        m_entries = std::move(other.m_entries);
        m_blocks = std::move(other.m_blocks);
        m_free = std::exchange(other.m_free, nullptr);
        m_left = std::exchange(other.m_left, 0);
        m_steps = std::move(other.m_steps);
        m_stepSlots = std::move(other.m_stepSlots);
        m_lastStep = std::exchange(other.m_lastStep, 0);
        m_slots = std::move(other.m_slots);
        m_used = std::exchange(other.m_used, 0);
        other.m_entries.clear();
        other.m_blocks.clear();
        other.m_steps.clear();
        other.m_stepSlots.clear();
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

// `align` is a power of two: masks, not divisions. The usual case, room in
// the current block, is inlined into every record; a new block is not.
inline void *Provenance::allocate(std::size_t size, std::size_t align)
{
    const std::size_t pad = static_cast<std::size_t>(-reinterpret_cast<std::uintptr_t>(m_free) & (align - 1));
    if (m_free && m_left >= size + pad) [[likely]] {
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
    const std::size_t previous = m_blocks.empty() ? 0 : std::min(kFirstBlock << m_blocks.size(), kLargestBlock);
    const std::size_t blockSize = std::max({kFirstBlock, previous, size + align});
    m_blocks.emplace_back(new std::byte[blockSize]); // uninitialised: every byte is written before use
    m_free = m_blocks.back().get();
    m_left = blockSize;
    const std::size_t pad = static_cast<std::size_t>(-reinterpret_cast<std::uintptr_t>(m_free) & (align - 1));
    void *out = m_free + pad;
    m_free += pad + size;
    m_left -= pad + size;
    return out;
}

std::string_view Provenance::store(std::string_view text)
{
    if (text.empty())
        return {};
    char *out = static_cast<char *>(allocate(text.size(), 1));
    std::memcpy(out, text.data(), text.size());
    return {out, text.size()};
}

// Step names are a few dozen Docker function names: each is stored once.
std::string_view Provenance::storeStep(std::string_view step)
{
    // Steps mostly record several values in a row: try the last one first.
    if (m_lastStep < m_steps.size() && m_steps[m_lastStep] == step)
        return m_steps[m_lastStep];
    if (m_stepSlots.empty())
        m_stepSlots.assign(kFirstStepSlots, 0);
    std::size_t mask = m_stepSlots.size() - 1;
    for (std::size_t i = hashOf(step) & mask;; i = (i + 1) & mask) {
        const std::uint32_t slot = m_stepSlots[i];
        if (slot == 0) {
            m_steps.push_back(store(step));
            m_stepSlots[i] = static_cast<std::uint32_t>(m_steps.size());
            break;
        }
        if (m_steps[slot - 1] == step) {
            m_lastStep = slot - 1;
            return m_steps[m_lastStep];
        }
    }
    m_lastStep = m_steps.size() - 1;
    if (m_steps.size() * 2 > m_stepSlots.size()) {
        m_stepSlots.assign(m_stepSlots.size() * 2, 0);
        mask = m_stepSlots.size() - 1;
        for (std::uint32_t n = 0; n < m_steps.size(); ++n) {
            std::size_t i = hashOf(m_steps[n]) & mask;
            while (m_stepSlots[i] != 0)
                i = (i + 1) & mask;
            m_stepSlots[i] = n + 1;
        }
    }
    return m_steps[m_lastStep];
}

// One arena allocation per record: the input views first (aligned), then the
// texts of the inputs and of the pointer.
template<bool NonEmpty, typename It>
void Provenance::add(std::string_view specPointer, std::string_view step, It begin, It end)
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
    InputList inputs;
    std::string_view pointer;
    if (n + bytes > 0) {
        auto *views = static_cast<std::string_view *>(
            allocate(n * sizeof(std::string_view) + bytes, alignof(std::string_view)));
        char *out = reinterpret_cast<char *>(views + n);
        std::size_t i = 0;
        for (It it = begin; it != end; ++it) {
            const std::string_view text(*it);
            if (text.empty()) {
                if (!NonEmpty)
                    new (views + i++) std::string_view();
                continue;
            }
            std::memcpy(out, text.data(), text.size());
            new (views + i++) std::string_view(out, text.size());
            out += text.size();
        }
        if (n > 0)
            inputs = InputList(views, n);
        if (!specPointer.empty()) {
            std::memcpy(out, specPointer.data(), specPointer.size());
            pointer = std::string_view(out, specPointer.size());
        }
    }
    // Steps mostly record several values in a row: the last one is checked
    // here, without a call.
    const bool lastStep = m_lastStep < m_steps.size() && m_steps[m_lastStep] == step;
    append(pointer, hashOf(pointer), lastStep ? m_steps[m_lastStep] : storeStep(step), inputs);
}

void Provenance::append(std::string_view specPointer, std::uint32_t hash, std::string_view step, InputList inputs)
{
    if (m_entries.empty())
        m_entries.reserve(256); // a plugin records ~60 values, a container ~200
    m_entries.push_back({specPointer, Origin{step, inputs}, false});
    index(static_cast<std::uint32_t>(m_entries.size() - 1), hash);
}

void Provenance::record(std::string_view specPointer, std::string_view step, std::initializer_list<std::string_view> inputs)
{
    add<false>(specPointer, step, inputs.begin(), inputs.end());
}

void Provenance::record(std::string_view specPointer, std::string_view step, const std::vector<std::string> &inputs)
{
    add<false>(specPointer, step, inputs.begin(), inputs.end());
}

void Provenance::record(std::string_view specPointer, const Origin &origin)
{
    add<false>(specPointer, origin.step, origin.inputs.begin(), origin.inputs.end());
}

void Provenance::recordNonEmpty(std::string_view specPointer, std::string_view step,
                                std::initializer_list<std::string_view> inputs)
{
    add<true>(specPointer, step, inputs.begin(), inputs.end());
}

void Provenance::recordNonEmpty(std::string_view specPointer, std::string_view step,
                                const std::vector<std::string> &inputs)
{
    add<true>(specPointer, step, inputs.begin(), inputs.end());
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

// Entries are indexed in the order they were recorded, so a later entry at
// the same pointer takes the slot over.
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
    if (m_slots.empty()) {
        m_slots.assign(kFirstSlots, Slot{});
        return;
    }
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

void Provenance::rebuildIndex()
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

void Provenance::erase(std::string_view specPointer)
{
    // Erased entries keep their slots: find() reads an erased entry as "no
    // record", and a later record at the pointer takes the slot over.
    for (Entry &e : m_entries)
        if (!e.erased && atOrBelow(e.pointer, specPointer))
            e.erased = true;
}

void Provenance::eraseArrayElement(std::string_view arrayPointer, std::size_t index)
{
    std::string removed(arrayPointer);
    removed += '/' + std::to_string(index);
    erase(removed);
    // Later elements move down by one: rename their records, then index
    // everything again so that no slot keeps a stale name.
    bool renamed = false;
    std::string pointer;
    for (Entry &e : m_entries) {
        const std::string_view p = e.pointer;
        if (e.erased || p.size() <= arrayPointer.size() + 1 || !atOrBelow(p, arrayPointer))
            continue;
        const std::size_t start = arrayPointer.size() + 1;
        std::size_t end = p.find('/', start);
        if (end == std::string_view::npos)
            end = p.size();
        std::size_t i = 0;
        const auto r = std::from_chars(p.data() + start, p.data() + end, i);
        if (r.ec != std::errc() || r.ptr != p.data() + end || i <= index)
            continue;
        pointer.assign(p.substr(0, start));
        pointer += std::to_string(i - 1);
        pointer.append(p.substr(end));
        e.pointer = store(pointer);
        renamed = true;
    }
    if (renamed)
        rebuildIndex();
}

const Origin *Provenance::lookup(std::string_view specPointer) const
{
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
