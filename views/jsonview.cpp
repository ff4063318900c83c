#include "jsonview.h"

#include "findbar.h"
#include "linenumberarea.h"
#include "textsplice.h"

#include <QFontDatabase>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCharFormat>

#include <utility>

namespace {

// Cap on highlighted matches: past that, marking them costs more than it tells.
constexpr int MaxMarkedMatches = 2000;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

bool darkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

JsonView::JsonView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
    , m_findBar(new FindBar(this))
    , m_banner(new QLabel(this))
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    // Keyboard navigation and selection stay available in a read-only view.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_findBar->hide();
    m_banner->hide();
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setAutoFillBackground(true);
    m_banner->setContentsMargins(8, 6, 8, 6);
    updateBannerPalette();

    connect(this, &QPlainTextEdit::blockCountChanged, this, &JsonView::updateMargins);
    connect(this, &QPlainTextEdit::updateRequest, this, &JsonView::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &JsonView::onCursorPositionChanged);
    connect(m_findBar, &FindBar::textChanged, this, [this] {
        search(false, true);
        updateExtraSelections();
    });
    connect(m_findBar, &FindBar::findNext, this, &JsonView::findNext);
    connect(m_findBar, &FindBar::findPrevious, this, &JsonView::findPrevious);
    connect(m_findBar, &FindBar::closed, this, [this] {
        updateMargins();
        updateExtraSelections();
        setFocus();
    });
    updateMargins();
    updateExtraSelections();
}

JsonView::~JsonView() = default;

void JsonView::setText(const QString &text)
{
    if (text == m_text)
        return;
    const QString previous = std::exchange(m_text, text);
    const int line = textCursor().blockNumber();
    const int column = textCursor().positionInBlock();
    const int scroll = verticalScrollBar()->value();
    const int hscroll = horizontalScrollBar()->value();
    m_revealFirst = m_revealLast = 0;
    m_revealRanges.clear();
    {
        const QSignalBlocker blocker(this);
        replaceText(previous, text);
        QTextBlock block = document()->findBlockByNumber(std::min(line, document()->blockCount() - 1));
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + std::min(column, std::max(0, block.length() - 1)));
        setTextCursor(cursor);
    }
    // The blocker also kept blockCountChanged() from resizing the gutter.
    updateMargins();
    verticalScrollBar()->setValue(scroll);
    horizontalScrollBar()->setValue(hscroll);
    updateExtraSelections();
    updateMatchInfo();
    m_lastReportedLine = 0;
    onCursorPositionChanged();
}

void JsonView::replaceText(const QString &before, const QString &after)
{
    // A rebuild usually changes a few lines of a long text: replace only
    // those, so layout and highlighting redo them alone. A text that
    // changed throughout (another document) is set anew.
    if (!before.isEmpty() && !after.isEmpty() && document()->characterCount() == before.size() + 1) {
        const QList<QStringView> oldLines = TextSplice::lines(before);
        const QList<QStringView> newLines = TextSplice::lines(after);
        const TextSplice::Range common = TextSplice::commonEnds(oldLines, newLines,
                                                                [](QStringView a, QStringView b) { return a == b; });
        const qsizetype removed = oldLines.size() - common.prefix - common.suffix;
        const qsizetype inserted = newLines.size() - common.prefix - common.suffix;
        if (oldLines.size() == document()->blockCount() && std::max(removed, inserted) * 2 < newLines.size()) {
            TextSplice::replaceLines(document(), static_cast<int>(common.prefix), static_cast<int>(removed),
                                     newLines.mid(common.prefix, inserted), QTextCharFormat());
            return;
        }
    }
    setPlainText(after);
}

void JsonView::setBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    updateMargins();
}

QString JsonView::banner() const
{
    return m_banner->text();
}

int JsonView::bannerHeight() const
{
    if (m_banner->isHidden())
        return 0;
    const int width = std::max(100, contentsRect().width() - verticalScrollBar()->sizeHint().width());
    return m_banner->heightForWidth(width);
}

void JsonView::updateBannerPalette()
{
    // An alert tint that works on light and dark bases alike.
    QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    pal.setColor(QPalette::Window, mix(base, QColor(0xda, 0x44, 0x53), darkPalette(pal) ? 0.35 : 0.18));
    pal.setColor(QPalette::WindowText, pal.color(QPalette::Text));
    m_banner->setPalette(pal);
}

QString JsonView::text() const
{
    return m_text;
}

int JsonView::currentLine() const
{
    return textCursor().blockNumber() + 1;
}

