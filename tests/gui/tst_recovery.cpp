// The GUI never loses work: a failed open keeps the document; a failed save
// (read-only, vanished or non-folder parent, full disk) keeps the document
// and the file on disk as they were and says why; unsaved work is autosaved
// and, after the app is killed with SIGKILL, offered again and recovered
// with its original file name.

#include "autosaver.h"
#include "document.h"
#include "jsonwriter.h"
#include "mainwindow.h"
#include "recoverybar.h"
#include "recoveryfile.h"
#include "syntaxrepository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using oci::json::Type;
using oci::json::Value;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray example()
{
    return readFile(QStringLiteral(":/examples/volume-sshfs.ocispec.json"));
}

Value parse(const QByteArray &data)
{
    Value v;
    oci::json::ParseError error;
    oci::json::parse(std::string_view(data.constData(), static_cast<std::size_t>(data.size())), v, error);
    return v;
}

QStringList recoveryFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.ocispec.json")}, QDir::Files);
}

// Closes the message boxes reportError() left open (they do not block).
void closeErrorBoxes(QWidget *window)
{
    for (QMessageBox *box : window->findChildren<QMessageBox *>(QStringLiteral("errorMessage")))
        box->close();
}

// A lower file size limit for the process, as a full disk would refuse
// writes: writes past it fail with EFBIG instead of raising SIGXFSZ. Root
// is bound by it too (unlike permissions). Restored when it goes.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_valid = getrlimit(RLIMIT_FSIZE, &m_old) == 0;
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = m_old;
        limited.rlim_cur = bytes;
        m_valid = m_valid && setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool isValid() const { return m_valid; }

private:
    rlimit m_old {};
    void (*m_oldHandler)(int) = nullptr;
    bool m_valid = false;
};

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void failedOpenKeepsDocument();
    void failedSaveKeepsDocumentAndFile_data();
    void failedSaveKeepsDocumentAndFile();
    void recoveryFileRoundTrip_data();
    void recoveryFileRoundTrip();
    void recoveryFileIsADocument();
    void autosaveWritesOnlyUnsavedWork();
    void autosaveFailureReportedOnce();
    void windowRemovesRecoveryOnSaveRevertAndClose();
    void liveWindowsAreNotOffered();
    void recoverUntitledDocument();
    void killedAppIsRecovered();

private:
    // A window that autosaves into this test's folder every `interval` ms.
    std::unique_ptr<MainWindow> makeWindow(int interval = 50);

    SyntaxRepository m_syntax;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_recoveryDir;
};

void TestRecovery::initTestCase()
{
    // Private settings and data folders, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("ocistudio-test-recovery"));
    QApplication::setApplicationDisplayName(QStringLiteral("OCI Spec Studio"));
    QApplication::setOrganizationDomain(QStringLiteral("io.github.ocispecstudio"));
}

void TestRecovery::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_recoveryDir = m_dir->filePath(QStringLiteral("recovery"));
}

std::unique_ptr<MainWindow> TestRecovery::makeWindow(int interval)
{
    auto w = std::make_unique<MainWindow>(&m_syntax);
    w->autosaver()->setDirectory(m_recoveryDir);
    w->autosaver()->setInterval(interval);
    return w;
}

