// The diff: the input splits at its first NUL byte into two JSON documents
// (a single document is compared with itself changed by the fuzzer's other
// half). Properties: applying the patch to A gives B; the unified diff of
// the pretty texts is empty exactly when the documents are equivalent.
#include "gojson.h"
#include "jsonpatch.h"
#include "specdiff.h"
#include "unifieddiff.h"

#include <cstdint>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const char *bytes = reinterpret_cast<const char *>(data);
    const void *nul = std::memchr(bytes, 0, size);
    const std::size_t split = nul ? static_cast<std::size_t>(static_cast<const char *>(nul) - bytes) : size / 2;
    const std::string_view left(bytes, split);
    const std::string_view right = nul ? std::string_view(bytes + split + 1, size - split - 1)
                                       : std::string_view(bytes + split, size - split);
    oci::json::Value a, b;
    oci::json::ParseError error;
    if (!oci::json::parse(left, a, error) || !oci::json::parse(right, b, error))
        return 0;
    const oci::jsonpatch::Patch patch = oci::jsonpatch::diff(a, b);
    oci::json::Value patched = a;
    std::string why;
    if (!oci::jsonpatch::apply(patched, patch, why) || !oci::jsonpatch::equivalent(patched, b))
        __builtin_trap();
    const std::string textA = oci::prettyText(a);
    const std::string textB = oci::prettyText(b);
    const oci::UnifiedDiff unified = oci::diffLines(textA, textB);
    if (unified.hunks.empty() != (textA == textB))
        __builtin_trap();
    return 0;
}
