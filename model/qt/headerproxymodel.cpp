#include "headerproxymodel.h"

HeaderProxyModel::HeaderProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

void HeaderProxyModel::setHeaderLabels(const QStringList &labels)
{
    m_labels = labels;
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

QVariant HeaderProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_labels.size())
        return m_labels.at(section);
    return QIdentityProxyModel::headerData(section, orientation, role);
}
