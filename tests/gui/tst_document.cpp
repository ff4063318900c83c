#include "document.h"
#include "jsonwriter.h"
#include "scenariomodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

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

QString stringAt(const Document &doc, const char *pointer)
{
    const Value *v = doc.value(QString::fromLatin1(pointer));
    return v && v->isString() ? QString::fromStdString(v->text()) : QString();
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void embeddedExamplesRoundTrip_data();
    void embeddedExamplesRoundTrip();
    void saveIsFixedPoint();
    void failedLoadKeepsDocument();
    void typingMergesIntoOneCommand();
    void typingBackToOriginalLeavesNothingToUndo();
    void memberAddAndRemoveKeepOrder();
    void insertAndRemoveRows();
    void dirtyState();
    void invalidEdits();
    void scenarioModelFollowsEdits();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDocument::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDocument::embeddedExamplesRoundTrip_data()
{
    QTest::addColumn<QString>("resource");
    QTest::newRow("plugin") << QStringLiteral(":/examples/volume-sshfs.ocispec.json");
    QTest::newRow("container") << QStringLiteral(":/examples/nginx-basic.ocispec.json");
}

void TestDocument::embeddedExamplesRoundTrip()
{
    QFETCH(QString, resource);
    const QByteArray original = readFile(resource);
    QVERIFY(!original.isEmpty());

    Document doc;
    QString error;
    QVERIFY2(doc.loadData(original, QStringLiteral("example.ocispec.json"), &error), qPrintable(error));
    QVERIFY(doc.filePath().isEmpty());
    QCOMPARE(doc.displayName(), QStringLiteral("example.ocispec.json"));
    // The examples have the layout the app writes, so they come back byte for byte.
    QCOMPARE(doc.toJson(), original);

    const QString path = m_dir->filePath(QStringLiteral("saved.ocispec.json"));
    QVERIFY2(doc.saveAs(path, &error), qPrintable(error));
    QCOMPARE(readFile(path), original);
    QCOMPARE(doc.filePath(), path);
}

void TestDocument::saveIsFixedPoint()
{
    // Compact input with duplicates, escapes, number literals and UTF-8.
    const QByteArray input = R"({"kind":"plugin","a":[1,2.50,-0,1e3,{"b":null,"c":{}}],"a":[],)"
                             R"("s":"caf\u00e9 <&> \"q\" \\ \t \u2028 \u0001","t":true,"f":false})";
    const QString in = m_dir->filePath(QStringLiteral("in.json"));
    QVERIFY(writeFile(in, input));

    Document doc;
    QString error;
    QVERIFY2(doc.load(in, &error), qPrintable(error));
    const QString out = m_dir->filePath(QStringLiteral("out.ocispec.json"));
    QVERIFY2(doc.saveAs(out, &error), qPrintable(error));
    const QByteArray written = readFile(out);
    QVERIFY(written.endsWith("}\n"));
    QVERIFY(written.contains("\"a\": [\n    1,\n    2.50,\n    -0,\n    1e3,"));
    QVERIFY(written.contains("\"c\": {}"));
    QVERIFY(written.contains("\"a\": []"));
    QVERIFY(written.contains("caf\xc3\xa9 <&> \\\"q\\\" \\\\ \\t \\u2028 \\u0001"));

    // The value survives, duplicates included...
    Value original;
    oci::json::ParseError parseError;
    QVERIFY(oci::json::parse(std::string_view(input.constData(), static_cast<std::size_t>(input.size())), original,
                             parseError));
    Document again;
    QVERIFY2(again.load(out, &error), qPrintable(error));
    QVERIFY(again.root() == original);
    // ...and what the app wrote is saved back byte for byte.
    QVERIFY(again.save(&error));
    QCOMPARE(readFile(out), written);
}

void TestDocument::failedLoadKeepsDocument()
{
    Document doc;
    QString error;
    QVERIFY(doc.loadData(R"({"kind": "plugin", "id": "x"})", QStringLiteral("first.json"), &error));
    QVERIFY(doc.setValue(QStringLiteral("/id"), Value::makeString("y")));
    const Value before = doc.root();

    const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(bad, "{\n  \"kind\": \"plugin\",\n  \"id\": [1,\n}\n"));
    QSignalSpy changed(&doc, &Document::changed);
    QVERIFY(!doc.load(bad, &error));
    // FILE:LINE:COLUMN: message, pointing at the stray brace.
    QVERIFY2(error.startsWith(bad + QStringLiteral(":4:1: ")), qPrintable(error));
    QVERIFY(doc.root() == before);
    QCOMPARE(doc.displayName(), QStringLiteral("first.json"));
    QVERIFY(doc.isModified());
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(changed.count(), 0);

    QVERIFY(!doc.load(m_dir->filePath(QStringLiteral("missing.json")), &error));
    QVERIFY2(error.contains(QStringLiteral("missing.json")), qPrintable(error));
    QVERIFY(!doc.loadData("[1, 2", QStringLiteral("bytes.json"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("bytes.json:1:")), qPrintable(error));
    QVERIFY(doc.root() == before);
}

