#pragma once

// A multi-line string (a passwd file, a description).

#include "formfield.h"

class QPlainTextEdit;

class TextAreaField : public FormField
{
    Q_OBJECT
public:
    TextAreaField(Document *document, const QString &pointer, QObject *parent = nullptr);

    void setPlaceholderText(const QString &text);
    // Visible lines of text (the editor scrolls beyond them).
    void setVisibleLines(int lines);
    void setMonospace(bool monospace);

    QPlainTextEdit *textEdit() const { return m_edit; }
    QWidget *editor() const override;

protected:
    void refresh() override;

private:
    QPlainTextEdit *m_edit;
};
