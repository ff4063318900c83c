#include "diagnostic.h"

namespace oci {

const char *severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Note:
        return "note";
    }
    return "error";
}

std::string Diagnostic::format() const
{
    std::string out = file.empty() ? std::string("-") : file;
    out.push_back(':');
    // A pointer names the place for every finding but a parse error, whose
    // document has no structure to point into.
    if (!inputPointer.empty())
        out += inputPointer;
    else if (!specPointer.empty())
        out += specPointer;
    else if (line > 0)
        out += std::to_string(line) + ':' + std::to_string(column);
    out += ": ";
    out += severityName(severity);
    out.push_back(' ');
    out += code;
    out += ": ";
    out += message;
    return out;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    for (const auto &d : diagnostics)
        if (d.severity == Severity::Error)
            return true;
    return false;
}

} // namespace oci
