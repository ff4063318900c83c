#pragma once

// A read-only text view for JSON (or any text): line numbers, a highlighted
// current line, a find bar, and revealLine() to show a range of lines.
// Replacing the text keeps the cursor line and scroll position, so a view
// that is refreshed on every keystroke elsewhere stays where the user is.

#include <QPlainTextEdit>

class FindBar;
class LineNumberArea;
class QLabel;

class JsonView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit JsonView(QWidget *parent = nullptr);
    ~JsonView() override;

    void setText(const QString &text);
    QString text() const;

    // 1-based line of the text cursor.
    int currentLine() const;
    // Scrolls to, places the cursor on and marks lines first..last (1-based,
    // last 0 = first) until the next reveal or text change.
    void revealLine(int firstLine, int lastLine = 0);
    // Marks several ranges (first, last; 1-based) and reveals the first.
    void revealRanges(const QList<QPair<int, int>> &ranges);
    // The (first) marked range, or 0/0.
    int revealedFirstLine() const { return m_revealFirst; }
    int revealedLastLine() const { return m_revealLast; }
    QList<QPair<int, int>> revealedRanges() const { return m_revealRanges; }

    // A message shown above the text (word-wrapped, tinted as an alert),
    // e.g. why there is no text; empty hides it.
    void setBanner(const QString &text);
    QString banner() const;

    FindBar *findBar() const { return m_findBar; }
    int lineNumberAreaWidth() const;

public Q_SLOTS:
    // Opens the find bar, seeded with the selection when there is one.
    void find();
    // Selects the next / previous match of the find bar's text, wrapping
    // around; false when there is none.
    bool findNext();
    bool findPrevious();

Q_SIGNALS:
    void currentLineChanged(int line);
    // Ctrl+Click on a line (1-based): "go to where this comes from".
    void lineCtrlClicked(int line);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    // The standard menu plus the actions added to the view (addAction()).
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QWidget *area, QPaintEvent *event);
    void lineNumberAreaClicked(QMouseEvent *event);
    void updateLineNumberArea(const QRect &rect, int dy);
    void replaceText(const QString &before, const QString &after);
    void updateMargins();
    void layoutChildren();
    int bannerHeight() const;
    void updateBannerPalette();
    void updateExtraSelections();
    bool search(bool backward, bool fromSelectionStart);
    void updateMatchInfo();
    void onCursorPositionChanged();

    LineNumberArea *m_lineNumbers;
    FindBar *m_findBar;
    QLabel *m_banner;
    QString m_text;
    int m_revealFirst = 0;
    int m_revealLast = 0;
    QList<QPair<int, int>> m_revealRanges;
    int m_lastReportedLine = 0;
};
