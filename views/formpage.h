#pragma once

// A scrollable form: titled sections of labelled fields (FormField), a
// navigator to jump between sections, findings distributed to the fields
// they are about, and reveal() to take the user to the field of an input
// pointer.

#include "fieldproblem.h"

#include <QList>
#include <QScrollArea>

class FormField;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QVBoxLayout;

class FormPage : public QScrollArea
{
    Q_OBJECT
public:
    explicit FormPage(QWidget *parent = nullptr);
    ~FormPage() override;

    // Starts a section; the fields added next go into it.
    void addSection(const QString &title, const QString &description = QString());
    // Adds a field to the current section (the page takes it). An empty
    // label (or a field with its own text) spans the row.
    FormField *addField(const QString &label, FormField *field);
    template<typename T>
    T *add(const QString &label, T *field)
    {
        addField(label, field);
        return field;
    }
    // A widget of the page's own (buttons, notes) spanning a row.
    void addWidget(QWidget *widget);
    // Ends the page: a stretch below the last section.
    void finish();

    const QList<FormField *> &fields() const { return m_fields; }
    // The deepest field holding `inputPointer`, or null.
    FormField *fieldFor(const QString &inputPointer) const;
    // The field whose editor is (or contains) `widget`.
    FormField *fieldOfWidget(const QWidget *widget) const;
    // Scrolls to the field of `inputPointer`, focuses and flashes it.
    bool reveal(const QString &inputPointer);
    FormField *lastRevealed() const { return m_lastRevealed; }

    // Gives each field the findings it holds; returns those no field holds.
    FieldProblems setProblems(const FieldProblems &problems);

    QStringList sectionTitles() const;
    void showSection(int index);

Q_SIGNALS:
    void showInSpecRequested(const QString &inputPointer);

private:
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QComboBox *m_navigator;
    QList<QGroupBox *> m_sections;
    QFormLayout *m_form = nullptr;
    QList<FormField *> m_fields;
    FormField *m_lastRevealed = nullptr;
};
