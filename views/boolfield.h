#pragma once

// A check box over a JSON boolean. Unchecking removes the member (Go reads
// an absent bool as false) unless the field is told to write false.

#include "formfield.h"

class QCheckBox;

class BoolField : public FormField
{
    Q_OBJECT
public:
    BoolField(Document *document, const QString &pointer, const QString &text, QObject *parent = nullptr);

    void setWriteFalse(bool writeFalse) { m_writeFalse = writeFalse; }

    QCheckBox *checkBox() const { return m_box; }
    QWidget *editor() const override;
    bool wantsLabel() const override { return false; }

protected:
    void refresh() override;

private:
    QCheckBox *m_box;
    bool m_writeFalse = false;
};
