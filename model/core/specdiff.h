#pragma once

// Comparing two specs (or any two JSON documents): the RFC 6902 patch that
// turns one into the other and the unified diff of their pretty texts, plus
// the baselines a spec is usually compared with.

#include "builder.h"
#include "gojson.h"
#include "hostprofile.h"
#include "json.h"
#include "jsonpatch.h"
#include "spec.h"
#include "unifieddiff.h"

#include <string>
#include <string_view>

namespace oci {

// The spec as the JSON value Docker writes (json.Marshal, field order kept).
json::Value specToJson(const spec::Spec &spec);

// A JSON value as json.MarshalIndent(v, "", "  ") writes it, plus a newline:
// the text both sides of a unified diff show.
std::string prettyText(const json::Value &value);

struct SpecDiff {
    jsonpatch::Patch patch; // turns `a` into `b`
    std::string oldText; // prettyText(a)
    std::string newText; // prettyText(b)
    UnifiedDiff unified; // oldText → newText, 3 lines of context
    bool equal() const { return patch.empty(); }
};

SpecDiff diffSpecs(const json::Value &a, const json::Value &b, int context = 3);

// The JSON Pointer of the value a hunk changes, so that a click on a hunk
// can reveal its field: the deepest value whose lines hold every changed
// line of the hunk, in the new text (in the old one for a hunk that only
// deletes). The spans are gojson::indentWithMap's of the two texts; empty
// (the whole document) when no value is deeper.
std::string hunkPointer(const DiffHunk &hunk, const std::vector<gojson::LineSpan> &oldSpans,
                        const std::vector<gojson::LineSpan> &newSpans);

// Docker's default spec (DefaultLinuxSpec), with the host's extra masked
// paths when a host profile is given.
json::Value dockerDefaultSpec(const HostProfile *host = nullptr);

// A diff operand from a parsed input: an OCI spec document as it is, or the
// spec any other input builds. False when it cannot be had: the build's
// diagnostics (and Docker's refusal, as a "docker-refuses" error) are in
// `diagnostics`.
bool specOperand(const json::Value &root, std::string_view source, const std::string &file,
                 const BuildOptions &options, json::Value &out, Diagnostics &diagnostics);

} // namespace oci
