#pragma once

// The scenario document as a tree: one row per object member or array
// element, columns key and value (raw: strings, number literals, booleans).
// Scalar values are editable; an edit becomes Document::setValue(), and the
// model follows the document's signals, so undo updates it too.

#include "json.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

class Document;

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
    // The model keeps its own copy of what it shows, so it reports every
    // change after the document made it and still answers with the old
    // data until it has announced the new (what views and proxies expect).
    struct Node {
        Node *parent = nullptr;
        int row = 0;
        std::string key; // member key, or the element's index when last synced
        bool element = false; // an array element
        bool addressable = true;
        oci::json::Type type = oci::json::Type::Null;
        std::string text; // string contents or number literal
        bool boolean = false;
        std::vector<std::unique_ptr<Node>> children;
    };

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node, int column = KeyColumn) const;
    Node *nodeForPointer(const QString &pointer) const;
    static std::string pointerOf(const Node *node);
    // Sets a child's key fields from its container.
    static bool label(Node *child, const oci::json::Value &container, int row);
    static void fill(Node *node, const oci::json::Value &value);
    void sync(Node *node, const oci::json::Value &value);
    void relabel(Node *node, const oci::json::Value &container, int firstRow);
    void renumber(Node *node);

    void onChanged(const QString &pointer);
    void onRowInserted(const QString &containerPointer, int row);
    void onRowRemoved(const QString &containerPointer, int row);

    Document *m_document;
    std::unique_ptr<Node> m_root;
};
