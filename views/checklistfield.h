#pragma once

// A list of names as check boxes in columns (ChecklistModel), plus a line
// to add a name the list does not know.

#include "formfield.h"

#include <QStringList>

#include <functional>

class ChecklistModel;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

class ChecklistField : public FormField
{
    Q_OBJECT
public:
    ChecklistField(Document *document, const QString &pointer, const QStringList &known, QObject *parent = nullptr);

    ChecklistModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QLineEdit *otherEdit() const { return m_other; }
    QWidget *editor() const override;
    QString contextPointer() const override;
    void reveal(const QString &inputPointer) override;
    void setOtherPlaceholderText(const QString &text);
    // A prefix every known name shares ("CAP_"), left out of what the list
    // shows so more names fit side by side.
    void setHiddenPrefix(const QString &prefix);
    // "Checked: A, B" under the list (the checked names may be scrolled away).
    QString summary() const;
    // Rows shown without scrolling.
    void setVisibleRows(int rows);

protected:
    void refresh() override;

private:
    void addOther();
    void updateSummary();
    void updateGrid();

    ChecklistModel *m_model;
    QListView *m_view;
    QLineEdit *m_other;
    QPushButton *m_addOther;
    QLabel *m_summary;
    QString m_hiddenPrefix;
};
