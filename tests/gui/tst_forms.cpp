// Form fields and the models under them: every edit is an undo command on
// the document, typing merges into one, the document's changes (undo, other
// views) show in the fields, and the table and checklist models pass
// QAbstractItemModelTester while the document changes under them.

#include "boolfield.h"
#include "checklistfield.h"
#include "checklistmodel.h"
#include "choicefield.h"
#include "containerform.h"
#include "document.h"
#include "formpage.h"
#include "formtableproxymodel.h"
#include "integerfield.h"
#include "jsontablemodel.h"
#include "listtextfield.h"
#include "pluginform.h"
#include "roles.h"
#include "tablefield.h"
#include "textfield.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using oci::json::Value;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::QtTest;

QString json(const Document &doc, const char *pointer)
{
    const Value *v = doc.value(QString::fromLatin1(pointer));
    if (!v)
        return QStringLiteral("<absent>");
    std::string out;
    oci::json::Value copy = *v;
    // Compact text for comparisons.
    struct Writer {
        static void write(std::string &o, const Value &x)
        {
            switch (x.type()) {
            case oci::json::Type::Null:
                o += "null";
                break;
            case oci::json::Type::Bool:
                o += x.boolean() ? "true" : "false";
                break;
            case oci::json::Type::Number:
                o += x.text();
                break;
            case oci::json::Type::String:
                o += '"' + x.text() + '"';
                break;
            case oci::json::Type::Array:
                o += '[';
                for (std::size_t i = 0; i < x.size(); ++i) {
                    if (i)
                        o += ',';
                    write(o, x.at(i));
                }
                o += ']';
                break;
            case oci::json::Type::Object:
                o += '{';
                for (std::size_t i = 0; i < x.size(); ++i) {
                    if (i)
                        o += ',';
                    o += '"' + x.key(i) + "\":";
                    write(o, x.at(i));
                }
                o += '}';
                break;
            }
        }
    };
    Writer::write(out, copy);
    return QString::fromStdString(out);
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out.append(QString::fromLatin1(n));
    return out;
}

const char *PluginDoc = R"({
  "kind": "plugin",
  "manifest": {
    "Description": "old",
    "propagatedmount": "/mnt/a",
    "entrypoint": ["/bin/p"],
    "env": [
      {"name": "DEBUG", "value": "0", "settable": ["value"]},
      {"Name": "MODE", "Value": null}
    ],
    "linux": {"capabilities": ["sys_admin", "CAP_NET_ADMIN", "CAP_WEIRD"]}
  },
  "set": []
})";

} // namespace

class TestForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentHelpers();
    void fieldEditAndUndo_data();
    void fieldEditAndUndo();
    void typingMergesIntoOneCommand_data();
    void typingMergesIntoOneCommand();
    void fieldsFollowTheDocument();
    void foldedKeysAreReused();
    void integerUnits_data();
    void integerUnits();
    void listFieldSaysWhatIsWrong();
    void tableModelFollowsDocument();
    void tableModelOfMap();
    void tableFieldButtons();
    void tableProblemsMarkTheRow();
    void checklist();
    void choiceField();
    void pageFindsFieldsAndDistributesProblems();
    void formsHaveTheMainFields_data();
    void formsHaveTheMainFields();
};