void TestRecovery::failedOpenKeepsDocument()
{
    // tst_document covers Document::load on its own; here the window, with
    // unsaved edits, through both ways of opening.
    const QString path = m_dir->filePath(QStringLiteral("doc.ocispec.json"));
    QVERIFY(writeFile(path, example()));
    auto w = makeWindow(60000);
    QVERIFY(w->openFile(path));
    QVERIFY(w->document()->setValue(QStringLiteral("/manifest/workdir"), Value::makeString("/edited")));
    const Value before = w->document()->root();
    const QString title = w->windowTitle();

    const QString bad = m_dir->filePath(QStringLiteral("bad.ocispec.json"));
    QVERIFY(writeFile(bad, "{\n  \"kind\": \"plugin\",\n  \"id\": [1,\n}\n"));
    const QString folder = m_dir->filePath(QStringLiteral("folder.ocispec.json"));
    QVERIFY(QDir().mkpath(folder));
    const QString missing = m_dir->filePath(QStringLiteral("missing.ocispec.json"));

    struct Attempt {
        QString path;
        bool viaInput;
        QString expected;
    };
    const QList<Attempt> attempts = {
        {missing, false, missing + QStringLiteral(": cannot open: ")},
        {missing, true, QStringLiteral("missing.ocispec.json: cannot open: ")},
        // Malformed JSON: where, as FILE:LINE:COLUMN or (line, column).
        {bad, false, bad + QStringLiteral(":4:1: ")},
        {bad, true, QStringLiteral("bad.ocispec.json is not a JSON document (line 4, column 1: ")},
        {folder, false, folder + QStringLiteral(": cannot open: ")},
        {folder, true, QStringLiteral("folder.ocispec.json is a folder, not a file.")},
    };
    for (const Attempt &attempt : attempts) {
        QString error;
        const bool opened = attempt.viaInput ? w->openInput(attempt.path, &error) : w->openFile(attempt.path, &error);
        QVERIFY2(!opened, qPrintable(attempt.path));
        QVERIFY2(error.startsWith(attempt.expected), qPrintable(error));
        QVERIFY(w->document()->root() == before);
        QCOMPARE(w->document()->filePath(), path);
        QVERIFY(w->document()->isModified());
        QCOMPARE(w->document()->undoStack()->count(), 1);
        QCOMPARE(w->windowTitle(), title);
    }
    w->document()->undoStack()->setClean();
}

void TestRecovery::failedSaveKeepsDocumentAndFile_data()
{
    QTest::addColumn<QString>("kind");
    // Each fails for root too: permissions alone would not.
    QTest::newRow("read-only folder (/proc)") << QStringLiteral("proc");
    QTest::newRow("vanished folder") << QStringLiteral("vanished");
    QTest::newRow("parent is a file") << QStringLiteral("file-parent");
    QTest::newRow("full disk (file size limit)") << QStringLiteral("full");
}

void TestRecovery::failedSaveKeepsDocumentAndFile()
{
    QFETCH(QString, kind);
    const QString folder = m_dir->filePath(QStringLiteral("work"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("doc.ocispec.json"));
    const QByteArray original = example();
    QVERIFY(writeFile(path, original));

    auto w = makeWindow(60000);
    w->show();
    QVERIFY(w->openFile(path));
    QVERIFY(w->document()->setValue(QStringLiteral("/manifest/workdir"), Value::makeString("/edited")));
    const Value edited = w->document()->root();
    QSignalSpy reported(w.get(), &MainWindow::errorReported);

    QString error;
    QString target; // where the save went (empty: the document's own file)
    QString expected;
    bool saved = true;
    if (kind == QLatin1String("proc")) {
        target = QStringLiteral("/proc/ocistudio-test.ocispec.json");
        saved = w->saveFile(target, &error);
        expected = target + QStringLiteral(": cannot write: ");
    } else if (kind == QLatin1String("vanished")) {
        QVERIFY(QDir(folder).removeRecursively());
        saved = w->saveFile(QString(), &error);
        expected = path + QStringLiteral(": cannot write: the folder ") + folder + QStringLiteral(" does not exist");
    } else if (kind == QLatin1String("file-parent")) {
        const QString plain = m_dir->filePath(QStringLiteral("plain.txt"));
        QVERIFY(writeFile(plain, "not a folder\n"));
        target = QDir(plain).filePath(QStringLiteral("doc.ocispec.json"));
        saved = w->saveFile(target, &error);
        expected = target + QStringLiteral(": cannot write: ") + plain + QStringLiteral(" is not a folder.");
    } else {
        const QStringList before = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        {
            // Smaller than the document: the temporary file cannot be written.
            FileSizeLimit limit(64);
            QVERIFY(limit.isValid());
            // Through the Save action, as a user would: it does not block.
            QAction *save = nullptr;
            for (QAction *action : w->findChildren<QAction *>()) {
                if (action->shortcut() == QKeySequence::keyBindings(QKeySequence::Save).constFirst())
                    save = action;
            }
            QVERIFY(save);
            save->trigger();
        }
        saved = !w->document()->isModified();
        QCOMPARE(reported.count(), 1);
        error = reported.constFirst().at(1).toString();
        expected = QStringLiteral("Cannot save the scenario:\n") + path + QStringLiteral(": cannot write: ");
        // No temporary file left behind.
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
    }
    QVERIFY(!saved);
    QVERIFY2(error.startsWith(expected), qPrintable(error));

    // Reported once, naming the file; a box that does not block is open.
    QCOMPARE(reported.count(), 1);
    QCOMPARE(reported.constFirst().at(0).toString(), QStringLiteral("Save Scenario"));
    QVERIFY(reported.constFirst().at(1).toString().contains(target.isEmpty() ? path : target));
    QVERIFY(w->findChild<QMessageBox *>(QStringLiteral("errorMessage")));
    closeErrorBoxes(w.get());

    // The document: unchanged, still modified, still its file's.
    QVERIFY(w->document()->root() == edited);
    QVERIFY(w->document()->isModified());
    QVERIFY(w->isWindowModified());
    QCOMPARE(w->document()->undoStack()->count(), 1);
    QCOMPARE(w->document()->filePath(), path);
    // The file on disk: byte for byte what it was (gone with its folder).
    if (kind == QLatin1String("vanished"))
        QVERIFY(!QFile::exists(path));
    else
        QCOMPARE(readFile(path), original);
    if (!target.isEmpty())
        QVERIFY(!QFile::exists(target));

    // And the work is still autosaved for recovery.
    QVERIFY(w->autosaver()->saveNow());
    QCOMPARE(recoveryFiles(m_recoveryDir).size(), 1);

    // Saving where it can be written works afterwards.
    if (kind == QLatin1String("vanished"))
        QVERIFY(QDir().mkpath(folder));
    QVERIFY2(w->saveFile(QString(), &error), qPrintable(error));
    QVERIFY(!w->document()->isModified());
    QVERIFY(parse(readFile(path)) == edited);
    QVERIFY(recoveryFiles(m_recoveryDir).isEmpty());
}

void TestRecovery::recoveryFileRoundTrip_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("originalPath");
    QTest::newRow("scenario") << example() << QStringLiteral("/home/u/a.ocispec.json");
    QTest::newRow("with ui") << QByteArray(R"({"kind": "plugin", "ui": {"diffBaseline": "docker-default"}, "id": "x"})")
                             << QString();
    QTest::newRow("malformed ui") << QByteArray(R"({"kind": "plugin", "ui": "odd", "ui": 5})") << QString();
    QTest::newRow("ui with recovery") << QByteArray(R"({"ui": {"recovery": {"savedAt": "x"}}, "a": [1, 2.50]})")
                                      << QStringLiteral("/tmp/r.json");
    QTest::newRow("duplicates") << QByteArray(R"({"a": 1, "a": 2, "ui": {}, "ui": {"x": null}})") << QString();
    QTest::newRow("not an object") << QByteArray(R"([1, "two", {"three": 3}])") << QString();
    QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("/e.json");
}

