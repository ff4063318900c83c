#pragma once

// Presentation of a form table (JsonTableModel or any model with the
// pointer roles): translated headers, null cells shown as "null", and the
// findings about a row marked on the cell they concern (icon, tool tip).

#include "fieldproblem.h"

#include <QIcon>
#include <QIdentityProxyModel>
#include <QStringList>

class FormTableProxyModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit FormTableProxyModel(QObject *parent = nullptr);

    void setHeaderLabels(const QStringList &labels);
    void setHeaderToolTips(const QStringList &toolTips);
    void setProblems(const FieldProblems &problems);
    void setProblemIcons(const QIcon &error, const QIcon &warning);

    // The findings marked on `index` (those at or below its pointer, on
    // the column whose field they name; row-wide ones on the first column).
    FieldProblems problemsAt(const QModelIndex &index) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_labels;
    QStringList m_toolTips;
    FieldProblems m_problems;
    QIcon m_errorIcon;
    QIcon m_warningIcon;
};
