#pragma once

#include "json.h"

#include <string>

namespace ocispec {

// An input file read and parsed, with located errors printed to stderr in
// the CLI's `FILE:LINE:COLUMN: error CODE: message` form.
class InputFile
{
public:
    // Files larger than this are refused up front: no scenario comes close,
    // and the bound keeps memory predictable on hostile input.
    static constexpr std::size_t kMaxBytes = 64u << 20;

    bool load(const std::string &path); // "-" reads standard input
    const std::string &name() const { return m_name; }
    const std::string &text() const { return m_text; }
    const oci::json::Value &root() const { return m_root; }

private:
    std::string m_name;
    std::string m_text;
    oci::json::Value m_root;
};

// Writes through a temporary file in the same folder and renames it over
// `path`, so a failed write never leaves a half-written file behind.
bool writeFileAtomically(const std::string &path, const std::string &contents);

} // namespace ocispec
