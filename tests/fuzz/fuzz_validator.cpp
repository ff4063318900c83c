// The validator: any bytes as an OCI spec or a buildable input → schema,
// runtime-tools rules and lint. The schema is the one installed on the
// machine (loaded once); without it the rules and lint still run.
#include "fuzzhost.h"
#include "validator.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    oci::json::Value root;
    oci::json::ParseError error;
    if (!oci::json::parse(text, root, error))
        return 0;
    oci::BuildOptions build;
    build.host = &fuzzHost();
    oci::ValidateOptions options;
    const oci::ValidationReport report = oci::validate(root, text, "fuzz", build, options);
    // Every finding names a severity and a code.
    for (const auto &d : report.diagnostics)
        if (d.code.empty())
            __builtin_trap();
    return 0;
}