void JsonView::revealLine(int firstLine, int lastLine)
{
    const int blocks = document()->blockCount();
    if (firstLine < 1 || firstLine > blocks)
        return;
    lastLine = std::clamp(lastLine < firstLine ? firstLine : lastLine, firstLine, blocks);
    m_revealFirst = firstLine;
    m_revealLast = lastLine;
    m_revealRanges = {{firstLine, lastLine}};
    // Bring the end into view first, then the start, so a range taller
    // than the view shows its beginning.
    QTextCursor end(document()->findBlockByNumber(lastLine - 1));
    setTextCursor(end);
    ensureCursorVisible();
    QTextCursor start(document()->findBlockByNumber(firstLine - 1));
    setTextCursor(start);
    centerCursor();
    if (lastLine - firstLine + 1 < blockCount()) {
        // centerCursor() may push a range's end out of view; only keep the
        // centring when the whole range fits.
        const QRect viewportRect = viewport()->rect();
        const QRectF endRect = blockBoundingGeometry(end.block()).translated(contentOffset());
        if (!viewportRect.contains(endRect.toRect())) {
            verticalScrollBar()->setValue(firstLine - 1);
        }
    }
    updateExtraSelections();
}

void JsonView::revealRanges(const QList<QPair<int, int>> &ranges)
{
    if (ranges.isEmpty())
        return;
    const int blocks = document()->blockCount();
    QList<QPair<int, int>> kept;
    for (const auto &r : ranges) {
        if (r.first >= 1 && r.first <= blocks)
            kept.append({r.first, std::clamp(r.second < r.first ? r.first : r.second, r.first, blocks)});
    }
    if (kept.isEmpty())
        return;
    revealLine(kept.constFirst().first, kept.constFirst().second);
    m_revealRanges = kept;
    updateExtraSelections();
}

void JsonView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ControlModifier)) {
        const QTextCursor cursor = cursorForPosition(event->position().toPoint());
        Q_EMIT lineCtrlClicked(cursor.blockNumber() + 1);
    }
}