void TestRecovery::recoveryFileRoundTrip()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, originalPath);
    const Value root = parse(document);
    const QDateTime savedAt = QDateTime::fromString(QStringLiteral("2026-01-02T03:04:05.678Z"), Qt::ISODateWithMs);
    QVERIFY(savedAt.isValid());
    const QByteArray encoded = RecoveryFile::encode(root, originalPath, QStringLiteral("untitled.ocispec.json"), savedAt);

    Value decoded;
    RecoveryFile::Info info;
    QString error;
    QVERIFY2(RecoveryFile::decode(encoded, QStringLiteral("r.ocispec.json"), &decoded, &info, &error),
             qPrintable(error));
    // The same value, member order and duplicates included.
    QVERIFY(decoded == root);
    QCOMPARE(JsonWriter::pretty(decoded), JsonWriter::pretty(root));
    QCOMPARE(info.originalPath, originalPath);
    QCOMPARE(info.name, QStringLiteral("untitled.ocispec.json"));
    QCOMPARE(info.savedAt, savedAt);
    QCOMPARE(info.path, QStringLiteral("r.ocispec.json"));
    QCOMPARE(info.displayName(),
             originalPath.isEmpty() ? QStringLiteral("untitled.ocispec.json") : QFileInfo(originalPath).fileName());
}

