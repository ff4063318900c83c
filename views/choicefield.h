#pragma once

// A value picked from a list: enumerations ("cgroupfs" / "systemd"), a
// default/yes/no for optional booleans, or, editable, a string with
// suggestions (a namespace mode, "container:NAME" for each known
// container). The list may be recomputed from the document.

#include "formfield.h"

#include <QList>

#include <functional>
#include <optional>

class QComboBox;

class ChoiceField : public FormField
{
    Q_OBJECT
public:
    struct Choice {
        QString text; // what the list shows; for editable fields, the string value itself
        std::optional<oci::json::Value> value; // nullopt: the member is absent
        QString toolTip;
    };
    using Provider = std::function<QList<Choice>()>;

    ChoiceField(Document *document, const QString &pointer, QObject *parent = nullptr);

    // Free text allowed (written as a string); the choices are suggestions.
    void setEditable(bool editable);
    void setChoices(const QList<Choice> &choices);
    // Choices computed from the document, refreshed when it changes.
    void setProvider(Provider provider);
    void setPlaceholderText(const QString &text);

    QComboBox *comboBox() const { return m_combo; }
    QWidget *editor() const override;
    QList<Choice> choices() const { return m_choices; }

protected:
    void refresh() override;

private:
    void fill();
    void onActivated(int index);
    void onEditTextEdited(const QString &text);

    QComboBox *m_combo;
    QList<Choice> m_choices;
    Provider m_provider;
    bool m_filling = false;
};
