#include "formpage.h"

#include "formfield.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

FormPage::FormPage(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget)
    , m_layout(new QVBoxLayout(m_content))
    , m_navigator(new QComboBox)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_layout->setContentsMargins(6, 6, 6, 6);
    m_layout->setSpacing(10);
    m_navigator->setObjectName(QStringLiteral("sectionNavigator"));
    m_navigator->setToolTip(tr("Go to a section of the form"));
    auto *navigatorRow = new QWidget;
    navigatorRow->setObjectName(QStringLiteral("sectionNavigatorRow"));
    auto *navigatorLayout = new QHBoxLayout(navigatorRow);
    navigatorLayout->setContentsMargins(0, 0, 0, 0);
    auto *navigatorLabel = new QLabel(tr("&Section:"));
    navigatorLabel->setBuddy(m_navigator);
    navigatorLayout->addWidget(navigatorLabel);
    navigatorLayout->addWidget(m_navigator, 1);
    navigatorRow->hide();
    m_layout->addWidget(navigatorRow);
    connect(m_navigator, &QComboBox::activated, this, &FormPage::showSection);
    setWidget(m_content);
}

FormPage::~FormPage() = default;

void FormPage::addSection(const QString &title, const QString &description)
{
    auto *box = new QGroupBox(title);
    auto *form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (!description.isEmpty()) {
        auto *note = new QLabel(description);
        note->setWordWrap(true);
        note->setTextFormat(Qt::PlainText);
        note->setEnabled(false); // secondary text, themed
        form->addRow(note);
    }
    m_layout->addWidget(box);
    m_sections.append(box);
    m_form = form;
    m_navigator->addItem(title);
    m_navigator->parentWidget()->setVisible(m_sections.size() > 2);
}

FormField *FormPage::addField(const QString &label, FormField *field)
{
    if (!m_form)
        addSection(QString());
    field->setParent(this);
    m_fields.append(field);
    connect(field, &FormField::showInSpecRequested, this, &FormPage::showInSpecRequested);
    if (label.isEmpty() || !field->wantsLabel()) {
        m_form->addRow(field->widget());
    } else {
        auto *l = new QLabel(label);
        l->setBuddy(field->editor());
        l->setToolTip(field->toolTip());
        l->setWordWrap(false);
        m_form->addRow(l, field->widget());
    }
    return field;
}

void FormPage::addWidget(QWidget *widget)
{
    if (!m_form)
        addSection(QString());
    m_form->addRow(widget);
}

void FormPage::finish()
{
    m_layout->addStretch(1);
}

FormField *FormPage::fieldFor(const QString &inputPointer) const
{
    FormField *best = nullptr;
    for (FormField *f : m_fields) {
        if (f->covers(inputPointer) && (!best || f->depth() > best->depth()))
            best = f;
    }
    return best;
}

FormField *FormPage::fieldOfWidget(const QWidget *widget) const
{
    for (FormField *f : m_fields) {
        for (const QWidget *w = widget; w; w = w->parentWidget()) {
            if (w == f->widget())
                return f;
        }
    }
    return nullptr;
}

bool FormPage::reveal(const QString &inputPointer)
{
    FormField *field = fieldFor(inputPointer);
    if (!field)
        return false;
    m_lastRevealed = field;
    // Layouts of a page that was never shown are not done yet.
    m_layout->activate();
    ensureWidgetVisible(field->widget(), 0, 40);
    field->reveal(inputPointer);
    return true;
}

FieldProblems FormPage::setProblems(const FieldProblems &problems)
{
    QHash<FormField *, FieldProblems> byField;
    FieldProblems unplaced;
    for (const FieldProblem &p : problems) {
        if (FormField *f = p.inputPointer.isEmpty() ? nullptr : fieldFor(p.inputPointer))
            byField[f].append(p);
        else
            unplaced.append(p);
    }
    for (FormField *f : std::as_const(m_fields))
        f->setProblems(byField.value(f));
    return unplaced;
}

QStringList FormPage::sectionTitles() const
{
    QStringList titles;
    for (const QGroupBox *box : m_sections)
        titles.append(box->title());
    return titles;
}

void FormPage::showSection(int index)
{
    if (index < 0 || index >= m_sections.size())
        return;
    m_layout->activate();
    verticalScrollBar()->setValue(m_sections.at(index)->y() - m_layout->contentsMargins().top());
}
