#include "removerowcommand.h"

#include "document.h"

RemoveRowCommand::RemoveRowCommand(Document *document, std::string arrayPointer, int index, oci::json::Value value,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_arrayPointer(std::move(arrayPointer))
    , m_index(index)
    , m_value(std::move(value))
{
    setText(tr("Remove from %1").arg(QString::fromStdString(m_arrayPointer)));
}

void RemoveRowCommand::redo()
{
    m_document->applyRemove(m_arrayPointer, m_index);
}

void RemoveRowCommand::undo()
{
    m_document->applyInsert(m_arrayPointer, m_index, m_value);
}
