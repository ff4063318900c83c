#include "linenumberarea.h"

#include "jsonview.h"

LineNumberArea::LineNumberArea(JsonView *view)
    : QWidget(view)
    , m_view(view)
{
}

QSize LineNumberArea::sizeHint() const
{
    return {m_view->lineNumberAreaWidth(), 0};
}

void LineNumberArea::paintEvent(QPaintEvent *event)
{
    m_view->paintLineNumbers(this, event);
}

void LineNumberArea::mousePressEvent(QMouseEvent *event)
{
    m_view->lineNumberAreaClicked(event);
}
