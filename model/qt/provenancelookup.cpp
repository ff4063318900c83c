#include "provenancelookup.h"

#include "snapshot.h"

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
    out.step = QString::fromStdString(origin->step);
    for (const std::string &input : origin->inputs)
        out.inputs.append(QString::fromStdString(input));
    return out;
}

QString ProvenanceLookup::describe(const SpecLineOrigin &origin)
{
    if (!origin.valid)
        return QString();
    const QString inputs = origin.inputs.isEmpty() ? tr("Docker default") : origin.inputs.join(QStringLiteral(", "));
    return tr("%1 \u2190 %2").arg(origin.step, inputs);
}
