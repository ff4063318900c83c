#pragma once

// Builds a form page from short declarations: each field bound to a
// scenario pointer, its tool tip taken from FieldHelp (what the field
// becomes in the spec and the Docker flag that sets it) unless given.

#include "choicefield.h"
#include "jsontablemodel.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class BoolField;
class ChecklistField;
class Document;
class FormPage;
class IntegerField;
class ListTextField;
class TableField;
class TextAreaField;
class TextField;

class FormBuilder
{
    Q_DECLARE_TR_FUNCTIONS(FormBuilder)
public:
    struct TableColumn {
        JsonTableModel::Column column;
        QString header;
    };

    FormBuilder(FormPage *page, Document *document);

    FormPage *page() const { return m_page; }
    Document *document() const { return m_document; }

    void section(const QString &title, const QString &description = QString());
    TextField *text(const QString &label, const QString &pointer, const QString &placeholder = QString());
    TextAreaField *textArea(const QString &label, const QString &pointer, const QString &placeholder = QString());
    IntegerField *integer(const QString &label, const QString &pointer, const QString &placeholder = QString());
    BoolField *boolean(const QString &text, const QString &pointer);
    ChoiceField *choice(const QString &label, const QString &pointer, const QList<ChoiceField::Choice> &choices);
    // Free text with suggestions.
    ChoiceField *combo(const QString &label, const QString &pointer, const QStringList &suggestions,
                       const QString &placeholder = QString());
    ListTextField *list(const QString &label, const QString &pointer, const QString &placeholder = QString());
    TableField *table(const QString &label, const QString &pointer, const QList<TableColumn> &columns);
    ChecklistField *checklist(const QString &label, const QString &pointer, const QStringList &known);

    // A tool tip for a pointer: FieldHelp's, or empty.
    static QString help(const QString &pointer);
    // Choices "default / yes / no" for an optional boolean.
    static QList<ChoiceField::Choice> optionalBool();

private:
    FormPage *m_page;
    Document *m_document;
};
