#include "validator.h"

#include "godecode.h"
#include "semver.h"
#include "specdecoder.h"
#include "specencoder.h"

#include <algorithm>

namespace oci {

namespace {

bool isAncestorOrSelf(std::string_view ancestor, std::string_view pointer)
{
    return pointer.size() >= ancestor.size() && pointer.compare(0, ancestor.size(), ancestor) == 0
        && (pointer.size() == ancestor.size() || pointer[ancestor.size()] == '/');
}

// The input a built spec value came from, by the build's provenance. A record
// above the nearest array element is about the array as a whole (e.g. "the
// network namespace was removed"), not about this value, so it does not count.
std::string inputOf(const Provenance &provenance, const std::string &specPointer)
{
    std::size_t floor = 0;
    for (std::size_t i = 0; i < specPointer.size();) {
        const std::size_t next = specPointer.find('/', i + 1);
        const std::size_t end = next == std::string::npos ? specPointer.size() : next;
        const std::string_view token(specPointer.data() + i + 1, end - i - 1);
        if (!token.empty() && std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; }))
            floor = end;
        i = end;
    }
    const Origin *best = nullptr;
    std::size_t bestLength = 0;
    for (const auto &e : provenance.entries()) {
        if (e.erased || e.pointer.size() < floor || !isAncestorOrSelf(e.pointer, specPointer))
            continue;
        if (!best || e.pointer.size() >= bestLength) {
            best = &e.origin;
            bestLength = e.pointer.size();
        }
    }
    if (!best)
        return {};
    for (const auto &in : best->inputs)
        if (!in.empty() && in.front() == '/')
            return std::string(in);
    return {};
}

void setFile(Diagnostics &diagnostics, std::size_t from, const std::string &file)
{
    for (std::size_t i = from; i < diagnostics.size(); ++i)
        if (diagnostics[i].file.empty())
            diagnostics[i].file = file;
}

// Schema (when it loads) and rules on a spec: `document` its JSON, `typed`
// the decoded spec (null when decoding failed).
void validateSpec(const json::Value &document, const spec::Spec *typed, const ValidateOptions &options,
                  ValidationReport &report, Diagnostics &out)
{
    if (options.useSchema) {
        std::string error;
        if (auto schema = SchemaValidator::load(options.schemaDir, error)) {
            report.schema = schema->info();
            const std::size_t first = out.size();
            Diagnostic info;
            info.severity = Severity::Note;
            info.code = "schema-version";
            out.push_back(info);
            report.documentNewerThanSchema = checkSchema(*schema, document, out);
            const std::size_t findings = out.size() - first - 1;
            std::string message = "judged by the runtime-spec schema in " + schema->info().describe() + ", told from "
                + schema->info().versionSource;
            if (report.documentNewerThanSchema) {
                const json::Value *v = document.find("ociVersion");
                message += "; the document's ociVersion " + (v ? v->text() : std::string()) + " is newer, so its "
                    + std::to_string(findings) + " finding" + (findings == 1 ? " is a note" : "s are notes")
                    + " (a newer golang-github-opencontainers-specs-dev or --schema-dir gives a full judgement)";
            }
            out[first].message = std::move(message);
        } else {
            report.schemaError = error;
            Diagnostic d;
            d.severity = Severity::Warning;
            d.code = "schema-unavailable";
            d.message = "the schema was not applied: " + error;
            out.push_back(std::move(d));
        }
    }
    if (typed)
        checkSpecRules(*typed, out);
    report.specValidated = true;
}

} // namespace

int ValidationReport::count(Severity severity) const
{
    return static_cast<int>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                          [&](const Diagnostic &d) { return d.severity == severity; }));
}