void TestForms::documentHelpers()
{
    Document doc;
    QVERIFY(doc.loadData(R"({"kind": "container", "config": {"Env": ["A", "B", "C"]}, "x": "s"})",
                         QStringLiteral("t.json")));
    // Missing parents are made in the same command, and typing merges into it.
    QVERIFY(doc.setValueCreatingPath(QStringLiteral("/hostConfig/BindOptions/Propagation"), Value::makeString("r")));
    QCOMPARE(json(doc, "/hostConfig"), QStringLiteral("{\"BindOptions\":{\"Propagation\":\"r\"}}"));
    QVERIFY(doc.setValueCreatingPath(QStringLiteral("/hostConfig/BindOptions/Propagation"), Value::makeString("rs")));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(json(doc, "/hostConfig/BindOptions/Propagation"), QStringLiteral("\"rs\""));
    doc.undoStack()->undo();
    QCOMPARE(json(doc, "/hostConfig"), QStringLiteral("<absent>"));
    doc.undoStack()->redo();
    QCOMPARE(json(doc, "/hostConfig/BindOptions/Propagation"), QStringLiteral("\"rs\""));
    // Clearing the field again leaves neither the value nor its parents.
    QVERIFY(doc.removeValue(QStringLiteral("/hostConfig/BindOptions/Propagation")));
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(json(doc, "/hostConfig"), QStringLiteral("<absent>"));
    // An ancestor that is not an object cannot get members.
    QVERIFY(!doc.setValueCreatingPath(QStringLiteral("/x/y"), Value::makeString("z")));

    QSignalSpy removed(&doc, &Document::rowRemoved);
    QSignalSpy inserted(&doc, &Document::rowInserted);
    QVERIFY(doc.moveRow(QStringLiteral("/config/Env"), 0, 2));
    QCOMPARE(json(doc, "/config/Env"), QStringLiteral("[\"B\",\"C\",\"A\"]"));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(json(doc, "/config/Env"), QStringLiteral("[\"A\",\"B\",\"C\"]"));
    QVERIFY(!doc.moveRow(QStringLiteral("/config/Env"), 0, 3));
    QVERIFY(!doc.moveRow(QStringLiteral("/config"), 0, 1));

    QCOMPARE(doc.resolveFolded(QStringLiteral("/CONFIG/env/1")), QStringLiteral("/config/Env/1"));
    QCOMPARE(doc.resolveFolded(QStringLiteral("/config/Nope/x")), QStringLiteral("/config/Nope/x"));
}

void TestForms::fieldEditAndUndo_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::addRow("text replaces") << "text" << "/manifest/Description" << "sshfs" << "\"sshfs\"";
    QTest::addRow("text creates parents") << "text" << "/manifest/interface/socket" << "s.sock" << "\"s.sock\"";
    QTest::addRow("integer") << "integer" << "/hostConfig/Memory" << "1024" << "1024";
    QTest::addRow("integer with unit") << "bytes" << "/hostConfig/Memory" << "1g" << "1073741824";
    QTest::addRow("list as json") << "list" << "/manifest/entrypoint" << "[\"/a\", \"b c\"]" << "[\"/a\",\"b c\"]";
    QTest::addRow("list with commas") << "list" << "/manifest/interface/types" << "a/1.0, b/2.0"
                                      << "[\"a/1.0\",\"b/2.0\"]";
}

void TestForms::fieldEditAndUndo()
{
    QFETCH(QString, kind);
    QFETCH(QString, pointer);
    QFETCH(QString, input);
    QFETCH(QString, expected);

    Document doc;
    QVERIFY(doc.loadData(PluginDoc, QStringLiteral("t.json")));
    const QByteArray before = doc.toJson();
    QLineEdit *edit = nullptr;
    std::unique_ptr<FormField> field;
    if (kind == QLatin1String("text")) {
        auto *f = new TextField(&doc, pointer);
        edit = f->lineEdit();
        field.reset(f);
    } else if (kind == QLatin1String("integer") || kind == QLatin1String("bytes")) {
        auto *f = new IntegerField(&doc, pointer);
        if (kind == QLatin1String("bytes"))
            f->setUnit(IntegerField::Unit::Bytes);
        edit = f->lineEdit();
        field.reset(f);
    } else {
        auto *f = new ListTextField(&doc, pointer);
        edit = f->lineEdit();
        field.reset(f);
    }
    edit->selectAll();
    QTest::keyClicks(edit, input);
    QCOMPARE(json(doc, pointer.toLatin1().constData()), expected);
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(doc.isModified());
    // What was typed stays as typed (no reformatting under the cursor).
    QCOMPARE(edit->text(), input);

    doc.undoStack()->undo();
    QCOMPARE(doc.toJson(), before);
    QVERIFY(!doc.isModified());
    QVERIFY(edit->text() != input);
    doc.undoStack()->redo();
    QCOMPARE(json(doc, pointer.toLatin1().constData()), expected);
}

