#include "boolfield.h"

#include <QCheckBox>

using oci::json::Value;

BoolField::BoolField(Document *document, const QString &pointer, const QString &text, QObject *parent)
    : FormField(document, pointer, parent)
    , m_box(new QCheckBox(text))
{
    setEditorWidget(m_box);
    installContextMenu(m_box);
    connect(m_box, &QCheckBox::clicked, this, [this](bool checked) {
        if (checked || m_writeFalse)
            write(Value::makeBool(checked));
        else
            erase();
    });
    initialize();
}

QWidget *BoolField::editor() const
{
    return m_box;
}

void BoolField::refresh()
{
    const Value *value = currentValue();
    m_box->setChecked(value && value->isBool() && value->boolean());
}
