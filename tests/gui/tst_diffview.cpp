// The diff view and the Diff dock: hunks against a baseline (Docker's
// default spec, the previous build, a config.json), unified and side by
// side, the JSON Patch operations, activation of hunks and operations, the
// baseline kept in the document's `ui`, and colours readable on light and
// dark palettes.

#include "diffpane.h"
#include "diffpanel.h"
#include "diffview.h"
#include "document.h"
#include "jsonview.h"
#include "patchmodel.h"
#include "rebuilder.h"
#include "roles.h"
#include "speccomparison.h"
#include "themecolors.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QScrollBar>
#include <QTextBlock>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using oci::json::Value;
using namespace Qt::Literals::StringLiterals;

namespace {

Value parse(const char *text)
{
    Value v;
    oci::json::ParseError error;
    oci::json::parse(text, v, error);
    return v;
}

qreal luminance(const QColor &c)
{
    auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG contrast ratio.
qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Text, QColor(0x23, 0x26, 0x27));
    p.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x27));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    return p;
}

const char *Scenario = R"({
  "kind": "plugin",
  "id": "2b92bcd013e7b2fad6e57dd6d987df499fc3b484a2c5dde94a6800cd4d490119",
  "manifest": {
    "entrypoint": ["/bin/plugin"],
    "interface": {"types": ["docker.volumedriver/1.0"], "socket": "p.sock"},
    "workdir": "/"
  },
  "host": {"hostname": "h"}
})";

} // namespace

class TestDiffView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void patchModel();
    void patchModelUpdatesRows();
    void paneUpdatesChangedLines();
    void jsonViewUpdatesChangedLines();
    void workerBuilds();
    void workerComparesAndValidates();
    void comparison();
    void unifiedAndSideBySide();
    void activation();
    void previousBuildShowsTheEdit();
    void sideBySideFollowsBuilds();
    void baselineKeptInUi_data();
    void baselineKeptInUi();
    void fileBaseline();
    void coloursReadable_data();
    void coloursReadable();

private:
    QTemporaryDir m_dir;
};

void TestDiffView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("ocistudio-test"));
    QVERIFY(m_dir.isValid());
}

void TestDiffView::patchModel()
{
    PatchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const auto result = SpecComparison::compare(parse(R"({"a": 1, "b": [1, 2]})"), parse(R"({"a": 2, "b": [1, 2, 3]})"));
    model.setPatch(result.diff.patch);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, PatchModel::OpColumn).data().toString(), QStringLiteral("replace"));
    QCOMPARE(model.index(0, PatchModel::PathColumn).data().toString(), QStringLiteral("/a"));
    QCOMPARE(model.index(0, PatchModel::ValueColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(1, PatchModel::OpColumn).data(OciRoles::SpecPointerRole).toString(), QStringLiteral("/b/2"));
    QCOMPARE(model.index(1, 0).data(OciRoles::PatchOpRole).toString(), QStringLiteral("add"));
    model.setPatch({});
    QCOMPARE(model.rowCount(), 0);

    // A long value (a whole env array against Docker's default) shows its
    // start, cut on a character boundary, and more of it as the tooltip.
    std::string big = "[";
    for (int i = 0; i < 500; ++i)
        big += (i ? ",\"" : "\"") + std::string("VAR_\u00e9") + std::to_string(i) + "\"";
    big += "]";
    const auto longResult
        = SpecComparison::compare(parse(R"({"a": 1})"), parse(("{\"a\": 1, \"env\": " + big + "}").c_str()));
    model.setPatch(longResult.diff.patch);
    QCOMPARE(model.rowCount(), 1);
    const QString display = model.index(0, PatchModel::ValueColumn).data().toString();
    const QString tip = model.index(0, PatchModel::ValueColumn).data(Qt::ToolTipRole).toString();
    QVERIFY(display.endsWith(QChar(0x2026)));
    QVERIFY(display.size() <= PatchModel::kDisplayLength + 1);
    QVERIFY(display.startsWith(QStringLiteral("[\"VAR_\u00e90\",\"VAR_\u00e91\"")));
    QVERIFY(!display.contains(QChar::ReplacementCharacter));
    QVERIFY(tip.size() > display.size());
    QVERIFY(tip.startsWith(display.chopped(1)));
    // Short values need no tooltip.
    model.setPatch(result.diff.patch);
    QVERIFY(model.index(0, PatchModel::ValueColumn).data(Qt::ToolTipRole).toString().isEmpty());
}