void TestForms::typingMergesIntoOneCommand_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addRow("existing member") << "/manifest/Description";
    QTest::addRow("absent member") << "/manifest/workdir";
    QTest::addRow("absent parents") << "/manifest/network/type";
}

void TestForms::typingMergesIntoOneCommand()
{
    QFETCH(QString, pointer);
    Document doc;
    QVERIFY(doc.loadData(PluginDoc, QStringLiteral("t.json")));
    const QByteArray before = doc.toJson();
    TextField field(&doc, pointer);
    field.lineEdit()->clear();
    QTest::keyClicks(field.lineEdit(), QStringLiteral("hello"));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(json(doc, pointer.toLatin1().constData()), QStringLiteral("\"hello\""));
    // Typing on merges too; erasing everything leaves the member out again.
    QTest::keyClick(field.lineEdit(), Qt::Key_Backspace);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(json(doc, pointer.toLatin1().constData()), QStringLiteral("\"hell\""));
    if (pointer == QLatin1String("/manifest/Description"))
        return;
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(field.lineEdit(), Qt::Key_Backspace);
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(doc.toJson(), before);
    QVERIFY(!doc.isModified());
}

void TestForms::fieldsFollowTheDocument()
{
    Document doc;
    QVERIFY(doc.loadData(PluginDoc, QStringLiteral("t.json")));
    TextField text(&doc, QStringLiteral("/manifest/description"));
    BoolField pid(&doc, QStringLiteral("/manifest/pidHost"), QStringLiteral("PID"));
    QCOMPARE(text.lineEdit()->text(), QStringLiteral("old"));
    QVERIFY(!pid.checkBox()->isChecked());
    QVERIFY(doc.setValue(QStringLiteral("/manifest/Description"), Value::makeString("new")));
    QCOMPARE(text.lineEdit()->text(), QStringLiteral("new"));
    pid.checkBox()->click();
    QCOMPARE(json(doc, "/manifest/pidHost"), QStringLiteral("true"));
    pid.checkBox()->click();
    QCOMPARE(json(doc, "/manifest/pidHost"), QStringLiteral("<absent>"));
    // Loading another document refreshes everything.
    QVERIFY(doc.loadData(R"({"kind": "plugin", "manifest": {"description": "x", "pidHost": true}})",
                         QStringLiteral("u.json")));
    QCOMPARE(text.lineEdit()->text(), QStringLiteral("x"));
    QVERIFY(pid.checkBox()->isChecked());
}

void TestForms::foldedKeysAreReused()
{
    // Go matches keys case-insensitively; a field edits the member Go
    // reads instead of adding a differently spelled twin.
    Document doc;
    QVERIFY(doc.loadData(PluginDoc, QStringLiteral("t.json")));
    TextField field(&doc, QStringLiteral("/manifest/propagatedMount"));
    QCOMPARE(field.resolvedPointer(), QStringLiteral("/manifest/propagatedmount"));
    QCOMPARE(field.lineEdit()->text(), QStringLiteral("/mnt/a"));
    field.lineEdit()->selectAll();
    QTest::keyClicks(field.lineEdit(), QStringLiteral("/mnt/b"));
    QCOMPARE(json(doc, "/manifest/propagatedmount"), QStringLiteral("\"/mnt/b\""));
    QCOMPARE(json(doc, "/manifest/propagatedMount"), QStringLiteral("<absent>"));
    QVERIFY(field.covers(QStringLiteral("/manifest/PROPAGATEDMOUNT")));
}

