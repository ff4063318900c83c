#include "builder.h"

#include "container.h"
#include "godecode.h"
#include "initspec.h"

namespace oci {

const char *inputKindName(InputKind kind)
{
    switch (kind) {
    case InputKind::Scenario:
        return "scenario";
    case InputKind::OciSpec:
        return "OCI spec";
    case InputKind::DockerInspect:
        return "docker inspect output";
    case InputKind::CreateBody:
        return "Engine API create body";
    case InputKind::PluginManifest:
        return "plugin manifest";
    case InputKind::Invalid:
        break;
    }
    return "unrecognised input";
}

InputKind detectInputKind(const json::Value &root)
{
    if (root.isArray()) {
        if (root.size() > 0 && root.at(0).isObject() && root.at(0).findFold("Config") && root.at(0).findFold("HostConfig"))
            return InputKind::DockerInspect;
        return InputKind::Invalid;
    }
    if (!root.isObject())
        return InputKind::Invalid;
    if (root.find("kind"))
        return InputKind::Scenario;
    if (root.find("ociVersion"))
        return InputKind::OciSpec;
    if (root.findFold("HostConfig"))
        return InputKind::CreateBody;
    return InputKind::PluginManifest;
}

namespace {

// Host profile precedence: --host, then the document's `host`, then the
// fallback (a probe of this machine, reported as a note).
const HostProfile *chooseHost(const json::Value &root, InputKind kind, godecode::Decoder &d,
                              const BuildOptions &options, HostProfile &embedded, BuildResult &out)
{
    if (options.host) {
        out.hostOrigin = options.host->origin;
        return options.host;
    }
    if (kind == InputKind::Scenario) {
        if (const json::Value *h = root.find("host"); h && !h->isNull()) {
            embedded = HostProfile::defaults();
            embedded.origin = "embedded";
            decodeHostProfile(d, *h, godecode::Path().key("host"), embedded);
            out.hostOrigin = embedded.origin;
            return &embedded;
        }
    }
    static const HostProfile defaults = HostProfile::defaults();
    const HostProfile *fallback = options.fallbackHost ? options.fallbackHost : &defaults;
    out.hostOrigin = fallback->origin;
    Diagnostic note;
    note.severity = Severity::Note;
    note.code = "host-profile";
    note.message = "no host profile given (--host) or embedded (`host`): using " + fallback->origin
        + (fallback->origin == "probe" ? " of this machine" : " host facts");
    note.file = d.file();
    out.diagnostics.push_back(std::move(note));
    return fallback;
}

} // namespace

std::shared_ptr<const BuildResult> build(const json::Value &root, std::string_view source, const std::string &file,
                                         const BuildOptions &options)
{
    auto result = std::make_shared<BuildResult>();
    BuildResult &out = *result;
    out.kind = detectInputKind(root);
    godecode::Decoder d(source, file, out.diagnostics);
    d.setRecording(options.recordProvenance);

    if (out.kind == InputKind::Invalid || out.kind == InputKind::OciSpec) {
        Diagnostic diag;
        diag.code = "input-kind";
        diag.file = file;
        diag.message = out.kind == InputKind::OciSpec
            ? "this is already an OCI spec (it has `ociVersion`): there is nothing to build"
            : "not a scenario, plugin manifest, Engine API create body or `docker inspect` output";
        out.diagnostics.push_back(std::move(diag));
        return result;
    }

    bool isPlugin = out.kind == InputKind::PluginManifest;
    if (out.kind == InputKind::Scenario) {
        const json::Value *kind = root.find("kind");
        if (!kind->isString() || (kind->text() != "plugin" && kind->text() != "container")) {
            d.error(*kind, godecode::Path().key("kind"), "scenario-kind",
                    "`kind` must be \"plugin\" or \"container\"");
            return result;
        }
        isPlugin = kind->text() == "plugin";
    }

    HostProfile embedded;
    const HostProfile *host = chooseHost(root, out.kind, d, options, embedded, out);
    if (d.failed())
        return result;

    if (isPlugin)
        plugin::build(root, out.kind, d, options, *host, out);
    else
        container::build(root, out.kind, d, options, *host, out);
    d.finish();
    if (d.failed())
        out.decoded = false;
    return result;
}

std::shared_ptr<const BuildResult> buildText(std::string_view text, const std::string &file, const BuildOptions &options)
{
    json::Value root;
    json::ParseError error;
    if (!json::parse(text, root, error)) {
        auto result = std::make_shared<BuildResult>();
        Diagnostic diag;
        diag.code = "parse";
        diag.message = error.message;
        diag.file = file;
        diag.line = error.location.line;
        diag.column = error.location.column;
        result->diagnostics.push_back(std::move(diag));
        return result;
    }
    return build(root, text, file, options);
}

} // namespace oci
