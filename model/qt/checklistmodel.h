#pragma once

// A JSON array of names shown as a list of check boxes: the names a field
// knows (every capability) plus whatever else the array holds, checked
// when the array holds them. Checking appends the name, unchecking removes
// every element that means it; both are undo commands on the document.

#include "document.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>

#include <functional>

class ChecklistModel : public QAbstractListModel
{
    Q_OBJECT
public:
    ChecklistModel(Document *document, const QString &arrayPointer, const QStringList &known,
                   QObject *parent = nullptr);
    ~ChecklistModel() override;

    // How a value is compared with the known names (e.g. "net_admin" and
    // "CAP_NET_ADMIN" mean the same capability). Default: as written.
    void setNormalizer(std::function<QString(const QString &)> normalize);
    // How a checked known name is written into the array. Default: as listed.
    void setSpelling(std::function<QString(const QString &)> spell);

    QString pointer() const { return m_pointer; }
    QStringList known() const { return m_known; }
    // The array's values, as written.
    QStringList values() const { return m_values; }
    bool isChecked(const QString &name) const;
    // Appends a value typed by the user (unless the array already means it).
    bool addValue(const QString &value);
    // The row of a name (normalized match), or -1.
    int rowOf(const QString &name) const;
    // The row an input pointer (an element of the array) is at; -1 when none.
    int rowForPointer(const QString &inputPointer) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString normalized(const QString &value) const;
    QStringList readValues() const;
    QStringList extrasOf(const QStringList &values) const;
    void sync();
    bool setChecked(int row, bool checked);

    // Forms may outlive the document by a moment while a window closes.
    QPointer<Document> m_document;
    QString m_pointer;
    QStringList m_known;
    QStringList m_knownNormalized;
    QStringList m_values; // the array as last read
    QStringList m_extras; // values that are not known names, in array order
    std::function<QString(const QString &)> m_normalize;
    std::function<QString(const QString &)> m_spell;
};
