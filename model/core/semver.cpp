#include "semver.h"

#include <cctype>
#include <vector>

namespace oci {

namespace {

bool isDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return false;
    return true;
}

bool parseNumber(std::string_view s, unsigned long &out)
{
    if (!isDigits(s) || (s.size() > 1 && s[0] == '0') || s.size() > 9)
        return false;
    out = std::stoul(std::string(s));
    return true;
}

std::vector<std::string_view> splitDots(std::string_view s)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t dot = s.find('.', start);
        parts.push_back(s.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
        if (dot == std::string_view::npos)
            return parts;
        start = dot + 1;
    }
}

// Pre-release and build identifiers: [0-9A-Za-z-]+, numeric ones without
// leading zeros (pre-release only).
bool validIdentifiers(std::string_view s, bool numericNoLeadingZero)
{
    for (std::string_view id : splitDots(s)) {
        if (id.empty())
            return false;
        for (char c : id)
            if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-')
                return false;
        if (numericNoLeadingZero && isDigits(id) && id.size() > 1 && id[0] == '0')
            return false;
    }
    return true;
}

} // namespace

std::string SemVer::toString() const
{
    std::string s = std::to_string(major) + '.' + std::to_string(minor) + '.' + std::to_string(patch);
    if (!preRelease.empty())
        s += '-' + preRelease;
    if (!build.empty())
        s += '+' + build;
    return s;
}

std::optional<SemVer> parseSemVer(std::string_view text)
{
    SemVer v;
    const std::size_t plus = text.find('+');
    if (plus != std::string_view::npos) {
        v.build = std::string(text.substr(plus + 1));
        if (!validIdentifiers(v.build, false))
            return std::nullopt;
        text = text.substr(0, plus);
    }
    const std::size_t dash = text.find('-');
    if (dash != std::string_view::npos) {
        v.preRelease = std::string(text.substr(dash + 1));
        if (!validIdentifiers(v.preRelease, true))
            return std::nullopt;
        text = text.substr(0, dash);
    }
    const auto core = splitDots(text);
    if (core.size() != 3 || !parseNumber(core[0], v.major) || !parseNumber(core[1], v.minor)
        || !parseNumber(core[2], v.patch))
        return std::nullopt;
    return v;
}

int compareCore(const SemVer &a, const SemVer &b)
{
    if (a.major != b.major)
        return a.major < b.major ? -1 : 1;
    if (a.minor != b.minor)
        return a.minor < b.minor ? -1 : 1;
    if (a.patch != b.patch)
        return a.patch < b.patch ? -1 : 1;
    return 0;
}

int compareSemVer(const SemVer &a, const SemVer &b)
{
    if (int c = compareCore(a, b))
        return c;
    if (a.preRelease.empty() || b.preRelease.empty())
        return a.preRelease.empty() == b.preRelease.empty() ? 0 : (a.preRelease.empty() ? 1 : -1);
    const auto pa = splitDots(a.preRelease), pb = splitDots(b.preRelease);
    for (std::size_t i = 0; i < pa.size() && i < pb.size(); ++i) {
        const bool na = isDigits(pa[i]), nb = isDigits(pb[i]);
        if (na && nb) {
            if (pa[i].size() != pb[i].size())
                return pa[i].size() < pb[i].size() ? -1 : 1;
        } else if (na != nb) {
            return na ? -1 : 1;
        }
        if (int c = pa[i].compare(pb[i]))
            return c < 0 ? -1 : 1;
    }
    return pa.size() == pb.size() ? 0 : (pa.size() < pb.size() ? -1 : 1);
}

} // namespace oci
