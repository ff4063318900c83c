#pragma once

// The Inputs dock: forms for what reaches the spec (the plugin form, or the
// container and engine forms, by the scenario's kind), the host profile,
// and the raw scenario tree for everything else. Findings are shown on the
// fields they are about; reveal() takes the user to the field of an input.

#include "diagnostic.h"

#include <QTabWidget>

class Document;
class FormField;
class FormPage;
class HostPanel;
class Rebuilder;

class InputsPanel : public QTabWidget
{
    Q_OBJECT
public:
    // `rawView` (the scenario tree) becomes the last tab.
    InputsPanel(Document *document, Rebuilder *rebuilder, QWidget *rawView, QWidget *parent = nullptr);

    FormPage *pluginPage() const { return m_plugin; }
    FormPage *containerPage() const { return m_container; }
    FormPage *enginePage() const { return m_engine; }
    HostPanel *hostPanel() const { return m_host; }
    QWidget *rawView() const { return m_raw; }
    // The pages shown for the current document's kind.
    QList<FormPage *> activePages() const;

    // The field showing `inputPointer`, on the active pages; null if none.
    FormField *fieldFor(const QString &inputPointer) const;
    // Shows the field's page, scrolls to it and focuses it. False when no
    // form has the field (the caller then shows the raw tree).
    bool reveal(const QString &inputPointer);
    void showRaw();
    // Gives the fields their findings.
    void setDiagnostics(const oci::Diagnostics &diagnostics);
    // The input pointer of the field with the focus ("" when none).
    QString currentPointer() const;

Q_SIGNALS:
    void showInSpecRequested(const QString &inputPointer);

private:
    void updateKind();

    Document *m_document;
    FormPage *m_plugin;
    FormPage *m_container;
    FormPage *m_engine;
    HostPanel *m_host;
    QWidget *m_raw;
    QString m_kind;
};
