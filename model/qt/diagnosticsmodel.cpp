#include "diagnosticsmodel.h"

#include "roles.h"
#include "snapshot.h"

#include <algorithm>

namespace {

bool sameFindings(const oci::Diagnostic &a, const oci::Diagnostic &b)
{
    return a.severity == b.severity && a.code == b.code && a.message == b.message && a.specPointer == b.specPointer
        && a.inputPointer == b.inputPointer && a.file == b.file && a.line == b.line && a.column == b.column;
}

} // namespace

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DiagnosticsModel::~DiagnosticsModel() = default;

void DiagnosticsModel::setSnapshot(const std::shared_ptr<const Snapshot> &snapshot)
{
    oci::Diagnostics diagnostics;
    if (snapshot && snapshot->result) {
        const oci::BuildResult &result = *snapshot->result;
        diagnostics = snapshot->validated ? snapshot->diagnostics : result.diagnostics;
        // A refusal is the most important finding; make sure it is listed
        // even when the builder kept it out of the diagnostics.
        if (result.refused && !oci::hasErrors(diagnostics)) {
            oci::Diagnostic refusal;
            refusal.severity = oci::Severity::Error;
            refusal.code = "docker-refusal";
            refusal.message = result.refusal;
            refusal.inputPointer = result.refusalPointer;
            diagnostics.insert(diagnostics.begin(), std::move(refusal));
        }
    }
    setDiagnostics(std::move(diagnostics));
}

void DiagnosticsModel::setDiagnostics(oci::Diagnostics diagnostics)
{
    if (std::equal(diagnostics.begin(), diagnostics.end(), m_diagnostics.begin(), m_diagnostics.end(), sameFindings))
        return;
    beginResetModel();
    m_diagnostics = std::move(diagnostics);
    endResetModel();
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const oci::Diagnostic &d = m_diagnostics[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return QString::fromLatin1(oci::severityName(d.severity));
        case CodeColumn:
            return QString::fromStdString(d.code);
        case MessageColumn:
            return QString::fromStdString(d.message);
        case LocationColumn:
            if (!d.inputPointer.empty())
                return QString::fromStdString(d.inputPointer);
            if (d.line > 0)
                return QStringLiteral("%1:%2").arg(d.line).arg(d.column);
            return QString::fromStdString(d.specPointer);
        }
        return {};
    case OciRoles::SeverityRole:
        return static_cast<int>(d.severity);
    case OciRoles::CodeRole:
        return QString::fromStdString(d.code);
    case OciRoles::SpecPointerRole:
        return QString::fromStdString(d.specPointer);
    case OciRoles::InputPointerRole:
        return QString::fromStdString(d.inputPointer);
    case OciRoles::LineRole:
        return d.line;
    case OciRoles::ColumnRole:
        return d.column;
    case OciRoles::FileRole:
        return QString::fromStdString(d.file);
    }
    return {};
}

QMap<int, QVariant> DiagnosticsModel::itemData(const QModelIndex &index) const
{
    QMap<int, QVariant> map = QAbstractTableModel::itemData(index);
    for (int role : {OciRoles::SeverityRole, OciRoles::CodeRole, OciRoles::SpecPointerRole, OciRoles::InputPointerRole,
                     OciRoles::LineRole, OciRoles::ColumnRole, OciRoles::FileRole})
        map.insert(role, data(index, role));
    return map;
}
