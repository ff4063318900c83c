#pragma once

#include <QByteArray>

namespace oci::json {
class Value;
}

// Writes scenario documents: two-space indentation, members in their stored
// order (duplicates kept), numbers as their literal text, strings as UTF-8
// with only the escapes JSON requires, and a trailing newline. The output is
// a fixed point of parse + write, so a file the app wrote is saved back byte
// for byte; it matches the layout of the Docker fixtures' case.json files.
class JsonWriter
{
public:
    static QByteArray pretty(const oci::json::Value &value);
};
