#include "checklistfield.h"

#include "checklistmodel.h"
#include "roles.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace {

class PrefixHidingDelegate : public QStyledItemDelegate
{
public:
    PrefixHidingDelegate(const QString &prefix, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_prefix(prefix)
    {
    }
    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        const QString text = QStyledItemDelegate::displayText(value, locale);
        return text.startsWith(m_prefix) ? text.mid(m_prefix.size()) : text;
    }

private:
    QString m_prefix;
};

} // namespace

ChecklistField::ChecklistField(Document *document, const QString &pointer, const QStringList &known,
                               QObject *parent)
    : FormField(document, pointer, parent)
    , m_model(new ChecklistModel(document, pointer, known, this))
    , m_view(new QListView)
    , m_other(new QLineEdit)
    , m_addOther(new QPushButton(tr("Add")))
    , m_summary(new QLabel)
{
    m_view->setModel(m_model);
    // Names flow in columns as wide as the longest, as many as fit.
    m_view->setViewMode(QListView::ListMode);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    updateGrid();
    setVisibleRows(6);
    installContextMenu(m_view);

    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_view);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    auto *other = new QHBoxLayout;
    other->setContentsMargins(0, 0, 0, 0);
    other->addWidget(m_other, 1);
    other->addWidget(m_addOther);
    layout->addLayout(other);
    m_other->setPlaceholderText(tr("Other name…"));
    m_other->setClearButtonEnabled(true);
    m_addOther->setEnabled(false);
    setEditorWidget(box);

    connect(m_other, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_addOther->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_other, &QLineEdit::returnPressed, this, &ChecklistField::addOther);
    connect(m_addOther, &QPushButton::clicked, this, &ChecklistField::addOther);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ChecklistField::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChecklistField::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChecklistField::updateGrid);
    updateSummary();
    initialize();
}

QWidget *ChecklistField::editor() const
{
    return m_view;
}

void ChecklistField::setOtherPlaceholderText(const QString &text)
{
    m_other->setPlaceholderText(text);
}

void ChecklistField::setHiddenPrefix(const QString &prefix)
{
    m_hiddenPrefix = prefix;
    m_view->setItemDelegate(new PrefixHidingDelegate(prefix, m_view));
    updateGrid();
    updateSummary();
}

void ChecklistField::updateGrid()
{
    // Columns as wide as the longest name shown, as many as fit.
    int widest = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QString name = m_model->index(row).data().toString();
        if (!m_hiddenPrefix.isEmpty() && name.startsWith(m_hiddenPrefix))
            name = name.mid(m_hiddenPrefix.size());
        widest = std::max(widest, m_view->fontMetrics().horizontalAdvance(name));
    }
    m_view->setGridSize(QSize(widest + 36, m_view->fontMetrics().height() + 8));
}

QString ChecklistField::summary() const
{
    return m_summary->text();
}

void ChecklistField::updateSummary()
{
    QStringList checked;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        if (index.data(Qt::CheckStateRole).toInt() == Qt::Checked)
            checked.append(index.data().toString());
    }
    m_summary->setText(checked.isEmpty() ? tr("None checked.") : tr("Checked: %1").arg(checked.join(QStringLiteral(", "))));
}

void ChecklistField::setVisibleRows(int rows)
{
    m_view->setFixedHeight(m_view->gridSize().height() * rows + 2 * m_view->frameWidth() + 4);
}

void ChecklistField::refresh()
{
    // The model follows the document itself.
}

QString ChecklistField::contextPointer() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && current.data(Qt::CheckStateRole).toInt() == Qt::Checked)
        return current.data(OciRoles::InputPointerRole).toString();
    return resolvedPointer();
}

void ChecklistField::addOther()
{
    const QString text = m_other->text().trimmed();
    if (text.isEmpty())
        return;
    m_model->addValue(text);
    const int row = m_model->rowOf(text);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
    m_other->clear();
}

void ChecklistField::reveal(const QString &inputPointer)
{
    const int row = m_model->rowForPointer(inputPointer);
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row));
        m_view->scrollTo(m_model->index(row));
    }
    FormField::reveal(inputPointer);
}
