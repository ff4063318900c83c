#pragma once

// The JSON Patch operations between a baseline spec and the built one, as a
// table of raw data: operation name, path, value (compact JSON). Headers
// come from a proxy; the path is also the SpecPointerRole.
//
// A value can be a whole array of the spec (1,000 env entries against
// Docker's default): its cell shows the first kDisplayLength characters and
// its tooltip the first kToolTipLength, encoded once per changed row, so a
// repaint neither re-encodes nor shapes kilobytes of text.

#include "jsonpatch.h"

#include <QAbstractTableModel>

#include <vector>

class PatchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { OpColumn, PathColumn, ValueColumn, ColumnCount };
    static constexpr int kDisplayLength = 200;
    static constexpr int kToolTipLength = 2000;

    explicit PatchModel(QObject *parent = nullptr);
    ~PatchModel() override;

    // Replaces the operations; the same list again leaves the model alone.
    void setPatch(const oci::jsonpatch::Patch &patch);
    const oci::jsonpatch::Patch &patch() const { return m_patch; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct ValueText {
        QString display;
        QString toolTip;
    };
    static ValueText valueText(const oci::jsonpatch::Operation &op);

    oci::jsonpatch::Patch m_patch;
    // One per operation, in step with m_patch.
    std::vector<ValueText> m_valueTexts;
};
