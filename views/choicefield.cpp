#include "choicefield.h"

#include "document.h"

#include <QComboBox>
#include <QLineEdit>

using oci::json::Value;

namespace {

bool sameChoices(const QList<ChoiceField::Choice> &a, const QList<ChoiceField::Choice> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].text != b[i].text || a[i].value != b[i].value || a[i].toolTip != b[i].toolTip)
            return false;
    }
    return true;
}

} // namespace

ChoiceField::ChoiceField(Document *document, const QString &pointer, QObject *parent)
    : FormField(document, pointer, parent)
    , m_combo(new QComboBox)
{
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(8);
    setEditorWidget(m_combo);
    connect(m_combo, &QComboBox::activated, this, &ChoiceField::onActivated);
    connect(document, &Document::changed, this, [this] {
        if (m_provider) {
            const QList<Choice> fresh = m_provider();
            if (!sameChoices(fresh, m_choices)) {
                m_choices = fresh;
                fill();
            }
        }
    });
    initialize();
}

QWidget *ChoiceField::editor() const
{
    return m_combo;
}

void ChoiceField::setEditable(bool editable)
{
    m_combo->setEditable(editable);
    if (editable) {
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        m_combo->lineEdit()->setClearButtonEnabled(true);
        installContextMenu(m_combo->lineEdit());
        connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, &ChoiceField::onEditTextEdited);
    }
    fill();
}

void ChoiceField::setChoices(const QList<Choice> &choices)
{
    m_choices = choices;
    fill();
}

void ChoiceField::setProvider(Provider provider)
{
    m_provider = std::move(provider);
    m_choices = m_provider ? m_provider() : QList<Choice>();
    fill();
}

void ChoiceField::setPlaceholderText(const QString &text)
{
    if (m_combo->lineEdit())
        m_combo->lineEdit()->setPlaceholderText(text);
    else
        m_combo->setPlaceholderText(text);
}

void ChoiceField::fill()
{
    m_filling = true;
    const QString edited = m_combo->isEditable() ? m_combo->currentText() : QString();
    m_combo->clear();
    for (const Choice &c : std::as_const(m_choices)) {
        m_combo->addItem(c.text);
        if (!c.toolTip.isEmpty())
            m_combo->setItemData(m_combo->count() - 1, c.toolTip, Qt::ToolTipRole);
    }
    if (m_combo->isEditable())
        m_combo->setEditText(edited);
    m_filling = false;
    refresh();
}

void ChoiceField::refresh()
{
    if (m_filling)
        return;
    const Value *value = currentValue();
    const std::optional<Value> current = value ? std::optional<Value>(*value) : std::nullopt;
    if (m_combo->isEditable()) {
        const QString text = value && (value->isString() || value->isNumber()) ? QString::fromStdString(value->text())
                                                                                 : QString();
        if (m_combo->currentText() != text) {
            const QSignalBlocker blocker(m_combo);
            m_combo->setCurrentIndex(-1);
            m_combo->setEditText(text);
        }
        return;
    }
    m_filling = true;
    while (m_combo->count() > m_choices.size())
        m_combo->removeItem(m_combo->count() - 1);
    m_filling = false;
    int match = -1;
    for (qsizetype i = 0; i < m_choices.size(); ++i) {
        if (m_choices[i].value == current) {
            match = static_cast<int>(i);
            break;
        }
    }
    if (match < 0 && current) {
        // A value the list does not know: show it as it is, as the
        // last entry, so the field never misreports the document.
        std::string text = current->isString() || current->isNumber() ? current->text() : std::string();
        m_filling = true;
        m_combo->addItem(QString::fromStdString(text));
        m_filling = false;
        match = m_combo->count() - 1;
    }
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(match);
}

void ChoiceField::onActivated(int index)
{
    if (m_filling || index < 0)
        return;
    if (index >= m_choices.size()) {
        if (m_combo->isEditable())
            onEditTextEdited(m_combo->itemText(index));
        return;
    }
    const Choice &c = m_choices.at(index);
    if (m_combo->isEditable()) {
        onEditTextEdited(c.text);
        return;
    }
    if (c.value)
        write(*c.value);
    else
        erase();
}

void ChoiceField::onEditTextEdited(const QString &text)
{
    if (text.isEmpty())
        erase();
    else
        write(Value::makeString(text.toStdString()));
}
