// The main window's navigation between inputs and spec: warnings to form
// fields, spec lines to inputs (Go to Input, Ctrl+Click), form fields to
// spec lines (Show in Spec), diff hunks to fields; and screenshots of the
// forms and the diff view in light and dark palettes.

#include "diagnosticsmodel.h"
#include "diffpanel.h"
#include "diffview.h"
#include "document.h"
#include "formfield.h"
#include "formpage.h"
#include "hostpanel.h"
#include "inputspanel.h"
#include "jsonview.h"
#include "mainwindow.h"
#include "themecolors.h"
#include "rebuilder.h"
#include "roles.h"
#include "tablefield.h"
#include "warningsview.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
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

bool waitForSpec(MainWindow &w)
{
    return QTest::qWaitFor([&] { return w.rebuilder()->snapshot() && w.rebuilder()->snapshot()->hasSpec(); }, 5000);
}

// Screenshots go to the test's temporary folder, and to
// OCISTUDIO_SCREENSHOT_DIR when set, for people looking at them.
void saveShot(const QPixmap &shot, const QTemporaryDir &dir, const QString &name)
{
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(dir.filePath(name)));
    const QString keep = qEnvironmentVariable("OCISTUDIO_SCREENSHOT_DIR");
    if (!keep.isEmpty())
        QVERIFY(shot.save(QDir(keep).filePath(name)));
}

// A tall page as it is, and in screen-sized parts that are easier to look at.
void saveTallShot(QWidget *widget, const QTemporaryDir &dir, const QString &name)
{
    const QPixmap full = widget->grab();
    saveShot(full, dir, name + QStringLiteral(".png"));
    const int part = 900;
    for (int y = 0, n = 1; y < full.height(); y += part, ++n)
        saveShot(full.copy(0, y, full.width(), std::min(part, full.height() - y)), dir,
                 QStringLiteral("%1-part%2.png").arg(name).arg(n));
}

} // namespace

class TestNavigation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void warningFocusesFormField_data();
    void warningFocusesFormField();
    void goToInputFromSpecLine();
    void ctrlClickGoesToInput();
    void showInSpecMarksLines();
    void diffHunkRevealsField();
    void formsFollowTheKind();
    void hostProfile();
    void validationFindingsOnFields();
    void screenshots();

private:
    QTemporaryDir m_dir;
};

void TestNavigation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("ocistudio-test"));
    QApplication::setApplicationDisplayName(QStringLiteral("OCI Spec Studio"));
    QVERIFY(m_dir.isValid());
}

void TestNavigation::warningFocusesFormField_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("fieldPointer");

    // A `set` argument Docker refuses: the set table's row.
    QTest::addRow("plugin set argument") << QStringLiteral("volume-sshfs") << QStringLiteral("/set")
                                         << QStringLiteral("[\"NOPE=1\"]") << QStringLiteral("/set");
    // A device Docker cannot find on the host.
    QTest::addRow("plugin device path") << QStringLiteral("volume-sshfs")
                                        << QStringLiteral("/manifest/linux/devices/0/path")
                                        << QStringLiteral("\"/dev/nope\"") << QStringLiteral("/manifest/linux/devices");
    // A relative working directory (Docker refuses it at create).
    QTest::addRow("container workdir") << QStringLiteral("nginx-basic") << QStringLiteral("/config/WorkingDir")
                                       << QStringLiteral("\"srv\"") << QStringLiteral("/config/WorkingDir");
}

