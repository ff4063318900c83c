#include "formbuilder.h"

#include "boolfield.h"
#include "checklistfield.h"
#include "fieldhelp.h"
#include "formpage.h"
#include "integerfield.h"
#include "listtextfield.h"
#include "tablefield.h"
#include "textareafield.h"
#include "textfield.h"

#include <QCoreApplication>

FormBuilder::FormBuilder(FormPage *page, Document *document)
    : m_page(page)
    , m_document(document)
{
}

QString FormBuilder::help(const QString &pointer)
{
    return FieldHelp::toolTip(pointer);
}

void FormBuilder::section(const QString &title, const QString &description)
{
    m_page->addSection(title, description);
}

TextField *FormBuilder::text(const QString &label, const QString &pointer, const QString &placeholder)
{
    auto *f = new TextField(m_document, pointer);
    f->setPlaceholderText(placeholder);
    f->setToolTip(help(pointer));
    return m_page->add(label, f);
}

TextAreaField *FormBuilder::textArea(const QString &label, const QString &pointer, const QString &placeholder)
{
    auto *f = new TextAreaField(m_document, pointer);
    f->setPlaceholderText(placeholder);
    f->setToolTip(help(pointer));
    return m_page->add(label, f);
}

IntegerField *FormBuilder::integer(const QString &label, const QString &pointer, const QString &placeholder)
{
    auto *f = new IntegerField(m_document, pointer);
    f->setPlaceholderText(placeholder);
    f->setToolTip(help(pointer));
    return m_page->add(label, f);
}

BoolField *FormBuilder::boolean(const QString &text, const QString &pointer)
{
    auto *f = new BoolField(m_document, pointer, text);
    f->setToolTip(help(pointer));
    return m_page->add(QString(), f);
}

ChoiceField *FormBuilder::choice(const QString &label, const QString &pointer,
                                 const QList<ChoiceField::Choice> &choices)
{
    auto *f = new ChoiceField(m_document, pointer);
    f->setChoices(choices);
    f->setToolTip(help(pointer));
    return m_page->add(label, f);
}

ChoiceField *FormBuilder::combo(const QString &label, const QString &pointer, const QStringList &suggestions,
                                const QString &placeholder)
{
    auto *f = new ChoiceField(m_document, pointer);
    f->setEditable(true);
    QList<ChoiceField::Choice> choices;
    for (const QString &s : suggestions)
        choices.append({s, oci::json::Value::makeString(s.toStdString()), QString()});
    f->setChoices(choices);
    f->setPlaceholderText(placeholder);
    f->setToolTip(help(pointer));
    return m_page->add(label, f);
}

ListTextField *FormBuilder::list(const QString &label, const QString &pointer, const QString &placeholder)
{
    auto *f = new ListTextField(m_document, pointer);
    f->setPlaceholderText(placeholder);
    f->setToolTip(help(pointer));
    return m_page->add(label, f);
}

TableField *FormBuilder::table(const QString &label, const QString &pointer, const QList<TableColumn> &columns)
{
    QList<JsonTableModel::Column> modelColumns;
    QStringList headers;
    QStringList tips;
    for (const TableColumn &c : columns) {
        modelColumns.append(c.column);
        headers.append(c.header);
        // Help is written per field of an element ("/manifest/env/*/name").
        tips.append(c.column.key.isEmpty() ? QString() : help(pointer + QStringLiteral("/0/") + c.column.key));
    }
    auto *f = new TableField(m_document, pointer, modelColumns);
    f->setHeaderLabels(headers);
    f->setHeaderToolTips(tips);
    f->setToolTip(help(pointer));
    return m_page->add(label, f);
}

ChecklistField *FormBuilder::checklist(const QString &label, const QString &pointer, const QStringList &known)
{
    auto *f = new ChecklistField(m_document, pointer, known);
    f->setToolTip(help(pointer));
    return m_page->add(label, f);
}

QList<ChoiceField::Choice> FormBuilder::optionalBool()
{
    return {
        {tr("Default"), std::nullopt, QString()},
        {tr("Yes"), oci::json::Value::makeBool(true), QString()},
        {tr("No"), oci::json::Value::makeBool(false), QString()},
    };
}
