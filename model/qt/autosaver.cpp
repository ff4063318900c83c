#include "autosaver.h"

#include "document.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

namespace {

QString lockPath(const QString &recoveryPath)
{
    return recoveryPath + QStringLiteral(".lock");
}

// A lock whose owner is alive is never taken over, however old: an editing
// session can last for days.
std::unique_ptr<QLockFile> takeLock(const QString &recoveryPath)
{
    auto lock = std::make_unique<QLockFile>(lockPath(recoveryPath));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

} // namespace

Autosaver::Autosaver(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_fileName(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".ocispec.json"))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { saveNow(); });
    connect(document, &Document::changed, this, &Autosaver::onChanged);
    connect(document, &Document::modifiedChanged, this, &Autosaver::onModifiedChanged);
}

Autosaver::~Autosaver()
{
    m_timer.stop();
    // m_lock's destructor releases the lock, which marks the file as
    // waiting to be recovered.
}

void Autosaver::setDirectory(const QString &directory)
{
    if (directory == m_directory)
        return;
    const bool had = hasFile();
    discard();
    m_directory = directory;
    if (had)
        saveNow();
    else if (m_document && m_document->isModified())
        m_timer.start();
}

void Autosaver::setInterval(int msec)
{
    m_timer.setInterval(std::max(msec, 1));
}

QString Autosaver::filePath() const
{
    return m_directory.isEmpty() ? QString() : QDir(m_directory).filePath(m_fileName);
}

void Autosaver::onChanged()
{
    ++m_generation;
    // The first change starts the clock and later ones do not push it back,
    // so steady typing is still written every interval.
    if (m_document && m_document->isModified() && !m_timer.isActive())
        m_timer.start();
}

void Autosaver::onModifiedChanged(bool modified)
{
    if (!modified)
        discard();
    else if (!m_timer.isActive())
        m_timer.start();
}

bool Autosaver::ensureLocked()
{
    if (m_lock)
        return true;
    m_lock = takeLock(filePath());
    return m_lock != nullptr;
}

bool Autosaver::saveNow(QString *errorMessage)
{
    if (!m_document || !m_document->isModified()) {
        discard();
        return true;
    }
    if (m_directory.isEmpty() || m_written == m_generation)
        return true;
    m_timer.stop();
    const QString path = filePath();
    QString error;
    if (!QDir().mkpath(m_directory)) {
        error = tr("%1: cannot create the folder for recovery files.").arg(m_directory);
    } else if (!ensureLocked()) {
        error = tr("%1: cannot lock the recovery file.").arg(path);
    } else {
        const Document &document = *m_document;
        QSaveFile file(path);
        const QByteArray data = RecoveryFile::encode(document.root(), document.filePath(), document.displayName(),
                                                     QDateTime::currentDateTimeUtc());
        // flush() before commit(), as in Document::save(): commit() does
        // not check its own flush.
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.flush()
            || !file.commit())
            error = tr("%1: cannot write: %2").arg(path, file.errorString());
    }
    if (!error.isEmpty()) {
        if (errorMessage)
            *errorMessage = error;
        // Try again later; report once until a write succeeds.
        m_timer.start();
        if (!m_failing) {
            m_failing = true;
            Q_EMIT failed(error);
        }
        return false;
    }
    m_written = m_generation;
    m_failing = false;
    Q_EMIT saved(path);
    return true;
}

void Autosaver::discard()
{
    m_timer.stop();
    if (m_written >= 0 && !m_directory.isEmpty())
        QFile::remove(filePath());
    m_written = -1;
    m_failing = false;
    // unlock() removes the lock file too.
    m_lock.reset();
}

QList<RecoveryFile::Info> Autosaver::pending(const QString &directory)
{
    QList<RecoveryFile::Info> found;
    if (directory.isEmpty())
        return found;
    const QDir dir(directory);
    const QStringList names = dir.entryList({QStringLiteral("*.ocispec.json")}, QDir::Files);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        // Held: its window is still open, in this process or another one.
        const auto lock = takeLock(path);
        if (!lock)
            continue;
        RecoveryFile::Info info;
        if (RecoveryFile::read(path, nullptr, &info))
            found << info;
    }
    std::sort(found.begin(), found.end(), [](const RecoveryFile::Info &a, const RecoveryFile::Info &b) {
        return a.savedAt > b.savedAt;
    });
    return found;
}

bool Autosaver::remove(const QString &recoveryPath)
{
    const auto lock = takeLock(recoveryPath);
    if (!lock)
        return false;
    return QFile::remove(recoveryPath);
}
