#pragma once

// A JSON array (rows = elements) or object (rows = members) of the
// document as a table whose columns are fields of each row: the env list
// of a plugin, the Ulimits of a container, the Sysctls map. Reads come
// from a copy the model keeps in step with the document's signals; every
// edit (cells, rows added, removed or moved) is an undo command on the
// document. Keys are matched case-insensitively, as Go decodes them.

#include "document.h"
#include "json.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include <string>
#include <vector>

class JsonTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind {
        Key, // the member key (object containers only)
        String,
        NullableString, // a string or null
        Integer,
        Bool, // a check box
        StringList, // an array of strings, edited as "a, b" or as JSON
        Json, // any value, edited as compact JSON
    };
    struct Column {
        Kind kind = Kind::String;
        // Member name, or a relative pointer ("BindOptions/Propagation");
        // empty: the row value itself (a list of strings, a map's value).
        QString key;
    };

    JsonTableModel(Document *document, const QString &pointer, const QList<Column> &columns,
                   QObject *parent = nullptr);
    ~JsonTableModel() override;

    Document *document() const { return m_document.data(); }
    // The pointer given, and as the document spells it.
    QString pointer() const { return m_pointer; }
    QString resolvedPointer() const { return m_resolved; }
    const QList<Column> &columns() const { return m_columns; }
    // An object container: rows are members.
    bool isObject() const { return m_object; }

    QString rowPointer(int row) const;
    QString cellPointer(int row, int column) const;
    // The row `inputPointer` is at or below; -1 when none.
    int rowForPointer(const QString &inputPointer) const;
    // The column whose field `inputPointer` is at or below (-1: none).
    int columnForPointer(int row, const QString &inputPointer) const;

    // The value a new row gets (default: an object with each column's key
    // set to an empty value of its kind, or "" for a list of strings).
    void setRowTemplate(const oci::json::Value &value);
    // Appends a row; for an object container, `key` names the member.
    bool appendRow(const oci::json::Value &value, const QString &key = QString());
    // Sets a nullable cell to null.
    bool setNull(const QModelIndex &index);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

    // Text ↔ value conversions of the cells, shared with the form fields.
    static QString listText(const oci::json::Value &array);
    static bool parseList(const QString &text, oci::json::Value &out);
    static bool parseInteger(const QString &text, oci::json::Value &out);

private:
    struct Row {
        std::string key; // member key (objects)
        oci::json::Value value;
        bool operator==(const Row &other) const = default;
    };

    const oci::json::Value *cellValue(const Row &row, const Column &column) const;
    std::string relativePointer(const Row &row, const Column &column) const;
    oci::json::Value templateValue() const;
    std::vector<Row> readRows() const;
    bool writeCell(int row, int column, const oci::json::Value &value);
    bool removeCell(int row, int column);

    void fullSync();
    void onChanged(const QString &pointer);
    void onRowInserted(const QString &container, int index);
    void onRowRemoved(const QString &container, int index);

    // Forms may outlive the document by a moment while a window closes.
    QPointer<Document> m_document;
    QString m_pointer;
    QString m_resolved;
    QList<Column> m_columns;
    bool m_object = false;
    bool m_hasTemplate = false;
    oci::json::Value m_template;
    std::vector<Row> m_rows;
};
