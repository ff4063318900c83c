#include "diagnosticsmodel.h"
#include "document.h"
#include "findbar.h"
#include "jsonhighlighter.h"
#include "jsonview.h"
#include "mainwindow.h"
#include "themecolors.h"
#include "rebuilder.h"
#include "roles.h"
#include "scenariomodel.h"
#include "syntaxrepository.h"
#include "warningsview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>
#include <QUndoStack>

using oci::json::Value;

namespace {

int lineContaining(const JsonView *view, const QString &needle)
{
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next()) {
        if (b.text().contains(needle))
            return b.blockNumber() + 1;
    }
    return 0;
}

void moveToLine(JsonView *view, int line)
{
    QTextCursor cursor(view->document()->findBlockByNumber(line - 1));
    view->setTextCursor(cursor);
}

// Screenshots land in the test's temporary folder; OCISTUDIO_SCREENSHOT_DIR
// keeps copies for people looking at them.
void saveShot(const QPixmap &shot, const QTemporaryDir &dir, const QString &name)
{
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(dir.filePath(name)));
    const QString keep = qEnvironmentVariable("OCISTUDIO_SCREENSHOT_DIR");
    if (!keep.isEmpty())
        QVERIFY(shot.save(QDir(keep).filePath(name)));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startsOnEmbeddedExample();
    void editUpdatesSpec();
    void provenanceOfCursorLine();
    void warningActivationRevealsPointers();
    void find();
    void openFileErrorKeepsDocument();
    void newContainerFromExample();
    void screenshots();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("ocistudio-test"));
    QApplication::setApplicationDisplayName(QStringLiteral("OCI Spec Studio"));
    QApplication::setOrganizationDomain(QStringLiteral("io.github.ocispecstudio"));
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::startsOnEmbeddedExample()
{
    SyntaxRepository syntax;
    MainWindow w(&syntax);
    QAbstractItemModelTester scenarioTester(w.scenarioModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester diagnosticsTester(w.diagnosticsModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester warningsTester(w.warningsView()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    w.show();
    QCOMPARE(w.document()->displayName(), QStringLiteral("volume-sshfs.ocispec.json"));
    QVERIFY(w.document()->filePath().isEmpty());
    QVERIFY(!w.document()->isModified());
    QTRY_VERIFY_WITH_TIMEOUT(w.rebuilder()->snapshot() != nullptr, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(w.specView()->text().startsWith(QStringLiteral("{\n  \"ociVersion\": \"1.3.0\"")), 5000);
    QVERIFY(w.specView()->text().contains(QStringLiteral("\"/docker-volume-sshfs\"")));
    QVERIFY(w.scenarioModel()->indexForPointer(QStringLiteral("/manifest/linux/devices/0/path")).isValid());
    QVERIFY(w.windowTitle().contains(QStringLiteral("volume-sshfs.ocispec.json")));
}

void TestMainWindow::editUpdatesSpec()
{
    MainWindow w;
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(w.specView()->text().contains(QStringLiteral("\"/docker-volume-sshfs\"")), 5000);
    const QString before = w.specView()->text();

    QVERIFY(w.document()->setValue(QStringLiteral("/manifest/entrypoint/0"), Value::makeString("/usr/bin/sshfs-driver")));
    QVERIFY(w.isWindowModified());
    QTRY_VERIFY_WITH_TIMEOUT(w.specView()->text().contains(QStringLiteral("\"/usr/bin/sshfs-driver\"")), 5000);
    QVERIFY(!w.specView()->text().contains(QStringLiteral("\"/docker-volume-sshfs\"")));
    QCOMPARE(w.rebuilder()->snapshot()->previousText, before);

    // Editing in the scenario tree goes through the document too.
    const QModelIndex description = w.scenarioModel()->indexForPointer(QStringLiteral("/manifest/entrypoint/0"),
                                                                       ScenarioModel::ValueColumn);
    QVERIFY(w.scenarioModel()->setData(description, QStringLiteral("/bin/other")));
    QTRY_VERIFY_WITH_TIMEOUT(w.specView()->text().contains(QStringLiteral("\"/bin/other\"")), 5000);
    QCOMPARE(w.document()->undoStack()->count(), 1); // same pointer: merged

    w.document()->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(w.specView()->text(), before, 5000);
    QVERIFY(!w.isWindowModified());
}

void TestMainWindow::provenanceOfCursorLine()
{
    MainWindow w;
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(w.specView()->text().contains(QStringLiteral("\"/docker-volume-sshfs\"")), 5000);
    const int line = lineContaining(w.specView(), QStringLiteral("\"/docker-volume-sshfs\""));
    QVERIFY(line > 0);
    moveToLine(w.specView(), line);
    QCOMPARE(w.specView()->currentLine(), line);
    // "POINTER  STEP ← inputs": the args come from the manifest's entrypoint.
    QTRY_VERIFY(!w.provenanceText().isEmpty());
    QVERIFY2(w.provenanceText().startsWith(QStringLiteral("/process/args")), qPrintable(w.provenanceText()));
    QVERIFY2(w.provenanceText().contains(QStringLiteral("\u2190 ")), qPrintable(w.provenanceText()));
    QVERIFY2(w.provenanceText().contains(QStringLiteral("/manifest/entrypoint")), qPrintable(w.provenanceText()));
    // The input is selected in the scenario tree.
    const QModelIndex current = w.scenarioView()->currentIndex();
    QVERIFY(current.isValid());
    QVERIFY(current.data(OciRoles::InputPointerRole).toString().startsWith(QStringLiteral("/manifest/entrypoint")));
}

void TestMainWindow::warningActivationRevealsPointers()
{
    MainWindow w;
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(w.rebuilder()->snapshot() && w.rebuilder()->snapshot()->hasSpec(), 5000);
    QSignalSpy activated(w.warningsView(), &WarningsView::pointerActivated);
    // A warning naming both ends; the same path as activating a row.
    w.showPointer(QStringLiteral("/linux/devices"), QStringLiteral("/manifest/linux/devices/0/path"));
    QVERIFY(w.specView()->revealedFirstLine() > 0);
    QVERIFY(w.specView()->revealedLastLine() > w.specView()->revealedFirstLine());
    QVERIFY(w.specView()->document()->findBlockByNumber(w.specView()->revealedFirstLine() - 1).text().contains(
        QStringLiteral("\"devices\"")));
    QCOMPARE(w.scenarioView()->currentIndex().data(OciRoles::InputPointerRole).toString(),
             QStringLiteral("/manifest/linux/devices/0/path"));
    // An input the scenario leaves out selects its nearest present parent.
    w.showPointer(QString(), QStringLiteral("/manifest/linux/allowAllDevices"));
    QCOMPARE(w.scenarioView()->currentIndex().data(OciRoles::InputPointerRole).toString(),
             QStringLiteral("/manifest/linux"));

    // A refusal shows up as a warning row, and activating it emits its pointers.
    QVERIFY(w.document()->setValue(QStringLiteral("/manifest/linux/devices/0/path"), Value::makeString("/dev/nope")));
    QTRY_VERIFY_WITH_TIMEOUT(w.rebuilder()->snapshot()->result && w.rebuilder()->snapshot()->result->refused, 5000);
    QTRY_VERIFY(w.warningsView()->model()->rowCount() > 0);
    QVERIFY(w.specView()->text().isEmpty());
    QVERIFY(w.specView()->banner().contains(QStringLiteral("/dev/nope")));
    const QModelIndex row = w.warningsView()->model()->index(0, 0);
    QCOMPARE(row.data(OciRoles::SeverityRole).toInt(), static_cast<int>(oci::Severity::Error));
    w.warningsView()->setCurrentIndex(row);
    Q_EMIT w.warningsView()->activated(row);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.constFirst().at(1).toString(), QStringLiteral("/manifest/linux/devices/0/path"));

    w.document()->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(w.rebuilder()->snapshot()->hasSpec(), 5000);
    QVERIFY(w.specView()->banner().isEmpty());
}

void TestMainWindow::find()
{
    MainWindow w;
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(w.specView()->text().contains(QStringLiteral("CAP_SYS_ADMIN")), 5000);
    w.specView()->find();
    QVERIFY(w.specView()->findBar()->isVisible());
    w.specView()->findBar()->setText(QStringLiteral("cap_sys_admin"));
    QCOMPARE(w.specView()->textCursor().selectedText(), QStringLiteral("CAP_SYS_ADMIN"));
    const int first = w.specView()->textCursor().selectionStart();
    QVERIFY(w.specView()->findNext());
    const int second = w.specView()->textCursor().selectionStart();
    QVERIFY(second > first);
    QVERIFY(w.specView()->findPrevious());
    QCOMPARE(w.specView()->textCursor().selectionStart(), first);
    w.specView()->findBar()->setText(QStringLiteral("no such text anywhere"));
    QVERIFY(!w.specView()->findNext());
    QTest::keyClick(w.specView()->findBar(), Qt::Key_Escape);
    QVERIFY(!w.specView()->findBar()->isVisible());
}

void TestMainWindow::openFileErrorKeepsDocument()
{
    MainWindow w;
    QString error;
    QVERIFY(!w.openFile(m_dir.filePath(QStringLiteral("missing.ocispec.json")), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(w.document()->displayName(), QStringLiteral("volume-sshfs.ocispec.json"));

    const QString path = m_dir.filePath(QStringLiteral("mine.ocispec.json"));
    QVERIFY(w.document()->saveAs(path, &error));
    MainWindow other;
    QVERIFY2(other.openFile(path, &error), qPrintable(error));
    QCOMPARE(other.document()->filePath(), path);
    QVERIFY(other.windowTitle().startsWith(QStringLiteral("mine.ocispec.json")));
}

void TestMainWindow::newContainerFromExample()
{
    MainWindow w;
    w.show();
    QVERIFY(w.newFromExample(QStringLiteral("nginx-basic")));
    QCOMPARE(w.document()->displayName(), QStringLiteral("nginx-basic.ocispec.json"));
    QTRY_VERIFY_WITH_TIMEOUT(w.specView()->text().contains(QStringLiteral("\"nginx\"")), 5000);
    QVERIFY(!w.newFromExample(QStringLiteral("no-such-example")));
}

void TestMainWindow::screenshots()
{
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY_WITH_TIMEOUT(w.rebuilder()->snapshot() && w.rebuilder()->snapshot()->hasSpec(), 5000);
    const int line = lineContaining(w.specView(), QStringLiteral("\"CAP_SYS_ADMIN\""));
    QVERIFY(line > 0);
    moveToLine(w.specView(), line);
    // Let pending layouts (status bar, scroll bars) settle before grabbing.
    QTest::qWait(50);
    saveShot(w.grab(), m_dir, QStringLiteral("shot-light.png"));

    w.specView()->find();
    w.specView()->findBar()->setText(QStringLiteral("CAP_SYS_ADMIN"));
    QVERIFY(w.document()->setValue(QStringLiteral("/manifest/linux/devices/0/path"), Value::makeString("/dev/nope")));
    QTRY_VERIFY_WITH_TIMEOUT(w.rebuilder()->snapshot()->result->refused, 5000);
    QTest::qWait(50);
    saveShot(w.grab(), m_dir, QStringLiteral("shot-refused.png"));
    w.document()->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(w.rebuilder()->snapshot()->hasSpec(), 5000);

    const QPalette original = QApplication::palette();
    QApplication::setPalette(ThemeColors::darkPalette());
    QTRY_VERIFY(w.specHighlighter()->isDarkTheme());
    w.showPointer(QStringLiteral("/linux/devices"), QStringLiteral("/manifest/linux/devices/0/path"));
    QTest::qWait(50);
    saveShot(w.grab(), m_dir, QStringLiteral("shot-dark.png"));
    QApplication::setPalette(original);
    QTRY_VERIFY(!w.specHighlighter()->isDarkTheme());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
