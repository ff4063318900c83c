// The diff engine: RFC 6902 patches (computed, applied, serialised) and the
// unified line diff, on hand-made cases and on every Docker fixture.

#include "defaults.h"
#include "gojson.h"
#include "jsonpatch.h"
#include "specdiff.h"
#include "unifieddiff.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace oci;

namespace {

QString fixtures()
{
    return QStringLiteral(OCISTUDIO_FIXTURES_DIR);
}

json::Value parseJson(std::string_view text)
{
    json::Value v;
    json::ParseError error;
    if (!json::parse(text, v, error))
        qFatal("bad test JSON: %s", error.message.c_str());
    return v;
}

json::Value readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const QByteArray bytes = f.readAll();
    return parseJson(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

// Every fixture with a config.json, by name ("plugin/minimal").
QStringList fixtureSpecs()
{
    QStringList out;
    for (const QString &kind : {QStringLiteral("plugin"), QStringLiteral("container")}) {
        const QDir dir(fixtures() + u'/' + kind);
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            if (QFile::exists(dir.filePath(name + QStringLiteral("/config.json"))))
                out << kind + u'/' + name;
    }
    return out;
}

json::Value fixtureSpec(const QString &name)
{
    return readJson(fixtures() + u'/' + name + QStringLiteral("/config.json"));
}

std::string str(const QByteArray &b)
{
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

// Rebuilds the new text from the old one and the hunks: the hunks must say
// everything that changed, with consistent line numbers.
bool applyHunks(const std::string &oldText, const UnifiedDiff &diff, std::string &out, QString &why)
{
    std::vector<std::string> lines;
    for (std::size_t start = 0; start < oldText.size();) {
        const std::size_t nl = oldText.find('\n', start);
        lines.push_back(oldText.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
        start = nl == std::string::npos ? oldText.size() : nl + 1;
    }
    std::vector<std::string> result;
    std::size_t next = 0; // 0-based index of the next old line to copy
    for (const DiffHunk &h : diff.hunks) {
        const std::size_t first = h.oldCount ? static_cast<std::size_t>(h.oldStart - 1)
                                             : static_cast<std::size_t>(h.oldStart);
        if (first < next) {
            why = QStringLiteral("hunks overlap or go backwards");
            return false;
        }
        while (next < first)
            result.push_back(lines[next++]);
        if (static_cast<int>(result.size()) + 1 != (h.newCount ? h.newStart : h.newStart + 1)) {
            why = QStringLiteral("new start %1 does not match %2").arg(h.newStart).arg(result.size() + 1);
            return false;
        }
        int olds = 0, news = 0;
        for (const DiffLine &l : h.lines) {
            if (l.tag != '+') {
                if (next >= lines.size() || lines[next] != l.text || l.oldLine != static_cast<int>(next) + 1) {
                    why = QStringLiteral("old line %1 does not match").arg(next + 1);
                    return false;
                }
                ++next;
                ++olds;
            }
            if (l.tag != '-') {
                result.push_back(l.text);
                if (l.newLine != static_cast<int>(result.size())) {
                    why = QStringLiteral("new line number %1, expected %2").arg(l.newLine).arg(result.size());
                    return false;
                }
                ++news;
            }
        }
        if (olds != h.oldCount || news != h.newCount) {
            why = QStringLiteral("hunk counts do not match its lines");
            return false;
        }
    }
    while (next < lines.size())
        result.push_back(lines[next++]);
    out.clear();
    for (const auto &l : result)
        out += l + '\n';
    return true;
}

} // namespace

class TestDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patchRoundTrip_data();
    void patchRoundTrip();
    void serialisedPatchRoundTrip();
    void singleInsertIsOneAdd_data();
    void singleInsertIsOneAdd();
    void changeInsideAnElementIsPatchedBelowIt();
    void memberOrderIsNotADifference();
    void applyRefuses_data();
    void applyRefuses();
    void patchJson();
    void unifiedFormat_data();
    void unifiedFormat();
    void lineDiffIsMinimal_data();
    void lineDiffIsMinimal();
    void unifiedHunksRebuildTheNewText_data();
    void unifiedHunksRebuildTheNewText();
    void hunkPointers_data();
    void hunkPointers();
    void speed();
};

void TestDiff::patchRoundTrip_data()
{
    QTest::addColumn<QString>("a"); // fixture name, or "default"
    QTest::addColumn<QString>("b");
    const QStringList specs = fixtureSpecs();
    QVERIFY(specs.size() > 50);
    for (qsizetype i = 0; i < specs.size(); ++i) {
        QTest::addRow("default->%s", qPrintable(specs[i])) << QStringLiteral("default") << specs[i];
        QTest::addRow("%s->default", qPrintable(specs[i])) << specs[i] << QStringLiteral("default");
        const QString &other = specs[(i + 1) % specs.size()];
        QTest::addRow("%s->%s", qPrintable(specs[i]), qPrintable(other)) << specs[i] << other;
    }
}

void TestDiff::patchRoundTrip()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const json::Value va = a == u"default" ? dockerDefaultSpec() : fixtureSpec(a);
    const json::Value vb = b == u"default" ? dockerDefaultSpec() : fixtureSpec(b);
    const jsonpatch::Patch patch = jsonpatch::diff(va, vb);
    QCOMPARE(patch.empty(), jsonpatch::equivalent(va, vb));
    json::Value patched = va;
    std::string error;
    QVERIFY2(jsonpatch::apply(patched, patch, error), error.c_str());
    QVERIFY2(jsonpatch::equivalent(patched, vb), jsonpatch::toJson(patch).c_str());
    QVERIFY(jsonpatch::diff(vb, vb).empty());
}

void TestDiff::serialisedPatchRoundTrip()
{
    // Through the JSON form, including the ops diff() never makes.
    const json::Value a = fixtureSpec(QStringLiteral("plugin/rclone-like"));
    const json::Value b = fixtureSpec(QStringLiteral("container/privileged"));
    jsonpatch::Patch patch = jsonpatch::diff(a, b);
    patch.push_back({jsonpatch::Op::Copy, "/annotations", "/process/env", {}});
    patch.push_back({jsonpatch::Op::Move, "/moved", "/annotations", {}});
    patch.push_back({jsonpatch::Op::Test, "/moved", {}, *b.find("process")->find("env")});
    patch.push_back({jsonpatch::Op::Remove, "/moved", {}, {}});
    jsonpatch::Patch back;
    std::string error;
    QVERIFY2(jsonpatch::fromJson(parseJson(jsonpatch::toPrettyJson(patch)), back, error), error.c_str());
    QCOMPARE(back.size(), patch.size());
    QVERIFY(back == patch);
    json::Value patched = a;
    QVERIFY2(jsonpatch::apply(patched, back, error), error.c_str());
    QVERIFY(jsonpatch::equivalent(patched, b));
}

void TestDiff::singleInsertIsOneAdd_data()
{
    QTest::addColumn<QString>("list"); // an array of the spec
    QTest::addColumn<int>("at");
    QTest::addColumn<QByteArray>("element");
    const QByteArray mount = R"({"destination":"/data","type":"bind","source":"/srv/data","options":["rbind","ro"]})";
    QTest::addRow("mount in the middle") << QStringLiteral("/mounts") << 3 << mount;
    QTest::addRow("mount first") << QStringLiteral("/mounts") << 0 << mount;
    QTest::addRow("mount last") << QStringLiteral("/mounts") << -1 << mount;
    // A copy of an existing element: the alignment must still see one insert.
    QTest::addRow("duplicate of a neighbour")
        << QStringLiteral("/mounts") << 1
        << QByteArray(R"({"destination":"/proc","type":"proc","source":"proc","options":["nosuid","noexec","nodev"]})");
    QTest::addRow("capability") << QStringLiteral("/process/capabilities/bounding") << 5
                                << QByteArray(R"("CAP_SYS_ADMIN")");
    QTest::addRow("masked path") << QStringLiteral("/linux/maskedPaths") << 2 << QByteArray(R"("/proc/extra")");
}

void TestDiff::singleInsertIsOneAdd()
{
    QFETCH(QString, list);
    QFETCH(int, at);
    QFETCH(QByteArray, element);
    const json::Value a = dockerDefaultSpec();
    json::Value b = a;
    json::Value *array = const_cast<json::Value *>(json::resolvePointer(b, list.toStdString()));
    QVERIFY(array && array->isArray());
    const std::size_t index = at < 0 ? array->size() : static_cast<std::size_t>(at);
    array->items().insert(array->items().begin() + static_cast<std::ptrdiff_t>(index), parseJson(str(element)));

    const jsonpatch::Patch patch = jsonpatch::diff(a, b);
    QCOMPARE(patch.size(), std::size_t(1));
    QCOMPARE(patch[0].op, jsonpatch::Op::Add);
    QCOMPARE(QString::fromStdString(patch[0].path), list + u'/' + QString::number(index));
    QVERIFY(jsonpatch::equivalent(patch[0].value, parseJson(str(element))));

    // And the other way round: one remove.
    const jsonpatch::Patch back = jsonpatch::diff(b, a);
    QCOMPARE(back.size(), std::size_t(1));
    QCOMPARE(back[0].op, jsonpatch::Op::Remove);
    QCOMPARE(QString::fromStdString(back[0].path), list + u'/' + QString::number(index));
}

void TestDiff::changeInsideAnElementIsPatchedBelowIt()
{
    const json::Value a = dockerDefaultSpec();
    json::Value b = a;
    auto *options = const_cast<json::Value *>(json::resolvePointer(b, "/mounts/3/options"));
    QVERIFY(options);
    options->append(json::Value::makeString("rro"));
    const jsonpatch::Patch patch = jsonpatch::diff(a, b);
    QCOMPARE(patch.size(), std::size_t(1));
    QCOMPARE(patch[0].op, jsonpatch::Op::Add);
    QCOMPARE(patch[0].path, std::string("/mounts/3/options/") + std::to_string(options->size() - 1));

    json::Value c = a;
    const_cast<json::Value *>(json::resolvePointer(c, "/process/cwd"))->text() = "/srv";
    const jsonpatch::Patch replace = jsonpatch::diff(a, c);
    QCOMPARE(replace.size(), std::size_t(1));
    QCOMPARE(replace[0].op, jsonpatch::Op::Replace);
    QCOMPARE(replace[0].path, std::string("/process/cwd"));
}

void TestDiff::memberOrderIsNotADifference()
{
    const json::Value a = parseJson(R"({"a":1,"b":{"x":[1,2],"y":null}})");
    const json::Value b = parseJson(R"({"b":{"y":null,"x":[1,2]},"a":1})");
    QVERIFY(jsonpatch::equivalent(a, b));
    QVERIFY(jsonpatch::diff(a, b).empty());
    // Numbers compare by their text, as the encoder writes them.
    QVERIFY(!jsonpatch::equivalent(parseJson("1"), parseJson("1.0")));
    // Of duplicated keys the last counts.
    QVERIFY(jsonpatch::equivalent(parseJson(R"({"a":1,"a":2})"), parseJson(R"({"a":2})")));
    QVERIFY(!jsonpatch::equivalent(parseJson(R"({"a":1,"a":2})"), parseJson(R"({"a":1})")));
}

void TestDiff::applyRefuses_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addRow("remove missing") << QByteArray(R"([{"op":"remove","path":"/nope"}])");
    QTest::addRow("add past the end") << QByteArray(R"([{"op":"add","path":"/list/3","value":0}])");
    QTest::addRow("leading zero index") << QByteArray(R"([{"op":"replace","path":"/list/01","value":0}])");
    QTest::addRow("replace missing") << QByteArray(R"([{"op":"replace","path":"/obj/nope","value":0}])");
    QTest::addRow("test differs") << QByteArray(R"([{"op":"test","path":"/obj/k","value":"other"}])");
    QTest::addRow("move into itself") << QByteArray(R"([{"op":"move","from":"/obj","path":"/obj/inner"}])");
    QTest::addRow("parent missing") << QByteArray(R"([{"op":"add","path":"/a/b/c","value":0}])");
    QTest::addRow("bad escape") << QByteArray(R"([{"op":"add","path":"/obj/~2","value":0}])");
    QTest::addRow("second op fails") << QByteArray(
        R"([{"op":"add","path":"/x","value":1},{"op":"remove","path":"/y"}])");
}

