#include "diagnosticsproxymodel.h"

#include "diagnosticsmodel.h"
#include "roles.h"

namespace {

std::size_t slot(oci::Severity severity)
{
    switch (severity) {
    case oci::Severity::Error:
        return 0;
    case oci::Severity::Warning:
        return 1;
    case oci::Severity::Note:
        break;
    }
    return 2;
}

} // namespace

DiagnosticsProxyModel::DiagnosticsProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
{
    m_icons[0] = QIcon::fromTheme(QStringLiteral("dialog-error"));
    m_icons[1] = QIcon::fromTheme(QStringLiteral("dialog-warning"));
    m_icons[2] = QIcon::fromTheme(QStringLiteral("dialog-information"));
}

void DiagnosticsProxyModel::setSeverityIcon(oci::Severity severity, const QIcon &icon)
{
    m_icons[slot(severity)] = icon;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, DiagnosticsModel::SeverityColumn),
                           index(rowCount() - 1, DiagnosticsModel::SeverityColumn), {Qt::DecorationRole});
}

QString DiagnosticsProxyModel::severityText(oci::Severity severity)
{
    switch (severity) {
    case oci::Severity::Error:
        return tr("Error");
    case oci::Severity::Warning:
        return tr("Warning");
    case oci::Severity::Note:
        break;
    }
    return tr("Note");
}

QVariant DiagnosticsProxyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto severity = static_cast<oci::Severity>(QIdentityProxyModel::data(index, OciRoles::SeverityRole).toInt());
    if (index.column() == DiagnosticsModel::SeverityColumn) {
        if (role == Qt::DisplayRole)
            return severityText(severity);
        if (role == Qt::DecorationRole)
            return m_icons[slot(severity)];
    }
    if (role == Qt::ToolTipRole) {
        QString tip = QIdentityProxyModel::data(index.siblingAtColumn(DiagnosticsModel::MessageColumn)).toString();
        const QString input = QIdentityProxyModel::data(index, OciRoles::InputPointerRole).toString();
        const QString spec = QIdentityProxyModel::data(index, OciRoles::SpecPointerRole).toString();
        if (!input.isEmpty())
            tip += QLatin1Char('\n') + tr("Input: %1").arg(input);
        if (!spec.isEmpty())
            tip += QLatin1Char('\n') + tr("Spec: %1").arg(spec);
        return tip;
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant DiagnosticsProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case DiagnosticsModel::SeverityColumn:
            return tr("Severity");
        case DiagnosticsModel::CodeColumn:
            return tr("Code");
        case DiagnosticsModel::MessageColumn:
            return tr("Message");
        case DiagnosticsModel::LocationColumn:
            return tr("Location");
        }
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}
