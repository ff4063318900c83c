#pragma once

// For every value in a built spec: the Docker step that wrote it and the
// input pointers it was computed from. Steps record where they write, so the
// provenance is never reconstructed after the fact.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace oci {

struct Origin {
    std::string step; // Docker's function name: "WithNamespaces", "InitSpec: mounts", ...
    std::vector<std::string> inputs; // input JSON pointers; empty = Docker's default
};

class Provenance
{
public:
    // Records that the value at `specPointer` (and everything below it, unless
    // a deeper record says otherwise) comes from `origin`.
    void record(std::string specPointer, Origin origin);
    void record(std::string specPointer, std::string_view step, std::vector<std::string> inputs = {});
    // An array element at `arrayPointer`/`index` was removed: records at or
    // below later elements shift down by one, records of the element go.
    void eraseArrayElement(std::string_view arrayPointer, std::size_t index);
    // Drops every record at or below `specPointer` (a value was replaced).
    void erase(std::string_view specPointer);

    // The record governing `specPointer`: its own, or its nearest ancestor's.
    const Origin *lookup(std::string_view specPointer) const;

    struct Entry {
        std::string pointer;
        Origin origin;
        bool erased = false; // dropped by erase(): kept in place so indexes stay valid
    };
    const std::vector<Entry> &entries() const { return m_entries; }

private:
    void unindex(std::size_t entry);
    void index(std::size_t entry);

    std::vector<Entry> m_entries; // later records win over earlier ones at the same pointer
    // pointer → its latest entry, so a lookup costs one probe per ancestor.
    std::unordered_map<std::string, std::size_t> m_index;
};

} // namespace oci
