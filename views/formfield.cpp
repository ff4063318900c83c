#include "formfield.h"

#include "document.h"
#include "jsonpointer.h"
#include "themecolors.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace {

bool foldedPrefix(const std::vector<std::string> &prefix, const std::vector<std::string> &tokens)
{
    if (prefix.size() > tokens.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (!oci::json::equalFold(prefix[i], tokens[i]))
            return false;
    }
    return true;
}

// The findings line: a word-wrapped label that takes its colour from the
// worst finding and follows palette changes.
class ProblemLabel : public QLabel
{
public:
    explicit ProblemLabel(QWidget *parent)
        : QLabel(parent)
    {
        setWordWrap(true);
        setTextFormat(Qt::PlainText);
        setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.92);
        setFont(f);
        hide();
    }
    void setSeverity(oci::Severity severity)
    {
        m_severity = severity;
        updateColour();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::PaletteChange && !m_updating)
            updateColour();
    }

private:
    void updateColour()
    {
        m_updating = true;
        QPalette pal = palette();
        const QPalette app = QApplication::palette(this);
        pal.setColor(QPalette::WindowText, m_severity == oci::Severity::Error ? ThemeColors::errorText(app)
                                                                               : ThemeColors::warningText(app));
        setPalette(pal);
        m_updating = false;
    }
    oci::Severity m_severity = oci::Severity::Error;
    bool m_updating = false;
};

} // namespace

FormField::FormField(Document *document, const QString &pointer, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_pointer(pointer)
{
    connect(m_document, &Document::changed, this, &FormField::onDocumentChanged);
}

FormField::~FormField()
{
    // Deleting the widgets may commit an open editor; the subclass that
    // would show the result is gone already.
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    // The form's layout owns the row widget; a field that never made it
    // into one takes it along.
    if (m_container && !m_container->parent())
        delete m_container;
}

QString FormField::resolvedPointer() const
{
    return m_document ? m_document->resolveFolded(m_pointer) : m_pointer;
}

QWidget *FormField::widget() const
{
    return m_container;
}

void FormField::setEditorWidget(QWidget *editor)
{
    Q_ASSERT(!m_container);
    m_container = new QWidget;
    m_container->setObjectName(QStringLiteral("formFieldRow"));
    auto *layout = new QVBoxLayout(m_container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    m_problemLabel = new ProblemLabel(m_container);
    layout->addWidget(m_problemLabel);
    editor->setProperty("ocistudioPointer", m_pointer);
    if (!m_toolTip.isEmpty())
        editor->setToolTip(m_toolTip);
}

void FormField::initialize()
{
    refresh();
}

int FormField::depth() const
{
    return static_cast<int>(JsonPointer::tokens(m_pointer.toStdString()).size());
}

bool FormField::covers(const QString &inputPointer) const
{
    return foldedPrefix(JsonPointer::tokens(m_pointer.toStdString()), JsonPointer::tokens(inputPointer.toStdString()))
        && (inputPointer.isEmpty() || inputPointer.startsWith(QLatin1Char('/')));
}

void FormField::setToolTip(const QString &toolTip)
{
    m_toolTip = toolTip;
    if (QWidget *e = editor())
        e->setToolTip(toolTip);
}

const oci::json::Value *FormField::currentValue() const
{
    return m_document ? m_document->value(resolvedPointer()) : nullptr;
}

bool FormField::write(const oci::json::Value &value)
{
    if (!m_document)
        return false;
    const QString pointer = resolvedPointer();
    const oci::json::Value *current = m_document->value(pointer);
    if (current && *current == value)
        return true;
    return m_document->setValueCreatingPath(pointer, value);
}

bool FormField::erase()
{
    if (!m_document)
        return false;
    const QString pointer = resolvedPointer();
    if (!m_document->value(pointer))
        return true;
    return m_document->removeValue(pointer);
}

void FormField::onDocumentChanged(const QString &pointer)
{
    const QString mine = resolvedPointer();
    if (pointer.isEmpty() || pointer == mine || mine.startsWith(pointer + QLatin1Char('/'))
        || pointer.startsWith(mine + QLatin1Char('/')))
        refresh();
}

void FormField::setProblems(const FieldProblems &problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    updateProblemLabel();
    problemsChanged();
}

void FormField::setLocalProblem(const QString &problem)
{
    if (problem == m_localProblem)
        return;
    m_localProblem = problem;
    updateProblemLabel();
}

QString FormField::problemText() const
{
    return m_problemLabel && !m_problemLabel->isHidden() ? m_problemLabel->text() : QString();
}

void FormField::updateProblemLabel()
{
    if (!m_problemLabel)
        return;
    QStringList lines;
    oci::Severity worst = oci::Severity::Note;
    if (!m_localProblem.isEmpty()) {
        lines.append(m_localProblem);
        worst = oci::Severity::Error;
    }
    for (const FieldProblem &p : std::as_const(m_problems)) {
        if (lines.size() == 4) {
            lines.append(tr("(%n more in the Warnings panel)", nullptr,
                            static_cast<int>(m_problems.size() + (m_localProblem.isEmpty() ? 0 : 1) - 4)));
            break;
        }
        lines.append(QStringLiteral("\u26a0 ") + p.message);
        if (static_cast<int>(p.severity) < static_cast<int>(worst))
            worst = p.severity;
    }
    static_cast<ProblemLabel *>(m_problemLabel)->setSeverity(worst);
    m_problemLabel->setText(lines.join(QLatin1Char('\n')));
    // An explicit hide/show: the container's visibility is the form's business.
    m_problemLabel->setVisible(!lines.isEmpty());
}

void FormField::reveal(const QString &inputPointer)
{
    Q_UNUSED(inputPointer);
    if (QWidget *e = editor())
        e->setFocus(Qt::OtherFocusReason);
    flash();
}

void FormField::flash()
{
    if (!m_container)
        return;
    QPalette pal = m_container->palette();
    pal.setColor(QPalette::Window, ThemeColors::flashBackground(QApplication::palette(m_container)));
    m_container->setPalette(pal);
    m_container->setAutoFillBackground(true);
    QPointer<QWidget> container = m_container;
    QTimer::singleShot(1200, container, [container] {
        container->setAutoFillBackground(false);
        container->setPalette(QPalette());
    });
}

void FormField::addShowInSpec(QMenu *menu)
{
    menu->addSeparator();
    QAction *show = menu->addAction(tr("Show in Spec"));
    show->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F12));
    const QString pointer = contextPointer();
    connect(show, &QAction::triggered, this, [this, pointer] { Q_EMIT showInSpecRequested(pointer); });
}

void FormField::installContextMenu(QWidget *widget)
{
    widget->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(widget, &QWidget::customContextMenuRequested, this, [this, widget](const QPoint &pos) {
        QMenu *menu = nullptr;
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            menu = line->createStandardContextMenu();
        else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
            menu = text->createStandardContextMenu();
        else
            menu = new QMenu(widget);
        addShowInSpec(menu);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(widget->mapToGlobal(pos));
    });
}
