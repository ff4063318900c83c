#include "speccomparison.h"

#include "gojson.h"

namespace {

std::vector<oci::gojson::LineSpan> spansOf(const oci::json::Value &value)
{
    std::string compact;
    oci::gojson::appendValue(compact, value);
    return oci::gojson::indentWithMap(compact).spans;
}

} // namespace

SpecComparison::Result SpecComparison::compare(const oci::json::Value &baseline, const oci::json::Value &current,
                                               int context)
{
    Result result;
    result.diff = oci::diffSpecs(baseline, current, context);
    if (result.diff.unified.empty())
        return result;
    const auto oldSpans = spansOf(baseline);
    const auto newSpans = spansOf(current);
    for (const oci::DiffHunk &hunk : result.diff.unified.hunks)
        result.hunkPointers.append(QString::fromStdString(oci::hunkPointer(hunk, oldSpans, newSpans)));
    return result;
}

bool SpecComparison::parse(const QByteArray &text, oci::json::Value &out, QString *error)
{
    oci::json::ParseError parseError;
    if (oci::json::parse(std::string_view(text.constData(), static_cast<std::size_t>(text.size())), out, parseError))
        return true;
    if (error)
        *error = tr("%1:%2: %3")
                     .arg(parseError.location.line)
                     .arg(parseError.location.column)
                     .arg(QString::fromStdString(parseError.message));
    return false;
}
