#include "tablefield.h"

#include "formtableproxymodel.h"
#include "roles.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QToolButton *makeButton(const char *icon, const QString &fallbackText, const QString &toolTip)
{
    auto *b = new QToolButton;
    const QIcon themed = QIcon::fromTheme(QString::fromLatin1(icon));
    if (themed.isNull())
        b->setText(fallbackText);
    else
        b->setIcon(themed);
    b->setToolTip(toolTip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

TableField::TableField(Document *document, const QString &pointer, const QList<JsonTableModel::Column> &columns,
                       QObject *parent)
    : FormField(document, pointer, parent)
    , m_model(new JsonTableModel(document, pointer, columns, this))
    , m_proxy(new FormTableProxyModel(this))
    , m_view(new QTableView)
    , m_add(makeButton("list-add", QStringLiteral("+"), tr("Add a row")))
    , m_remove(makeButton("list-remove", QStringLiteral("\u2212"), tr("Remove the selected row")))
    , m_up(makeButton("go-up", QStringLiteral("\u2191"), tr("Move the selected row up")))
    , m_down(makeButton("go-down", QStringLiteral("\u2193"), tr("Move the selected row down")))
{
    m_proxy->setSourceModel(m_model);
    const QStyle *style = QApplication::style();
    m_proxy->setProblemIcons(style->standardIcon(QStyle::SP_MessageBoxCritical),
                             style->standardIcon(QStyle::SP_MessageBoxWarning));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TableField::showContextMenu);

    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(2);
    for (QToolButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    setEditorWidget(box);

    connect(m_add, &QToolButton::clicked, this, &TableField::addRow);
    connect(m_remove, &QToolButton::clicked, this, &TableField::removeCurrentRow);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrentRow(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrentRow(1); });
    m_up->setVisible(!m_model->isObject());
    m_down->setVisible(!m_model->isObject());
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TableField::updateHeight);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TableField::updateHeight);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TableField::updateHeight);
    // A new document: its values decide the widths.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TableField::fitColumns);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        if (first == 0 && last + 1 == m_proxy->rowCount())
            fitColumns();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TableField::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TableField::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TableField::updateButtons);
    updateHeight();
    updateButtons();
    initialize();
}

TableField::~TableField()
{
    // An editor still open when the form goes away is abandoned, not
    // written into the document.
    // (The page may have deleted the widgets already.)
    if (widget())
        disconnect(m_view->itemDelegate(), nullptr, m_view, nullptr);
}

QWidget *TableField::editor() const
{
    return m_view;
}

void TableField::setHeaderLabels(const QStringList &labels)
{
    m_proxy->setHeaderLabels(labels);
    fitColumns();
}

void TableField::setHeaderToolTips(const QStringList &toolTips)
{
    m_proxy->setHeaderToolTips(toolTips);
}

void TableField::setStretchColumn(int column)
{
    m_stretchColumn = column;
    fitColumns();
}

void TableField::fitColumns()
{
    // Each column as wide as its header and cells (within reason), the
    // chosen one (else the last) taking what is left; the user may resize.
    QHeaderView *header = m_view->horizontalHeader();
    const int columns = m_model->columnCount();
    const int cap = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28;
    for (int i = 0; i < columns; ++i) {
        if (i == m_stretchColumn)
            continue;
        header->setSectionResizeMode(i, QHeaderView::Interactive);
        int width = header->sectionSizeHint(i);
        for (int row = 0; row < m_proxy->rowCount() && row < 50; ++row)
            width = std::max(width, m_view->sizeHintForIndex(m_proxy->index(row, i)).width());
        m_view->setColumnWidth(i, std::min(width + 8, cap));
    }
    header->setStretchLastSection(m_stretchColumn < 0);
    if (m_stretchColumn >= 0 && m_stretchColumn < columns)
        header->setSectionResizeMode(m_stretchColumn, QHeaderView::Stretch);
}