void TestDocument::typingMergesIntoOneCommand()
{
    Document doc;
    QVERIFY(doc.loadData(R"({"manifest": {"description": "", "documentation": "d"}})", QStringLiteral("t.json")));
    QSignalSpy changed(&doc, &Document::changed);
    for (const char *text : {"s", "ss", "ssh", "sshfs"})
        QVERIFY(doc.setValue(QStringLiteral("/manifest/description"), Value::makeString(text)));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(changed.count(), 4);
    QCOMPARE(changed.last().at(0).toString(), QStringLiteral("/manifest/description"));
    QCOMPARE(stringAt(doc, "/manifest/description"), QStringLiteral("sshfs"));

    QVERIFY(doc.setValue(QStringLiteral("/manifest/documentation"), Value::makeString("e")));
    QCOMPARE(doc.undoStack()->count(), 2);

    doc.undoStack()->undo();
    QCOMPARE(stringAt(doc, "/manifest/documentation"), QStringLiteral("d"));
    doc.undoStack()->undo();
    QCOMPARE(stringAt(doc, "/manifest/description"), QString());
    doc.undoStack()->redo();
    QCOMPARE(stringAt(doc, "/manifest/description"), QStringLiteral("sshfs"));
    doc.undoStack()->redo();
    QCOMPARE(stringAt(doc, "/manifest/documentation"), QStringLiteral("e"));
}

void TestDocument::typingBackToOriginalLeavesNothingToUndo()
{
    Document doc;
    QVERIFY(doc.loadData(R"({"a": "x"})", QStringLiteral("t.json")));
    QVERIFY(doc.setValue(QStringLiteral("/a"), Value::makeString("xy")));
    QVERIFY(doc.isModified());
    QVERIFY(doc.setValue(QStringLiteral("/a"), Value::makeString("x")));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
}

void TestDocument::memberAddAndRemoveKeepOrder()
{
    Document doc;
    QVERIFY(doc.loadData(R"({"a": 1, "b": 2, "c": 3})", QStringLiteral("t.json")));
    QSignalSpy inserted(&doc, &Document::rowInserted);
    QSignalSpy removed(&doc, &Document::rowRemoved);

    QVERIFY(doc.setValue(QStringLiteral("/d~1e"), Value::makeNumber("4")));
    QCOMPARE(doc.root().size(), std::size_t(4));
    QCOMPARE(doc.root().key(3), std::string("d/e"));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.last().at(1).toInt(), 3);
    doc.undoStack()->undo();
    QCOMPARE(doc.root().size(), std::size_t(3));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.last().at(1).toInt(), 3);

    QVERIFY(doc.removeValue(QStringLiteral("/b")));
    QCOMPARE(doc.toJson(), QByteArray("{\n  \"a\": 1,\n  \"c\": 3\n}\n"));
    QCOMPARE(removed.count(), 2);
    QCOMPARE(removed.last().at(1).toInt(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.toJson(), QByteArray("{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}\n"));
    QVERIFY(!doc.removeValue(QStringLiteral("/zzz")));
}

void TestDocument::insertAndRemoveRows()
{
    Document doc;
    QVERIFY(doc.loadData(R"({"e": ["a", "c"]})", QStringLiteral("t.json")));
    QVERIFY(doc.insertRow(QStringLiteral("/e"), 1, Value::makeString("b")));
    QVERIFY(doc.insertRow(QStringLiteral("/e"), 3, Value::makeString("d")));
    QCOMPARE(doc.toJson(), QByteArray("{\n  \"e\": [\n    \"a\",\n    \"b\",\n    \"c\",\n    \"d\"\n  ]\n}\n"));
    QVERIFY(doc.removeRow(QStringLiteral("/e"), 0));
    QVERIFY(doc.removeValue(QStringLiteral("/e/0")));
    QCOMPARE(doc.toJson(), QByteArray("{\n  \"e\": [\n    \"c\",\n    \"d\"\n  ]\n}\n"));
    QCOMPARE(doc.undoStack()->count(), 4);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(doc.toJson(), QByteArray("{\n  \"e\": [\n    \"a\",\n    \"c\"\n  ]\n}\n"));
    QVERIFY(!doc.insertRow(QStringLiteral("/e"), 5, Value::makeString("x")));
    QVERIFY(!doc.removeRow(QStringLiteral("/e"), 2));
}

