#include "textareafield.h"

#include <QFontDatabase>
#include <QPlainTextEdit>

using oci::json::Value;

TextAreaField::TextAreaField(Document *document, const QString &pointer, QObject *parent)
    : FormField(document, pointer, parent)
    , m_edit(new QPlainTextEdit)
{
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    setVisibleLines(4);
    setEditorWidget(m_edit);
    installContextMenu(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_edit->property("ocistudioRefreshing").toBool())
            return;
        const QString text = m_edit->toPlainText();
        if (text.isEmpty())
            erase();
        else
            write(Value::makeString(text.toStdString()));
    });
    initialize();
}

QWidget *TextAreaField::editor() const
{
    return m_edit;
}

void TextAreaField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void TextAreaField::setVisibleLines(int lines)
{
    const int frame = 2 * m_edit->frameWidth() + static_cast<int>(2 * m_edit->document()->documentMargin());
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * lines + frame);
}

void TextAreaField::setMonospace(bool monospace)
{
    m_edit->setFont(monospace ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : QFont());
    setVisibleLines(4);
}

void TextAreaField::refresh()
{
    const Value *value = currentValue();
    const QString text = value && value->isString() ? QString::fromStdString(value->text()) : QString();
    if (m_edit->toPlainText() == text)
        return;
    m_edit->setProperty("ocistudioRefreshing", true);
    m_edit->setPlainText(text);
    m_edit->setProperty("ocistudioRefreshing", false);
}
