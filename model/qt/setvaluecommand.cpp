#include "setvaluecommand.h"

#include "document.h"

namespace {
constexpr int SetValueCommandId = 0x5e7; // any value unique among the project's commands
}

SetValueCommand::SetValueCommand(Document *document, std::string pointer, std::optional<oci::json::Value> oldValue,
                                 std::optional<oci::json::Value> newValue, int memberIndex, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_pointer(std::move(pointer))
    , m_old(std::move(oldValue))
    , m_new(std::move(newValue))
    , m_memberIndex(memberIndex)
{
    updateText();
}

void SetValueCommand::redo()
{
    m_document->applySet(m_pointer, m_new, m_memberIndex);
}

void SetValueCommand::undo()
{
    m_document->applySet(m_pointer, m_old, m_memberIndex);
}

int SetValueCommand::id() const
{
    return SetValueCommandId;
}

bool SetValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetValueCommand *>(other);
    if (next->m_pointer != m_pointer)
        return false;
    m_new = next->m_new;
    // Typing a value back to what it was leaves nothing to undo.
    setObsolete(m_new == m_old);
    updateText();
    return true;
}

void SetValueCommand::updateText()
{
    const QString pointer = QString::fromStdString(m_pointer);
    if (!m_new)
        setText(tr("Remove %1").arg(pointer));
    else if (!m_old)
        setText(tr("Add %1").arg(pointer));
    else
        setText(tr("Set %1").arg(pointer));
}
