#include "jsonwriter.h"

#include "json.h"

#include <string>

namespace {

void appendEscaped(std::string &out, const std::string &s)
{
    static const char hex[] = "0123456789abcdef";
    out.push_back('"');
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (c < 0x20) {
                out.append("\\u00");
                out.push_back(hex[c >> 4]);
                out.push_back(hex[c & 0xf]);
            } else if (c == 0xe2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80
                       && (static_cast<unsigned char>(s[i + 2]) == 0xa8
                           || static_cast<unsigned char>(s[i + 2]) == 0xa9)) {
                // U+2028/U+2029 are valid raw, but editors (QPlainTextEdit
                // included) break lines at them, so the file would not show
                // what it holds.
                out.append(static_cast<unsigned char>(s[i + 2]) == 0xa8 ? "\\u2028" : "\\u2029");
                i += 2;
            } else {
                out.push_back(static_cast<char>(c));
            }
        }
    }
    out.push_back('"');
}

void write(std::string &out, const oci::json::Value &v, int depth)
{
    using oci::json::Type;
    switch (v.type()) {
    case Type::Null:
        out.append("null");
        return;
    case Type::Bool:
        out.append(v.boolean() ? "true" : "false");
        return;
    case Type::Number:
        out.append(v.text());
        return;
    case Type::String:
        appendEscaped(out, v.text());
        return;
    case Type::Array:
    case Type::Object:
        break;
    }
    const bool object = v.isObject();
    if (v.size() == 0) {
        out.append(object ? "{}" : "[]");
        return;
    }
    out.push_back(object ? '{' : '[');
    for (std::size_t i = 0; i < v.size(); ++i) {
        out.append(i == 0 ? "\n" : ",\n");
        out.append(static_cast<std::size_t>(depth + 1) * 2, ' ');
        if (object) {
            appendEscaped(out, v.key(i));
            out.append(": ");
        }
        write(out, v.at(i), depth + 1);
    }
    out.push_back('\n');
    out.append(static_cast<std::size_t>(depth) * 2, ' ');
    out.push_back(object ? '}' : ']');
}

} // namespace

QByteArray JsonWriter::pretty(const oci::json::Value &value)
{
    std::string out;
    write(out, value, 0);
    out.push_back('\n');
    return QByteArray(out.data(), static_cast<qsizetype>(out.size()));
}
