#pragma once

// JSON Pointer (RFC 6901) string surgery the core's helpers do not cover:
// splitting a pointer into its parent and last token.

#include <string>
#include <string_view>
#include <vector>

class JsonPointer
{
public:
    // The unescaped reference tokens of `pointer` ("" → none).
    static std::vector<std::string> tokens(std::string_view pointer);
    // Everything before the last token ("/a/b" → "/a", "/a" → "").
    static std::string parent(std::string_view pointer);
    // The last token, unescaped ("/a/m~1n" → "m/n"); empty for the root.
    static std::string lastToken(std::string_view pointer);
    // The array index a token names, or -1 when it is not a valid one
    // (RFC 6901: decimal digits, no leading zero).
    static long long index(std::string_view token);
};
