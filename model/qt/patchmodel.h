#pragma once

// The JSON Patch operations between a baseline spec and the built one, as a
// table of raw data: operation name, path, value (compact JSON). Headers
// come from a proxy; the path is also the SpecPointerRole.

#include "jsonpatch.h"

#include <QAbstractTableModel>

class PatchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { OpColumn, PathColumn, ValueColumn, ColumnCount };

    explicit PatchModel(QObject *parent = nullptr);
    ~PatchModel() override;

    // Replaces the operations; the same list again leaves the model alone.
    void setPatch(oci::jsonpatch::Patch patch);
    const oci::jsonpatch::Patch &patch() const { return m_patch; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    oci::jsonpatch::Patch m_patch;
};
