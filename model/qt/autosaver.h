#pragma once

// Keeps a recovery copy of a document's unsaved work, so a crash, a kill or
// a power cut loses at most the last few seconds of editing. While the
// document has unsaved changes, they are written every interval() to one
// recovery file (RecoveryFile format) in directory(), named once per
// Autosaver, so each window has its own; when the document becomes clean
// (saved, reverted, undone to its saved state, replaced) the file goes.
//
// A lock file beside the recovery file marks it as belonging to a live
// process: pending() lists only files whose writer is gone, so a second
// instance of the app never offers the work another one is still doing.

#include "recoveryfile.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

class Document;
class QLockFile;

class Autosaver : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 5000;

    explicit Autosaver(Document *document, QObject *parent = nullptr);
    // A recovery file that is still there stays: the document was not
    // saved and not discarded, so the next start offers it.
    ~Autosaver() override;

    QString directory() const { return m_directory; }
    // Moving takes the current recovery file (if any) along.
    void setDirectory(const QString &directory);
    int interval() const { return m_timer.interval(); }
    void setInterval(int msec);

    // Where this document's unsaved work goes; the file exists only while
    // there is unsaved work that was written.
    QString filePath() const;
    bool hasFile() const { return m_written >= 0; }

    // Writes the unsaved work now (nothing when the document is clean or
    // the file is up to date). False, with why, when it cannot be written.
    bool saveNow(QString *errorMessage = nullptr);
    // Removes the recovery file: the work is saved or the user threw it away.
    void discard();

    // Recovery files in `directory` whose writer is no longer running,
    // newest first (unreadable files are left alone and not listed).
    static QList<RecoveryFile::Info> pending(const QString &directory);
    // Removes a recovery file pending() listed.
    static bool remove(const QString &recoveryPath);

Q_SIGNALS:
    void saved(const QString &recoveryPath);
    // Once per failure streak, so a full disk does not repeat itself
    // every interval.
    void failed(const QString &message);

private:
    void onChanged();
    void onModifiedChanged(bool modified);
    bool ensureLocked();

    QPointer<Document> m_document;
    QString m_directory;
    QString m_fileName;
    QTimer m_timer;
    std::unique_ptr<QLockFile> m_lock;
    // Counts edits; m_written is the count the file holds (-1: no file).
    qint64 m_generation = 0;
    qint64 m_written = -1;
    bool m_failing = false;
};
