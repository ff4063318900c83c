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
    m_index[specPointer] = m_entries.size();
    m_entries.push_back({std::move(specPointer), std::move(origin)});
}

void Provenance::record(std::string specPointer, std::string_view step, std::vector<std::string> inputs)
{
    record(std::move(specPointer), Origin{std::string(step), std::move(inputs)});
}

void Provenance::reindex()
{
    m_index.clear();
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        m_index[m_entries[i].pointer] = i;
}

void Provenance::erase(std::string_view specPointer)
{
    std::erase_if(m_entries, [&](const Entry &e) { return atOrBelow(e.pointer, specPointer); });
    reindex();
}

void Provenance::eraseArrayElement(std::string_view arrayPointer, std::size_t index)
{
    std::string removed(arrayPointer);
    removed += '/' + std::to_string(index);
    erase(removed);
    for (auto &e : m_entries) {
        if (e.pointer.size() <= arrayPointer.size() + 1 || !atOrBelow(e.pointer, arrayPointer))
            continue;
        const std::size_t start = arrayPointer.size() + 1;
        std::size_t end = e.pointer.find('/', start);
        if (end == std::string::npos)
            end = e.pointer.size();
        std::size_t i = 0;
        const auto r = std::from_chars(e.pointer.data() + start, e.pointer.data() + end, i);
        if (r.ec != std::errc() || r.ptr != e.pointer.data() + end || i <= index)
            continue;
        e.pointer = e.pointer.substr(0, start) + std::to_string(i - 1) + e.pointer.substr(end);
    }
    reindex();
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
