#pragma once

// One type for every finding of the core: decode and parse errors, Docker's
// refusals, validation results and lint. Plain data so that the CLI prints it
// and the GUI shows it through a model without knowing where it came from.

#include <string>
#include <vector>

namespace oci {

enum class Severity { Error, Warning, Note };

const char *severityName(Severity severity);

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string code; // stable, kebab-case: "unknown-key", "docker-refusal", ...
    std::string message;
    std::string specPointer; // JSON Pointer into the built spec, or empty
    std::string inputPointer; // JSON Pointer into the input document, or empty
    std::string file; // input file name, or empty
    int line = 0; // 1-based location in `file` when known (parse errors)
    int column = 0;

    // `FILE:POINTER: SEVERITY CODE: message` (shared/reference/cli.md).
    std::string format() const;
};

using Diagnostics = std::vector<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace oci
