#pragma once

#include "json.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <string>

class Document;

// Inserts an element into an array.
class InsertRowCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(InsertRowCommand)
public:
    InsertRowCommand(Document *document, std::string arrayPointer, int index, oci::json::Value value,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    std::string m_arrayPointer;
    int m_index;
    oci::json::Value m_value;
};