void TestNavigation::warningFocusesFormField()
{
    QFETCH(QString, example);
    QFETCH(QString, pointer);
    QFETCH(QString, bad);
    QFETCH(QString, fieldPointer);

    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QApplication::setActiveWindow(&w);
    QVERIFY(w.newFromExample(example));
    QVERIFY(waitForSpec(w));

    Value value;
    oci::json::ParseError error;
    const QByteArray utf8 = bad.toUtf8();
    QVERIFY(oci::json::parse(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), value, error));
    QVERIFY(w.document()->setValue(pointer, value));
    QVERIFY(QTest::qWaitFor([&] { return !w.rebuilder()->isPending(); }, 5000));
    QTest::qWait(0);

    // The first error row names the input; activating it focuses the field.
    QAbstractItemModel *model = w.warningsView()->model();
    QModelIndex row;
    for (int r = 0; r < model->rowCount() && !row.isValid(); ++r) {
        const QModelIndex index = model->index(r, 0);
        if (index.data(OciRoles::SeverityRole).toInt() == static_cast<int>(oci::Severity::Error)
            && index.data(OciRoles::InputPointerRole).toString().startsWith(fieldPointer))
            row = index;
    }
    QVERIFY2(row.isValid(), qPrintable(QStringLiteral("no error about %1").arg(fieldPointer)));
    Q_EMIT w.warningsView()->activated(row);

    FormField *field = w.inputsPanel()->fieldFor(row.data(OciRoles::InputPointerRole).toString());
    QVERIFY(field);
    QCOMPARE(field->pointer(), fieldPointer);
    QVERIFY(QTest::qWaitFor([&] { return field->editor()->hasFocus(); }, 2000));
    QVERIFY(w.inputsPanel()->currentWidget()->isAncestorOf(field->editor()));
    // The field shows the finding under its editor.
    QVERIFY2(!field->problemText().isEmpty(), qPrintable(field->pointer()));
    if (auto *table = qobject_cast<TableField *>(field)) {
        // ... on the row it is about.
        QCOMPARE(table->view()->currentIndex().row(), 0);
    }
}

void TestNavigation::goToInputFromSpecLine()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QApplication::setActiveWindow(&w);
    QVERIFY(waitForSpec(w));
    const int line = lineContaining(w.specView(), QStringLiteral("\"/docker-volume-sshfs\""));
    QVERIFY(line > 0);
    w.goToInput(line);
    FormField *field = w.inputsPanel()->pluginPage()->lastRevealed();
    QVERIFY(field);
    QCOMPARE(field->pointer(), QStringLiteral("/manifest/entrypoint"));
    QVERIFY(QTest::qWaitFor([&] { return field->editor()->hasFocus(); }, 2000));
}

void TestNavigation::ctrlClickGoesToInput()
{
    MainWindow w;
    w.resize(1280, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QApplication::setActiveWindow(&w);
    QVERIFY(waitForSpec(w));
    const int line = lineContaining(w.specView(), QStringLiteral("\"CAP_SYS_ADMIN\""));
    QVERIFY(line > 0);
    w.specView()->revealLine(line);
    QSignalSpy clicked(w.specView(), &JsonView::lineCtrlClicked);
    const QTextBlock block = w.specView()->document()->findBlockByNumber(line - 1);
    QTextCursor cursor(block);
    const QRect rect = w.specView()->cursorRect(cursor);
    QTest::mouseClick(w.specView()->viewport(), Qt::LeftButton, Qt::ControlModifier, rect.center() + QPoint(20, 0));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.constFirst().at(0).toInt(), line);
    FormField *field = w.inputsPanel()->pluginPage()->lastRevealed();
    QVERIFY(field);
    QCOMPARE(field->pointer(), QStringLiteral("/manifest/linux/capabilities"));
}

void TestNavigation::showInSpecMarksLines()
{
    MainWindow w;
    w.show();
    QVERIFY(waitForSpec(w));
    // The mounts of the manifest become mounts of the spec.
    w.showInputInSpec(QStringLiteral("/manifest/mounts/1"));
    const auto ranges = w.specView()->revealedRanges();
    QVERIFY(!ranges.isEmpty());
    bool sawDestination = false;
    for (const auto &r : ranges) {
        for (int l = r.first; l <= r.second; ++l) {
            if (w.specView()->document()->findBlockByNumber(l - 1).text().contains(QStringLiteral("/root/.ssh")))
                sawDestination = true;
        }
    }
    QVERIFY(sawDestination);

    // The field's own request takes the same path.
    FormField *caps = w.inputsPanel()->pluginPage()->fieldFor(QStringLiteral("/manifest/linux/capabilities"));
    QVERIFY(caps);
    Q_EMIT caps->showInSpecRequested(caps->resolvedPointer());
    const auto capRanges = w.specView()->revealedRanges();
    // CAP_SYS_ADMIN lands in the four capability sets.
    int marked = 0;
    for (const auto &r : capRanges) {
        for (int l = r.first; l <= r.second; ++l) {
            if (w.specView()->document()->findBlockByNumber(l - 1).text().contains(QStringLiteral("CAP_SYS_ADMIN")))
                ++marked;
        }
    }
    QVERIFY2(marked >= 3, qPrintable(QString::number(marked)));
}

