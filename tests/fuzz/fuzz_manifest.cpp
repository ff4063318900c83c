// The plugin manifest decoder: any bytes → parse → Go-rule decode.
#include "godecode.h"
#include "plugin.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    oci::json::Value root;
    oci::json::ParseError error;
    if (!oci::json::parse(text, root, error))
        return 0;
    oci::Diagnostics diagnostics;
    oci::godecode::Decoder d(text, "fuzz", diagnostics);
    oci::plugin::Config config;
    oci::plugin::decodeConfig(d, root, oci::godecode::Path(), config);
    return 0;
}
