#pragma once

// One editor of a form, bound to a JSON pointer of the document: it shows
// the value there, writes what the user enters as undo commands (typing
// merges into one), follows the document (undo, other views), and shows
// the findings about its value underneath. Subclasses provide the editor.
// Knows nothing of what the pointer means; forms are made of these.

#include "document.h"
#include "fieldproblem.h"
#include "json.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QLabel;
class QMenu;
class QWidget;

class FormField : public QObject
{
    Q_OBJECT
public:
    FormField(Document *document, const QString &pointer, QObject *parent = nullptr);
    ~FormField() override;

    Document *document() const { return m_document.data(); }
    // The pointer as declared, and as the document spells it (keys are
    // matched case-insensitively, as Go decodes them).
    QString pointer() const { return m_pointer; }
    QString resolvedPointer() const;

    // The form row's widget: the editor with the findings line beneath.
    QWidget *widget() const;
    // The widget that takes the focus when the field is revealed.
    virtual QWidget *editor() const = 0;
    // A label the form shows in front of the field; a field that carries
    // its own text (a check box) returns false.
    virtual bool wantsLabel() const { return true; }

    // Whether `inputPointer` is this field's value or inside it.
    bool covers(const QString &inputPointer) const;
    // How deep the field's pointer is (the form picks the deepest field).
    int depth() const;

    // Focuses the editor (fields with rows select the one `inputPointer`
    // names) and flashes the row.
    virtual void reveal(const QString &inputPointer);

    // Findings about the value (at or below the pointer); replaces the
    // previous ones.
    void setProblems(const FieldProblems &problems);
    FieldProblems problems() const { return m_problems; }
    // The problem the field found itself in what is typed (not written).
    QString localProblem() const { return m_localProblem; }
    // What the findings line says (empty: hidden).
    QString problemText() const;

    // The pointer "Show in Spec" uses (row fields: the current row).
    virtual QString contextPointer() const { return resolvedPointer(); }

    void setToolTip(const QString &toolTip);
    QString toolTip() const { return m_toolTip; }

Q_SIGNALS:
    void showInSpecRequested(const QString &inputPointer);

protected:
    // Subclasses call this once, from their constructor.
    void setEditorWidget(QWidget *editor);
    // Shows the document's value in the editor, unless the editor already
    // means it (so a field never rewrites what the user is typing).
    virtual void refresh() = 0;
    // Row fields show their problems in their rows too.
    virtual void problemsChanged() {}
    // A context menu for `widget` (null: a new one) with "Show in Spec".
    void addShowInSpec(QMenu *menu);
    void installContextMenu(QWidget *widget);

    const oci::json::Value *currentValue() const;
    bool write(const oci::json::Value &value);
    bool erase();
    void setLocalProblem(const QString &problem);
    void initialize();

private:
    void onDocumentChanged(const QString &pointer);
    void updateProblemLabel();
    void flash();

    // Windows may delete the document before their forms.
    QPointer<Document> m_document;
    QString m_pointer;
    QPointer<QWidget> m_container;
    QLabel *m_problemLabel = nullptr;
    FieldProblems m_problems;
    QString m_localProblem;
    QString m_toolTip;
};