void JsonView::contextMenuEvent(QContextMenuEvent *event)
{
    // The line under the pointer becomes current, so the view's actions
    // ("Go to Input") act on what was clicked.
    if (event->reason() == QContextMenuEvent::Mouse) {
        const QTextCursor at = cursorForPosition(event->pos());
        if (!textCursor().hasSelection())
            setTextCursor(at);
    }
    QMenu *menu = createStandardContextMenu(event->pos());
    const QList<QAction *> own = actions();
    if (!own.isEmpty()) {
        menu->addSeparator();
        menu->addActions(own);
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

int JsonView::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = std::max(digits, 3);
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void JsonView::find()
{
    const QString selected = textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_findBar->setText(selected);
    m_findBar->activate();
    updateMargins();
    updateExtraSelections();
}

bool JsonView::findNext()
{
    const bool found = search(false, false);
    updateExtraSelections();
    return found;
}

bool JsonView::findPrevious()
{
    const bool found = search(true, false);
    updateExtraSelections();
    return found;
}

bool JsonView::search(bool backward, bool fromSelectionStart)
{
    const QString pattern = m_findBar->text();
    if (pattern.isEmpty()) {
        updateMatchInfo();
        return false;
    }
    QTextCursor from = textCursor();
    if (fromSelectionStart)
        from.setPosition(from.selectionStart());
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    QTextCursor found = document()->find(pattern, from, flags);
    if (found.isNull()) {
        QTextCursor wrap(document());
        if (backward)
            wrap.movePosition(QTextCursor::End);
        found = document()->find(pattern, wrap, flags);
    }
    if (!found.isNull())
        setTextCursor(found);
    updateMatchInfo();
    return !found.isNull();
}

void JsonView::updateMatchInfo()
{
    const QString pattern = m_findBar->text();
    if (pattern.isEmpty()) {
        m_findBar->setMatchInfo(0, 0);
        return;
    }
    const int total = static_cast<int>(m_text.count(pattern, Qt::CaseInsensitive));
    int current = 0;
    const QTextCursor cursor = textCursor();
    if (total > 0 && cursor.hasSelection() && cursor.selectedText().compare(pattern, Qt::CaseInsensitive) == 0)
        current = static_cast<int>(QStringView(m_text).left(cursor.selectionStart()).count(pattern, Qt::CaseInsensitive)) + 1;
    m_findBar->setMatchInfo(current, total);
}

void JsonView::onCursorPositionChanged()
{
    updateExtraSelections();
    const int line = currentLine();
    if (line != m_lastReportedLine) {
        m_lastReportedLine = line;
        Q_EMIT currentLineChanged(line);
    }
}

void JsonView::updateExtraSelections()
{
    const QPalette pal = palette();
    const bool dark = darkPalette(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor highlight = pal.color(QPalette::Highlight);
    QList<QTextEdit::ExtraSelection> selections;

    // The current line under the revealed range, matches above both.
    QTextEdit::ExtraSelection current;
    current.format.setBackground(mix(base, highlight, dark ? 0.18 : 0.10));
    current.format.setProperty(QTextFormat::FullWidthSelection, true);
    current.cursor = textCursor();
    current.cursor.clearSelection();
    selections.append(current);

    for (const auto &range : std::as_const(m_revealRanges)) {
        QTextEdit::ExtraSelection revealed;
        revealed.format.setBackground(mix(base, highlight, dark ? 0.28 : 0.20));
        revealed.format.setProperty(QTextFormat::FullWidthSelection, true);
        QTextCursor cursor(document()->findBlockByNumber(range.first - 1));
        const QTextBlock last = document()->findBlockByNumber(range.second - 1);
        cursor.setPosition(last.position() + std::max(0, last.length() - 1), QTextCursor::KeepAnchor);
        revealed.cursor = cursor;
        selections.append(revealed);
    }

    const QString pattern = m_findBar->text();
    if (m_findBar->isVisible() && !pattern.isEmpty()) {
        QTextCharFormat match;
        match.setBackground(dark ? QColor(0x7a, 0x64, 0x00) : QColor(0xff, 0xe0, 0x66));
        match.setForeground(dark ? QColor(0xff, 0xff, 0xff) : QColor(0x00, 0x00, 0x00));
        QTextCursor cursor(document());
        for (int n = 0; n < MaxMarkedMatches; ++n) {
            cursor = document()->find(pattern, cursor);
            if (cursor.isNull())
                break;
            selections.append({cursor, match});
        }
    }
    setExtraSelections(selections);
}

void JsonView::updateMargins()
{
    const int bottom = m_findBar->isVisible() ? m_findBar->sizeHint().height() : 0;
    setViewportMargins(lineNumberAreaWidth(), bannerHeight(), 0, bottom);
    layoutChildren();
}

void JsonView::layoutChildren()
{
    // The scroll bars span the whole height of the view, margins included,
    // so the bars above and below the text stop where the vertical one starts.
    const QRect cr = contentsRect();
    const int top = bannerHeight();
    const int bottom = m_findBar->isVisible() ? m_findBar->sizeHint().height() : 0;
    const int hbar = horizontalScrollBar()->isVisible() ? horizontalScrollBar()->height() : 0;
    const int vbar = verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0;
    m_lineNumbers->setGeometry(
        QRect(cr.left(), cr.top() + top, lineNumberAreaWidth(), cr.height() - top - bottom - hbar));
    if (m_banner->isVisible())
        m_banner->setGeometry(QRect(cr.left(), cr.top(), cr.width() - vbar, top));
    if (m_findBar->isVisible())
        m_findBar->setGeometry(QRect(cr.left(), cr.bottom() + 1 - bottom, cr.width() - vbar, bottom));
}

void JsonView::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateMargins();
}

void JsonView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    // A wrapped banner's height depends on the width.
    if (m_banner->isVisible())
        updateMargins();
    else
        layoutChildren();
}

void JsonView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateBannerPalette();
        updateMargins();
        updateExtraSelections();
    }
}

void JsonView::paintLineNumbers(QWidget *area, QPaintEvent *event)
{
    QPainter painter(area);
    const QPalette pal = palette();
    const bool dark = darkPalette(pal);
    painter.fillRect(event->rect(), mix(pal.color(QPalette::Base), pal.color(QPalette::Text), dark ? 0.06 : 0.04));
    const QColor number = mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.45);
    const QColor currentNumber = pal.color(QPalette::Text);
    const int current = textCursor().blockNumber();

    QTextBlock block = firstVisibleBlock();
    int blockNumber = block.blockNumber();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int width = area->width() - 4;
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.setPen(blockNumber == current ? currentNumber : number);
            painter.drawText(0, top, width, lineHeight, Qt::AlignRight, QString::number(blockNumber + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++blockNumber;
    }
}

void JsonView::lineNumberAreaClicked(QMouseEvent *event)
{
    // Clicking a number puts the cursor on that line.
    const QTextCursor cursor = cursorForPosition(QPoint(0, event->position().toPoint().y()));
    setTextCursor(cursor);
    setFocus(Qt::MouseFocusReason);
}
