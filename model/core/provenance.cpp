#include "provenance.h"

#include <charconv>

namespace oci {

namespace {
// True when `p` is `base` or lies below it.
bool atOrBelow(std::string_view p, std::string_view base)
{
    return p.size() >= base.size() && p.compare(0, base.size(), base) == 0
        && (p.size() == base.size() || p[base.size()] == '/');
}
} // namespace

void Provenance::record(std::string specPointer, Origin origin)
{
    m_entries.push_back({std::move(specPointer), std::move(origin)});
    index(m_entries.size() - 1);
}

void Provenance::record(std::string specPointer, std::string_view step, std::vector<std::string> inputs)
{
    record(std::move(specPointer), Origin{std::string(step), std::move(inputs)});
}

// The index maps each pointer to its latest live entry.
void Provenance::index(std::size_t entry)
{
    auto [it, inserted] = m_index.try_emplace(m_entries[entry].pointer, entry);
    if (!inserted && it->second < entry)
        it->second = entry;
}

void Provenance::unindex(std::size_t entry)
{
    // Only erase() unindexes, and it drops every record at the pointer, so
    // no earlier record there can take over.
    const auto it = m_index.find(m_entries[entry].pointer);
    if (it != m_index.end() && it->second == entry)
        m_index.erase(it);
}

void Provenance::erase(std::string_view specPointer)
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (!m_entries[i].erased && atOrBelow(m_entries[i].pointer, specPointer)) {
            m_entries[i].erased = true;
            unindex(i);
        }
    }
}

void Provenance::eraseArrayElement(std::string_view arrayPointer, std::size_t index)
{
    std::string removed(arrayPointer);
    removed += '/' + std::to_string(index);
    erase(removed);
    // Later elements move down by one: take them out of the index, rename,
    // and put them back, so renamed records never collide with stale keys.
    std::vector<std::pair<std::size_t, std::string>> renamed;
    for (std::size_t e = 0; e < m_entries.size(); ++e) {
        const std::string &p = m_entries[e].pointer;
        if (m_entries[e].erased || p.size() <= arrayPointer.size() + 1 || !atOrBelow(p, arrayPointer))
            continue;
        const std::size_t start = arrayPointer.size() + 1;
        std::size_t end = p.find('/', start);
        if (end == std::string::npos)
            end = p.size();
        std::size_t i = 0;
        const auto r = std::from_chars(p.data() + start, p.data() + end, i);
        if (r.ec != std::errc() || r.ptr != p.data() + end || i <= index)
            continue;
        renamed.emplace_back(e, p.substr(0, start) + std::to_string(i - 1) + p.substr(end));
    }
    for (const auto &[e, pointer] : renamed)
        if (auto it = m_index.find(m_entries[e].pointer); it != m_index.end() && it->second == e)
            m_index.erase(it);
    for (auto &[e, pointer] : renamed)
        m_entries[e].pointer = std::move(pointer);
    for (const auto &[e, pointer] : renamed)
        this->index(e);
}

const Origin *Provenance::lookup(std::string_view specPointer) const
{
    std::string p(specPointer);
    for (;;) {
        if (auto it = m_index.find(p); it != m_index.end())
            return &m_entries[it->second].origin;
        if (p.empty())
            return nullptr;
        p.resize(p.rfind('/'));
    }
}

} // namespace oci
