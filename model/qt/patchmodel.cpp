#include "patchmodel.h"

#include "gojson.h"
#include "roles.h"

#include <algorithm>
#include <iterator>

PatchModel::PatchModel(QObject *parent) : QAbstractTableModel(parent) { }

PatchModel::~PatchModel() = default;

void PatchModel::setPatch(const oci::jsonpatch::Patch &patch)
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
        && m_patch[static_cast<std::size_t>(oldSize - 1 - suffix)]
            == patch[static_cast<std::size_t>(newSize - 1 - suffix)])
        ++suffix;
    const std::ptrdiff_t removed = oldSize - first - suffix;
    const std::ptrdiff_t inserted = newSize - first - suffix;
    const std::ptrdiff_t changed = std::min(removed, inserted);
    for (std::ptrdiff_t i = 0; i < changed; ++i) {
        const auto row = static_cast<std::size_t>(first + i);
        m_patch[row] = patch[row];
        m_valueTexts[row] = valueText(m_patch[row]);
    }
    if (changed > 0)
        Q_EMIT dataChanged(
            index(static_cast<int>(first), 0), index(static_cast<int>(first + changed - 1), ColumnCount - 1));
    if (removed > changed) {
        beginRemoveRows(QModelIndex(), static_cast<int>(first + changed), static_cast<int>(first + removed - 1));
        m_patch.erase(m_patch.begin() + first + changed, m_patch.begin() + first + removed);
        m_valueTexts.erase(m_valueTexts.begin() + first + changed, m_valueTexts.begin() + first + removed);
        endRemoveRows();
    } else if (inserted > changed) {
        beginInsertRows(QModelIndex(), static_cast<int>(first + changed), static_cast<int>(first + inserted - 1));
        m_patch.insert(
            m_patch.begin() + first + changed, patch.begin() + first + changed, patch.begin() + first + inserted);
        std::vector<ValueText> texts;
        texts.reserve(static_cast<std::size_t>(inserted - changed));
        for (std::ptrdiff_t row = first + changed; row < first + inserted; ++row)
            texts.push_back(valueText(m_patch[static_cast<std::size_t>(row)]));
        m_valueTexts.insert(m_valueTexts.begin() + first + changed, std::make_move_iterator(texts.begin()),
            std::make_move_iterator(texts.end()));
        endInsertRows();
    }
}

PatchModel::ValueText PatchModel::valueText(const oci::jsonpatch::Operation &op)
{
    std::string text;
    if (op.op == oci::jsonpatch::Op::Add || op.op == oci::jsonpatch::Op::Replace || op.op == oci::jsonpatch::Op::Test)
        oci::gojson::appendValue(text, op.value);
    else if (op.op == oci::jsonpatch::Op::Move || op.op == oci::jsonpatch::Op::Copy)
        text = op.from;
    // Cut on a character boundary: the text is UTF-8.
    auto cut = [&text](int length) {
        if (text.size() <= static_cast<std::size_t>(length))
            return QString::fromStdString(text);
        std::size_t end = static_cast<std::size_t>(length);
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
            --end;
        return QString(QString::fromUtf8(text.data(), static_cast<qsizetype>(end)) + QChar(0x2026));
    };
    ValueText out;
    out.display = cut(kDisplayLength);
    // A short value says everything in its cell already.
    if (text.size() > static_cast<std::size_t>(kDisplayLength))
        out.toolTip = cut(kToolTipLength);
    return out;
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
            return m_valueTexts[static_cast<std::size_t>(index.row())].display;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn)
            return m_valueTexts[static_cast<std::size_t>(index.row())].toolTip;
        return {};
    case OciRoles::SpecPointerRole:
        return QString::fromStdString(op.path);
    case OciRoles::PatchOpRole:
        return QString::fromLatin1(oci::jsonpatch::opName(op.op));
    }
    return {};
}
