#include "jsonpointer.h"

namespace {

std::string unescape(std::string_view token)
{
    std::string out;
    out.reserve(token.size());
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size() && (token[i + 1] == '0' || token[i + 1] == '1')) {
            out.push_back(token[i + 1] == '0' ? '~' : '/');
            ++i;
        } else {
            out.push_back(token[i]);
        }
    }
    return out;
}

} // namespace

std::vector<std::string> JsonPointer::tokens(std::string_view pointer)
{
    std::vector<std::string> out;
    if (pointer.empty() || pointer.front() != '/')
        return out;
    std::size_t start = 1;
    while (true) {
        const std::size_t slash = pointer.find('/', start);
        out.push_back(unescape(pointer.substr(start, slash == std::string_view::npos ? slash : slash - start)));
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }
    return out;
}

std::string JsonPointer::parent(std::string_view pointer)
{
    const std::size_t slash = pointer.rfind('/');
    return slash == std::string_view::npos ? std::string() : std::string(pointer.substr(0, slash));
}

std::string JsonPointer::lastToken(std::string_view pointer)
{
    const std::size_t slash = pointer.rfind('/');
    return slash == std::string_view::npos ? std::string() : unescape(pointer.substr(slash + 1));
}

long long JsonPointer::index(std::string_view token)
{
    if (token.empty() || token.size() > 18 || (token.size() > 1 && token.front() == '0'))
        return -1;
    long long n = 0;
    for (const char c : token) {
        if (c < '0' || c > '9')
            return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}
