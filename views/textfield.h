#pragma once

// A one-line string field. Clearing it removes the member (the default:
// Go decodes an absent string as ""), writes "" or writes null, as the
// field is told.

#include "formfield.h"

class QLineEdit;
class QCompleter;

class TextField : public FormField
{
    Q_OBJECT
public:
    enum class EmptyMode { Remove, EmptyString, Null };

    TextField(Document *document, const QString &pointer, QObject *parent = nullptr);

    void setEmptyMode(EmptyMode mode);
    EmptyMode emptyMode() const { return m_emptyMode; }
    void setPlaceholderText(const QString &text);
    // Suggestions offered while typing (free text stays allowed).
    void setCompletions(const QStringList &completions);
    // A check of what is typed: an empty string when fine, else why not;
    // text with a problem is not written.
    void setChecker(std::function<QString(const QString &)> checker);

    QLineEdit *lineEdit() const { return m_edit; }
    QWidget *editor() const override;

protected:
    void refresh() override;

private:
    void onTextEdited(const QString &text);
    QString textOf(const oci::json::Value *value) const;

    QLineEdit *m_edit;
    QCompleter *m_completer = nullptr;
    EmptyMode m_emptyMode = EmptyMode::Remove;
    QString m_placeholder;
    std::function<QString(const QString &)> m_checker;
};
