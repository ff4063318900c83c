#pragma once

// Reads a config.json (runc's, Docker's, a user's) into the typed spec with
// Go encoding/json's rules, as json.Unmarshal into specs.Spec would: keys
// match case-insensitively, duplicates merge in document order, `null`
// clears pointers and slices, wrong types and out-of-range numbers are
// located errors. Unknown keys are reported as warnings (Go ignores them).

#include "godecode.h"
#include "spec.h"

namespace oci {

void decodeSpec(godecode::Decoder &d, const json::Value &v, const godecode::Path &path, spec::Spec &out);

} // namespace oci