void TestForms::integerUnits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("unit");
    QTest::addColumn<qlonglong>("expected");
    QTest::addColumn<bool>("ok");
    QTest::addRow("plain") << "42" << int(IntegerField::Unit::None) << 42LL << true;
    QTest::addRow("negative") << "-1" << int(IntegerField::Unit::Bytes) << -1LL << true;
    QTest::addRow("256m") << "256m" << int(IntegerField::Unit::Bytes) << 268435456LL << true;
    QTest::addRow("1.5g") << "1.5g" << int(IntegerField::Unit::Bytes) << 1610612736LL << true;
    QTest::addRow("64MiB") << "64MiB" << int(IntegerField::Unit::Bytes) << 67108864LL << true;
    QTest::addRow("cpus") << "1.5" << int(IntegerField::Unit::NanoCpus) << 1500000000LL << true;
    QTest::addRow("two cpus") << "2" << int(IntegerField::Unit::NanoCpus) << 2000000000LL << true;
    QTest::addRow("letters") << "abc" << int(IntegerField::Unit::None) << 0LL << false;
    QTest::addRow("unit where none") << "5m" << int(IntegerField::Unit::None) << 0LL << false;
    QTest::addRow("too big") << "99999999999999999999" << int(IntegerField::Unit::None) << 0LL << false;
}

void TestForms::integerUnits()
{
    QFETCH(QString, text);
    QFETCH(int, unit);
    QFETCH(qlonglong, expected);
    QFETCH(bool, ok);
    QString problem;
    const auto v = IntegerField::parse(text, static_cast<IntegerField::Unit>(unit), &problem);
    QCOMPARE(v.has_value(), ok);
    if (ok)
        QCOMPARE(*v, expected);
    else
        QVERIFY(!problem.isEmpty());
}

void TestForms::listFieldSaysWhatIsWrong()
{
    Document doc;
    QVERIFY(doc.loadData(PluginDoc, QStringLiteral("t.json")));
    ListTextField field(&doc, QStringLiteral("/manifest/entrypoint"));
    field.setPreferJson(true);
    QCOMPARE(field.lineEdit()->text(), QStringLiteral("[\"/bin/p\"]"));
    field.lineEdit()->selectAll();
    QTest::keyClicks(field.lineEdit(), QStringLiteral("[\"/bin/q\""));
    // Not a list yet: nothing written, the field says so.
    QCOMPARE(json(doc, "/manifest/entrypoint"), QStringLiteral("[\"/bin/p\"]"));
    QVERIFY(!field.localProblem().isEmpty());
    QVERIFY(!field.problemText().isEmpty() || !field.widget()->isVisible());
    QTest::keyClicks(field.lineEdit(), QStringLiteral("]"));
    QVERIFY(field.localProblem().isEmpty());
    QCOMPARE(json(doc, "/manifest/entrypoint"), QStringLiteral("[\"/bin/q\"]"));
    QCOMPARE(doc.undoStack()->count(), 1);
}

