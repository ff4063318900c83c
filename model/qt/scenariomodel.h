#pragma once

// The scenario document as a tree: one row per object member or array
// element, columns key and value (raw: strings, number literals, booleans).
// Scalar values are editable; an edit becomes Document::setValue(), and the
// model follows the document's signals, so undo updates it too.

#include <QAbstractItemModel>

#include <memory>
#include <vector>

class Document;

namespace oci::json {
class Value;
}

class ScenarioModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };

    explicit ScenarioModel(Document *document, QObject *parent = nullptr);
    ~ScenarioModel() override;

    Document *document() const { return m_document; }
    // The JSON Pointer of an index's value ("" for an invalid index).
    QString pointer(const QModelIndex &index) const;
    // The row of the value `pointer` names; invalid when it names nothing.
    QModelIndex indexForPointer(const QString &pointer, int column = KeyColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    // The model mirrors the document's structure (not its values), so it
    // can report structural changes after the document has made them.
    struct Node {
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node, int column = KeyColumn) const;
    const oci::json::Value *valueOf(const Node *node) const;
    Node *nodeForPointer(const QString &pointer) const;
    void fill(Node *node, const oci::json::Value &value);
    void sync(Node *node, const oci::json::Value &value);
    void renumber(Node *node);

    void onChanged(const QString &pointer);
    void onRowInserted(const QString &containerPointer, int row);
    void onRowRemoved(const QString &containerPointer, int row);

    Document *m_document;
    std::unique_ptr<Node> m_root;
};
