#include "containerutil.h"

#include "containerstate.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cstdio>

namespace oci::container {

std::string toLower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string toUpper(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return out;
}

std::string replaceAll(std::string_view s, std::string_view from, std::string_view to)
{
    std::string out;
    std::size_t pos = 0;
    while (true) {
        const auto hit = s.find(from, pos);
        if (hit == std::string_view::npos || from.empty()) {
            out.append(s.substr(pos));
            return out;
        }
        out.append(s.substr(pos, hit - pos));
        out.append(to);
        pos = hit + from.size();
    }
}

std::vector<std::string> split(std::string_view s, char sep)
{
    return splitN(s, sep, -1);
}

namespace {

// strings.SplitN into owned strings or views of `s`.
template<typename Piece>
std::vector<Piece> splitPieces(std::string_view s, char sep, int n)
{
    std::vector<Piece> out;
    if (n == 0)
        return out;
    std::size_t pos = 0;
    while (n < 0 || static_cast<int>(out.size()) < n - 1) {
        const auto hit = s.find(sep, pos);
        if (hit == std::string_view::npos)
            break;
        out.emplace_back(s.substr(pos, hit - pos));
        pos = hit + 1;
    }
    out.emplace_back(s.substr(pos));
    return out;
}

} // namespace

std::vector<std::string> splitN(std::string_view s, char sep, int n)
{
    return splitPieces<std::string>(s, sep, n);
}

std::vector<std::string_view> splitViews(std::string_view s, char sep)
{
    return splitPieces<std::string_view>(s, sep, -1);
}

std::string_view trimSpace(std::string_view s)
{
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

std::string goQuote(std::string_view s)
{
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\a': out += "\\a"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\v': out += "\\v"; break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\x%02x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    out += '"';
    return out;
}

bool parseGoInt(std::string_view s, std::int64_t &out)
{
    if (!s.empty() && s[0] == '+')
        s.remove_prefix(1);
    return godecode::parseInt(s, 64, out);
}

bool parseGoUint(std::string_view s, int bits, std::uint64_t &out)
{
    return godecode::parseUint(s, bits, out);
}

bool isIPAddress(std::string_view s)
{
    if (s.empty())
        return false;
    std::string text(s);
    const auto zone = text.find('%');
    if (zone != std::string::npos) {
        if (zone + 1 == text.size() || text.find(':') == std::string::npos)
            return false;
        text.resize(zone);
    }
    unsigned char buf[16];
    return inet_pton(AF_INET, text.c_str(), buf) == 1 || inet_pton(AF_INET6, text.c_str(), buf) == 1;
}

bool parseUintList(std::string_view val, std::int64_t maximum, std::set<std::int64_t> &out, std::string &err)
{
    out.clear();
    err.clear();
    if (val.empty())
        return true;
    auto invalid = [&] { return "invalid format: " + std::string(val); }; // only built on error
    for (const std::string_view r : splitViews(val, ',')) {
        const auto dash = r.find('-');
        if (dash == std::string_view::npos) {
            std::int64_t v = 0;
            if (!parseGoInt(r, v)) {
                err = invalid();
                return false;
            }
            if (maximum != 0 && v > maximum) {
                err = "value of out range, maximum is " + std::to_string(maximum);
                return false;
            }
            out.insert(v);
        } else {
            std::int64_t lo = 0, hi = 0;
            if (!parseGoInt(r.substr(0, dash), lo) || !parseGoInt(r.substr(dash + 1), hi) || hi < lo) {
                err = invalid();
                return false;
            }
            if (maximum != 0 && hi > maximum) {
                err = "value of out range, maximum is " + std::to_string(maximum);
                return false;
            }
            for (std::int64_t i = lo; i <= hi; ++i)
                out.insert(i);
        }
    }
    return true;
}

std::string convertTmpfsOptions(const TmpfsOptions *opt, bool readOnly, std::string &err)
{
    err.clear();
    std::vector<std::string> raw;
    if (readOnly)
        raw.emplace_back("ro");
    if (opt && opt->mode != 0) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "mode=%o", opt->mode);
        raw.emplace_back(buf);
    }
    if (opt && opt->sizeBytes != 0) {
        std::int64_t size = opt->sizeBytes;
        std::string suffix;
        const std::pair<const char *, std::int64_t> units[] = {{"g", 1LL << 30}, {"m", 1LL << 20}, {"k", 1LL << 10}};
        for (const auto &[s, divisor] : units) {
            if (size % divisor == 0) {
                size /= divisor;
                suffix = s;
                break;
            }
        }
        raw.push_back("size=" + std::to_string(size) + suffix);
    }
    if (opt) {
        for (const auto &o : opt->options) {
            if (o.empty() || o.size() > 2) {
                err = "invalid option array length";
                return {};
            }
            if (o[0] != "exec" && o[0] != "noexec") {
                err = "invalid option: " + o[0];
                return {};
            }
            raw.push_back(o.size() == 1 ? o[0] : o[0] + "=" + o[1]);
        }
    }
    std::string out;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (i)
            out += ',';
        out += raw[i];
    }
    return out;
}

