#pragma once

// Presentation of DiagnosticsModel: translated headers and severities,
// severity icons, tool tips.

#include "diagnostic.h"

#include <QIcon>
#include <QIdentityProxyModel>

#include <array>

class DiagnosticsProxyModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit DiagnosticsProxyModel(QObject *parent = nullptr);

    // Icons for the severity column. The defaults come from the icon theme
    // (empty where it has none); widgets code passes QStyle's icons instead.
    void setSeverityIcon(oci::Severity severity, const QIcon &icon);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityText(oci::Severity severity);

private:
    std::array<QIcon, 3> m_icons;
};
