#pragma once

// The OCI spec as Docker writes config.json: Go's json.Marshal over the
// runtime-spec 1.3.0 types (shared/reference/oci-json-order.md). Byte-exact:
// struct field order, omitempty, Go pointer semantics (std::optional),
// HTML-safe escaping, map keys sorted bytewise, no trailing newline.

#include "gojson.h"
#include "spec.h"

#include <string>

namespace oci {

// Appends json.Marshal(spec) to `out`.
void appendCompact(std::string &out, const spec::Spec &spec);
std::string encodeCompact(const spec::Spec &spec);

// json.MarshalIndent(spec, "", "  ") followed by a newline.
std::string encodePretty(const spec::Spec &spec);
// encodePretty() with the line span of every value (for cursor ↔ pointer).
gojson::PrettyText encodePrettyWithMap(const spec::Spec &spec);

} // namespace oci
