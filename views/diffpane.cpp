#include "diffpane.h"

#include "textsplice.h"
#include "themecolors.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

#include <utility>

class DiffPane::Gutter_ : public QWidget
{
public:
    explicit Gutter_(DiffPane *pane)
        : QWidget(pane)
        , m_pane(pane)
    {
    }
    QSize sizeHint() const override { return QSize(m_pane->gutterWidth(), 0); }

protected:
    void paintEvent(QPaintEvent *event) override { m_pane->paintGutter(event); }

private:
    DiffPane *m_pane;
};

DiffPane::DiffPane(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter_(this))
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &DiffPane::updateCurrentLine);
}

void DiffPane::setLines(const QList<Line> &lines, Gutter gutter)
{
    const QList<Line> previous = std::exchange(m_lines, lines);
    m_gutterMode = gutter;
    int maxNumber = 1;
    for (const Line &l : lines)
        maxNumber = std::max({maxNumber, l.oldLine, l.newLine});
    m_numberWidth = fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(3, int(QString::number(maxNumber).size()));
    const int scroll = verticalScrollBar()->value();
    // A rebuild usually changes a few lines of the diff: replace only
    // those (and their tints), keeping the rest laid out.
    const TextSplice::Range common = TextSplice::commonEnds(
        previous, lines, [](const Line &a, const Line &b) { return a.kind == b.kind && a.text == b.text; });
    const qsizetype removed = previous.size() - common.prefix - common.suffix;
    const qsizetype inserted = lines.size() - common.prefix - common.suffix;
    if (!previous.isEmpty() && !lines.isEmpty() && previous.size() == document()->blockCount()
        && std::max(removed, inserted) * 2 < lines.size()) {
        QList<QStringView> texts;
        texts.reserve(inserted);
        for (qsizetype i = common.prefix; i < common.prefix + inserted; ++i)
            texts.append(lines.at(i).text);
        TextSplice::replaceLines(document(), static_cast<int>(common.prefix), static_cast<int>(removed), texts,
                                 QTextCharFormat());
        // The line after the replaced ones may have taken another's tint.
        applyFormats(static_cast<int>(common.prefix),
                     static_cast<int>(std::min(lines.size(), common.prefix + inserted + 1)));
    } else {
        QStringList texts;
        texts.reserve(lines.size());
        for (const Line &l : lines)
            texts.append(l.text);
        setPlainText(texts.join(QLatin1Char('\n')));
        applyFormats();
    }
    setViewportMargins(gutterWidth(), 0, 0, 0);
    verticalScrollBar()->setValue(scroll);
    resizeEvent(nullptr);
    // The gutter's numbers may have changed on lines that kept their text.
    m_gutter->update();
}

int DiffPane::gutterWidth() const
{
    const int columns = m_gutterMode == Gutter::OldAndNew ? 2 : 1;
    return columns * (m_numberWidth + 8) + 6;
}

int DiffPane::hunkAt(int line) const
{
    return line >= 0 && line < m_lines.size() ? m_lines.at(line).hunk : -1;
}

int DiffPane::currentHunk() const
{
    return hunkAt(textCursor().blockNumber());
}

int DiffPane::firstLineOf(int hunk) const
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).hunk == hunk)
            return i;
    }
    return -1;
}

void DiffPane::scrollToHunk(int hunk)
{
    const int line = firstLineOf(hunk);
    if (line < 0)
        return;
    QTextCursor cursor(document()->findBlockByNumber(line));
    setTextCursor(cursor);
    verticalScrollBar()->setValue(line);
}

void DiffPane::applyFormats(int first, int last)
{
    const QPalette pal = palette();
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    if (last < 0 || last > m_lines.size())
        last = static_cast<int>(m_lines.size());
    QTextBlock block = document()->findBlockByNumber(first);
    for (int i = first; block.isValid() && i < last; ++i, block = block.next()) {
        QTextBlockFormat format;
        switch (m_lines.at(i).kind) {
        case Line::Added:
            format.setBackground(ThemeColors::addedBackground(pal));
            break;
        case Line::Removed:
            format.setBackground(ThemeColors::removedBackground(pal));
            break;
        case Line::Filler:
            format.setBackground(ThemeColors::fillerBackground(pal));
            break;
        case Line::HunkHeader:
            format.setBackground(ThemeColors::hunkHeaderBackground(pal));
            break;
        case Line::Context:
            break;
        }
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
        if (m_lines.at(i).kind == Line::HunkHeader) {
            QTextCharFormat chars;
            chars.setForeground(ThemeColors::hunkHeaderText(pal));
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            cursor.setCharFormat(chars);
        } else if (first > 0 || last < m_lines.size()) {
            // Replaced lines: no header colour left over from before.
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            cursor.setCharFormat(QTextCharFormat());
        }
    }
    cursor.endEditBlock();
    updateCurrentLine();
}

void DiffPane::updateCurrentLine()
{
    // A thin outline of the current line, over the tints rather than instead.
    QTextEdit::ExtraSelection current;
    const QPalette pal = palette();
    QColor outline = pal.color(QPalette::Highlight);
    outline.setAlpha(ThemeColors::isDark(pal) ? 70 : 45);
    current.format.setBackground(outline);
    current.format.setProperty(QTextFormat::FullWidthSelection, true);
    current.cursor = textCursor();
    current.cursor.clearSelection();
    setExtraSelections({current});
}

void DiffPane::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), ThemeColors::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.05));
    painter.setPen(ThemeColors::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.55));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        const int i = block.blockNumber();
        if (i < m_lines.size() && top + height >= event->rect().top()) {
            const Line &l = m_lines.at(i);
            auto number = [](int n) { return n > 0 ? QString::number(n) : QString(); };
            int x = 2;
            if (m_gutterMode != Gutter::New) {
                painter.drawText(x, top, m_numberWidth, lineHeight, Qt::AlignRight, number(l.oldLine));
                x += m_numberWidth + 8;
            }
            if (m_gutterMode != Gutter::Old)
                painter.drawText(x, top, m_numberWidth, lineHeight, Qt::AlignRight, number(l.newLine));
        }
        block = block.next();
        top += height;
    }
}

void DiffPane::resizeEvent(QResizeEvent *event)
{
    if (event)
        QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void DiffPane::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyFormats();
}

void DiffPane::mouseDoubleClickEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseDoubleClickEvent(event);
    const int hunk = currentHunk();
    if (hunk >= 0)
        Q_EMIT hunkActivated(hunk);
}

void DiffPane::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const int hunk = currentHunk();
        if (hunk >= 0) {
            Q_EMIT hunkActivated(hunk);
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}