void TestDocument::dirtyState()
{
    Document doc;
    QSignalSpy modified(&doc, &Document::modifiedChanged);
    QVERIFY(doc.loadData(R"({"a": "x"})", QStringLiteral("t.json")));
    QVERIFY(!doc.isModified());
    QVERIFY(doc.setValue(QStringLiteral("/a"), Value::makeString("y")));
    QVERIFY(doc.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.last().at(0).toBool(), true);

    QString error;
    const QString path = m_dir->filePath(QStringLiteral("d.ocispec.json"));
    QVERIFY(!doc.save(&error)); // untitled: no file name yet
    QVERIFY(doc.saveAs(path, &error));
    QVERIFY(!doc.isModified());
    QCOMPARE(modified.last().at(0).toBool(), false);

    // An edit after saving does not merge into the saved command.
    QVERIFY(doc.setValue(QStringLiteral("/a"), Value::makeString("z")));
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    QVERIFY(!doc.isModified());
    doc.undoStack()->undo();
    QVERIFY(doc.isModified());
    doc.undoStack()->redo();
    QVERIFY(!doc.isModified());

    // Loading starts a clean history.
    QVERIFY(doc.setValue(QStringLiteral("/a"), Value::makeString("w")));
    QVERIFY(doc.load(path, &error));
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestDocument::invalidEdits()
{
    Document doc;
    QVERIFY(doc.loadData(R"({"a": [1], "s": "x"})", QStringLiteral("t.json")));
    QVERIFY(!doc.setValue(QStringLiteral("/missing/x"), Value::makeString("y")));
    QVERIFY(!doc.setValue(QStringLiteral("/a/1"), Value::makeString("y")));
    QVERIFY(!doc.setValue(QStringLiteral("/a/01"), Value::makeString("y")));
    QVERIFY(!doc.setValue(QStringLiteral("/s/x"), Value::makeString("y")));
    QVERIFY(!doc.insertRow(QStringLiteral("/s"), 0, Value::makeString("y")));
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestDocument::scenarioModelFollowsEdits()
{
    Document doc;
    QVERIFY(doc.loadData(readFile(QStringLiteral(":/examples/volume-sshfs.ocispec.json")), QStringLiteral("s.json")));
    ScenarioModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const QModelIndex description = model.indexForPointer(QStringLiteral("/manifest/description"),
                                                          ScenarioModel::ValueColumn);
    QVERIFY(description.isValid());
    QCOMPARE(model.pointer(description), QStringLiteral("/manifest/description"));
    QVERIFY(model.flags(description) & Qt::ItemIsEditable);
    QVERIFY(model.setData(description, QStringLiteral("edited")));
    QCOMPARE(stringAt(doc, "/manifest/description"), QStringLiteral("edited"));
    QCOMPARE(description.data().toString(), QStringLiteral("edited"));

    // A number stays a number: text that is not a JSON number is refused.
    QVERIFY(doc.setValue(QStringLiteral("/manifest/n"), Value::makeNumber("1")));
    const QModelIndex n = model.indexForPointer(QStringLiteral("/manifest/n"), ScenarioModel::ValueColumn);
    QVERIFY(n.isValid());
    QVERIFY(!model.setData(n, QStringLiteral("12a")));
    QVERIFY(model.setData(n, QStringLiteral("12")));
    QCOMPARE(QString::fromStdString(doc.value(QStringLiteral("/manifest/n"))->text()), QStringLiteral("12"));

    const QModelIndex entrypoint = model.indexForPointer(QStringLiteral("/manifest/entrypoint"));
    QCOMPARE(model.rowCount(entrypoint), 1);
    QVERIFY(doc.insertRow(QStringLiteral("/manifest/entrypoint"), 0, Value::makeString("first")));
    QCOMPARE(model.rowCount(entrypoint), 2);
    QCOMPARE(model.index(1, ScenarioModel::ValueColumn, entrypoint).data().toString(),
             QStringLiteral("/docker-volume-sshfs"));
    QCOMPARE(model.index(1, ScenarioModel::KeyColumn, entrypoint).data().toInt(), 1);

    QVERIFY(doc.setValue(QStringLiteral("/manifest/mounts"), Value(oci::json::Type::Array)));
    QCOMPARE(model.rowCount(model.indexForPointer(QStringLiteral("/manifest/mounts"))), 0);
    QVERIFY(doc.removeValue(QStringLiteral("/manifest/linux")));
    QVERIFY(!model.indexForPointer(QStringLiteral("/manifest/linux")).isValid());

    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(model.rowCount(model.indexForPointer(QStringLiteral("/manifest/mounts"))), 2);
    QVERIFY(model.indexForPointer(QStringLiteral("/manifest/linux/devices/0/path")).isValid());
    QVERIFY(doc.loadData(R"({"kind": "container"})", QStringLiteral("c.json")));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
