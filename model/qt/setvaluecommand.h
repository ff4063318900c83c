#pragma once

#include "json.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>
#include <string>

class Document;

// Sets (or, with an empty optional, removes) the value at a pointer. An
// absent old value means the member did not exist; consecutive commands on
// the same pointer merge, so typing in a field is one undo step.
class SetValueCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetValueCommand)
public:
    SetValueCommand(Document *document, std::string pointer, std::optional<oci::json::Value> oldValue,
                    std::optional<oci::json::Value> newValue, int memberIndex, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const std::string &pointer() const { return m_pointer; }
    // For a command that creates missing parents: the pointer of the field
    // it was made for, deeper than pointer(). Later sets of that field merge
    // into this command.
    void setLeafPointer(std::string leaf) { m_leaf = std::move(leaf); }

private:
    void updateText();

    Document *m_document;
    std::string m_pointer;
    std::string m_leaf;
    std::optional<oci::json::Value> m_old;
    std::optional<oci::json::Value> m_new;
    int m_memberIndex;
};
