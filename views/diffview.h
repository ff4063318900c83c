#pragma once

// Two texts compared: their hunks unified or side by side, tinted from the
// palette, and beside them a list of operations (any model with the
// SpecPointerRole, e.g. JSON Patch). Activating a hunk or an operation asks
// for the value it concerns to be shown. What is compared, and against
// which baseline, is the caller's business: widgets for that go in the bar.

#include "diffrows.h"
#include "unifieddiff.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class DiffPane;
class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QTreeView;

class DiffView : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Unified, SideBySide };

    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    // Puts a widget at the start of the bar above the diff.
    void addBarWidget(QWidget *widget);

    // Shows the hunks; `hunkPointers` (parallel to the hunks) are what
    // activating each one reveals.
    void setDiff(const oci::UnifiedDiff &diff, const QStringList &hunkPointers);
    // The same, laid out already (DiffRows::fromUnified, e.g. on the build
    // worker). Only the panes of the current mode are updated; the others
    // catch up when the mode changes.
    void setRows(std::shared_ptr<const DiffRows> rows, const QStringList &hunkPointers);
    // No diff to show (equal texts, or no baseline): says why instead.
    void setMessage(const QString &message);
    QString message() const;
    void setOperationsModel(QAbstractItemModel *model);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    int hunkCount() const { return static_cast<int>(m_hunkPointers.size()); }
    QString hunkPointer(int hunk) const;
    // "3 changes: +12 −4".
    QString summary() const;

    DiffPane *unifiedPane() const { return m_unified; }
    DiffPane *leftPane() const { return m_left; }
    DiffPane *rightPane() const { return m_right; }
    QTreeView *operationsView() const { return m_operations; }

public Q_SLOTS:
    void activateHunk(int hunk);
    void nextHunk();
    void previousHunk();

Q_SIGNALS:
    void pointerActivated(const QString &specPointer);
    void modeChanged(DiffView::Mode mode);

private:
    void rebuildPanes();
    DiffPane *currentPane() const;

    QHBoxLayout *m_bar;
    QLabel *m_summary;
    QToolButton *m_unifiedButton;
    QToolButton *m_sideBySideButton;
    QSplitter *m_splitter;
    QStackedWidget *m_stack;
    DiffPane *m_unified;
    QSplitter *m_sideBySide;
    DiffPane *m_left;
    DiffPane *m_right;
    QLabel *m_message;
    QTreeView *m_operations;
    Mode m_mode = Mode::Unified;
    std::shared_ptr<const DiffRows> m_rows;
    QStringList m_hunkPointers;
};