void TestDiff::applyRefuses()
{
    QFETCH(QByteArray, patch);
    json::Value doc = parseJson(R"({"list":[1,2],"obj":{"k":"v"}})");
    jsonpatch::Patch p;
    std::string error;
    QVERIFY2(jsonpatch::fromJson(parseJson(str(patch)), p, error), error.c_str());
    QVERIFY(!jsonpatch::apply(doc, p, error));
    QVERIFY(!error.empty());

    // The same document takes valid operations of each kind.
    json::Value ok = parseJson(R"({"list":[1,2],"obj":{"k":"v"}})");
    QVERIFY(jsonpatch::fromJson(parseJson(R"([{"op":"add","path":"/list/-","value":3},
        {"op":"add","path":"/list/0","value":0},{"op":"test","path":"/list","value":[0,1,2,3]},
        {"op":"move","from":"/obj/k","path":"/k"},{"op":"copy","from":"/k","path":"/obj/a~1b"},
        {"op":"replace","path":"","value":{"done":true}}])"),
                                p, error));
    QVERIFY2(jsonpatch::apply(ok, p, error), error.c_str());
    QVERIFY(jsonpatch::equivalent(ok, parseJson(R"({"done":true})")));
}

void TestDiff::patchJson()
{
    const json::Value a = parseJson(R"({"a":[1,2,3],"b":"x","c":{"d":true}})");
    const json::Value b = parseJson(R"({"a":[1,3],"b":"y","e":null,"c":{"d":true}})");
    const jsonpatch::Patch patch = jsonpatch::diff(a, b);
    QCOMPARE(QByteArray::fromStdString(jsonpatch::toJson(patch)),
             QByteArray(R"([{"op":"remove","path":"/a/1"},{"op":"replace","path":"/b","value":"y"},)"
                        R"({"op":"add","path":"/e","value":null}])"));
    QCOMPARE(QByteArray::fromStdString(jsonpatch::toPrettyJson({})), QByteArray("[]\n"));
    jsonpatch::Patch bad;
    std::string error;
    QVERIFY(!jsonpatch::fromJson(parseJson(R"([{"op":"frobnicate","path":"/a"}])"), bad, error));
    QVERIFY(!jsonpatch::fromJson(parseJson(R"([{"op":"add","path":"/a"}])"), bad, error));
    QVERIFY(!jsonpatch::fromJson(parseJson(R"({"op":"add"})"), bad, error));
}

