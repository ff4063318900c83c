#include "speccomparison.h"

#include "jsonpatch.h"
#include "unifieddiff.h"

std::shared_ptr<const SpecComparison::Operand> SpecComparison::Operand::fromValue(oci::json::Value value)
{
    auto operand = std::make_shared<Operand>();
    std::string compact;
    oci::gojson::appendValue(compact, value);
    oci::gojson::PrettyText pretty = oci::gojson::indentWithMap(compact);
    operand->value = std::move(value);
    operand->text = std::move(pretty.text);
    operand->text.push_back('\n');
    operand->spans = std::move(pretty.spans);
    return operand;
}

std::shared_ptr<const SpecComparison::Operand> SpecComparison::Operand::fromCompact(std::string_view compact)
{
    auto operand = std::make_shared<Operand>();
    if (!operand->parseCompact(compact))
        return nullptr;
    operand->indentCompact(compact);
    return operand;
}

bool SpecComparison::Operand::parseCompact(std::string_view compact)
{
    oci::json::ParseError error;
    return oci::json::parse(compact, value, error);
}

void SpecComparison::Operand::indentCompact(std::string_view compact)
{
    oci::gojson::PrettyText pretty = oci::gojson::indentWithMap(compact);
    text = std::move(pretty.text);
    text.push_back('\n');
    spans = std::move(pretty.spans);
}

SpecComparison::Result SpecComparison::compare(const Operand &baseline, const Operand &current, int context,
                                               DiffRows::Layout layout)
{
    Result result;
    result.diff.patch = oci::jsonpatch::diff(baseline.value, current.value);
    result.diff.unified = oci::diffLines(baseline.text, current.text, context);
    if (result.diff.unified.empty())
        return result;
    result.hunkPointers.reserve(static_cast<qsizetype>(result.diff.unified.hunks.size()));
    for (const oci::DiffHunk &hunk : result.diff.unified.hunks)
        result.hunkPointers.append(QString::fromStdString(oci::hunkPointer(hunk, baseline.spans, current.spans)));
    result.rows = DiffRows::fromUnified(result.diff.unified, layout);
    return result;
}

SpecComparison::Result SpecComparison::compare(
    const oci::json::Value &baseline, const oci::json::Value &current, int context)
{
    return compare(*Operand::fromValue(baseline), *Operand::fromValue(current), context);
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
