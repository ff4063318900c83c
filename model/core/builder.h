#pragma once

// The entry point of the core: an input document (scenario, plugin manifest,
// Engine API create body, `docker inspect` output) → the OCI spec Docker
// Engine 29.7.2 builds, with provenance and diagnostics. Pure: host facts come
// in as a HostProfile value.

#include "diagnostic.h"
#include "hostprofile.h"
#include "json.h"
#include "provenance.h"
#include "spec.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace oci {

enum class InputKind { Scenario, OciSpec, DockerInspect, CreateBody, PluginManifest, Invalid };
const char *inputKindName(InputKind kind);
// Recognises an input by content (shared/reference/cli.md).
InputKind detectInputKind(const json::Value &root);

struct BuildOptions {
    // Host facts, highest precedence first: explicit (--host), then the
    // document's embedded `host`, then `fallbackHost` (a probe of this machine).
    const HostProfile *host = nullptr;
    const HostProfile *fallbackHost = nullptr;
    // For bare manifests / create bodies / inspect output.
    std::vector<std::string> extraSet; // --set, appended to the scenario's `set`
    std::optional<std::string> id; // --id
    const json::Value *engine = nullptr; // --engine: replaces the default engine settings
    bool recordProvenance = true;
};

struct BuildResult {
    InputKind kind = InputKind::Invalid;
    bool decoded = false; // false: parse/decode errors (exit 2)
    bool refused = false; // Docker refuses these inputs (exit 1)
    std::string refusal; // Docker's error message when refused
    std::string refusalPointer; // the input that Docker refused, when known
    spec::Spec spec; // valid when decoded && !refused
    Provenance provenance;
    Diagnostics diagnostics;
    std::string hostOrigin; // which host profile was used
};

// Builds from an already parsed document. `source` is the text it was parsed
// from (for line/column in diagnostics; may be empty), `file` its name.
std::shared_ptr<const BuildResult> build(const json::Value &root, std::string_view source, const std::string &file,
                                         const BuildOptions &options);

// Parses `text` then builds; a parse error gives a result with decoded=false.
std::shared_ptr<const BuildResult> buildText(std::string_view text, const std::string &file, const BuildOptions &options);

} // namespace oci
