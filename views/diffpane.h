#pragma once

// One column of a diff: read-only lines tinted by kind (added, removed,
// context, filler, hunk header) with a gutter of old/new line numbers.
// Double-clicking a line (or Enter) activates its hunk.

#include "diffrows.h"

#include <QList>
#include <QPlainTextEdit>

class DiffPane : public QPlainTextEdit
{
    Q_OBJECT
public:
    using Line = DiffRow;
    enum class Gutter { OldAndNew, Old, New };

    explicit DiffPane(QWidget *parent = nullptr);

    void setLines(const QList<Line> &lines, Gutter gutter);
    const QList<Line> &lines() const { return m_lines; }
    // The hunk of a 0-based line; -1 for none.
    int hunkAt(int line) const;
    int currentHunk() const;
    // The first line of a hunk (its header), 0-based; -1 when none.
    int firstLineOf(int hunk) const;
    void scrollToHunk(int hunk);
    int gutterWidth() const;

Q_SIGNALS:
    void hunkActivated(int hunk);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    class Gutter_;
    void paintGutter(QPaintEvent *event);
    // Tints lines first..last-1 (-1: to the end) by their kind.
    void applyFormats(int first = 0, int last = -1);
    void updateCurrentLine();

    QWidget *m_gutter;
    QList<Line> m_lines;
    Gutter m_gutterMode = Gutter::OldAndNew;
    int m_numberWidth = 0;
};