void TestDiff::unifiedFormat_data()
{
    QTest::addColumn<QByteArray>("oldText");
    QTest::addColumn<QByteArray>("newText");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray ten = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";
    QTest::addRow("equal") << ten << ten << QByteArray();
    QTest::addRow("one changed line") << ten << QByteArray("1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n")
                                      << QByteArray(
                                             "--- a\n+++ b\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
    QTest::addRow("insert at the top") << ten << QByteArray("0\n") + ten
                                       << QByteArray("--- a\n+++ b\n@@ -1,3 +1,4 @@\n+0\n 1\n 2\n 3\n");
    QTest::addRow("append at the end") << ten << ten + "11\n"
                                       << QByteArray("--- a\n+++ b\n@@ -8,3 +8,4 @@\n 8\n 9\n 10\n+11\n");
    QTest::addRow("far apart: two hunks")
        << ten + ten << QByteArray("x\n") + ten.mid(2) + ten.left(ten.size() - 3) + "y\n"
        << QByteArray("--- a\n+++ b\n@@ -1,4 +1,4 @@\n-1\n+x\n 2\n 3\n 4\n@@ -17,4 +17,4 @@\n 7\n 8\n 9\n-10\n+y\n");
    QTest::addRow("close: one hunk")
        << ten << QByteArray("1\n2\nthree\n4\n5\n6\n7\neight\n9\n10\n")
        << QByteArray("--- a\n+++ b\n@@ -1,10 +1,10 @@\n 1\n 2\n-3\n+three\n 4\n 5\n 6\n 7\n-8\n+eight\n 9\n 10\n");
    QTest::addRow("from empty") << QByteArray() << QByteArray("a\nb\n")
                                << QByteArray("--- a\n+++ b\n@@ -0,0 +1,2 @@\n+a\n+b\n");
    QTest::addRow("to empty") << QByteArray("a\n") << QByteArray() << QByteArray("--- a\n+++ b\n@@ -1 +0,0 @@\n-a\n");
    QTest::addRow("delete in the middle")
        << ten << QByteArray("1\n2\n3\n4\n6\n7\n8\n9\n10\n")
        << QByteArray("--- a\n+++ b\n@@ -2,7 +2,6 @@\n 2\n 3\n 4\n-5\n 6\n 7\n 8\n");
    QTest::addRow("no final newline")
        << QByteArray("a\nb") << QByteArray("a\nb\n")
        << QByteArray("--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n");
}

void TestDiff::unifiedFormat()
{
    QFETCH(QByteArray, oldText);
    QFETCH(QByteArray, newText);
    QFETCH(QByteArray, expected);
    const UnifiedDiff d = diffLines(str(oldText), str(newText));
    QCOMPARE(d.empty(), expected.isEmpty());
    QCOMPARE(QByteArray::fromStdString(formatUnified(d, "a", "b")), expected);
}

void TestDiff::lineDiffIsMinimal_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("oldLines");
    QTest::addColumn<int>("newLines");
    QTest::addColumn<int>("alphabet"); // distinct line texts; few means many equal lines
    for (int seed = 1; seed <= 6; ++seed)
        QTest::addRow("random %d", seed) << seed << 40 * seed << 30 * seed + 17 << 2 + seed;
    QTest::addRow("wide") << 7 << 300 << 1500 << 40;
    // Beyond the bit-parallel table: the linear-space search takes over.
    QTest::addRow("large, few edits") << 8 << 20000 << 20000 << 0;
}

