#pragma once

// A one-line search bar: pattern, previous/next, match count, close.
// Enter finds the next match, Shift+Enter the previous one, Escape closes.

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    // Focuses the pattern with all of it selected.
    void activate();
    // "3 of 12", "Not found" or nothing for an empty pattern.
    void setMatchInfo(int current, int total);

Q_SIGNALS:
    void textChanged(const QString &text);
    void findNext();
    void findPrevious();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLineEdit *m_edit;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QLabel *m_info;
};
