#pragma once

// The gutter of a JsonView: paints line numbers beside the text.

#include <QWidget>

class JsonView;

class LineNumberArea : public QWidget
{
    Q_OBJECT
public:
    explicit LineNumberArea(JsonView *view);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    JsonView *m_view;
};
