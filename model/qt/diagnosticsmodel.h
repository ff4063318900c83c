#pragma once

// The diagnostics of one build as a table of raw data: severity name, code,
// message, location. DiagnosticsProxyModel adds what users read.

#include "diagnostic.h"

#include <QAbstractTableModel>

#include <memory>

struct Snapshot;

class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, CodeColumn, MessageColumn, LocationColumn, ColumnCount };

    explicit DiagnosticsModel(QObject *parent = nullptr);
    ~DiagnosticsModel() override;

    // Shows the snapshot's diagnostics (and Docker's refusal). A build with
    // the same findings as the shown one leaves the model alone, so the
    // selection survives typing.
    void setSnapshot(const std::shared_ptr<const Snapshot> &snapshot);
    void setDiagnostics(oci::Diagnostics diagnostics);
    const oci::Diagnostics &diagnostics() const { return m_diagnostics; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QMap<int, QVariant> itemData(const QModelIndex &index) const override;

private:
    oci::Diagnostics m_diagnostics;
};