// Both algorithms must find a shortest script: as many '-' and '+' lines as
// the texts have lines outside a longest common subsequence.
void TestDiff::lineDiffIsMinimal()
{
    QFETCH(int, seed);
    QFETCH(int, oldLines);
    QFETCH(int, newLines);
    QFETCH(int, alphabet);
    QRandomGenerator random(static_cast<quint32>(seed));
    std::vector<std::string> a, b;
    std::size_t lcs = 0;
    if (alphabet == 0) {
        // Unique lines, five of them replaced: the LCS is known.
        for (int i = 0; i < oldLines; ++i)
            a.push_back("line " + std::to_string(i));
        b = a;
        for (int k = 0; k < 5; ++k)
            b[static_cast<std::size_t>(1 + k * (oldLines / 5))] = "changed " + std::to_string(k);
        lcs = a.size() - 5;
    } else {
        for (int i = 0; i < oldLines; ++i)
            a.push_back("l" + std::to_string(random.bounded(alphabet)));
        for (int i = 0; i < newLines; ++i)
            b.push_back("l" + std::to_string(random.bounded(alphabet)));
        std::vector<std::vector<std::size_t>> t(a.size() + 1, std::vector<std::size_t>(b.size() + 1, 0));
        for (std::size_t i = a.size(); i-- > 0;)
            for (std::size_t j = b.size(); j-- > 0;)
                t[i][j] = a[i] == b[j] ? t[i + 1][j + 1] + 1 : std::max(t[i + 1][j], t[i][j + 1]);
        lcs = t[0][0];
    }
    std::string oldText, newText;
    for (const auto &l : a)
        oldText += l + '\n';
    for (const auto &l : b)
        newText += l + '\n';
    const UnifiedDiff d = diffLines(oldText, newText);
    std::size_t removed = 0, added = 0;
    for (const DiffHunk &h : d.hunks)
        for (const DiffLine &l : h.lines) {
            removed += l.tag == '-';
            added += l.tag == '+';
        }
    QCOMPARE(removed, a.size() - lcs);
    QCOMPARE(added, b.size() - lcs);
    std::string rebuilt;
    QString why;
    QVERIFY2(applyHunks(oldText, d, rebuilt, why), qPrintable(why));
    QVERIFY(rebuilt == newText);
}

