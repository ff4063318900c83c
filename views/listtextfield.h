#pragma once

// A list of strings on one line: as JSON (["nginx", "-g", "daemon off;"],
// the exec form Dockerfiles use) or as "a, b". What is typed is written
// once it reads as a list; until then the field says what is wrong.

#include "formfield.h"

class QLineEdit;

class ListTextField : public FormField
{
    Q_OBJECT
public:
    ListTextField(Document *document, const QString &pointer, QObject *parent = nullptr);

    // Show lists as JSON even when "a, b" would do (commands).
    void setPreferJson(bool preferJson);
    void setPlaceholderText(const QString &text);

    QLineEdit *lineEdit() const { return m_edit; }
    QWidget *editor() const override;

    static QString format(const oci::json::Value &array, bool preferJson);

protected:
    void refresh() override;

private:
    void onTextEdited(const QString &text);

    QLineEdit *m_edit;
    bool m_preferJson = false;
};
