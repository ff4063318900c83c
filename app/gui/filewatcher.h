#pragma once

// Tells when the document's file is changed on disk by another program.
// Editors and the app itself save atomically (write a temporary file, rename
// it over the old one), which replaces the inode that QFileSystemWatcher
// watches and drops the path from it; so the folder is watched as well, the
// path is re-added whenever the file is back, and a change is only reported
// when the bytes differ from the last ones this side knows (its own saves and
// loads are acknowledged with watch()).

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

class FileWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FileWatcher(QObject *parent = nullptr);

    // Watches `path` (empty: nothing); what is on disk now counts as known.
    // Call again after the app itself wrote or read the file.
    void watch(const QString &path);
    QString path() const { return m_path; }
    bool isWatching() const;

Q_SIGNALS:
    // The file's bytes differ from the known ones (reported once per change).
    void changedOnDisk(const QString &path);
    // The file is gone (after a short grace period for non-atomic writers).
    void removedFromDisk(const QString &path);

private:
    void scheduleCheck();
    void check();
    void rewatch();
    static QByteArray digestOf(const QString &path, bool *exists);

    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QString m_path;
    QByteArray m_knownDigest;
    bool m_knownExists = false;
    int m_missingChecks = 0;
};
