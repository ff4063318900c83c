#pragma once

// A JSON array or object of the document as an editable table with
// add / remove / move buttons (JsonTableModel underneath; every edit is an
// undo command). Findings about a row are marked on its cell and listed
// under the table.

#include "formfield.h"
#include "jsontablemodel.h"

class FormTableProxyModel;
class QTableView;
class QToolButton;

class TableField : public FormField
{
    Q_OBJECT
public:
    TableField(Document *document, const QString &pointer, const QList<JsonTableModel::Column> &columns,
               QObject *parent = nullptr);
    ~TableField() override;

    void setHeaderLabels(const QStringList &labels);
    void setHeaderToolTips(const QStringList &toolTips);
    // The column that takes the width left over (default: the last).
    void setStretchColumn(int column);
    // Rows shown without scrolling (the table grows up to that).
    void setMaximumVisibleRows(int rows);

    JsonTableModel *model() const { return m_model; }
    FormTableProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QWidget *editor() const override;
    QString contextPointer() const override;
    void reveal(const QString &inputPointer) override;

    // The buttons' actions, for tests and shortcuts.
    bool addRow();
    bool removeCurrentRow();
    bool moveCurrentRow(int delta);

protected:
    void refresh() override;
    void problemsChanged() override;

private:
    void updateHeight();
    void fitColumns();
    void updateButtons();
    void showContextMenu(const QPoint &pos);

    JsonTableModel *m_model;
    FormTableProxyModel *m_proxy;
    QTableView *m_view;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    int m_maximumRows = 8;
    int m_stretchColumn = -1;
};