void TestNavigation::diffHunkRevealsField()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QApplication::setActiveWindow(&w);
    QVERIFY(waitForSpec(w));
    w.diffPanel()->setBaseline(DiffPanel::Baseline::PreviousBuild);
    QVERIFY(w.document()->setValue(QStringLiteral("/manifest/workdir"), Value::makeString("/srv")));
    QVERIFY(QTest::qWaitFor([&] { return w.specView()->text().contains(QStringLiteral("\"cwd\": \"/srv\"")); }, 5000));
    w.diffPanel()->refresh();
    QCOMPARE(w.diffPanel()->view()->hunkCount(), 1);
    QCOMPARE(w.diffPanel()->view()->hunkPointer(0), QStringLiteral("/process/cwd"));
    w.diffPanel()->view()->activateHunk(0);
    FormField *field = w.inputsPanel()->pluginPage()->lastRevealed();
    QVERIFY(field);
    QCOMPARE(field->pointer(), QStringLiteral("/manifest/workdir"));
    QCOMPARE(w.specView()->document()->findBlockByNumber(w.specView()->revealedFirstLine() - 1).text().trimmed(),
             QStringLiteral("\"cwd\": \"/srv\","));
}

void TestNavigation::formsFollowTheKind()
{
    MainWindow w;
    InputsPanel *panel = w.inputsPanel();
    QCOMPARE(panel->currentWidget(), panel->pluginPage());
    QVERIFY(panel->isTabVisible(panel->indexOf(panel->pluginPage())));
    QVERIFY(!panel->isTabVisible(panel->indexOf(panel->containerPage())));
    QVERIFY(w.newFromExample(QStringLiteral("nginx-basic")));
    QCOMPARE(panel->currentWidget(), panel->containerPage());
    QVERIFY(!panel->isTabVisible(panel->indexOf(panel->pluginPage())));
    QVERIFY(panel->isTabVisible(panel->indexOf(panel->enginePage())));
    // An input no form shows goes to the raw tree.
    w.showPointer(QString(), QStringLiteral("/hostConfig/LogConfig"));
    QCOMPARE(panel->currentWidget(), panel->rawView());
}

void TestNavigation::hostProfile()
{
    MainWindow w;
    QVERIFY(waitForSpec(w));
    HostPanel *host = w.inputsPanel()->hostPanel();
    const QString path = QDir::cleanPath(QStringLiteral(OCISTUDIO_FIXTURES_DIR "/host.json"));
    QString error;
    QVERIFY2(host->loadHostFile(path, &error), qPrintable(error));
    w.rebuilder()->rebuild();
    QCOMPARE(QString::fromStdString(w.rebuilder()->snapshot()->result->hostOrigin), path);
    QVERIFY(host->summary().contains(path));
    // Embedded, the profile travels with the scenario (and is one undo step).
    QVERIFY(host->embedLoadedProfile(&error));
    QVERIFY(w.document()->value(QStringLiteral("/host/capabilities")));
    QCOMPARE(w.document()->undoStack()->count(), 1);
    host->useDefault();
    w.rebuilder()->rebuild();
    QCOMPARE(QString::fromStdString(w.rebuilder()->snapshot()->result->hostOrigin), QStringLiteral("embedded"));
    QVERIFY(!host->loadHostFile(QStringLiteral(OCISTUDIO_FIXTURES_DIR "/README.md"), &error));
    QVERIFY(!error.isEmpty());
}

void TestNavigation::validationFindingsOnFields()
{
    // The lint (and, once loaded, the schema) judge every build; their
    // findings reach the fields they are about.
    MainWindow w;
    QVERIFY(waitForSpec(w));
    QVERIFY(w.document()->setValue(QStringLiteral("/manifest/mounts/0/settable/0"), Value::makeString("destination")));
    QVERIFY(QTest::qWaitFor([&] { return !w.rebuilder()->isPending(); }, 5000));
    const auto snapshot = w.rebuilder()->snapshot();
    QVERIFY(snapshot->validated);
    bool lint = false;
    for (const oci::Diagnostic &d : snapshot->diagnostics)
        lint = lint || d.code == "settable-field-not-allowed";
    QVERIFY(lint);
    FormField *mounts = w.inputsPanel()->fieldFor(QStringLiteral("/manifest/mounts/0/settable/0"));
    QVERIFY(mounts);
    QVERIFY(!mounts->problems().isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return w.rebuilder()->isSchemaReady(); }, 10000));
    w.rebuilder()->rebuild();
    // Which schema judged the spec is said once, not listed as a finding.
    for (const oci::Diagnostic &d : w.rebuilder()->snapshot()->diagnostics)
        QVERIFY(d.code != "schema-version");
    QVERIFY(!w.rebuilder()->snapshot()->schemaSummary.isEmpty());
    // Errors first.
    const auto &all = w.rebuilder()->snapshot()->diagnostics;
    QVERIFY(std::is_sorted(all.begin(), all.end(), [](const oci::Diagnostic &a, const oci::Diagnostic &b) {
        return static_cast<int>(a.severity) < static_cast<int>(b.severity);
    }));
}

