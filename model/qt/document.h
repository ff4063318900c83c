#pragma once

// The scenario being edited: one JSON value, its file and its undo history.
// Every change goes through an undo command, so views and models never edit
// the value themselves; they listen to changed() and the row signals.

#include "json.h"

#include <QObject>
#include <QString>

#include <optional>
#include <string>

class QUndoStack;

class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const oci::json::Value &root() const { return m_root; }
    // The value `pointer` names, or nullptr.
    const oci::json::Value *value(const QString &pointer) const;

    // Empty for a document that was never saved (a new one from an example).
    QString filePath() const { return m_filePath; }
    // The file name, or the untitled name given to loadData().
    QString displayName() const;

    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;

    // Replaces the document with the file's content and clears the history.
    // On failure the document is left untouched and `errorMessage` says
    // where and why, as "FILE:LINE:COLUMN: message" for malformed JSON.
    bool load(const QString &path, QString *errorMessage = nullptr);
    // A whole file, or an error naming it: shared by every reader of documents.
    static bool readWholeFile(const QString &path, QByteArray *data, QString *errorMessage);
    // The same from bytes; the document becomes untitled, named `name`.
    bool loadData(const QByteArray &data, const QString &name, QString *errorMessage = nullptr);
    // Replaces the document with work recovered from an autosave: it keeps
    // `filePath` (so Save writes the original file; empty: untitled, named
    // `untitledName`) and counts as modified, as it was when it was lost.
    void restore(oci::json::Value root, const QString &filePath, const QString &untitledName);

    // Writes atomically to filePath() / `path` (which becomes filePath()).
    // On failure (a read-only or vanished folder, a full disk) the file on
    // disk and the document stay as they were, still modified, and
    // `errorMessage` says which file and why.
    bool save(QString *errorMessage = nullptr);
    bool saveAs(const QString &path, QString *errorMessage = nullptr);
    // What save() writes (see JsonWriter).
    QByteArray toJson() const;

    // Edits, one undo command each. Return false (and change nothing) when
    // the pointer's parent does not exist or is not a container.
    // Sets an array element or an object member (adding it when absent);
    // consecutive sets of the same pointer merge into one command.
    bool setValue(const QString &pointer, const oci::json::Value &value);
    // Removes an object member or an array element.
    bool removeValue(const QString &pointer);
    // Inserts into an array; index == size appends.
    bool insertRow(const QString &arrayPointer, int index, const oci::json::Value &value);
    bool removeRow(const QString &arrayPointer, int index);
    // Moves an array element from `from` to `to` (indexes before the move).
    bool moveRow(const QString &arrayPointer, int from, int to);

    // Like setValue(), but missing parent objects are created in the same
    // undo command, so a form field can write /hostConfig/Memory into a
    // scenario without a hostConfig. Further sets of `pointer` merge into
    // that command, and clearing the field again leaves nothing to undo.
    // False when an existing ancestor is not an object (or array element).
    bool setValueCreatingPath(const QString &pointer, const oci::json::Value &value);

    // `pointer` with each token spelled as the document spells the member
    // it names, matching keys case-insensitively as Go decodes struct
    // fields (the last exact match wins, else the last folded one). Tokens
    // below a missing member are kept as given.
    QString resolveFolded(const QString &pointer) const;

Q_SIGNALS:
    // The value at `pointer` changed ("" = the whole document was replaced).
    // Structural edits report the container whose children changed.
    void changed(const QString &pointer);
    // A child was inserted into / removed from the array or object at
    // `containerPointer`, at row `index` (emitted before changed()).
    void rowInserted(const QString &containerPointer, int index);
    void rowRemoved(const QString &containerPointer, int index);
    void filePathChanged(const QString &filePath);
    void modifiedChanged(bool modified);

private:
    friend class SetValueCommand;
    friend class InsertRowCommand;
    friend class RemoveRowCommand;
    friend class MoveRowCommand;

    oci::json::Value *mutableValue(const std::string &pointer);
    // Undo commands' primitives. `memberIndex`: where a member that is
    // absent gets inserted (-1: at the end), so undoing a removal restores
    // the key order.
    void applySet(const std::string &pointer, const std::optional<oci::json::Value> &value, int memberIndex);
    void applyInsert(const std::string &arrayPointer, int index, const oci::json::Value &value);
    void applyRemove(const std::string &arrayPointer, int index);
    void replaceAll(oci::json::Value root, const QString &filePath, const QString &untitledName);
    bool writeTo(const QString &path, QString *errorMessage) const;

    oci::json::Value m_root;
    QString m_filePath;
    QString m_untitledName;
    QUndoStack *m_undoStack;
};