void TableField::setMaximumVisibleRows(int rows)
{
    m_maximumRows = rows;
    updateHeight();
}

void TableField::updateHeight()
{
    // Tall enough for the rows up to a limit, and never less than two, so
    // an empty table still looks like a table to add to.
    const int rows = std::clamp(m_proxy->rowCount(), 2, m_maximumRows);
    const int header = m_view->horizontalHeader()->sizeHint().height();
    const int scrollBar = m_view->horizontalScrollBar()->sizeHint().height();
    m_view->setFixedHeight(header + rows * m_view->verticalHeader()->defaultSectionSize() + scrollBar
                           + 2 * m_view->frameWidth());
}

void TableField::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const int count = m_proxy->rowCount();
    m_remove->setEnabled(current.isValid());
    m_up->setEnabled(current.isValid() && current.row() > 0);
    m_down->setEnabled(current.isValid() && current.row() + 1 < count);
}

void TableField::refresh()
{
    // The model follows the document itself.
}

void TableField::problemsChanged()
{
    m_proxy->setProblems(problems());
}

QString TableField::contextPointer() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        return current.data(OciRoles::InputPointerRole).toString();
    return resolvedPointer();
}

bool TableField::addRow()
{
    const int row = m_model->rowCount();
    if (!m_model->insertRows(row, 1)) {
        // A map with an unnamed new member already: go and name it.
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->isObject() && m_model->index(r, 0).data().toString().isEmpty()) {
                m_view->setCurrentIndex(m_proxy->index(r, 0));
                m_view->edit(m_proxy->index(r, 0));
                return false;
            }
        }
        return false;
    }
    // Members of a map are added at the end, elements where asked.
    const int added = m_model->isObject() ? m_model->rowCount() - 1 : row;
    const QModelIndex first = m_proxy->index(added, 0);
    m_view->setFocus();
    m_view->setCurrentIndex(first);
    m_view->scrollTo(first);
    if (first.flags() & Qt::ItemIsEditable)
        m_view->edit(first);
    return true;
}

bool TableField::removeCurrentRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return false;
    const int row = current.row();
    const int column = current.column();
    if (!m_model->removeRows(row, 1))
        return false;
    const int next = std::min(row, m_proxy->rowCount() - 1);
    if (next >= 0)
        m_view->setCurrentIndex(m_proxy->index(next, column));
    return true;
}

bool TableField::moveCurrentRow(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return false;
    const int row = current.row();
    const int target = row + delta;
    if (target < 0 || target >= m_proxy->rowCount())
        return false;
    if (!m_model->moveRows(QModelIndex(), row, 1, QModelIndex(), delta > 0 ? target + 1 : target))
        return false;
    m_view->setCurrentIndex(m_proxy->index(target, current.column()));
    updateButtons();
    return true;
}

void TableField::reveal(const QString &inputPointer)
{
    const int row = m_model->rowForPointer(inputPointer);
    if (row >= 0) {
        const int column = std::max(0, m_model->columnForPointer(row, inputPointer));
        const QModelIndex index = m_proxy->index(row, column);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
    FormField::reveal(inputPointer);
}

void TableField::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid())
        m_view->setCurrentIndex(index);
    auto *menu = new QMenu(m_view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Add Row"), this, &TableField::addRow);
    QAction *remove = menu->addAction(tr("Remove Row"), this, &TableField::removeCurrentRow);
    remove->setEnabled(index.isValid());
    if (index.isValid() && index.data(OciRoles::NullableRole).toBool()) {
        QAction *setNull = menu->addAction(tr("Set to null"));
        setNull->setToolTip(tr("Leave the value unset: Docker then requires it to be set before use"));
        setNull->setEnabled(!index.data(OciRoles::NullRole).toBool());
        const QPersistentModelIndex target = m_proxy->mapToSource(index);
        connect(setNull, &QAction::triggered, this, [this, target] { m_model->setNull(target); });
    }
    addShowInSpec(menu);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}