void TestDiffView::patchModelUpdatesRows()
{
    // A new patch that differs in a few operations moves only those rows;
    // no reset, so the operations view keeps its place.
    auto patch = [](std::initializer_list<const char *> paths) {
        oci::jsonpatch::Patch p;
        for (const char *path : paths) {
            oci::jsonpatch::Operation op;
            op.op = oci::jsonpatch::Op::Replace;
            op.path = path;
            op.value = Value::makeString(path);
            p.push_back(op);
        }
        return p;
    };
    auto paths = [](const PatchModel &m) {
        QStringList out;
        for (int row = 0; row < m.rowCount(); ++row)
            out << m.index(row, PatchModel::PathColumn).data().toString();
        return out;
    };
    PatchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setPatch(patch({"/a", "/b", "/c", "/d"}));
    QCOMPARE(paths(model), (QStringList{u"/a"_s, u"/b"_s, u"/c"_s, u"/d"_s}));
    model.setPatch(patch({"/a", "/B", "/c", "/d"}));
    QCOMPARE(paths(model), (QStringList{u"/a"_s, u"/B"_s, u"/c"_s, u"/d"_s}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.constFirst().at(1).toModelIndex().row(), 1);
    model.setPatch(patch({"/a", "/B", "/x", "/y", "/c", "/d"}));
    QCOMPARE(paths(model), (QStringList{u"/a"_s, u"/B"_s, u"/x"_s, u"/y"_s, u"/c"_s, u"/d"_s}));
    model.setPatch(patch({"/a", "/d"}));
    QCOMPARE(paths(model), (QStringList{u"/a"_s, u"/d"_s}));
    model.setPatch(patch({"/z"}));
    QCOMPARE(paths(model), QStringList{u"/z"_s});
    QCOMPARE(resets.size(), 0);
    QVERIFY(inserted.size() >= 2);
    QVERIFY(removed.size() >= 2);
    model.setPatch({});
    QCOMPARE(model.rowCount(), 0);
}

void TestDiffView::paneUpdatesChangedLines()
{
    // Lines replaced in place look exactly as when set from scratch: the
    // text, each line's tint and the hunk headers' colour.
    auto lines = [](const QStringList &spec) {
        QList<DiffPane::Line> out;
        int n = 0;
        for (const QString &s : spec) {
            DiffPane::Line l;
            l.kind = s.startsWith(u'@') ? DiffPane::Line::HunkHeader
                : s.startsWith(u'+')    ? DiffPane::Line::Added
                : s.startsWith(u'-')    ? DiffPane::Line::Removed
                                        : DiffPane::Line::Context;
            l.text = s;
            l.newLine = ++n;
            l.hunk = 0;
            out << l;
        }
        return out;
    };
    auto looks = [](const DiffPane &pane) {
        QStringList out;
        for (QTextBlock b = pane.document()->begin(); b.isValid(); b = b.next()) {
            const QTextCharFormat chars = b.begin().atEnd() ? QTextCharFormat() : b.begin().fragment().charFormat();
            out << b.text() + u'|' + b.blockFormat().background().color().name() + u'|'
                    + chars.foreground().color().name();
        }
        return out;
    };
    QStringList base;
    base << u"@@ -1,40 +1,40 @@"_s;
    for (int i = 0; i < 40; ++i)
        base << (i % 7 == 3 ? u"+added %1"_s : i % 7 == 5 ? u"-removed %1"_s : u" context %1"_s).arg(i);
    const QList<QStringList> versions = {
        [&] { QStringList v = base; v[2] = u"+changed"_s; return v; }(),
        [&] { QStringList v = base; v.insert(10, u"@@ -9,3 +9,3 @@"_s); v.insert(11, u"-new"_s); return v; }(),
        [&] { QStringList v = base; v.remove(20, 3); return v; }(),
        [&] { QStringList v = base; v.append(u"+at the end"_s); return v; }(),
        [&] { QStringList v = base; v.removeLast(); v.removeLast(); return v; }(),
        [&] { QStringList v = base; v[0] = u" no header"_s; return v; }(),
    };
    DiffPane pane;
    pane.setLines(lines(base), DiffPane::Gutter::New);
    for (const QStringList &version : versions) {
        pane.setLines(lines(version), DiffPane::Gutter::New);
        DiffPane fresh;
        fresh.setLines(lines(version), DiffPane::Gutter::New);
        QCOMPARE(pane.toPlainText(), version.join(u'\n'));
        QCOMPARE(looks(pane), looks(fresh));
        QCOMPARE(pane.lines().size(), version.size());
    }
}

void TestDiffView::jsonViewUpdatesChangedLines()
{
    // A rebuild that changes a few lines keeps the cursor's line and the
    // scroll position, and the text is exactly the new one.
    QStringList text;
    text << u"{"_s;
    for (int i = 0; i < 200; ++i)
        text << u"  \"key%1\": \"value %1\","_s.arg(i);
    text << u"}"_s;
    JsonView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setText(text.join(u'\n'));
    QTextCursor cursor(view.document()->findBlockByNumber(120));
    view.setTextCursor(cursor);
    view.centerCursor();
    const int scroll = view.verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    QStringList changed = text;
    changed[50] = u"  \"key50\": \"edited\","_s;
    changed.insert(60, u"  \"inserted\": true,"_s);
    view.setText(changed.join(u'\n'));
    QCOMPARE(view.toPlainText(), changed.join(u'\n'));
    QCOMPARE(view.text(), changed.join(u'\n'));
    QCOMPARE(view.currentLine(), 121);
    QCOMPARE(view.verticalScrollBar()->value(), scroll);
    changed.removeAt(1);
    changed.removeLast();
    view.setText(changed.join(u'\n'));
    QCOMPARE(view.toPlainText(), changed.join(u'\n'));
    changed.append(u"] trailing"_s);
    view.setText(changed.join(u'\n'));
    QCOMPARE(view.toPlainText(), changed.join(u'\n'));
    QCOMPARE(view.document()->blockCount(), changed.size());
    view.setText(u"{}"_s);
    QCOMPARE(view.toPlainText(), u"{}"_s);
}

void TestDiffView::workerBuilds()
{
    // Builds on the worker thread (as for documents with thousands of
    // entries) end with the document's latest state, in order, and an
    // inline rebuild() is never overtaken by a worker build.
    QFile example(u":/examples/volume-sshfs.ocispec.json"_s);
    QVERIFY(example.open(QIODevice::ReadOnly));
    Document document;
    QVERIFY(document.loadData(example.readAll(), u"plugin.json"_s));
    Rebuilder rebuilder(&document);
    rebuilder.setWorkerThreshold(0);
    QTRY_VERIFY_WITH_TIMEOUT(rebuilder.snapshot() && !rebuilder.isPending(), 5000);
    const QString pointer = u"/manifest/env/0/value"_s;
    quint64 generation = rebuilder.snapshot()->generation;
    for (int i = 1; i <= 5; ++i) {
        document.setValue(pointer, Value::makeString(std::to_string(i)));
        QVERIFY(rebuilder.isPending());
        QCoreApplication::processEvents();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!rebuilder.isPending(), 5000);
    QVERIFY(rebuilder.snapshot()->text.contains(u"\"DEBUG=5\""_s));
    QVERIFY(rebuilder.snapshot()->generation > generation);
    generation = rebuilder.snapshot()->generation;

    // A worker build is running when rebuild() is called: its result is dropped.
    document.setValue(pointer, Value::makeString("6"));
    QCoreApplication::processEvents();
    document.setValue(pointer, Value::makeString("7"));
    rebuilder.rebuild();
    QVERIFY(!rebuilder.isPending());
    QVERIFY(rebuilder.snapshot()->text.contains(u"\"DEBUG=7\""_s));
    QTest::qWait(100);
    QVERIFY(rebuilder.snapshot()->text.contains(u"\"DEBUG=7\""_s));
    QVERIFY(rebuilder.snapshot()->generation > generation);
}

void TestDiffView::workerComparesAndValidates()
{
    // On the worker, the build also compares with the diff view's baseline
    // and validates on a second thread: the same findings and the same diff
    // as an inline build and a comparison made afterwards.
    QFile example(u":/examples/volume-sshfs.ocispec.json"_s);
    QVERIFY(example.open(QIODevice::ReadOnly));
    const QByteArray data = example.readAll();
    Document inlineDocument;
    QVERIFY(inlineDocument.loadData(data, u"plugin.json"_s));
    Rebuilder inlineRebuilder(&inlineDocument);
    Document workerDocument;
    QVERIFY(workerDocument.loadData(data, u"plugin.json"_s));
    Rebuilder workerRebuilder(&workerDocument);
    workerRebuilder.setWorkerThreshold(0);
    QTRY_VERIFY_WITH_TIMEOUT(inlineRebuilder.isSchemaReady() && workerRebuilder.isSchemaReady(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(inlineRebuilder.snapshot() && !inlineRebuilder.isPending(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(workerRebuilder.snapshot() && !workerRebuilder.isPending(), 5000);

    const auto base = SpecComparison::Operand::fromValue(oci::dockerDefaultSpec(nullptr));
    workerRebuilder.setBaseline({u"docker-default"_s, base, false});
    for (Document *d : {&inlineDocument, &workerDocument}) {
        // An input the lint flags (a relative mount destination) and a spec change.
        QVERIFY(d->setValue(u"/manifest/workdir"_s, Value::makeString("/data")));
        QVERIFY(d->setValue(u"/manifest/mounts/0/destination"_s, Value::makeString("relative")));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!inlineRebuilder.isPending() && !workerRebuilder.isPending(), 5000);
    const auto a = inlineRebuilder.snapshot();
    const auto b = workerRebuilder.snapshot();
    QVERIFY(a->validated && b->validated);
    QCOMPARE(b->text, a->text);
    auto findings = [](const Snapshot &s) {
        QStringList out;
        for (const oci::Diagnostic &d : s.diagnostics)
            out << QString::fromStdString(d.code + ' ' + d.inputPointer + ' ' + d.specPointer + ' ' + d.message);
        return out;
    };
    QCOMPARE(findings(*b), findings(*a));
    QVERIFY(findings(*b).join(u'\n').contains(u"mount-destination-relative"_s));
    QCOMPARE(b->schemaSummary, a->schemaSummary);

    // The comparison came with the snapshot, equal to one made now.
    QCOMPARE(a->comparisonKey, QString());
    QCOMPARE(b->comparisonKey, u"docker-default"_s);
    QVERIFY(b->comparison && b->spec);
    const SpecComparison::Result direct = SpecComparison::compare(*base, *b->spec);
    QVERIFY(b->comparison->diff.patch == direct.diff.patch);
    QCOMPARE(b->comparison->hunkPointers, direct.hunkPointers);
    QCOMPARE(b->comparison->rows.unified.size(), direct.rows.unified.size());
    QVERIFY(std::any_of(direct.diff.patch.begin(), direct.diff.patch.end(),
        [](const oci::jsonpatch::Operation &op) { return op.path == "/process/cwd"; }));

    // The previous build as baseline: this edit's change alone.
    workerRebuilder.setBaseline({u"previous"_s, nullptr, true});
    QVERIFY(workerDocument.setValue(u"/manifest/workdir"_s, Value::makeString("/srv")));
    QTRY_VERIFY_WITH_TIMEOUT(!workerRebuilder.isPending(), 5000);
    const auto c = workerRebuilder.snapshot();
    QVERIFY(c->comparison);
    QCOMPARE(c->comparison->hunkPointers, QStringList {u"/process/cwd"_s});
    QCOMPARE(c->previousText, b->text);
}

void TestDiffView::comparison()
{
    const auto result = SpecComparison::compare(
        parse(R"({"process": {"cwd": "/", "args": ["a"]}})"), parse(R"({"process": {"cwd": "/srv", "args": ["a"]}})"));
    QCOMPARE(result.diff.unified.hunks.size(), std::size_t(1));
    QCOMPARE(result.hunkPointers, QStringList {QStringLiteral("/process/cwd")});
    Value v;
    QString error;
    QVERIFY(!SpecComparison::parse("{\"a\": ", v, &error));
    QVERIFY(error.startsWith(QStringLiteral("1:")));
}

void TestDiffView::unifiedAndSideBySide()
{
    DiffView view;
    const auto result
        = SpecComparison::compare(parse(R"({"a": ["x", "y"], "b": 1, "c": 3})"), parse(R"({"a": ["x"], "b": 2, "c": 3})"));
    view.setDiff(result.diff.unified, result.hunkPointers);
    QCOMPARE(view.hunkCount(), 1);
    QVERIFY(view.summary().contains(QStringLiteral("+")));
    // Unified: a header, then every line of the hunk with its tag.
    const auto &unified = view.unifiedPane()->lines();
    QCOMPARE(unified.constFirst().kind, DiffPane::Line::HunkHeader);
    int added = 0;
    int removed = 0;
    for (const auto &l : unified) {
        added += l.kind == DiffPane::Line::Added;
        removed += l.kind == DiffPane::Line::Removed;
        if (l.kind == DiffPane::Line::Added)
            QVERIFY(l.text.startsWith(QLatin1Char('+')));
    }
    QVERIFY(added > 0);
    QVERIFY(removed > added);
    // Side by side: as many lines left as right, fillers facing additions
    // that have no removal (and the other way round).
    view.setMode(DiffView::Mode::SideBySide);
    QCOMPARE(view.mode(), DiffView::Mode::SideBySide);
    QCOMPARE(view.leftPane()->lines().size(), view.rightPane()->lines().size());
    int fillers = 0;
    for (qsizetype i = 0; i < view.leftPane()->lines().size(); ++i) {
        const auto &l = view.leftPane()->lines().at(i);
        const auto &r = view.rightPane()->lines().at(i);
        QVERIFY(l.kind != DiffPane::Line::Added);
        QVERIFY(r.kind != DiffPane::Line::Removed);
        fillers += r.kind == DiffPane::Line::Filler;
        if (l.kind == DiffPane::Line::Context)
            QCOMPARE(l.text, r.text);
    }
    QCOMPARE(fillers, removed - added);

    view.setMessage(QStringLiteral("nothing"));
    QCOMPARE(view.hunkCount(), 0);
    QCOMPARE(view.message(), QStringLiteral("nothing"));
}

void TestDiffView::activation()
{
    DiffView view;
    PatchModel patch;
    view.setOperationsModel(&patch);
    const auto result = SpecComparison::compare(parse(R"({"a": 1, "b": {"c": 1}})"), parse(R"({"a": 1, "b": {"c": 2}})"));
    view.setDiff(result.diff.unified, result.hunkPointers);
    patch.setPatch(result.diff.patch);
    QSignalSpy activated(&view, &DiffView::pointerActivated);
    // Double-clicking a line of the hunk; Enter does the same.
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    DiffPane *pane = view.unifiedPane();
    pane->scrollToHunk(0);
    QTest::keyClick(pane, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.last().at(0).toString(), QStringLiteral("/b/c"));
    Q_EMIT view.operationsView()->activated(view.operationsView()->model()->index(0, 1));
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.last().at(0).toString(), QStringLiteral("/b/c"));
}

void TestDiffView::previousBuildShowsTheEdit()
{
    Document doc;
    Rebuilder rebuilder(&doc);
    QVERIFY(doc.loadData(Scenario, QStringLiteral("p.ocispec.json")));
    DiffPanel panel(&doc, &rebuilder);
    panel.show();
    QVERIFY(QTest::qWaitFor([&] { return rebuilder.snapshot() && rebuilder.snapshot()->hasSpec(); }, 5000));
    panel.setBaseline(DiffPanel::Baseline::PreviousBuild);
    QVERIFY(!panel.view()->message().isEmpty()); // no previous build yet

    QVERIFY(doc.setValue(QStringLiteral("/manifest/workdir"), Value::makeString("/data")));
    QVERIFY(QTest::qWaitFor([&] { return !rebuilder.isPending(); }, 5000));
    QCOMPARE(panel.view()->hunkCount(), 1);
    QCOMPARE(panel.view()->hunkPointer(0), QStringLiteral("/process/cwd"));
    QCOMPARE(panel.patchModel()->rowCount(), 1);
    QCOMPARE(panel.patchModel()->index(0, PatchModel::PathColumn).data().toString(), QStringLiteral("/process/cwd"));
    bool sawNew = false;
    for (const auto &l : panel.view()->unifiedPane()->lines())
        sawNew = sawNew || (l.kind == DiffPane::Line::Added && l.text.contains(QStringLiteral("\"/data\"")));
    QVERIFY(sawNew);

    // A rebuild that changes nothing keeps the last change in view.
    rebuilder.rebuild();
    QCOMPARE(panel.view()->hunkCount(), 1);
}

void TestDiffView::sideBySideFollowsBuilds()
{
    // The build lays out only the current mode's rows: switching modes
    // shows the other layout at once, and later builds bring that one.
    Document doc;
    Rebuilder rebuilder(&doc);
    rebuilder.setWorkerThreshold(0);
    QVERIFY(doc.loadData(Scenario, QStringLiteral("p.ocispec.json")));
    DiffPanel panel(&doc, &rebuilder);
    panel.show();
    QVERIFY(QTest::qWaitFor([&] { return rebuilder.snapshot() && !rebuilder.isPending(); }, 5000));
    panel.setBaseline(DiffPanel::Baseline::DockerDefault);
    QVERIFY(!panel.view()->unifiedPane()->lines().isEmpty());

    panel.view()->setMode(DiffView::Mode::SideBySide);
    const auto sides = [&] {
        QStringList out;
        for (const auto &l : panel.view()->rightPane()->lines())
            if (l.kind == DiffPane::Line::Added)
                out << l.text;
        return out.join(u'\n');
    };
    QCOMPARE(panel.view()->leftPane()->lines().size(), panel.view()->rightPane()->lines().size());
    QVERIFY(!panel.view()->rightPane()->lines().isEmpty());

    QVERIFY(doc.setValue(QStringLiteral("/manifest/workdir"), Value::makeString("/data")));
    QVERIFY(QTest::qWaitFor([&] { return !rebuilder.isPending(); }, 5000));
    QCOMPARE(rebuilder.snapshot()->comparisonKey, QStringLiteral("docker-default"));
    QVERIFY(rebuilder.snapshot()->comparison);
    QVERIFY(rebuilder.snapshot()->comparison->rows.has(DiffRows::Layout::SideBySide));
    QVERIFY(sides().contains(QStringLiteral("\"/data\"")));
    QCOMPARE(panel.view()->leftPane()->lines().size(), panel.view()->rightPane()->lines().size());

    // Back to unified: its rows show the same edit.
    panel.view()->setMode(DiffView::Mode::Unified);
    bool sawNew = false;
    for (const auto &l : panel.view()->unifiedPane()->lines())
        sawNew = sawNew || (l.kind == DiffPane::Line::Added && l.text == QStringLiteral("+    \"cwd\": \"/data\","));
    QVERIFY(sawNew);
}

void TestDiffView::baselineKeptInUi_data()
{
    QTest::addColumn<int>("baseline");
    QTest::addColumn<QString>("stored");
    QTest::addRow("docker default") << int(DiffPanel::Baseline::DockerDefault) << "docker-default";
    QTest::addRow("previous build") << int(DiffPanel::Baseline::PreviousBuild) << "previous";
}

void TestDiffView::baselineKeptInUi()
{
    QFETCH(int, baseline);
    QFETCH(QString, stored);
    Document doc;
    Rebuilder rebuilder(&doc);
    QVERIFY(doc.loadData(Scenario, QStringLiteral("p.ocispec.json")));
    DiffPanel panel(&doc, &rebuilder);
    // The other one first, so the choice is a change either way.
    const auto other = baseline == int(DiffPanel::Baseline::DockerDefault) ? DiffPanel::Baseline::PreviousBuild
                                                                            : DiffPanel::Baseline::DockerDefault;
    panel.setBaseline(other);
    panel.setBaseline(static_cast<DiffPanel::Baseline>(baseline));
    const Value *ui = doc.value(DiffPanel::uiPointer());
    QVERIFY(ui && ui->isString());
    QCOMPARE(QString::fromStdString(ui->text()), stored);
    QCOMPARE(int(panel.baseline()), baseline);
    QCOMPARE(panel.baselineBox()->currentIndex(), baseline == int(DiffPanel::Baseline::DockerDefault) ? 0 : 1);
    // The choice is saved with the document ...
    QVERIFY(doc.toJson().contains(QByteArray("\"diffBaseline\": \"") + stored.toUtf8() + '"'));
    // ... and undone like any edit (choices in a row merge, as typing does).
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QVERIFY(!doc.value(QStringLiteral("/ui")));
    QVERIFY(!doc.isModified());
}

void TestDiffView::fileBaseline()
{
    Document doc;
    Rebuilder rebuilder(&doc);
    QVERIFY(doc.loadData(Scenario, QStringLiteral("p.ocispec.json")));
    DiffPanel panel(&doc, &rebuilder);
    QVERIFY(QTest::qWaitFor([&] { return rebuilder.snapshot() && rebuilder.snapshot()->hasSpec(); }, 5000));

    // The spec as built, saved: no differences; then one edit shows.
    const QString path = m_dir.filePath(QStringLiteral("config.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(rebuilder.snapshot()->text.toUtf8());
    }
    panel.setBaseline(DiffPanel::Baseline::File, path);
    QCOMPARE(panel.baselineFile(), path);
    QCOMPARE(panel.view()->hunkCount(), 0);
    QVERIFY(panel.view()->message().contains(QStringLiteral("No differences")));
    QVERIFY(doc.setValue(QStringLiteral("/manifest/workdir"), Value::makeString("/x")));
    rebuilder.rebuild();
    panel.refresh();
    QCOMPARE(panel.view()->hunkCount(), 1);

    // Not a spec: said so.
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"kind\": \"plugin\"}");
    }
    panel.setBaseline(DiffPanel::Baseline::File, bad);
    QCOMPARE(panel.view()->hunkCount(), 0);
    QVERIFY(panel.view()->message().contains(QStringLiteral("not an OCI runtime spec")));
    panel.setBaseline(DiffPanel::Baseline::File, m_dir.filePath(QStringLiteral("missing.json")));
    QVERIFY(panel.view()->message().contains(QStringLiteral("cannot open")));
}

void TestDiffView::coloursReadable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addRow("light") << false;
    QTest::addRow("dark") << true;
}

void TestDiffView::coloursReadable()
{
    QFETCH(bool, dark);
    const QPalette p = dark ? ThemeColors::darkPalette() : lightPalette();
    QCOMPARE(ThemeColors::isDark(p), dark);
    const QColor text = p.color(QPalette::Text);
    for (const QColor &bg : {ThemeColors::addedBackground(p), ThemeColors::removedBackground(p),
                             ThemeColors::hunkHeaderBackground(p), ThemeColors::fillerBackground(p)}) {
        QVERIFY2(contrast(text, bg) >= 7.0, qPrintable(bg.name()));
        // Tinted enough to tell from the plain background.
        QVERIFY2(bg != p.color(QPalette::Base), qPrintable(bg.name()));
    }
    QVERIFY(contrast(ThemeColors::hunkHeaderText(p), ThemeColors::hunkHeaderBackground(p)) >= 4.5);
    QVERIFY(contrast(ThemeColors::errorText(p), p.color(QPalette::Window)) >= 4.5);
    QVERIFY(contrast(ThemeColors::warningText(p), p.color(QPalette::Window)) >= 4.5);
    // Added and removed lines differ in hue.
    QVERIFY(ThemeColors::addedBackground(p).hue() != ThemeColors::removedBackground(p).hue());
}

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
