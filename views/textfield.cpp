#include "textfield.h"

#include "gojson.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

using oci::json::Type;
using oci::json::Value;

TextField::TextField(Document *document, const QString &pointer, QObject *parent)
    : FormField(document, pointer, parent)
    , m_edit(new QLineEdit)
{
    m_edit->setClearButtonEnabled(true);
    setEditorWidget(m_edit);
    installContextMenu(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &TextField::onTextEdited);
    initialize();
}

QWidget *TextField::editor() const
{
    return m_edit;
}

void TextField::setEmptyMode(EmptyMode mode)
{
    m_emptyMode = mode;
    refresh();
}

void TextField::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    refresh();
}

void TextField::setCompletions(const QStringList &completions)
{
    if (!m_completer) {
        m_completer = new QCompleter(this);
        m_completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_completer->setFilterMode(Qt::MatchContains);
        m_completer->setModel(new QStringListModel(m_completer));
        m_edit->setCompleter(m_completer);
    }
    static_cast<QStringListModel *>(m_completer->model())->setStringList(completions);
}

void TextField::setChecker(std::function<QString(const QString &)> checker)
{
    m_checker = std::move(checker);
}

QString TextField::textOf(const Value *value) const
{
    if (!value || value->isNull())
        return QString();
    if (value->isString() || value->isNumber())
        return QString::fromStdString(value->text());
    std::string compact;
    oci::gojson::appendValue(compact, *value);
    return QString::fromStdString(compact);
}

void TextField::refresh()
{
    const Value *value = currentValue();
    const QString text = textOf(value);
    if (m_edit->text() != text) {
        m_edit->setText(text);
        // Long values (IDs, paths) read best from their start.
        if (!m_edit->hasFocus())
            m_edit->setCursorPosition(0);
    }
    // An explicit null, where it means something, is shown as such.
    const bool showNull = m_emptyMode == EmptyMode::Null && value && value->isNull();
    m_edit->setPlaceholderText(showNull ? QStringLiteral("null") : m_placeholder);
    setLocalProblem(m_checker ? m_checker(text) : QString());
}

void TextField::onTextEdited(const QString &text)
{
    if (m_checker) {
        const QString problem = text.isEmpty() ? QString() : m_checker(text);
        setLocalProblem(problem);
        if (!problem.isEmpty())
            return;
    }
    if (!text.isEmpty()) {
        write(Value::makeString(text.toStdString()));
        return;
    }
    switch (m_emptyMode) {
    case EmptyMode::Remove:
        erase();
        break;
    case EmptyMode::EmptyString:
        write(Value::makeString(std::string()));
        break;
    case EmptyMode::Null:
        write(Value(Type::Null));
        break;
    }
}
