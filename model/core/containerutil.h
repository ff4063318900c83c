#pragma once

// Small Go standard-library behaviours the container builder depends on
// (strings, strconv, path, net/netip) and the parsers Docker uses on its
// inputs. Internal to the container builder.

#include "containerconfig.h"

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace oci::container {

std::string toLower(std::string_view s);
std::string toUpper(std::string_view s);
inline bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
inline bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
std::string replaceAll(std::string_view s, std::string_view from, std::string_view to);
// strings.Split
std::vector<std::string> split(std::string_view s, char sep);
// strings.SplitN
std::vector<std::string> splitN(std::string_view s, char sep, int n);
// strings.Split as views into `s`: for parsing that keeps no pieces beyond
// `s`'s lifetime, without a string (and allocation) per piece.
std::vector<std::string_view> splitViews(std::string_view s, char sep);
// strings.Split's pieces one by one, as views of `s`: for scans that keep
// no list. `onPiece` returns false to stop.
template<typename F>
void forEachPiece(std::string_view s, char sep, F &&onPiece)
{
    for (std::size_t pos = 0;;) {
        const auto hit = s.find(sep, pos);
        if (!onPiece(s.substr(pos, hit == std::string_view::npos ? std::string_view::npos : hit - pos))
            || hit == std::string_view::npos)
            return;
        pos = hit + 1;
    }
}
// json::appendPointerIndex, inline for the one- and two-digit indexes that
// most of a build's few hundred records end with.
inline void appendIndex(std::string &pointer, std::size_t index)
{
    if (index < 10) {
        const char text[2] = {'/', static_cast<char>('0' + index)};
        pointer.append(text, 2);
    } else if (index < 100) {
        const char text[3] = {'/', static_cast<char>('0' + index / 10), static_cast<char>('0' + index % 10)};
        pointer.append(text, 3);
    } else {
        json::appendPointerIndex(pointer, index);
    }
}
// strings.TrimSpace (ASCII white space)
std::string_view trimSpace(std::string_view s);
// strconv.Quote
std::string goQuote(std::string_view s);
// strconv.Atoi
bool parseGoInt(std::string_view s, std::int64_t &out);
// strconv.ParseUint(s, 10, bits)
bool parseGoUint(std::string_view s, int bits, std::uint64_t &out);
// netip.ParseAddr succeeds
bool isIPAddress(std::string_view s);
// sysinfo.parseUintList: "0-2,4"; false with `err` set on a bad list.
bool parseUintList(std::string_view val, std::int64_t maximum, std::set<std::int64_t> &out, std::string &err);
// linuxParser.ConvertTmpfsOptions; `err` set when an option is invalid.
std::string convertTmpfsOptions(const TmpfsOptions *options, bool readOnly, std::string &err);

} // namespace oci::container