void TestForms::tableModelFollowsDocument()
{
    Document doc;
    JsonTableModel model(&doc, QStringLiteral("/manifest/env"),
                         {{JsonTableModel::Kind::String, QStringLiteral("name")},
                          {JsonTableModel::Kind::NullableString, QStringLiteral("value")},
                          {JsonTableModel::Kind::StringList, QStringLiteral("settable")}});
    QAbstractItemModelTester tester(&model, Fatal);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(doc.loadData(PluginDoc, QStringLiteral("t.json")));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("DEBUG"));
    // "Name"/"Value" are read as Go reads them.
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("MODE"));
    QVERIFY(model.index(1, 1).data(OciRoles::NullRole).toBool());
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("value"));
    QCOMPARE(model.index(1, 1).data(OciRoles::InputPointerRole).toString(), QStringLiteral("/manifest/env/1/Value"));

    // Cell edits write the member Go reads.
    QVERIFY(model.setData(model.index(1, 1), QStringLiteral("fast")));
    QCOMPARE(json(doc, "/manifest/env/1/Value"), QStringLiteral("\"fast\""));
    QVERIFY(model.setData(model.index(1, 2), QStringLiteral("value, other")));
    QCOMPARE(json(doc, "/manifest/env/1/settable"), QStringLiteral("[\"value\",\"other\"]"));
    QVERIFY(model.setNull(model.index(1, 1)));
    QCOMPARE(json(doc, "/manifest/env/1/Value"), QStringLiteral("null"));

    // Rows: insert, move, remove, each one undo step.
    const int commands = doc.undoStack()->count();
    QVERIFY(model.insertRows(2, 1));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(json(doc, "/manifest/env/2"), QStringLiteral("{\"name\":\"\",\"value\":null,\"settable\":[]}"));
    QVERIFY(model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("DEBUG"));
    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(doc.undoStack()->count(), commands + 3);
    while (doc.undoStack()->index() > commands)
        doc.undoStack()->undo();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("DEBUG"));

    // Creating the array where there is none.
    JsonTableModel devices(&doc, QStringLiteral("/manifest/linux/devices"),
                           {{JsonTableModel::Kind::String, QStringLiteral("path")}});
    QAbstractItemModelTester devicesTester(&devices, Fatal);
    QVERIFY(devices.insertRows(0, 1));
    QCOMPARE(devices.rowCount(), 1);
    QVERIFY(devices.setData(devices.index(0, 0), QStringLiteral("/dev/fuse")));
    QCOMPARE(json(doc, "/manifest/linux/devices"), QStringLiteral("[{\"path\":\"/dev/fuse\"}]"));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(devices.rowCount(), 0);
    QCOMPARE(json(doc, "/manifest/linux/devices"), QStringLiteral("<absent>"));
}

void TestForms::tableModelOfMap()
{
    Document doc;
    JsonTableModel model(&doc, QStringLiteral("/hostConfig/Sysctls"),
                         {{JsonTableModel::Kind::Key, QString()}, {JsonTableModel::Kind::String, QString()}});
    QAbstractItemModelTester tester(&model, Fatal);
    QVERIFY(doc.loadData(R"({"kind": "container", "hostConfig": {"Sysctls": {"a.b": "1", "c.d": "2"}}})",
                         QStringLiteral("t.json")));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.isObject());
    // Renaming keeps the value, in one undo step.
    QVERIFY(model.setData(model.index(0, 0), QStringLiteral("net.x")));
    QCOMPARE(json(doc, "/hostConfig/Sysctls"), QStringLiteral("{\"c.d\":\"2\",\"net.x\":\"1\"}"));
    QCOMPARE(doc.undoStack()->count(), 1);
    // A key a map holds once.
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("net.x")));
    QVERIFY(model.setData(model.index(1, 1), QStringLiteral("0")));
    QCOMPARE(json(doc, "/hostConfig/Sysctls/net.x"), QStringLiteral("\"0\""));
    QVERIFY(model.insertRows(model.rowCount(), 1));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.insertRows(model.rowCount(), 1)); // one unnamed member at a time
    QVERIFY(model.removeRows(0, 2));
    QCOMPARE(model.rowCount(), 1);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(json(doc, "/hostConfig/Sysctls"), QStringLiteral("{\"a.b\":\"1\",\"c.d\":\"2\"}"));
    QCOMPARE(model.rowCount(), 2);
}