void TestRecovery::recoveryFileIsADocument()
{
    // A recovery file is a scenario: the metadata sits under the reserved
    // "ui" key, and the document loads it like any other.
    const QByteArray encoded = RecoveryFile::encode(parse(example()), QStringLiteral("/srv/x.ocispec.json"),
                                                    QString(), QDateTime::currentDateTimeUtc());
    const QString path = m_dir->filePath(QStringLiteral("r.ocispec.json"));
    QVERIFY(writeFile(path, encoded));
    Document doc;
    QString error;
    QVERIFY2(doc.load(path, &error), qPrintable(error));
    QVERIFY(doc.value(QStringLiteral("/manifest")));
    const Value *file = doc.value(QStringLiteral("/ui/recovery/file"));
    QVERIFY(file && file->isString());
    QCOMPARE(file->text(), std::string("/srv/x.ocispec.json"));

    // Anything else is not taken for one.
    QVERIFY(!RecoveryFile::decode(example(), QStringLiteral("plain.json"), nullptr, nullptr, &error));
    QVERIFY2(error.startsWith(QStringLiteral("plain.json: not a recovery file")), qPrintable(error));
    QVERIFY(!RecoveryFile::decode("{\"a\": ", QStringLiteral("cut.json"), nullptr, nullptr, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cut.json:1:")), qPrintable(error));
}

void TestRecovery::autosaveWritesOnlyUnsavedWork()
{
    const QString path = m_dir->filePath(QStringLiteral("doc.ocispec.json"));
    QVERIFY(writeFile(path, example()));
    Document doc;
    QVERIFY(doc.load(path));
    Autosaver autosaver(&doc);
    autosaver.setDirectory(m_recoveryDir);
    autosaver.setInterval(50);
    QSignalSpy saved(&autosaver, &Autosaver::saved);

    // Clean: nothing is written.
    QTest::qWait(200);
    QCOMPARE(saved.count(), 0);
    QVERIFY(recoveryFiles(m_recoveryDir).isEmpty());
    QVERIFY(autosaver.saveNow());
    QVERIFY(!QFile::exists(autosaver.filePath()));

    // An edit: written within the interval, as the document plus metadata.
    QVERIFY(doc.setValue(QStringLiteral("/manifest/workdir"), Value::makeString("/one")));
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
    QCOMPARE(saved.constFirst().constFirst().toString(), autosaver.filePath());
    QCOMPARE(recoveryFiles(m_recoveryDir), QStringList{QFileInfo(autosaver.filePath()).fileName()});
    Value root;
    RecoveryFile::Info info;
    QVERIFY(RecoveryFile::read(autosaver.filePath(), &root, &info));
    QVERIFY(root == doc.root());
    QCOMPARE(info.originalPath, path);
    QVERIFY(qAbs(info.savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // Nothing new: not written again. Another edit: written again.
    QTest::qWait(200);
    QCOMPARE(saved.count(), 1);
    QVERIFY(doc.setValue(QStringLiteral("/manifest/workdir"), Value::makeString("/two")));
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 5000);
    QVERIFY(RecoveryFile::read(autosaver.filePath(), &root, nullptr));
    QVERIFY(root == doc.root());

    // Undone back to the saved state: clean, so the file goes.
    doc.undoStack()->undo();
    QVERIFY(!doc.isModified());
    QVERIFY(!QFile::exists(autosaver.filePath()));
    QVERIFY(!autosaver.hasFile());

    // Saved: the file goes.
    QVERIFY(doc.setValue(QStringLiteral("/id"), Value::makeString("changed")));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(autosaver.filePath()), 5000);
    QVERIFY(doc.save());
    QVERIFY(!QFile::exists(autosaver.filePath()));
    QTest::qWait(150);
    QVERIFY(recoveryFiles(m_recoveryDir).isEmpty());

    // Read again from disk (revert, open): the file goes.
    QVERIFY(doc.setValue(QStringLiteral("/id"), Value::makeString("again")));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(autosaver.filePath()), 5000);
    QVERIFY(doc.load(path));
    QVERIFY(!QFile::exists(autosaver.filePath()));

    // While the file exists a lock beside it says it is ours.
    QVERIFY(doc.setValue(QStringLiteral("/id"), Value::makeString("locked")));
    QVERIFY(autosaver.saveNow());
    QVERIFY(QFile::exists(autosaver.filePath() + QStringLiteral(".lock")));
    autosaver.discard();
    QVERIFY(!QFile::exists(autosaver.filePath()));
    QVERIFY(!QFile::exists(autosaver.filePath() + QStringLiteral(".lock")));
    doc.undoStack()->setClean();
}

void TestRecovery::autosaveFailureReportedOnce()
{
    // The folder cannot be made: its parent is a file.
    const QString plain = m_dir->filePath(QStringLiteral("plain"));
    QVERIFY(writeFile(plain, "x"));
    Document doc;
    QVERIFY(doc.loadData(example(), QStringLiteral("x.ocispec.json")));
    Autosaver autosaver(&doc);
    autosaver.setDirectory(QDir(plain).filePath(QStringLiteral("recovery")));
    autosaver.setInterval(30);
    QSignalSpy failed(&autosaver, &Autosaver::failed);
    QVERIFY(doc.setValue(QStringLiteral("/id"), Value::makeString("y")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QVERIFY2(failed.constFirst().constFirst().toString().contains(plain), qPrintable(failed.constFirst().constFirst().toString()));
    // It keeps trying, quietly.
    QTest::qWait(200);
    QCOMPARE(failed.count(), 1);
    // A usable folder: written.
    QSignalSpy saved(&autosaver, &Autosaver::saved);
    autosaver.setDirectory(m_recoveryDir);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
    doc.undoStack()->setClean();
}

void TestRecovery::windowRemovesRecoveryOnSaveRevertAndClose()
{
    const QString path = m_dir->filePath(QStringLiteral("doc.ocispec.json"));
    QVERIFY(writeFile(path, example()));
    auto w = makeWindow();
    w->show();
    QVERIFY(w->openFile(path));
    const QString recovery = w->autosaver()->filePath();
    QVERIFY(recovery.startsWith(m_recoveryDir));

    // Save.
    QVERIFY(w->document()->setValue(QStringLiteral("/manifest/workdir"), Value::makeString("/a")));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(recovery), 5000);
    QVERIFY(w->saveFile());
    QVERIFY(!QFile::exists(recovery));

    // Revert (its confirmation is modal: answer it when it shows).
    QVERIFY(w->document()->setValue(QStringLiteral("/manifest/workdir"), Value::makeString("/b")));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(recovery), 5000);
    QAction *revert = w->findChild<QAction *>(QStringLiteral("revertAction"));
    QVERIFY(revert);
    QTimer::singleShot(0, w.get(), [] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        qobject_cast<QMessageBox *>(QApplication::activeModalWidget())->button(QMessageBox::Discard)->click();
    });
    revert->trigger();
    QVERIFY(!w->document()->isModified());
    QVERIFY(!QFile::exists(recovery));

    // A clean close after choosing to discard the changes.
    QVERIFY(w->document()->setValue(QStringLiteral("/manifest/workdir"), Value::makeString("/c")));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(recovery), 5000);
    QTimer::singleShot(0, w.get(), [] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        qobject_cast<QMessageBox *>(QApplication::activeModalWidget())->button(QMessageBox::Discard)->click();
    });
    QVERIFY(w->close());
    QVERIFY(!QFile::exists(recovery));
    QVERIFY(recoveryFiles(m_recoveryDir).isEmpty());
    // The file has what was saved, not what was discarded.
    const Value onDisk = parse(readFile(path));
    const Value *workdir = oci::json::resolvePointer(onDisk, "/manifest/workdir");
    QVERIFY(workdir && workdir->text() == "/a");
}

