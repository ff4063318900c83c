#include "formtableproxymodel.h"

#include "roles.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace {

bool atOrBelow(const QString &pointer, const QString &base)
{
    if (base.isEmpty())
        return false;
    return pointer.compare(base, Qt::CaseInsensitive) == 0
        || (pointer.size() > base.size() && pointer.at(base.size()) == QLatin1Char('/')
            && QStringView(pointer).left(base.size()).compare(base, Qt::CaseInsensitive) == 0);
}

} // namespace

FormTableProxyModel::FormTableProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

void FormTableProxyModel::setHeaderLabels(const QStringList &labels)
{
    m_labels = labels;
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void FormTableProxyModel::setHeaderToolTips(const QStringList &toolTips)
{
    m_toolTips = toolTips;
}

void FormTableProxyModel::setProblemIcons(const QIcon &error, const QIcon &warning)
{
    m_errorIcon = error;
    m_warningIcon = warning;
}

void FormTableProxyModel::setProblems(const FieldProblems &problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::DecorationRole, Qt::ToolTipRole});
}

FieldProblems FormTableProxyModel::problemsAt(const QModelIndex &index) const
{
    FieldProblems out;
    if (!index.isValid() || m_problems.isEmpty())
        return out;
    for (const FieldProblem &p : m_problems) {
        // The deepest cell of the row that holds the finding's pointer.
        int best = -1;
        qsizetype bestLength = -1;
        for (int column = 0; column < columnCount(index.parent()); ++column) {
            const QString cell = index.siblingAtColumn(column).data(OciRoles::InputPointerRole).toString();
            if (atOrBelow(p.inputPointer, cell) && cell.size() > bestLength) {
                best = column;
                bestLength = cell.size();
            }
        }
        if (best == index.column())
            out.append(p);
    }
    return out;
}

QVariant FormTableProxyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (QIdentityProxyModel::data(index, OciRoles::NullRole).toBool())
            return QStringLiteral("null");
        break;
    case Qt::FontRole:
        if (QIdentityProxyModel::data(index, OciRoles::NullRole).toBool()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        break;
    case Qt::ForegroundRole:
        if (QIdentityProxyModel::data(index, OciRoles::NullRole).toBool())
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        break;
    case Qt::DecorationRole: {
        const FieldProblems here = problemsAt(index);
        if (here.isEmpty())
            break;
        const bool error = std::any_of(here.begin(), here.end(),
                                       [](const FieldProblem &p) { return p.severity == oci::Severity::Error; });
        return error ? m_errorIcon : m_warningIcon;
    }
    case Qt::ToolTipRole: {
        const FieldProblems here = problemsAt(index);
        QStringList lines;
        for (const FieldProblem &p : here)
            lines.append(p.message);
        if (!lines.isEmpty())
            return lines.join(QLatin1Char('\n'));
        break;
    }
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant FormTableProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0) {
        if (role == Qt::DisplayRole && section < m_labels.size())
            return m_labels.at(section);
        if (role == Qt::ToolTipRole && section < m_toolTips.size())
            return m_toolTips.at(section);
    }
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return QIdentityProxyModel::headerData(section, orientation, role);
}