void TestDiff::unifiedHunksRebuildTheNewText_data()
{
    patchRoundTrip_data();
}

void TestDiff::unifiedHunksRebuildTheNewText()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const json::Value va = a == u"default" ? dockerDefaultSpec() : fixtureSpec(a);
    const json::Value vb = b == u"default" ? dockerDefaultSpec() : fixtureSpec(b);
    const SpecDiff d = diffSpecs(va, vb);
    QCOMPARE(d.unified.empty(), d.oldText == d.newText);
    std::string rebuilt;
    QString why;
    QVERIFY2(applyHunks(d.oldText, d.unified, rebuilt, why), qPrintable(why));
    QCOMPARE(QByteArray::fromStdString(rebuilt), QByteArray::fromStdString(d.newText));
    for (const DiffHunk &h : d.unified.hunks) {
        // Three lines of context unless the text ends first.
        QVERIFY(!h.lines.empty());
        const bool atTop = h.lines.front().oldLine == 1 || h.lines.front().newLine == 1;
        if (!atTop)
            QVERIFY(h.lines[0].tag == ' ' && h.lines[1].tag == ' ' && h.lines[2].tag == ' ');
    }
}

void TestDiff::hunkPointers_data()
{
    QTest::addColumn<QByteArray>("patch"); // applied to Docker's default spec
    QTest::addColumn<QStringList>("pointers"); // one per hunk
    QTest::addRow("a scalar") << QByteArray(R"([{"op":"replace","path":"/process/cwd","value":"/srv"}])")
                              << QStringList{QStringLiteral("/process/cwd")};
    QTest::addRow("an inserted mount")
        << QByteArray(R"([{"op":"add","path":"/mounts/3","value":{"destination":"/x","type":"bind","source":"/y"}}])")
        << QStringList{QStringLiteral("/mounts/3")};
    QTest::addRow("a deleted path") << QByteArray(R"([{"op":"remove","path":"/linux/maskedPaths/0"}])")
                                    << QStringList{QStringLiteral("/linux/maskedPaths/0")};
    QTest::addRow("two places")
        << QByteArray(R"([{"op":"replace","path":"/process/cwd","value":"/srv"},
                          {"op":"add","path":"/linux/sysctl","value":{"net.ipv4.ip_forward":"1"}}])")
        << QStringList{QStringLiteral("/process/cwd"), QStringLiteral("/linux")};
}

