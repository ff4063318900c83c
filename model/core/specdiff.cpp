#include "specdiff.h"

#include "defaults.h"
#include "gojson.h"
#include "specencoder.h"

#include <algorithm>
#include <climits>

namespace oci {

json::Value specToJson(const spec::Spec &spec)
{
    json::Value out;
    json::ParseError error;
    json::parse(encodeCompact(spec), out, error);
    return out;
}

std::string prettyText(const json::Value &value)
{
    std::string compact;
    gojson::appendValue(compact, value);
    return gojson::indent(compact) + '\n';
}

SpecDiff diffSpecs(const json::Value &a, const json::Value &b, int context)
{
    SpecDiff d;
    d.patch = jsonpatch::diff(a, b);
    d.oldText = prettyText(a);
    d.newText = prettyText(b);
    d.unified = diffLines(d.oldText, d.newText, context);
    return d;
}

std::string hunkPointer(const DiffHunk &hunk, const std::vector<gojson::LineSpan> &oldSpans,
                        const std::vector<gojson::LineSpan> &newSpans)
{
    int lo = INT_MAX, hi = -1;
    for (const DiffLine &l : hunk.lines)
        if (l.tag == '+') {
            lo = std::min(lo, l.newLine - 1);
            hi = std::max(hi, l.newLine - 1);
        }
    const bool inNew = hi >= 0;
    if (!inNew)
        for (const DiffLine &l : hunk.lines)
            if (l.tag == '-') {
                lo = std::min(lo, l.oldLine - 1);
                hi = std::max(hi, l.oldLine - 1);
            }
    if (hi < 0)
        return {};
    const auto &spans = inNew ? newSpans : oldSpans;
    // Spans are in document order: among those starting at or before the
    // first changed line, the last one that reaches the last is the deepest.
    auto it = std::upper_bound(spans.begin(), spans.end(), lo,
                               [](int line, const gojson::LineSpan &s) { return line < s.firstLine; });
    while (it != spans.begin()) {
        --it;
        if (it->lastLine >= hi)
            return it->pointer;
    }
    return {};
}

json::Value dockerDefaultSpec(const HostProfile *host)
{
    return specToJson(host ? defaultLinuxSpec(*host) : defaultLinuxSpec());
}

bool specOperand(const json::Value &root, std::string_view source, const std::string &file,
                 const BuildOptions &options, json::Value &out, Diagnostics &diagnostics)
{
    if (detectInputKind(root) == InputKind::OciSpec) {
        out = root;
        return true;
    }
    BuildOptions quiet = options;
    quiet.recordProvenance = false;
    auto result = build(root, source, file, quiet);
    diagnostics.insert(diagnostics.end(), result->diagnostics.begin(), result->diagnostics.end());
    if (!result->decoded)
        return false;
    if (result->refused) {
        Diagnostic d;
        d.code = "docker-refuses";
        d.message = result->refusal;
        d.inputPointer = result->refusalPointer;
        d.file = file;
        diagnostics.push_back(std::move(d));
        return false;
    }
    out = specToJson(result->spec);
    return true;
}

} // namespace oci