void TestRecovery::liveWindowsAreNotOffered()
{
    auto writer = makeWindow();
    QVERIFY(writer->document()->setValue(QStringLiteral("/id"), Value::makeString("live")));
    QVERIFY(writer->autosaver()->saveNow());
    QCOMPARE(recoveryFiles(m_recoveryDir).size(), 1);

    // Another window (or instance) sees the file but not as lost work.
    auto other = makeWindow();
    other->show();
    QCOMPARE(other->offerRecovery(), 0);
    QVERIFY(!other->recoveryBar()->isVisible());

    // The writer goes without a clean close (as when the app crashes
    // while the process lives on): now it is offered.
    writer.reset();
    QCOMPARE(recoveryFiles(m_recoveryDir).size(), 1);
    QCOMPARE(other->offerRecovery(), 1);
    QVERIFY(other->recoveryBar()->isVisible());
    QCOMPARE(other->recoveryBar()->entries().constFirst().name, QStringLiteral("volume-sshfs.ocispec.json"));
    auto *label = other->recoveryBar()->findChild<QLabel *>(QStringLiteral("recoveryEntryLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QStringLiteral("volume-sshfs.ocispec.json")), qPrintable(label->text()));

    // Discard deletes it.
    auto *discard = other->recoveryBar()->findChild<QPushButton *>(QStringLiteral("discardButton"));
    QVERIFY(discard);
    discard->click();
    QVERIFY(recoveryFiles(m_recoveryDir).isEmpty());
    QTRY_VERIFY(!other->recoveryBar()->isVisible());
    QVERIFY(!other->document()->isModified());
    QCOMPARE(other->offerRecovery(), 0);
}

void TestRecovery::recoverUntitledDocument()
{
    Value edited;
    {
        auto w = makeWindow();
        QVERIFY(w->newFromExample(QStringLiteral("nginx-basic")));
        QVERIFY(w->document()->setValue(QStringLiteral("/name"), Value::makeString("recovered-name")));
        edited = w->document()->root();
        QVERIFY(w->autosaver()->saveNow());
    }
    auto w = makeWindow();
    w->show();
    QCOMPARE(w->offerRecovery(), 1);
    const QString recovery = w->recoveryBar()->entries().constFirst().path;
    auto *recover = w->recoveryBar()->findChild<QPushButton *>(QStringLiteral("recoverButton"));
    QVERIFY(recover);
    recover->click();
    QVERIFY(w->document()->root() == edited);
    QVERIFY(w->document()->filePath().isEmpty());
    QCOMPARE(w->document()->displayName(), QStringLiteral("nginx-basic.ocispec.json"));
    QVERIFY(w->document()->isModified());
    QVERIFY(w->isWindowModified());
    // The old file went; this window's own holds the work now.
    QVERIFY(!QFile::exists(recovery));
    QCOMPARE(recoveryFiles(m_recoveryDir), QStringList{QFileInfo(w->autosaver()->filePath()).fileName()});
    QTRY_VERIFY(!w->recoveryBar()->isVisible());
    w->document()->undoStack()->setClean();
}

void TestRecovery::killedAppIsRecovered()
{
    const QString path = m_dir->filePath(QStringLiteral("original.ocispec.json"));
    QVERIFY(writeFile(path, example()));
    // What the child will hold when it is killed.
    Document expected;
    QVERIFY(expected.load(path));
    QVERIFY(expected.setValue(QStringLiteral("/manifest/workdir"), Value::makeString("/recovered/after/kill")));

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.start(QStringLiteral(OCISTUDIO_RECOVERYCHILD),
                {m_recoveryDir, path, QStringLiteral("/manifest/workdir"), QStringLiteral("/recovered/after/kill")});
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains("ready") && timer.elapsed() < 30000 && child.state() == QProcess::Running) {
        child.waitForReadyRead(500);
        out += child.readAllStandardOutput();
    }
    QVERIFY2(out.contains("ready"), child.readAllStandardError().constData());
    const QString written = QString::fromUtf8(out.mid(out.indexOf("ready ") + 6).trimmed());
    QVERIFY2(QFile::exists(written), qPrintable(written));

    // The real thing: no close event, no destructors.
    QCOMPARE(::kill(static_cast<pid_t>(child.processId()), SIGKILL), 0);
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    // The killed window's lock is still there; its owner is not.
    QVERIFY(QFile::exists(written + QStringLiteral(".lock")));
    // The file on disk was never touched.
    QCOMPARE(readFile(path), example());

    // The next start offers it.
    auto w = makeWindow();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QCOMPARE(w->offerRecovery(), 1);
    QVERIFY(w->recoveryBar()->isVisible());
    const RecoveryFile::Info info = w->recoveryBar()->entries().constFirst();
    QCOMPARE(info.path, written);
    QCOMPARE(info.originalPath, path);
    QCOMPARE(info.displayName(), QStringLiteral("original.ocispec.json"));

    auto *recover = w->recoveryBar()->findChild<QPushButton *>(QStringLiteral("recoverButton"));
    QVERIFY(recover);
    recover->click();
    // The edited document, modified, with its original file name.
    QVERIFY(w->document()->root() == expected.root());
    QCOMPARE(w->document()->filePath(), path);
    QVERIFY(w->document()->isModified());
    QVERIFY(w->windowTitle().startsWith(QStringLiteral("original.ocispec.json")));
    QVERIFY(!QFile::exists(written));
    QTRY_VERIFY(!w->recoveryBar()->isVisible());

    // Save writes the original file, and no recovery file is left.
    QString error;
    QVERIFY2(w->saveFile(QString(), &error), qPrintable(error));
    QVERIFY(!w->document()->isModified());
    QCOMPARE(readFile(path), expected.toJson());
    QVERIFY(recoveryFiles(m_recoveryDir).isEmpty());
    QCOMPARE(w->offerRecovery(), 0);
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