void TestDiff::hunkPointers()
{
    QFETCH(QByteArray, patch);
    QFETCH(QStringList, pointers);
    const json::Value a = dockerDefaultSpec();
    json::Value b = a;
    jsonpatch::Patch p;
    std::string error;
    QVERIFY(jsonpatch::fromJson(parseJson(str(patch)), p, error));
    QVERIFY2(jsonpatch::apply(b, p, error), error.c_str());
    const SpecDiff d = diffSpecs(a, b);
    std::string ca, cb;
    gojson::appendValue(ca, a);
    gojson::appendValue(cb, b);
    const gojson::PrettyText pa = gojson::indentWithMap(ca), pb = gojson::indentWithMap(cb);
    QCOMPARE(pa.text + '\n', d.oldText);
    QCOMPARE(pb.text + '\n', d.newText);
    QStringList got;
    for (const DiffHunk &h : d.unified.hunks)
        got << QString::fromStdString(hunkPointer(h, pa.spans, pb.spans));
    QCOMPARE(got, pointers);
}

void TestDiff::speed()
{
    // Every fixture against Docker's default spec: patch, pretty texts and
    // hunks, as the GUI's diff panel needs them on each rebuild.
    const json::Value base = dockerDefaultSpec();
    std::vector<std::pair<double, QString>> perPair;
    std::size_t sink = 0;
    for (const QString &name : fixtureSpecs()) {
        const json::Value spec = fixtureSpec(name);
        constexpr int n = 20;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < n; ++i)
            sink += diffSpecs(base, spec).unified.hunks.size();
        perPair.emplace_back(static_cast<double>(timer.nsecsElapsed()) / 1000.0 / n, name);
    }
    std::sort(perPair.begin(), perPair.end());
    const auto &median = perPair[perPair.size() / 2];
    const auto &slowest = perPair.back();
    qDebug("diffSpecs against the default spec over %zu fixtures: median %.1f us, slowest %.1f us (%s)",
           perPair.size(), median.first, slowest.first, qPrintable(slowest.second));
    QVERIFY(sink > 0);
}

QTEST_APPLESS_MAIN(TestDiff)
#include "tst_diff.moc"
