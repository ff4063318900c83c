#include "insertrowcommand.h"

#include "document.h"

InsertRowCommand::InsertRowCommand(Document *document, std::string arrayPointer, int index, oci::json::Value value,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_arrayPointer(std::move(arrayPointer))
    , m_index(index)
    , m_value(std::move(value))
{
    setText(tr("Insert into %1").arg(QString::fromStdString(m_arrayPointer)));
}

void InsertRowCommand::redo()
{
    m_document->applyInsert(m_arrayPointer, m_index, m_value);
}

void InsertRowCommand::undo()
{
    m_document->applyRemove(m_arrayPointer, m_index);
}
