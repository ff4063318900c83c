#pragma once

// File > Open Recent: the last documents opened or saved, most recent
// first, shared by every window through QSettings, with "Clear List".

#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaximum = 10;

    // The menu is a child of `parent` (it needs a widget to pop up over).
    explicit RecentFiles(QWidget *parent);

    QMenu *menu() const { return m_menu; }
    QStringList files() const;

    // Moves (or adds) `path` to the top.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

Q_SIGNALS:
    void fileTriggered(const QString &path);

private:
    void scheduleRebuild();
    void rebuildMenu();

    QMenu *m_menu;
};
