#pragma once

// Validation of OCI specs and lint of the inputs that build them, as one list
// of diagnostics with stable codes:
//  - the runtime-spec JSON schema installed on the machine (schemavalidator.h);
//  - the spec's semantic rules as runtime-tools `validate` checks them
//    (MUST → error, SHOULD → warning; specrules.cpp);
//  - Docker and plugin-author lint on scenarios, plugin manifests and
//    container configurations (lint.cpp).
// Spec findings carry the spec pointer and, where the build's provenance
// knows it, the input pointer of what produced the value.

#include "builder.h"
#include "diagnostic.h"
#include "json.h"
#include "schemavalidator.h"
#include "spec.h"

#include <optional>
#include <string>
#include <string_view>

namespace oci {

struct ValidateOptions {
    std::string schemaDir; // empty: SchemaValidator::defaultDir()
    bool useSchema = true;
};

struct ValidationReport {
    InputKind kind = InputKind::Invalid;
    bool decoded = false; // false: parse or decode errors (the CLI exits 2)
    bool refused = false; // Docker refuses the inputs: no spec to validate
    bool specValidated = false;
    // The schema that judged the spec; empty when none could be loaded
    // (`schemaError` says why).
    std::optional<SchemaInfo> schema;
    std::string schemaError;
    // The document's ociVersion is newer than the schema: its findings are notes.
    bool documentNewerThanSchema = false;
    Diagnostics diagnostics;

    int count(Severity severity) const;
    bool hasErrors() const { return count(Severity::Error) > 0; }
};

// Validates any input. An OCI spec (an object with `ociVersion`) is decoded
// with Go's rules and validated as it is; any other input is built with
// `build`, the spec validated and the input linted.
ValidationReport validate(const json::Value &root, std::string_view source, const std::string &file,
    const BuildOptions &build, const ValidateOptions &options);

// The same for an input already built (the GUI validates each snapshot):
// `result` is what oci::build returned for `root`. `lint`, when given, is
// what lintInput() found on `root` (for result.kind and `build`), made
// beforehand: the GUI lints on a second thread while it builds.
// `encodedSpec`, when given, is result.spec as encoded and parsed back (the
// GUI has it already for its diff); else it is made here.
ValidationReport validateBuilt(const BuildResult &result, const json::Value &root, const std::string &file,
                               const BuildOptions &build, const ValidateOptions &options,
                               const Diagnostics *lint = nullptr, const json::Value *encodedSpec = nullptr);

// The pieces, for callers that want one of them.

// The runtime-spec's semantic rules on a typed spec. Findings carry spec
// pointers only.
void checkSpecRules(const spec::Spec &spec, Diagnostics &out);

// Schema findings for a spec document (JSON as written or as encoded), graded:
// errors, or notes when the document's ociVersion is newer than the schema.
// Returns whether it was newer.
bool checkSchema(const SchemaValidator &schema, const json::Value &document, Diagnostics &out);

// Docker and plugin-author lint on an input of kind `kind` (not a spec).
// `build` supplies the --set arguments and --engine settings the build used.
void lintInput(const json::Value &root, InputKind kind, const BuildOptions &build, Diagnostics &out);

} // namespace oci
