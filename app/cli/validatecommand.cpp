// `ocispec validate INPUT [--host FILE] [--schema-dir DIR] [--format text|json]`
// (shared/reference/cli.md): a spec is validated as it is; any other input is
// built, its spec validated and the input linted.

#include "commands.h"

#include "gojson.h"
#include "inputfile.h"
#include "validator.h"

#include <cstdio>
#include <iostream>

namespace ocispec {

namespace {

std::string toJson(const oci::Diagnostics &diagnostics)
{
    std::string out = "[";
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        const oci::Diagnostic &d = diagnostics[i];
        if (i)
            out.push_back(',');
        out += "{\"severity\":";
        oci::gojson::appendString(out, oci::severityName(d.severity));
        out += ",\"code\":";
        oci::gojson::appendString(out, d.code);
        out += ",\"message\":";
        oci::gojson::appendString(out, d.message);
        out += ",\"specPointer\":";
        oci::gojson::appendString(out, d.specPointer);
        out += ",\"inputPointer\":";
        oci::gojson::appendString(out, d.inputPointer);
        out += ",\"file\":";
        oci::gojson::appendString(out, d.file);
        out.push_back('}');
    }
    out.push_back(']');
    return oci::gojson::indent(out) + '\n';
}

std::string plural(int n, const char *word)
{
    return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s");
}

} // namespace

int cmdValidate(const std::vector<std::string> &args)
{
    Options o;
    o.format = "text";
    std::string error;
    if (!parseOptions(args, 1, o, error))
        return usageError(error);
    if (o.positional.size() != 1)
        return usageError("validate takes exactly one INPUT");
    if (o.format != "text" && o.format != "json")
        return usageError("--format must be text or json");

    oci::ValidateOptions vo;
    if (o.schemaDir) {
        // A folder the user names must hold a schema: not applying it would
        // pass documents it was asked to judge.
        vo.schemaDir = *o.schemaDir;
        if (!oci::SchemaValidator::load(vo.schemaDir, error)) {
            std::cerr << *o.schemaDir << ": error schema-unavailable: " << error << '\n';
            return Failure;
        }
    }
    InputFile input;
    if (!input.load(o.positional[0]))
        return Failure;
    BuildSetup setup;
    if (oci::detectInputKind(input.root()) != oci::InputKind::OciSpec && !prepare(o, setup))
        return Failure;

    const oci::ValidationReport report = oci::validate(input.root(), input.text(), input.name(), setup.options, vo);

    if (o.format == "json") {
        const std::string text = toJson(report.diagnostics);
        std::fwrite(text.data(), 1, text.size(), stdout);
    } else {
        printDiagnostics(report.diagnostics);
        std::string summary = plural(report.count(oci::Severity::Error), "error") + ", "
            + plural(report.count(oci::Severity::Warning), "warning") + ", "
            + plural(report.count(oci::Severity::Note), "note");
        if (report.schema)
            summary += " (schema: " + report.schema->describe() + ")";
        else if (report.specValidated)
            summary += " (schema not applied: " + report.schemaError + ")";
        else if (report.refused)
            summary += " (Docker refuses the input: no spec to validate)";
        std::cout << summary << '\n';
    }
    std::fflush(stdout);
    if (!report.decoded)
        return Failure;
    return report.hasErrors() ? Refused : Success;
}

} // namespace ocispec
