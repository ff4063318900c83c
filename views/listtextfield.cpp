#include "listtextfield.h"

#include "gojson.h"
#include "jsontablemodel.h"

#include <QLineEdit>

using oci::json::Type;
using oci::json::Value;

ListTextField::ListTextField(Document *document, const QString &pointer, QObject *parent)
    : FormField(document, pointer, parent)
    , m_edit(new QLineEdit)
{
    m_edit->setClearButtonEnabled(true);
    setEditorWidget(m_edit);
    installContextMenu(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &ListTextField::onTextEdited);
    initialize();
}

QWidget *ListTextField::editor() const
{
    return m_edit;
}

void ListTextField::setPreferJson(bool preferJson)
{
    m_preferJson = preferJson;
    const Value *value = currentValue();
    m_edit->setText(value && !value->isNull() ? format(*value, m_preferJson) : QString());
    m_edit->setCursorPosition(0);
}

void ListTextField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

QString ListTextField::format(const Value &array, bool preferJson)
{
    if (!array.isArray() || !preferJson)
        return JsonTableModel::listText(array);
    QStringList parts;
    for (const Value &v : array.items()) {
        std::string one;
        oci::gojson::appendValue(one, v);
        parts.append(QString::fromStdString(one));
    }
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

void ListTextField::refresh()
{
    const Value *value = currentValue();
    const QString text = m_edit->text();
    Value typed;
    // Leave the editor alone while it means what the document holds.
    const bool means = (!value || value->isNull()) ? text.trimmed().isEmpty()
                                                   : JsonTableModel::parseList(text, typed) && typed == *value;
    if (means)
        return;
    m_edit->setText(value && !value->isNull() ? format(*value, m_preferJson) : QString());
    // Long values read best from their start.
    if (!m_edit->hasFocus())
        m_edit->setCursorPosition(0);
    setLocalProblem(QString());
}

void ListTextField::onTextEdited(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        setLocalProblem(QString());
        erase();
        return;
    }
    Value list;
    if (!JsonTableModel::parseList(text, list)) {
        setLocalProblem(tr("Not a list yet: write [\"a\", \"b\"] or a, b"));
        return;
    }
    setLocalProblem(QString());
    write(list);
}
