// The config.json importer: decode into the typed spec, encode again, and
// check that the encoding is a fixed point (decode(encode(x)) encodes the same).
#include "godecode.h"
#include "specdecoder.h"
#include "specencoder.h"

#include <cstdint>

namespace {
bool decode(std::string_view text, oci::spec::Spec &spec)
{
    oci::json::Value root;
    oci::json::ParseError error;
    if (!oci::json::parse(text, root, error))
        return false;
    oci::Diagnostics diagnostics;
    oci::godecode::Decoder d(text, "fuzz", diagnostics);
    oci::decodeSpec(d, root, oci::godecode::Path(), spec);
    return !d.failed();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    oci::spec::Spec spec;
    if (!decode(std::string_view(reinterpret_cast<const char *>(data), size), spec))
        return 0;
    const std::string once = oci::encodeCompact(spec);
    oci::spec::Spec again;
    if (!decode(once, again) || oci::encodeCompact(again) != once)
        __builtin_trap();
    return 0;
}
