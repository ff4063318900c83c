#include "patchmodel.h"

#include "gojson.h"
#include "roles.h"

PatchModel::PatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

PatchModel::~PatchModel() = default;

void PatchModel::setPatch(oci::jsonpatch::Patch patch)
{
    if (patch == m_patch)
        return;
    beginResetModel();
    m_patch = std::move(patch);
    endResetModel();
}

int PatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_patch.size());
}

int PatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const oci::jsonpatch::Operation &op = m_patch[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OpColumn:
            return QString::fromLatin1(oci::jsonpatch::opName(op.op));
        case PathColumn:
            return QString::fromStdString(op.path);
        case ValueColumn:
            if (op.op == oci::jsonpatch::Op::Add || op.op == oci::jsonpatch::Op::Replace
                || op.op == oci::jsonpatch::Op::Test) {
                std::string text;
                oci::gojson::appendValue(text, op.value);
                return QString::fromStdString(text);
            }
            if (op.op == oci::jsonpatch::Op::Move || op.op == oci::jsonpatch::Op::Copy)
                return QString::fromStdString(op.from);
            return QString();
        }
        return {};
    case OciRoles::SpecPointerRole:
        return QString::fromStdString(op.path);
    case OciRoles::PatchOpRole:
        return QString::fromLatin1(oci::jsonpatch::opName(op.op));
    }
    return {};
}
