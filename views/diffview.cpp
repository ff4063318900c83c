#include "diffview.h"

#include "diffpane.h"
#include "roles.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QHBoxLayout)
    , m_summary(new QLabel)
    , m_unifiedButton(new QToolButton)
    , m_sideBySideButton(new QToolButton)
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_stack(new QStackedWidget)
    , m_unified(new DiffPane)
    , m_sideBySide(new QSplitter(Qt::Horizontal))
    , m_left(new DiffPane)
    , m_right(new DiffPane)
    , m_message(new QLabel)
    , m_operations(new QTreeView)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_bar->setContentsMargins(4, 2, 4, 0);
    layout->addLayout(m_bar);
    layout->addWidget(m_splitter, 1);

    m_summary->setTextFormat(Qt::PlainText);
    m_unifiedButton->setText(tr("Unified"));
    m_unifiedButton->setToolTip(tr("Show removed and added lines one below the other"));
    m_sideBySideButton->setText(tr("Side by Side"));
    m_sideBySideButton->setToolTip(tr("Show the baseline on the left and the built spec on the right"));
    auto *group = new QButtonGroup(this);
    for (QToolButton *b : {m_unifiedButton, m_sideBySideButton}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
        group->addButton(b);
    }
    m_unifiedButton->setChecked(true);
    m_bar->addWidget(m_summary);
    m_bar->addStretch(1);
    m_bar->addWidget(m_unifiedButton);
    m_bar->addWidget(m_sideBySideButton);
    connect(m_unifiedButton, &QToolButton::clicked, this, [this] { setMode(Mode::Unified); });
    connect(m_sideBySideButton, &QToolButton::clicked, this, [this] { setMode(Mode::SideBySide); });

    m_unified->setObjectName(QStringLiteral("unifiedPane"));
    m_left->setObjectName(QStringLiteral("leftPane"));
    m_right->setObjectName(QStringLiteral("rightPane"));
    m_sideBySide->addWidget(m_left);
    m_sideBySide->addWidget(m_right);
    m_sideBySide->setChildrenCollapsible(false);
    // Both sides have the same number of lines: scroll them together.
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, m_right->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, m_left->verticalScrollBar(), &QScrollBar::setValue);

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setEnabled(false);
    m_stack->addWidget(m_unified);
    m_stack->addWidget(m_sideBySide);
    m_stack->addWidget(m_message);

    m_operations->setObjectName(QStringLiteral("operationsView"));
    m_operations->setRootIsDecorated(false);
    m_operations->setUniformRowHeights(true);
    m_operations->setAlternatingRowColors(true);
    m_operations->setAllColumnsShowFocus(true);
    m_operations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_operations->setTextElideMode(Qt::ElideMiddle);
    connect(m_operations, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString pointer = index.data(OciRoles::SpecPointerRole).toString();
        Q_EMIT pointerActivated(pointer);
    });

    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_operations);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    // Most of the room for the text; proportions, scaled on first layout.
    m_splitter->setSizes({700, 220});

    for (DiffPane *pane : {m_unified, m_left, m_right})
        connect(pane, &DiffPane::hunkActivated, this, &DiffView::activateHunk);
    setMessage(QString());
}

DiffView::~DiffView() = default;

void DiffView::addBarWidget(QWidget *widget)
{
    // Before the summary, in the order added.
    m_bar->insertWidget(m_bar->indexOf(m_summary), widget);
}

void DiffView::setOperationsModel(QAbstractItemModel *model)
{
    m_operations->setModel(model);
    if (!model)
        return;
    QHeaderView *header = m_operations->header();
    header->setStretchLastSection(true);
    // Wide enough for the longest operation name and the header. Not
    // ResizeToContents: that measures every row again on each rebuild.
    int opWidth = header->fontMetrics().horizontalAdvance(model->headerData(0, Qt::Horizontal).toString());
    for (const char *name : {"replace", "remove", "add", "move", "copy", "test"})
        opWidth = std::max(opWidth, fontMetrics().horizontalAdvance(QString::fromLatin1(name)));
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    header->resizeSection(0, opWidth + 4 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 16);
    if (model->columnCount() > 1)
        header->resizeSection(1, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 36);
}

void DiffView::setDiff(const oci::UnifiedDiff &diff, const QStringList &hunkPointers)
{
    setRows(std::make_shared<const DiffRows>(DiffRows::fromUnified(diff)), hunkPointers);
}

void DiffView::setRows(std::shared_ptr<const DiffRows> rows, const QStringList &hunkPointers)
{
    m_rows = std::move(rows);
    m_hunkPointers = hunkPointers;
    m_message->setText(QString());
    rebuildPanes();
}

void DiffView::setMessage(const QString &message)
{
    m_message->setText(message);
    if (!message.isEmpty()) {
        m_rows.reset();
        m_hunkPointers.clear();
    }
    rebuildPanes();
}

QString DiffView::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

QString DiffView::hunkPointer(int hunk) const
{
    return hunk >= 0 && hunk < m_hunkPointers.size() ? m_hunkPointers.at(hunk) : QString();
}

QString DiffView::summary() const
{
    return m_summary->text();
}

void DiffView::setMode(Mode mode)
{
    const bool changed = mode != m_mode;
    m_mode = mode;
    m_unifiedButton->setChecked(mode == Mode::Unified);
    m_sideBySideButton->setChecked(mode == Mode::SideBySide);
    // The panes shown now may have missed rows set while they were hidden.
    rebuildPanes();
    if (changed)
        Q_EMIT modeChanged(mode);
}

void DiffView::rebuildPanes()
{
    static const DiffRows none;
    const DiffRows &rows = m_rows ? *m_rows : none;
    // Only the current mode's panes: the hidden ones would cost as much
    // again on every build. setMode() brings them up to date.
    // Rows without this mode's layout are about to be replaced by the
    // caller (see modeChanged): the panes keep what they show until then.
    if (m_mode == Mode::Unified) {
        if (rows.has(DiffRows::Layout::Unified))
            m_unified->setLines(rows.unified, DiffPane::Gutter::OldAndNew);
    } else if (rows.has(DiffRows::Layout::SideBySide)) {
        m_left->setLines(rows.left, DiffPane::Gutter::Old);
        m_right->setLines(rows.right, DiffPane::Gutter::New);
    }

    const int hunks = hunkCount();
    if (hunks == 0) {
        m_summary->setText(QString());
        m_stack->setCurrentWidget(m_message);
        if (m_message->text().isEmpty())
            m_message->setText(tr("No differences."));
        return;
    }
    m_summary->setText(
        tr("%n change(s): ", nullptr, hunks) + QStringLiteral("+%1 \u2212%2").arg(rows.added).arg(rows.removed));
    m_stack->setCurrentWidget(m_mode == Mode::Unified ? static_cast<QWidget *>(m_unified) : m_sideBySide);
}

DiffPane *DiffView::currentPane() const
{
    if (m_mode == Mode::Unified)
        return m_unified;
    return m_right->hasFocus() ? m_right : m_left;
}

void DiffView::activateHunk(int hunk)
{
    if (hunk < 0 || hunk >= hunkCount())
        return;
    Q_EMIT pointerActivated(hunkPointer(hunk));
}

void DiffView::nextHunk()
{
    DiffPane *pane = currentPane();
    const int next = std::min(pane->currentHunk() + 1, hunkCount() - 1);
    if (next >= 0)
        pane->scrollToHunk(next);
}

void DiffView::previousHunk()
{
    DiffPane *pane = currentPane();
    const int previous = std::max(pane->currentHunk() - 1, 0);
    if (hunkCount() > 0)
        pane->scrollToHunk(previous);
}
