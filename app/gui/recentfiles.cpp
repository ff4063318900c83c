#include "recentfiles.h"

#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMenu>

RecentFiles::RecentFiles(QWidget *parent) : QObject(parent), m_menu(new QMenu(tr("Open &Recent"), parent))
{
    m_menu->setObjectName(QStringLiteral("recentFilesMenu"));
    m_menu->setIcon(QIcon::fromTheme(
        QStringLiteral("document-open-recent"), QIcon(QStringLiteral(":/icons/actions/document-open-recent.svg"))));
    // Another window (or instance) may have changed the list meanwhile.
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::rebuildMenu);
    rebuildMenu();
}

QStringList RecentFiles::files() const
{
    return Settings::recentFiles();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaximum)
        list.removeLast();
    Settings::setRecentFiles(list);
    scheduleRebuild();
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    Settings::setRecentFiles(list);
    scheduleRebuild();
}

void RecentFiles::clear()
{
    Settings::setRecentFiles({});
    scheduleRebuild();
}

void RecentFiles::scheduleRebuild()
{
    // These run from the menu's own actions, which a rebuild deletes: the
    // rebuild waits until the triggering action is done.
    QMetaObject::invokeMethod(this, &RecentFiles::rebuildMenu, Qt::QueuedConnection);
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = files();
    int number = 0;
    for (const QString &path : list) {
        ++number;
        // Mnemonics 1–9 then 0, as desktop applications number the list;
        // '&' in file names must not turn into mnemonics.
        QString name = QFileInfo(path).fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString text = number <= 10 ? QStringLiteral("&%1 %2").arg(number % 10).arg(name) : name;
        QAction *action = m_menu->addAction(text);
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileTriggered(path); });
    }
    if (list.isEmpty()) {
        QAction *none = m_menu->addAction(tr("No Recent Files"));
        none->setEnabled(false);
    }
    m_menu->addSeparator();
    QAction *clearAction = m_menu->addAction(tr("&Clear List"), this, &RecentFiles::clear);
    clearAction->setObjectName(QStringLiteral("clearRecentFilesAction"));
    clearAction->setEnabled(!list.isEmpty());
}
