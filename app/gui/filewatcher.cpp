#include "filewatcher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace {

// Writers that truncate and rewrite in place send several change events;
// waiting this long after the last one reads the file once, complete.
constexpr int kSettleMilliseconds = 150;
// A file missing this many settle periods in a row was really removed (not
// replaced by a writer that deletes first and creates afterwards).
constexpr int kMissingChecks = 4;

} // namespace

FileWatcher::FileWatcher(QObject *parent) : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMilliseconds);
    connect(&m_settle, &QTimer::timeout, this, &FileWatcher::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &FileWatcher::scheduleCheck);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &FileWatcher::scheduleCheck);
}

bool FileWatcher::isWatching() const
{
    return !m_path.isEmpty() && m_watcher.files().contains(m_path);
}

void FileWatcher::watch(const QString &path)
{
    const QString absolute = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (absolute != m_path) {
        if (!m_watcher.files().isEmpty())
            m_watcher.removePaths(m_watcher.files());
        if (!m_watcher.directories().isEmpty())
            m_watcher.removePaths(m_watcher.directories());
        m_path = absolute;
        if (!m_path.isEmpty())
            m_watcher.addPath(QFileInfo(m_path).absolutePath());
    }
    m_settle.stop();
    m_missingChecks = 0;
    m_knownDigest = m_path.isEmpty() ? QByteArray() : digestOf(m_path, &m_knownExists);
    rewatch();
}

void FileWatcher::scheduleCheck()
{
    if (!m_path.isEmpty())
        m_settle.start();
}

void FileWatcher::rewatch()
{
    if (!m_path.isEmpty() && !m_watcher.files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
}

void FileWatcher::check()
{
    if (m_path.isEmpty())
        return;
    bool exists = false;
    const QByteArray digest = digestOf(m_path, &exists);
    if (!exists) {
        if (!m_knownExists)
            return;
        if (++m_missingChecks < kMissingChecks) {
            m_settle.start();
            return;
        }
        m_knownExists = false;
        m_knownDigest.clear();
        Q_EMIT removedFromDisk(m_path);
        return;
    }
    m_missingChecks = 0;
    rewatch();
    if (m_knownExists && digest == m_knownDigest)
        return;
    m_knownExists = true;
    m_knownDigest = digest;
    Q_EMIT changedOnDisk(m_path);
}

QByteArray FileWatcher::digestOf(const QString &path, bool *exists)
{
    QFile file(path);
    *exists = file.open(QIODevice::ReadOnly);
    if (!*exists)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}
