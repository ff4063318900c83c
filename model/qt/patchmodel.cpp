#include "patchmodel.h"

#include "gojson.h"
#include "roles.h"

#include <algorithm>
#include <iterator>

PatchModel::PatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

PatchModel::~PatchModel() = default;

void PatchModel::setPatch(oci::jsonpatch::Patch patch)
{
    if (patch == m_patch)
        return;
    // A rebuild usually changes an operation or two of a long patch: report
    // just those rows, so views keep their selection, scroll position and
    // column widths instead of starting over after a reset.
    const auto oldSize = static_cast<std::ptrdiff_t>(m_patch.size());
    const auto newSize = static_cast<std::ptrdiff_t>(patch.size());
    const std::ptrdiff_t n = std::min(oldSize, newSize);
    std::ptrdiff_t first = 0;
    while (first < n && m_patch[static_cast<std::size_t>(first)] == patch[static_cast<std::size_t>(first)])
        ++first;
    std::ptrdiff_t suffix = 0;
    while (suffix < n - first
           && m_patch[static_cast<std::size_t>(oldSize - 1 - suffix)] == patch[static_cast<std::size_t>(newSize - 1 - suffix)])
        ++suffix;
    const std::ptrdiff_t removed = oldSize - first - suffix;
    const std::ptrdiff_t inserted = newSize - first - suffix;
    const std::ptrdiff_t changed = std::min(removed, inserted);
    for (std::ptrdiff_t i = 0; i < changed; ++i)
        m_patch[static_cast<std::size_t>(first + i)] = std::move(patch[static_cast<std::size_t>(first + i)]);
    if (changed > 0)
        Q_EMIT dataChanged(index(static_cast<int>(first), 0),
                           index(static_cast<int>(first + changed - 1), ColumnCount - 1));
    if (removed > changed) {
        beginRemoveRows(QModelIndex(), static_cast<int>(first + changed), static_cast<int>(first + removed - 1));
        m_patch.erase(m_patch.begin() + first + changed, m_patch.begin() + first + removed);
        endRemoveRows();
    } else if (inserted > changed) {
        beginInsertRows(QModelIndex(), static_cast<int>(first + changed), static_cast<int>(first + inserted - 1));
        m_patch.insert(m_patch.begin() + first + changed, std::make_move_iterator(patch.begin() + first + changed),
                       std::make_move_iterator(patch.begin() + first + inserted));
        endInsertRows();
    }
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
