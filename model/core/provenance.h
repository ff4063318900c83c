#pragma once

// For every value in a built spec: the Docker step that wrote it and the
// input pointers it was computed from. Steps record where they write, so the
// provenance is never reconstructed after the fact.
//
// A build records a few hundred values (tens of thousands for stress
// documents) and is redone on every edit, so recording must not allocate per
// record: the texts (spec pointers, step names, input pointers) are copied
// into the provenance's own arena and records hold views of them. The arena
// only grows and its blocks never move, so the views stay valid as long as
// the Provenance lives (moving it keeps them; copying re-stores them).

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace oci {

// The input pointers of one record: a read-only array of views.
class InputList
{
public:
    InputList() = default;
    InputList(const std::string_view *data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {
    }
    const std::string_view *begin() const { return m_data; }
    const std::string_view *end() const { return m_data + m_size; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    std::string_view operator[](std::size_t i) const { return m_data[i]; }
    std::string_view at(std::size_t i) const
    {
        if (i >= m_size)
            throw std::out_of_range("InputList::at");
        return m_data[i];
    }
    std::string_view front() const { return m_data[0]; }

private:
    const std::string_view *m_data = nullptr;
    std::size_t m_size = 0;
};

struct Origin {
    std::string_view step; // Docker's function name: "WithNamespaces", "InitSpec: mounts", ...
    InputList inputs; // input JSON pointers; empty = Docker's default
};

class Provenance
{
public:
    Provenance() = default;
    Provenance(const Provenance &other);
    Provenance &operator=(const Provenance &other);
    // Moving keeps the arena's blocks (and so every view) and leaves `other`
    // empty and usable.
    Provenance(Provenance &&other) noexcept;
    Provenance &operator=(Provenance &&other) noexcept;
    ~Provenance();

    // Records that the value at `specPointer` (and everything below it, unless
    // a deeper record says otherwise) comes from `step` and `inputs`. All
    // texts are copied: temporaries are fine.
    void record(std::string_view specPointer, std::string_view step, std::initializer_list<std::string_view> inputs = {});
    void record(std::string_view specPointer, std::string_view step, const std::vector<std::string> &inputs);
    void record(std::string_view specPointer, const Origin &origin);
    // The same, leaving out empty input pointers (inputs not given), without
    // the caller building a filtered copy of the list first.
    void recordNonEmpty(std::string_view specPointer, std::string_view step,
                        std::initializer_list<std::string_view> inputs);
    void recordNonEmpty(std::string_view specPointer, std::string_view step, const std::vector<std::string> &inputs);
    // The same for the array element `arrayPointer`/`index` and below it
    // `rest` ("" or "/..."): the pointer is written straight into the
    // provenance's storage, so callers need not build its text first.
    void recordElement(std::string_view arrayPointer, std::size_t index, std::string_view rest, std::string_view step,
                       std::initializer_list<std::string_view> inputs = {});
    void recordElementNonEmpty(std::string_view arrayPointer, std::size_t index, std::string_view rest,
                               std::string_view step, std::initializer_list<std::string_view> inputs);
    void recordElementNonEmpty(std::string_view arrayPointer, std::size_t index, std::string_view rest,
                               std::string_view step, const std::vector<std::string> &inputs);
    // An array element at `arrayPointer`/`index` was removed: records at or
    // below later elements shift down by one, records of the element go.
    void eraseArrayElement(std::string_view arrayPointer, std::size_t index);
    // Drops every record at or below `specPointer` (a value was replaced).
    void erase(std::string_view specPointer);

    // The record governing `specPointer`: its own, or its nearest ancestor's.
    // Safe to call from several threads at once (while none changes it).
    const Origin *lookup(std::string_view specPointer) const;
    // Builds the lookup index now rather than on the first lookup(): a
    // build result handed to the GUI thread is then read there without
    // that cost (milliseconds for a stress document).
    void prepareLookups() const
    {
        if (!m_indexed.load(std::memory_order_acquire))
            indexOnce();
    }

    struct Entry {
        std::string_view pointer;
        Origin origin;
        bool erased = false; // dropped by erase(): kept in place so indexes stay valid
    };
    const std::vector<Entry> &entries() const { return m_entries; }

private:
    template<bool NonEmpty, typename Pointer, typename It>
    void add(const Pointer &specPointer, std::string_view step, It begin, It end);
    void *allocate(std::size_t size, std::size_t align);
    void *allocateBlock(std::size_t size, std::size_t align);
    void freeBlocks();

    // The latest live entry at exactly `pointer`, or -1.
    std::int64_t find(std::string_view pointer) const;
    void index(std::uint32_t entry, std::uint32_t hash);
    void grow();
    void indexOnce() const;
    void rebuildIndex() const;

    std::vector<Entry> m_entries; // later records win over earlier ones at the same pointer
    // The arena: blocks that never move once allocated, chained through
    // their first bytes (the newest first), so a build allocates nothing
    // but the blocks themselves.
    std::byte *m_block = nullptr;
    std::size_t m_blockSize = 0;
    std::byte *m_free = nullptr;
    std::size_t m_left = 0;
    // The stored step of the latest record: steps mostly record several
    // values in a row, which then share one copy of the name.
    std::string_view m_step;
    // pointer → its latest entry: open addressing over entry numbers + 1
    // (0 = empty slot), so a lookup costs one probe per ancestor. A slot
    // whose entry was erased stands for "no record". Slots keep the
    // pointer's hash: probes compare it before the text, and growing the
    // table needs no text at all.
    // Builds record far more than they look up (the builder itself hardly
    // ever does, the GUI and `explain` only afterwards), so the index is
    // built by the first lookup and only then kept up by records. Lookups
    // may come from several threads: the first one builds it under the
    // mutex and publishes it through the flag.
    struct Slot {
        std::uint32_t entry = 0;
        std::uint32_t hash = 0;
    };
    mutable std::vector<Slot> m_slots;
    mutable std::size_t m_used = 0;
    mutable std::atomic<bool> m_indexed = false;
    mutable std::mutex m_indexing;
};

} // namespace oci