// ---- modes (api/types/container) ------------------------------------------

bool isContainerMode(std::string_view mode)
{
    return startsWith(mode, "container:");
}

std::string connectedContainer(std::string_view mode)
{
    return isContainerMode(mode) ? std::string(mode.substr(10)) : std::string();
}

bool networkIsHost(std::string_view mode)
{
    return mode == "host";
}

bool networkIsNone(std::string_view mode)
{
    return mode == "none";
}

bool networkIsPrivate(std::string_view mode)
{
    return !networkIsHost(mode) && !isContainerMode(mode);
}

bool ipcModeValid(std::string_view mode)
{
    return mode.empty() || mode == "none" || mode == "private" || mode == "host" || mode == "shareable"
        || isContainerMode(mode);
}

bool pidModeValid(std::string_view mode)
{
    return mode.empty() || mode == "host" || (isContainerMode(mode) && mode.size() > 10);
}

bool pidIsPrivate(std::string_view mode)
{
    return mode != "host" && !isContainerMode(mode);
}

namespace {

// True when path.Clean would return `p` unchanged: no empty, "." or ".."
// element and no trailing slash (the paths a build sees mostly are).
bool isCleanPath(std::string_view p)
{
    if (p.empty())
        return false;
    if (p == "/")
        return true;
    std::size_t i = p[0] == '/' ? 1 : 0;
    for (;;) {
        const std::size_t slash = p.find('/', i);
        const std::string_view part = p.substr(i, slash == std::string_view::npos ? std::string_view::npos : slash - i);
        if (part.empty() || part == "." || part == "..")
            return false;
        if (slash == std::string_view::npos)
            return true;
        i = slash + 1;
    }
}

} // namespace

std::size_t cleanPathDepth(std::string_view p)
{
    if (isCleanPath(p))
        return static_cast<std::size_t>(std::count(p.begin(), p.end(), '/'));
    const std::string clean = cleanPath(p);
    return static_cast<std::size_t>(std::count(clean.begin(), clean.end(), '/'));
}

bool cleansToRoot(std::string_view p)
{
    if (p.empty() || p[0] != '/')
        return false; // path.Clean keeps a path relative
    return isCleanPath(p) ? p == "/" : cleanPath(p) == "/";
}

std::string cleanPath(std::string_view p)
{
    if (isCleanPath(p))
        return std::string(p);
    if (p.empty())
        return ".";
    const bool rooted = p[0] == '/';
    std::vector<std::string_view> parts;
    std::size_t i = 0;
    while (i < p.size()) {
        while (i < p.size() && p[i] == '/')
            ++i;
        const std::size_t start = i;
        while (i < p.size() && p[i] != '/')
            ++i;
        const std::string_view part = p.substr(start, i - start);
        if (part.empty() || part == ".")
            continue;
        if (part == "..") {
            if (!parts.empty() && parts.back() != "..")
                parts.pop_back();
            else if (!rooted)
                parts.push_back(part);
            continue;
        }
        parts.push_back(part);
    }
    std::string out = rooted ? "/" : "";
    for (std::size_t k = 0; k < parts.size(); ++k) {
        if (k)
            out += '/';
        out.append(parts[k]);
    }
    if (out.empty())
        return ".";
    return out;
}

std::string joinPath(std::string_view a, std::string_view b)
{
    if (a.empty() && b.empty())
        return {};
    if (a.empty())
        return cleanPath(b);
    if (b.empty())
        return cleanPath(a);
    return cleanPath(std::string(a) + "/" + std::string(b));
}

} // namespace oci::container
