#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

#include <string>

class Document;

// Moves an array element (a mount up or down the list): a removal and an
// insertion as far as models are concerned, one step in the history.
class MoveRowCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveRowCommand)
public:
    MoveRowCommand(Document *document, std::string arrayPointer, int from, int to, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void move(int from, int to);

    Document *m_document;
    std::string m_arrayPointer;
    int m_from;
    int m_to;
};
