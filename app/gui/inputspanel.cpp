#include "inputspanel.h"

#include "containerform.h"
#include "document.h"
#include "engineform.h"
#include "formfield.h"
#include "formpage.h"
#include "hostpanel.h"
#include "pluginform.h"

#include <QApplication>

InputsPanel::InputsPanel(Document *document, Rebuilder *rebuilder, QWidget *rawView, QWidget *parent)
    : QTabWidget(parent)
    , m_document(document)
    , m_plugin(PluginForm::create(document))
    , m_container(ContainerForm::create(document))
    , m_engine(EngineForm::create(document))
    , m_host(new HostPanel(document, rebuilder))
    , m_raw(rawView)
{
    setObjectName(QStringLiteral("inputsPanel"));
    setDocumentMode(true);
    addTab(m_plugin, tr("Plugin"));
    addTab(m_container, tr("Container"));
    addTab(m_engine, tr("Engine"));
    addTab(m_host, tr("Host"));
    addTab(m_raw, tr("Raw"));
    setTabToolTip(indexOf(m_raw), tr("Advanced: the raw scenario, every key of it"));
    for (FormPage *page : {m_plugin, m_container, m_engine})
        connect(page, &FormPage::showInSpecRequested, this, &InputsPanel::showInSpecRequested);
    connect(m_document, &Document::changed, this, [this](const QString &pointer) {
        if (pointer.isEmpty() || pointer == QLatin1String("/kind"))
            updateKind();
    });
    updateKind();
}

void InputsPanel::updateKind()
{
    const oci::json::Value *kind = m_document->value(QStringLiteral("/kind"));
    const QString k = kind && kind->isString() ? QString::fromStdString(kind->text()) : QString();
    if (k == m_kind && !m_kind.isEmpty())
        return;
    m_kind = k;
    const bool plugin = k == QLatin1String("plugin");
    const bool container = k == QLatin1String("container");
    setTabVisible(indexOf(m_plugin), plugin);
    setTabVisible(indexOf(m_container), container);
    setTabVisible(indexOf(m_engine), container);
    setTabVisible(indexOf(m_host), plugin || container);
    if (plugin)
        setCurrentWidget(m_plugin);
    else if (container)
        setCurrentWidget(m_container);
    else
        setCurrentWidget(m_raw);
}

QList<FormPage *> InputsPanel::activePages() const
{
    if (m_kind == QLatin1String("plugin"))
        return {m_plugin};
    if (m_kind == QLatin1String("container"))
        return {m_container, m_engine};
    return {};
}

FormField *InputsPanel::fieldFor(const QString &inputPointer) const
{
    FormField *best = nullptr;
    for (FormPage *page : activePages()) {
        FormField *f = page->fieldFor(inputPointer);
        if (f && (!best || f->depth() > best->depth()))
            best = f;
    }
    return best;
}

bool InputsPanel::reveal(const QString &inputPointer)
{
    FormField *field = fieldFor(inputPointer);
    if (!field)
        return false;
    for (FormPage *page : activePages()) {
        if (page->fields().contains(field)) {
            setCurrentWidget(page);
            return page->reveal(inputPointer);
        }
    }
    return false;
}

void InputsPanel::showRaw()
{
    setCurrentWidget(m_raw);
}

void InputsPanel::setDiagnostics(const oci::Diagnostics &diagnostics)
{
    FieldProblems problems;
    for (const oci::Diagnostic &d : diagnostics) {
        if (d.inputPointer.empty())
            continue;
        problems.append({QString::fromStdString(d.inputPointer), d.severity, QString::fromStdString(d.message)});
    }
    for (FormPage *page : {m_plugin, m_container, m_engine}) {
        // Pages of the other kind hold nothing that could match anyway.
        page->setProblems(activePages().contains(page) ? problems : FieldProblems());
    }
}

QString InputsPanel::currentPointer() const
{
    const QWidget *focus = QApplication::focusWidget();
    for (FormPage *page : activePages()) {
        if (FormField *f = page->fieldOfWidget(focus))
            return f->contextPointer();
    }
    return QString();
}
