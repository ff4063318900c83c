// The document loader: any bytes as a scenario, manifest, create body or
// `docker inspect` output → build → both encodings.
#include "builder.h"
#include "fuzzhost.h"
#include "specencoder.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    oci::BuildOptions options;
    options.host = &fuzzHost();
    auto result = oci::buildText(text, "fuzz", options);
    if (result->decoded && !result->refused) {
        const std::string compact = oci::encodeCompact(result->spec);
        const std::string pretty = oci::encodePretty(result->spec);
        if (compact.empty() || pretty.size() < compact.size())
            __builtin_trap();
    }
    return 0;
}