void TestForms::tableFieldButtons()
{
    Document doc;
    QVERIFY(doc.loadData(R"({"kind": "container", "config": {"Env": ["A=1", "B=2"]}})", QStringLiteral("t.json")));
    TableField field(&doc, QStringLiteral("/config/Env"), {{JsonTableModel::Kind::String, QString()}});
    QAbstractItemModelTester tester(field.view()->model(), Fatal);
    field.widget()->show();
    QVERIFY(QTest::qWaitForWindowExposed(field.widget()));
    QCOMPARE(field.view()->model()->rowCount(), 2);
    field.view()->setCurrentIndex(field.view()->model()->index(1, 0));
    QVERIFY(field.moveCurrentRow(-1));
    QCOMPARE(json(doc, "/config/Env"), QStringLiteral("[\"B=2\",\"A=1\"]"));
    QCOMPARE(field.view()->currentIndex().row(), 0);
    QVERIFY(field.addRow());
    QCOMPARE(json(doc, "/config/Env"), QStringLiteral("[\"B=2\",\"A=1\",\"\"]"));
    // The new row is being edited: typing and Enter write it.
    auto *editor = field.view()->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("C=3"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on a queued call
    QCOMPARE(json(doc, "/config/Env"), QStringLiteral("[\"B=2\",\"A=1\",\"C=3\"]"));
    field.view()->setCurrentIndex(field.view()->model()->index(0, 0));
    QVERIFY(field.removeCurrentRow());
    QCOMPARE(json(doc, "/config/Env"), QStringLiteral("[\"A=1\",\"C=3\"]"));
    QCOMPARE(doc.undoStack()->count(), 4); // move, add, type, remove
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(json(doc, "/config/Env"), QStringLiteral("[\"A=1\",\"B=2\"]"));
}

void TestForms::tableProblemsMarkTheRow()
{
    Document doc;
    QVERIFY(doc.loadData(R"({"kind": "plugin", "set": ["A=1", "NOPE=2"]})", QStringLiteral("t.json")));
    TableField field(&doc, QStringLiteral("/set"), {{JsonTableModel::Kind::String, QString()}});
    field.proxy()->setProblemIcons(QIcon(), QIcon());
    field.setProblems({{QStringLiteral("/set/1"), oci::Severity::Error, QStringLiteral("NOPE is not settable")}});
    const QModelIndex bad = field.view()->model()->index(1, 0);
    const QModelIndex good = field.view()->model()->index(0, 0);
    QCOMPARE(bad.data(Qt::ToolTipRole).toString(), QStringLiteral("NOPE is not settable"));
    QVERIFY(good.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(field.problemText().contains(QStringLiteral("NOPE is not settable")));
    field.reveal(QStringLiteral("/set/1"));
    QCOMPARE(field.view()->currentIndex().row(), 1);
}

void TestForms::checklist()
{
    Document doc;
    const QStringList known{QStringLiteral("CAP_CHOWN"), QStringLiteral("CAP_NET_ADMIN"), QStringLiteral("CAP_SYS_ADMIN")};
    ChecklistModel model(&doc, QStringLiteral("/manifest/linux/capabilities"), known);
    model.setNormalizer(&PluginForm::normalizeCapability);
    QAbstractItemModelTester tester(&model, Fatal);
    QVERIFY(doc.loadData(PluginDoc, QStringLiteral("t.json")));
    // Known names plus what else the array holds.
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(3).data().toString(), QStringLiteral("CAP_WEIRD"));
    QCOMPARE(model.index(0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(model.index(2).data(Qt::CheckStateRole).toInt(), int(Qt::Checked)); // "sys_admin"
    QCOMPARE(model.index(2).data(OciRoles::InputPointerRole).toString(),
             QStringLiteral("/manifest/linux/capabilities/0"));
    QCOMPARE(model.rowForPointer(QStringLiteral("/manifest/linux/capabilities/1")), 1);

    QVERIFY(model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(json(doc, "/manifest/linux/capabilities"),
             QStringLiteral("[\"sys_admin\",\"CAP_NET_ADMIN\",\"CAP_WEIRD\",\"CAP_CHOWN\"]"));
    QVERIFY(model.setData(model.index(2), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(json(doc, "/manifest/linux/capabilities"),
             QStringLiteral("[\"CAP_NET_ADMIN\",\"CAP_WEIRD\",\"CAP_CHOWN\"]"));
    // Unchecking an extra removes it from the list.
    QVERIFY(model.setData(model.index(3), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.addValue(QStringLiteral("CAP_BPF")));
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(!model.addValue(QStringLiteral("bpf"))); // already there, as Docker compares
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(json(doc, "/manifest/linux/capabilities"),
             QStringLiteral("[\"sys_admin\",\"CAP_NET_ADMIN\",\"CAP_WEIRD\"]"));

    // The field: check boxes and free entry, spelled as the form says.
    ChecklistField field(&doc, QStringLiteral("/hostConfig/CapAdd"), known);
    field.model()->setNormalizer(&PluginForm::normalizeCapability);
    field.model()->setSpelling([](const QString &n) { return n.mid(4); });
    QVERIFY(field.model()->setData(field.model()->index(1), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(json(doc, "/hostConfig/CapAdd"), QStringLiteral("[\"NET_ADMIN\"]"));
    QVERIFY(field.summary().contains(QStringLiteral("CAP_NET_ADMIN")));
    field.otherEdit()->setText(QStringLiteral("audit_write"));
    QTest::keyClick(field.otherEdit(), Qt::Key_Return);
    QCOMPARE(json(doc, "/hostConfig/CapAdd"), QStringLiteral("[\"NET_ADMIN\",\"audit_write\"]"));
}

void TestForms::choiceField()
{
    Document doc;
    QVERIFY(doc.loadData(R"({"kind": "container", "engine": {"containers": [{"id": "abc", "name": "db"}]}})",
                         QStringLiteral("t.json")));
    ChoiceField init(&doc, QStringLiteral("/hostConfig/Init"));
    init.setChoices({{QStringLiteral("Default"), std::nullopt, QString()},
                     {QStringLiteral("Yes"), Value::makeBool(true), QString()},
                     {QStringLiteral("No"), Value::makeBool(false), QString()}});
    QCOMPARE(init.comboBox()->currentIndex(), 0);
    init.comboBox()->setCurrentIndex(2);
    Q_EMIT init.comboBox()->activated(2);
    QCOMPARE(json(doc, "/hostConfig/Init"), QStringLiteral("false"));
    Q_EMIT init.comboBox()->activated(0);
    QCOMPARE(json(doc, "/hostConfig/Init"), QStringLiteral("<absent>"));

    // Editable with suggestions from the document: container:NAME.
    ChoiceField net(&doc, QStringLiteral("/hostConfig/NetworkMode"));
    net.setEditable(true);
    net.setProvider([&doc] {
        return ContainerForm::namespaceChoices(&doc, {QStringLiteral("host")}, true);
    });
    QCOMPARE(net.comboBox()->count(), 2);
    QCOMPARE(net.comboBox()->itemText(1), QStringLiteral("container:db"));
    Q_EMIT net.comboBox()->activated(1);
    QCOMPARE(json(doc, "/hostConfig/NetworkMode"), QStringLiteral("\"container:db\""));
    QVERIFY(doc.insertRow(QStringLiteral("/engine/containers"), 1, Value(oci::json::Type::Object)));
    QVERIFY(doc.setValue(QStringLiteral("/engine/containers/1/name"), Value::makeString("cache")));
    QCOMPARE(net.comboBox()->count(), 3);
    QCOMPARE(net.comboBox()->currentText(), QStringLiteral("container:db"));
}

void TestForms::pageFindsFieldsAndDistributesProblems()
{
    Document doc;
    QVERIFY(doc.loadData(PluginDoc, QStringLiteral("t.json")));
    FormPage *page = PluginForm::create(&doc);
    std::unique_ptr<FormPage> owner(page);
    FormField *env = page->fieldFor(QStringLiteral("/manifest/env/1/Value"));
    QVERIFY(env);
    QCOMPARE(env->pointer(), QStringLiteral("/manifest/env"));
    QCOMPARE(page->fieldFor(QStringLiteral("/manifest/args/value/0"))->pointer(),
             QStringLiteral("/manifest/args/value"));
    QVERIFY(!page->fieldFor(QStringLiteral("/manifest/nothing")));
    const FieldProblems unplaced = page->setProblems(
        {{QStringLiteral("/manifest/env/1/Value"), oci::Severity::Warning, QStringLiteral("w")},
         {QStringLiteral("/manifest/nothing"), oci::Severity::Error, QStringLiteral("e")},
         {QStringLiteral("/manifest/DESCRIPTION"), oci::Severity::Error, QStringLiteral("d")}});
    QCOMPARE(unplaced.size(), 1);
    QCOMPARE(env->problems().size(), 1);
    QCOMPARE(page->fieldFor(QStringLiteral("/manifest/description"))->problems().size(), 1);
    QVERIFY(page->sectionTitles().size() > 5);
}

void TestForms::formsHaveTheMainFields_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QStringList>("pointers");
    QTest::addRow("plugin") << "plugin"
                            << names({"/manifest/description", "/manifest/documentation",
                                           "/manifest/interface/types", "/manifest/interface/socket",
                                           "/manifest/entrypoint", "/manifest/workdir", "/manifest/network/type",
                                           "/manifest/ipcHost", "/manifest/pidHost", "/manifest/propagatedMount",
                                           "/manifest/linux/capabilities", "/manifest/linux/allowAllDevices",
                                           "/manifest/env", "/manifest/args/name", "/manifest/args/value",
                                           "/manifest/args/settable", "/manifest/mounts", "/manifest/linux/devices",
                                           "/set"});
    QTest::addRow("container")
        << "container"
        << names({"/config/Cmd",
                       "/config/Entrypoint",
                       "/config/Env",
                       "/config/User",
                       "/config/WorkingDir",
                       "/config/Hostname",
                       "/config/Domainname",
                       "/config/Tty",
                       "/hostConfig/NetworkMode",
                       "/hostConfig/IpcMode",
                       "/hostConfig/PidMode",
                       "/hostConfig/UTSMode",
                       "/hostConfig/CgroupnsMode",
                       "/hostConfig/UsernsMode",
                       "/hostConfig/CapAdd",
                       "/hostConfig/CapDrop",
                       "/hostConfig/Privileged",
                       "/hostConfig/Binds",
                       "/hostConfig/Mounts",
                       "/hostConfig/Tmpfs",
                       "/hostConfig/ReadonlyRootfs",
                       "/hostConfig/ShmSize",
                       "/hostConfig/Devices",
                       "/hostConfig/DeviceCgroupRules",
                       "/hostConfig/Memory",
                       "/hostConfig/MemorySwap",
                       "/hostConfig/NanoCpus",
                       "/hostConfig/CpuShares",
                       "/hostConfig/CpuQuota",
                       "/hostConfig/CpuPeriod",
                       "/hostConfig/CpusetCpus",
                       "/hostConfig/PidsLimit",
                       "/hostConfig/BlkioWeight",
                       "/hostConfig/SecurityOpt",
                       "/hostConfig/MaskedPaths",
                       "/hostConfig/ReadonlyPaths",
                       "/hostConfig/Sysctls",
                       "/hostConfig/Ulimits",
                       "/hostConfig/Annotations",
                       "/hostConfig/OomScoreAdj"});
}

void TestForms::formsHaveTheMainFields()
{
    QFETCH(QString, form);
    QFETCH(QStringList, pointers);
    Document doc;
    std::unique_ptr<FormPage> page(form == QLatin1String("plugin") ? PluginForm::create(&doc)
                                                                   : ContainerForm::create(&doc));
    for (const QString &p : pointers) {
        FormField *f = page->fieldFor(p);
        QVERIFY2(f && f->pointer().compare(p, Qt::CaseInsensitive) == 0, qPrintable(p));
        // Every field says what it does.
        QVERIFY2(!f->toolTip().isEmpty(), qPrintable(p));
    }
}

QTEST_MAIN(TestForms)
#include "tst_forms.moc"
