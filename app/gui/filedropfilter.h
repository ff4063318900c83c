#pragma once

// Accepts local files dragged onto a widget and its children (those that do
// not take drops themselves) and reports them; what a file is, and what to
// do with it, is the receiver's business.

#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

class FileDropFilter : public QObject
{
    Q_OBJECT
public:
    // Installs itself on `target` and turns its drops on.
    explicit FileDropFilter(QWidget *target);

    // The local files `mime` carries, in order (remote URLs are left out:
    // the app reads files only).
    static QStringList localFiles(const QMimeData *mime);

Q_SIGNALS:
    void filesDropped(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