bool checkSchema(const SchemaValidator &schema, const json::Value &document, Diagnostics &out)
{
    bool newer = false;
    std::string docVersion;
    if (const json::Value *v = document.isObject() ? document.find("ociVersion") : nullptr; v && v->isString()) {
        docVersion = v->text();
        const auto doc = parseSemVer(docVersion);
        const auto own = parseSemVer(schema.info().version);
        // A "-dev" schema describes the work after its release, so only the
        // release numbers are compared.
        newer = doc && own && compareCore(*doc, *own) > 0;
    }
    for (auto &f : schema.validate(document)) {
        // The rule on rootfsPropagation judges it: runc accepts rshared & co,
        // which no schema version allows.
        if (f.pointer == "/linux/rootfsPropagation")
            continue;
        Diagnostic d;
        d.severity = newer ? Severity::Note : Severity::Error;
        d.code = "schema";
        d.specPointer = std::move(f.pointer);
        d.message = std::move(f.message);
        if (newer)
            d.message += " (the schema describes runtime-spec " + schema.info().version + ", older than this "
                + docVersion + " document: it cannot judge it)";
        out.push_back(std::move(d));
    }
    return newer;
}

ValidationReport validate(const json::Value &root, std::string_view source, const std::string &file,
                          const BuildOptions &build, const ValidateOptions &options)
{
    if (detectInputKind(root) != InputKind::OciSpec) {
        auto result = oci::build(root, source, file, build);
        return validateBuilt(*result, root, file, build, options);
    }
    // A spec as it is: the document is its own input, so both pointers agree.
    ValidationReport report;
    report.kind = InputKind::OciSpec;
    godecode::Decoder d(source, file, report.diagnostics);
    d.setRecording(false);
    spec::Spec typed;
    decodeSpec(d, root, godecode::Path(), typed);
    report.decoded = !d.failed();
    const std::size_t first = report.diagnostics.size();
    validateSpec(root, report.decoded ? &typed : nullptr, options, report, report.diagnostics);
    for (std::size_t i = first; i < report.diagnostics.size(); ++i)
        if (report.diagnostics[i].inputPointer.empty())
            report.diagnostics[i].inputPointer = report.diagnostics[i].specPointer;
    setFile(report.diagnostics, first, file);
    return report;
}

ValidationReport validateBuilt(const BuildResult &result, const json::Value &root, const std::string &file,
                               const BuildOptions &build, const ValidateOptions &options, const Diagnostics *lint,
                               const json::Value *encodedSpec)
{
    ValidationReport report;
    report.kind = result.kind;
    report.decoded = result.decoded;
    report.refused = result.refused;
    report.diagnostics = result.diagnostics;
    if (!result.decoded)
        return report;
    const std::size_t first = report.diagnostics.size();
    if (result.refused) {
        Diagnostic d;
        d.code = "docker-refuses";
        d.message = result.refusal;
        d.inputPointer = result.refusalPointer;
        report.diagnostics.push_back(std::move(d));
    }
    if (lint)
        report.diagnostics.insert(report.diagnostics.end(), lint->begin(), lint->end());
    else
        lintInput(root, result.kind, build, report.diagnostics);
    if (!result.refused) {
        json::Value encoded;
        if (!encodedSpec) {
            json::ParseError perr;
            json::parse(encodeCompact(result.spec), encoded, perr);
            encodedSpec = &encoded;
        }
        Diagnostics specFindings;
        validateSpec(*encodedSpec, &result.spec, options, report, specFindings);
        for (Diagnostic &d : specFindings) {
            if (!d.specPointer.empty())
                d.inputPointer = inputOf(result.provenance, d.specPointer);
            if (!d.inputPointer.empty()) {
                // One input value often makes several spec values (a plugin
                // capability lands in four sets): one finding per input and
                // code is enough, and the lint's own says how to fix it.
                const bool known = std::any_of(report.diagnostics.begin(), report.diagnostics.end(),
                                               [&](const Diagnostic &e) {
                                                   return e.code == d.code && e.inputPointer == d.inputPointer;
                                               });
                if (known)
                    continue;
                // The text form shows one pointer: say which spec value it is.
                d.message += " [spec " + d.specPointer + "]";
            } else if (!d.specPointer.empty()) {
                d.message = "built spec: " + d.message;
            }
            report.diagnostics.push_back(std::move(d));
        }
    }
    setFile(report.diagnostics, first, file);
    return report;
}

} // namespace oci
