#include "moverowcommand.h"

#include "document.h"

MoveRowCommand::MoveRowCommand(Document *document, std::string arrayPointer, int from, int to, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_arrayPointer(std::move(arrayPointer))
    , m_from(from)
    , m_to(to)
{
    setText(tr("Move in %1").arg(QString::fromStdString(m_arrayPointer)));
}

void MoveRowCommand::redo()
{
    move(m_from, m_to);
}

void MoveRowCommand::undo()
{
    move(m_to, m_from);
}

void MoveRowCommand::move(int from, int to)
{
    const oci::json::Value *array = m_document->value(QString::fromStdString(m_arrayPointer));
    if (!array || !array->isArray() || from < 0 || static_cast<std::size_t>(from) >= array->size())
        return;
    const oci::json::Value element = array->at(static_cast<std::size_t>(from));
    m_document->applyRemove(m_arrayPointer, from);
    m_document->applyInsert(m_arrayPointer, to, element);
}
