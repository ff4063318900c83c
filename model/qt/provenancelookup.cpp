#include "provenancelookup.h"

#include "snapshot.h"

#include <algorithm>

namespace {

bool atOrBelow(std::string_view pointer, std::string_view base)
{
    if (pointer.size() < base.size())
        return false;
    if (!oci::json::equalFold(pointer.substr(0, base.size()), base))
        return false;
    return pointer.size() == base.size() || pointer[base.size()] == '/';
}

} // namespace

SpecLineOrigin ProvenanceLookup::atLine(const Snapshot &snapshot, int line)
{
    if (!snapshot.hasSpec() || line < 1)
        return {};
    return atPointer(snapshot, snapshot.pointerAtLine(line));
}

SpecLineOrigin ProvenanceLookup::atPointer(const Snapshot &snapshot, const QString &specPointer)
{
    SpecLineOrigin out;
    out.specPointer = specPointer;
    if (!snapshot.result)
        return out;
    const oci::Origin *origin = snapshot.result->provenance.lookup(specPointer.toStdString());
    if (!origin)
        return out;
    out.valid = true;
    out.step = QString::fromUtf8(origin->step.data(), qsizetype(origin->step.size()));
    for (const std::string_view input : origin->inputs)
        out.inputs.append(QString::fromUtf8(input.data(), qsizetype(input.size())));
    return out;
}

QString ProvenanceLookup::describe(const SpecLineOrigin &origin)
{
    if (!origin.valid)
        return QString();
    const QString inputs = origin.inputs.isEmpty() ? tr("Docker default") : origin.inputs.join(QStringLiteral(", "));
    return tr("%1 \u2190 %2").arg(origin.step, inputs);
}

QStringList ProvenanceLookup::specPointersForInput(const Snapshot &snapshot, const QString &inputPointer)
{
    QStringList out;
    if (!snapshot.result || inputPointer.isEmpty())
        return out;
    const std::string input = inputPointer.toStdString();
    const oci::Provenance &provenance = snapshot.result->provenance;
    std::vector<std::string> found;
    for (const oci::Provenance::Entry &e : provenance.entries()) {
        // A record a later one replaced no longer describes the spec.
        if (provenance.lookup(e.pointer) != &e.origin)
            continue;
        const bool fromInput = std::any_of(e.origin.inputs.begin(), e.origin.inputs.end(),
                                           [&](std::string_view in) { return atOrBelow(in, input); });
        if (fromInput)
            found.emplace_back(e.pointer);
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    for (const std::string &p : found) {
        // Values inside one already listed add nothing to show.
        if (!out.isEmpty() && atOrBelow(p, out.constLast().toStdString()))
            continue;
        out.append(QString::fromStdString(p));
    }
    return out;
}

QList<QPair<int, int>> ProvenanceLookup::specLinesForInput(const Snapshot &snapshot, const QString &inputPointer)
{
    QList<QPair<int, int>> ranges;
    if (!snapshot.hasSpec())
        return ranges;
    for (const QString &pointer : specPointersForInput(snapshot, inputPointer)) {
        const oci::gojson::LineSpan *span = oci::gojson::findSpan(snapshot.spans(), pointer.toStdString());
        if (span)
            ranges.append({span->firstLine + 1, span->lastLine + 1});
    }
    std::sort(ranges.begin(), ranges.end());
    QList<QPair<int, int>> merged;
    for (const auto &r : std::as_const(ranges)) {
        if (!merged.isEmpty() && r.first <= merged.last().second + 1)
            merged.last().second = std::max(merged.last().second, r.second);
        else
            merged.append(r);
    }
    return merged;
}