void TestNavigation::screenshots()
{
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(waitForSpec(w));
    const QPalette original = QApplication::palette();
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? ThemeColors::darkPalette() : original);
        const QString suffix = dark ? QStringLiteral("dark") : QStringLiteral("light");
        QVERIFY(w.newFromExample(QStringLiteral("volume-sshfs")));
        QVERIFY(waitForSpec(w));
        // A finding on a field, so its message shows.
        QVERIFY(w.document()->setValue(QStringLiteral("/set"), Value(oci::json::Type::Array)));
        QVERIFY(w.document()->insertRow(QStringLiteral("/set"), 0, Value::makeString("DEBUG=1")));
        QVERIFY(w.document()->insertRow(QStringLiteral("/set"), 1, Value::makeString("NOPE=1")));
        QVERIFY(QTest::qWaitFor([&] { return !w.rebuilder()->isPending(); }, 5000));
        QTest::qWait(50);
        FormPage *plugin = w.inputsPanel()->pluginPage();
        plugin->resize(520, 1800);
        saveTallShot(plugin->widget(), m_dir, QStringLiteral("h6-plugin-%1").arg(suffix));

        QVERIFY(w.newFromExample(QStringLiteral("nginx-basic")));
        QVERIFY(waitForSpec(w));
        QVERIFY(w.document()->setValue(QStringLiteral("/config/WorkingDir"), Value::makeString("srv")));
        QVERIFY(QTest::qWaitFor([&] { return !w.rebuilder()->isPending(); }, 5000));
        QTest::qWait(50);
        FormPage *container = w.inputsPanel()->containerPage();
        saveTallShot(container->widget(), m_dir, QStringLiteral("h6-container-%1").arg(suffix));
        saveTallShot(w.inputsPanel()->enginePage()->widget(), m_dir, QStringLiteral("h6-engine-%1").arg(suffix));
        w.inputsPanel()->setCurrentWidget(w.inputsPanel()->hostPanel());
        QVERIFY(w.inputsPanel()->hostPanel()->loadHostFile(QStringLiteral(OCISTUDIO_FIXTURES_DIR "/host.json")));
        QTest::qWait(20);
        saveShot(w.inputsPanel()->grab(), m_dir, QStringLiteral("h6-host-%1.png").arg(suffix));
        w.inputsPanel()->hostPanel()->useDefault();
        w.document()->undoStack()->undo();
        QVERIFY(waitForSpec(w));

        // The diff against Docker's default, in both modes.
        DiffPanel *diff = w.diffPanel();
        diff->setBaseline(DiffPanel::Baseline::DockerDefault);
        auto *dock = qobject_cast<QDockWidget *>(diff->parentWidget());
        QVERIFY(dock);
        dock->show();
        dock->raise();
        w.resizeDocks({dock}, {520}, Qt::Vertical);
        QVERIFY(QTest::qWaitFor([&] { return diff->height() > 400; }, 2000));
        diff->refresh();
        QVERIFY(diff->view()->hunkCount() > 0);
        diff->view()->setMode(DiffView::Mode::Unified);
        QTest::qWait(20);
        saveShot(diff->grab(), m_dir, QStringLiteral("h6-diff-unified-%1.png").arg(suffix));
        diff->view()->setMode(DiffView::Mode::SideBySide);
        QTest::qWait(20);
        saveShot(diff->grab(), m_dir, QStringLiteral("h6-diff-side-%1.png").arg(suffix));
        diff->view()->setMode(DiffView::Mode::Unified);
        QTest::qWait(20);
        saveShot(w.grab(), m_dir, QStringLiteral("h6-window-%1.png").arg(suffix));
        w.resizeDocks({dock}, {160}, Qt::Vertical);
    }
    QApplication::setPalette(original);
}

QTEST_MAIN(TestNavigation)
#include "tst_navigation.moc"
