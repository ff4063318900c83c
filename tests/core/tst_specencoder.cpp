// The Go-exact spec encoder and the config.json decoder: every Docker fixture
// round-trips byte for byte, Go's own outputs for hand-made specs are
// reproduced (tests/data/gospec), and the pretty text's line map is sound.

#include "godecode.h"
#include "gojson.h"
#include "json.h"
#include "specdecoder.h"
#include "specencoder.h"

#include <QtTest>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

using namespace oci;
namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

QByteArray bytes(const std::string &s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

std::vector<fs::path> fixtureConfigs()
{
    std::vector<fs::path> out;
    for (const char *kind : {"plugin", "container"}) {
        const fs::path dir = fs::path(OCISTUDIO_FIXTURES_DIR) / kind;
        if (!fs::is_directory(dir))
            continue;
        for (const auto &entry : fs::directory_iterator(dir)) {
            const fs::path config = entry.path() / "config.json";
            if (fs::is_regular_file(config))
                out.push_back(config);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> goReferenceCases()
{
    std::vector<std::string> out;
    const fs::path dir = fs::path(OCISTUDIO_TESTDATA_DIR) / "gospec";
    const std::string suffix = ".input.json";
    for (const auto &entry : fs::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
            out.push_back(name.substr(0, name.size() - suffix.size()));
    }
    std::sort(out.begin(), out.end());
    return out;
}

struct Decoded {
    bool parsed = false;
    json::ParseError parseError;
    spec::Spec spec;
    Diagnostics diagnostics;
    bool failed = false;
};

Decoded decodeText(const std::string &text)
{
    Decoded r;
    json::Value root;
    r.parsed = json::parse(text, root, r.parseError);
    if (!r.parsed)
        return r;
    godecode::Decoder d(text, "config.json", r.diagnostics);
    d.setRecording(false);
    decodeSpec(d, root, godecode::Path(), r.spec);
    r.failed = d.failed();
    return r;
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << QString::fromStdString(d.format());
    return lines.join(QLatin1Char('\n'));
}

std::size_t countValues(const json::Value &v)
{
    std::size_t n = 1;
    for (const json::Value &child : v.items())
        n += countValues(child);
    return n;
}

// Scans JSON text outside string literals.
template<typename F>
void forEachStructuralChar(std::string_view text, F &&f)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '"') {
            for (++i; i < text.size() && text[i] != '"'; ++i)
                if (text[i] == '\\')
                    ++i;
            continue;
        }
        f(i, text[i]);
    }
}

std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\n') {
            lines.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    return lines;
}

} // namespace

class TestSpecEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixturesExist();
    void fixtureRoundTrip_data();
    void fixtureRoundTrip();
    void goReference_data();
    void goReference();
    void prettyInvariants_data();
    void prettyInvariants();
    void indentExact();
    void escaping_data();
    void escaping();
    void escapingAtEveryOffset();
    void omitempty_data();
    void omitempty();
    void lineMap_data();
    void lineMap();
    void lineMapQueries();
    void decodeSpecDiagnostics_data();
    void decodeSpecDiagnostics();
};

void TestSpecEncoder::fixturesExist()
{
    const auto configs = fixtureConfigs();
    const auto isKind = [](const char *kind) {
        return [kind](const fs::path &p) { return p.parent_path().parent_path().filename() == kind; };
    };
    QVERIFY2(std::any_of(configs.begin(), configs.end(), isKind("plugin")), OCISTUDIO_FIXTURES_DIR);
    QVERIFY2(std::any_of(configs.begin(), configs.end(), isKind("container")), OCISTUDIO_FIXTURES_DIR);
}

void TestSpecEncoder::fixtureRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    for (const fs::path &p : fixtureConfigs()) {
        const std::string name = p.parent_path().parent_path().filename().string() + "/"
                                 + p.parent_path().filename().string();
        QTest::addRow("%s", name.c_str()) << QString::fromStdString(p.string());
    }
}

// Go's Unmarshal then Marshal is the identity on what Go wrote: this checks
// key order, omitempty, pointer-ness and escaping against Docker's bytes.
void TestSpecEncoder::fixtureRoundTrip()
{
    QFETCH(QString, path);
    const std::string text = readFile(path.toStdString());
    QVERIFY(!text.empty());
    const Decoded r = decodeText(text);
    QVERIFY2(r.parsed, r.parseError.message.c_str());
    QVERIFY2(r.diagnostics.empty(), qPrintable(describe(r.diagnostics)));

    const std::string compact = encodeCompact(r.spec);
    QCOMPARE(bytes(compact), bytes(text));

    std::string appended = "prefix";
    appendCompact(appended, r.spec);
    QCOMPARE(bytes(appended), QByteArray("prefix") + bytes(text));

    // Decoding the output again gives the same typed value.
    const Decoded again = decodeText(compact);
    QVERIFY(again.parsed);
    QVERIFY(again.spec == r.spec);
}

void TestSpecEncoder::goReference_data()
{
    QTest::addColumn<QString>("name");
    for (const std::string &name : goReferenceCases())
        QTest::addRow("%s", name.c_str()) << QString::fromStdString(name);
}

// Outputs Go's encoding/json produced from the same inputs (see the README
// beside them): decoding rules and both encodings, on every field.
void TestSpecEncoder::goReference()
{
    QFETCH(QString, name);
    const fs::path dir = fs::path(OCISTUDIO_TESTDATA_DIR) / "gospec";
    const std::string input = readFile(dir / (name.toStdString() + ".input.json"));
    const std::string compact = readFile(dir / (name.toStdString() + ".compact.json"));
    const std::string pretty = readFile(dir / (name.toStdString() + ".pretty.json"));
    QVERIFY(!input.empty() && !compact.empty() && !pretty.empty());

    const Decoded r = decodeText(input);
    QVERIFY2(r.parsed, r.parseError.message.c_str());
    // Only the `errs` case holds type and range errors.
    QCOMPARE(r.failed, name == QLatin1String("errs"));

    QCOMPARE(bytes(encodeCompact(r.spec)), bytes(compact));
    QCOMPARE(bytes(encodePretty(r.spec)), bytes(pretty) + '\n');
}

void TestSpecEncoder::prettyInvariants_data()
{
    QTest::addColumn<QString>("path");
    for (const fs::path &p : fixtureConfigs()) {
        const std::string name = p.parent_path().parent_path().filename().string() + "/"
                                 + p.parent_path().filename().string();
        QTest::addRow("%s", name.c_str()) << QString::fromStdString(p.string());
    }
    for (const std::string &name : goReferenceCases()) {
        const fs::path p = fs::path(OCISTUDIO_TESTDATA_DIR) / "gospec" / (name + ".compact.json");
        QTest::addRow("gospec/%s", name.c_str()) << QString::fromStdString(p.string());
    }
}

void TestSpecEncoder::prettyInvariants()
{
    QFETCH(QString, path);
    const std::string text = readFile(path.toStdString());
    const Decoded r = decodeText(text);
    QVERIFY(r.parsed);
    const std::string compact = encodeCompact(r.spec);
    const std::string pretty = encodePretty(r.spec);

    // Exactly one trailing newline, and the rest is indent(compact).
    QVERIFY(pretty.size() >= 2 && pretty.back() == '\n' && pretty[pretty.size() - 2] != '\n');
    QCOMPARE(bytes(pretty), bytes(gojson::indent(compact)) + '\n');

    // The same JSON value.
    json::Value a, b;
    json::ParseError error;
    QVERIFY(json::parse(compact, a, error));
    QVERIFY2(json::parse(pretty, b, error), error.message.c_str());
    QVERIFY(a == b);

    // Separators: each ':' becomes ": ", each ',' ends a line, empty
    // containers stay "[]"/"{}", and nothing else is added.
    int colons = 0, commas = 0, empties = 0;
    forEachStructuralChar(compact, [&](std::size_t i, char c) {
        colons += c == ':';
        commas += c == ',';
        empties += (c == '[' && compact[i + 1] == ']') || (c == '{' && compact[i + 1] == '}');
    });
    int spacedColons = 0, commaEol = 0, prettyEmpties = 0;
    forEachStructuralChar(pretty, [&](std::size_t i, char c) {
        spacedColons += c == ':' && pretty[i + 1] == ' ';
        commaEol += c == ',' && pretty[i + 1] == '\n';
        prettyEmpties += (c == '[' && pretty[i + 1] == ']') || (c == '{' && pretty[i + 1] == '}');
    });
    QCOMPARE(spacedColons, colons);
    QCOMPARE(commaEol, commas);
    QCOMPARE(prettyEmpties, empties);

    // Two spaces per nesting level, no trailing blanks.
    int depth = 0;
    const auto lines = splitLines(std::string_view(pretty).substr(0, pretty.size() - 1));
    for (std::string_view line : lines) {
        const std::size_t lead = line.find_first_not_of(' ');
        QVERIFY(lead != std::string_view::npos);
        const bool closes = line[lead] == ']' || line[lead] == '}';
        QCOMPARE(static_cast<int>(lead), 2 * (closes ? depth - 1 : depth));
        QVERIFY(line.back() != ' ');
        forEachStructuralChar(line, [&](std::size_t i, char c) {
            if ((c == '[' || c == '{') && (i + 1 >= line.size() || (line[i + 1] != ']' && line[i + 1] != '}')))
                ++depth;
            if ((c == ']' || c == '}') && !(i > 0 && (line[i - 1] == '[' || line[i - 1] == '{')))
                --depth;
        });
    }
    QCOMPARE(depth, 0);
}

// json.Indent's documented behaviour on a small document.
void TestSpecEncoder::indentExact()
{
    const std::string compact = R"({"a":[],"b":{},"c":[1,{"d":null,"e":"x:,{["}],"f":true})";
    const std::string expected = "{\n"
                                 "  \"a\": [],\n"
                                 "  \"b\": {},\n"
                                 "  \"c\": [\n"
                                 "    1,\n"
                                 "    {\n"
                                 "      \"d\": null,\n"
                                 "      \"e\": \"x:,{[\"\n"
                                 "    }\n"
                                 "  ],\n"
                                 "  \"f\": true\n"
                                 "}";
    QCOMPARE(bytes(gojson::indent(compact)), bytes(expected));
    QCOMPARE(bytes(gojson::indentWithMap(compact).text), bytes(expected));
    QCOMPARE(bytes(gojson::indent("[]")), QByteArray("[]"));
    QCOMPARE(bytes(gojson::indent("\"s\"")), QByteArray("\"s\""));
}

void TestSpecEncoder::escaping_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("plain") << QByteArray("abc /:") << QByteArray(R"("abc /:")");
    QTest::addRow("html") << QByteArray("<a href=x>&amp;</a>")
                          << QByteArray(R"("\u003ca href=x\u003e\u0026amp;\u003c/a\u003e")");
    QTest::addRow("line separators") << QByteArray("a\xE2\x80\xA8" "b\xE2\x80\xA9" "c")
                                     << QByteArray(R"("a\u2028b\u2029c")");
    QTest::addRow("other U+20xx kept") << QByteArray("\xE2\x80\xA7\xE2\x80\xAA") << QByteArray("\"\xE2\x80\xA7\xE2\x80\xAA\"");
    QTest::addRow("short escapes") << QByteArray("\n\r\t\b\f") << QByteArray(R"("\n\r\t\b\f")");
    QTest::addRow("controls") << QByteArray("\x01\x1f\x0b", 3) << QByteArray(R"("\u0001\u001f\u000b")");
    QTest::addRow("nul") << QByteArray("a\0b", 3) << QByteArray(R"("a\u0000b")");
    QTest::addRow("del kept") << QByteArray("\x7f") << QByteArray("\"\x7f\"");
    QTest::addRow("quotes and backslash") << QByteArray(R"(say "hi" \ bye)") << QByteArray(R"("say \"hi\" \\ bye")");
    QTest::addRow("utf-8 kept") << QByteArray("\xC3\xBC \xE6\x97\xA5 \xF0\x9F\x98\x80")
                                << QByteArray("\"\xC3\xBC \xE6\x97\xA5 \xF0\x9F\x98\x80\"");
    QTest::addRow("invalid byte") << QByteArray("a\xFF" "b") << QByteArray(R"("a\ufffdb")");
    QTest::addRow("truncated sequence") << QByteArray("\xE2\x82") << QByteArray(R"("\ufffd\ufffd")");
    QTest::addRow("truncated at end after ascii") << QByteArray("x\xF0\x9F\x98") << QByteArray(R"("x\ufffd\ufffd\ufffd")");
    QTest::addRow("overlong") << QByteArray("\xC0\x80") << QByteArray(R"("\ufffd\ufffd")");
    QTest::addRow("surrogate in utf-8") << QByteArray("\xED\xA0\x80") << QByteArray(R"("\ufffd\ufffd\ufffd")");
    QTest::addRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << QByteArray(R"("\ufffd\ufffd\ufffd\ufffd")");
    QTest::addRow("valid U+FFFD kept") << QByteArray("\xEF\xBF\xBD") << QByteArray("\"\xEF\xBF\xBD\"");
    QTest::addRow("empty") << QByteArray("") << QByteArray(R"("")");
}

void TestSpecEncoder::escaping()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const std::string s(input.constData(), static_cast<std::size_t>(input.size()));

    std::string direct;
    gojson::appendString(direct, s);
    QCOMPARE(bytes(direct), expected);

    // The same escaping everywhere a string lands in the spec: values, list
    // elements and map keys.
    spec::Spec sp;
    sp.hostname = s.empty() ? std::string("h") : s;
    sp.annotations[s] = s;
    sp.process.emplace().args = {s};
    const std::string lit = sp.hostname == s ? expected.toStdString() : std::string("\"h\"");
    const std::string expectedSpec = "{\"ociVersion\":\"\",\"process\":{\"user\":{\"uid\":0,\"gid\":0},\"args\":["
                                     + expected.toStdString() + "],\"cwd\":\"\"},\"hostname\":" + lit
                                     + ",\"annotations\":{" + expected.toStdString() + ":" + expected.toStdString()
                                     + "}}";
    QCOMPARE(bytes(encodeCompact(sp)), bytes(expectedSpec));
}

// The plain-text scan reads words, overlapping at the end of a string: an
// escaped byte must be found wherever it sits, in strings of any length
// (up to a few 16-byte blocks).
void TestSpecEncoder::escapingAtEveryOffset()
{
    const std::pair<char, std::string> cases[] = {
        {'"', "\\\""}, {'\\', "\\\\"}, {'<', "\\u003c"}, {'>', "\\u003e"}, {'&', "\\u0026"},
        {'\n', "\\n"}, {'\x1f', "\\u001f"}, {'\0', "\\u0000"}, {'\xff', "\\ufffd"}, {'\x7f', "\x7f"},
        // Plain neighbours of the escaped ones in the word tests.
        {'=', "="}, {'?', "?"}, {'!', "!"}, {'\'', "'"}, {' ', " "},
    };
    for (std::size_t length = 1; length <= 40; ++length)
        for (std::size_t at = 0; at < length; ++at)
            for (const auto &[c, escaped] : cases) {
                std::string input(length, 'a');
                input[at] = c;
                const std::string expected = "\"" + std::string(at, 'a') + escaped + std::string(length - at - 1, 'a')
                                             + "\"";
                std::string direct;
                gojson::appendString(direct, input);
                QCOMPARE(bytes(direct), bytes(expected));
                std::string buffer(gojson::maxStringSize(input.size()), '\0');
                buffer.resize(static_cast<std::size_t>(gojson::writeString(buffer.data(), input) - buffer.data()));
                QCOMPARE(bytes(buffer), bytes(expected));
            }
}

namespace {

struct OmitCase {
    const char *name;
    std::function<void(spec::Spec &)> setup;
    const char *expected;
};

// Each expected text is what Go's json.Marshal writes for the same
// runtime-spec value (a Go-decoded copy of it encodes to itself).
const std::vector<OmitCase> &omitCases()
{
    using namespace spec;
    static const std::vector<OmitCase> cases = {
        {"empty spec", [](Spec &) {}, R"({"ociVersion":""})"},
        {"required keys of an empty process",
         [](Spec &s) { s.process.emplace(); },
         R"({"ociVersion":"","process":{"user":{"uid":0,"gid":0},"cwd":""}})"},
        {"pointer to zero is written",
         [](Spec &s) {
             s.process.emplace().oomScoreAdj = 0;
             s.process->user.umask = 0;
         },
         R"({"ociVersion":"","process":{"user":{"uid":0,"gid":0,"umask":0},"cwd":"","oomScoreAdj":0}})"},
        {"empty slices and strings are omitted",
         [](Spec &s) {
             Process &p = s.process.emplace();
             p.args = {};
             p.env.clear();
             p.capabilities.emplace();
             s.mounts = {};
             s.linux_.emplace().maskedPaths = {};
         },
         R"({"ociVersion":"","process":{"user":{"uid":0,"gid":0},"cwd":"","capabilities":{}},"linux":{}})"},
        {"empty map is omitted",
         [](Spec &s) {
             s.annotations.clear();
             s.linux_.emplace().sysctl = {};
         },
         R"({"ociVersion":"","linux":{}})"},
        {"set but empty blockIO",
         [](Spec &s) { s.linux_.emplace().resources.emplace().blockIO.emplace(); },
         R"({"ociVersion":"","linux":{"resources":{"blockIO":{}}}})"},
        {"memory pointers to zero and false",
         [](Spec &s) {
             LinuxMemory &m = s.linux_.emplace().resources.emplace().memory.emplace();
             m.limit = 0;
             m.swappiness = 0;
             m.disableOOMKiller = false;
         },
         R"({"ociVersion":"","linux":{"resources":{"memory":{"limit":0,"swappiness":0,"disableOOMKiller":false}}}})"},
        {"syscall names nil is null",
         [](Spec &s) { s.linux_.emplace().seccomp.emplace().syscalls.push_back(LinuxSyscall{{}, "SCMP_ACT_ALLOW", {}, {}}); },
         R"({"ociVersion":"","linux":{"seccomp":{"defaultAction":"","syscalls":[{"names":null,"action":"SCMP_ACT_ALLOW"}]}}})"},
        {"syscall names empty is []",
         [](Spec &s) {
             LinuxSyscall sc;
             sc.names.value.emplace();
             sc.errnoRet = 0;
             s.linux_.emplace().seccomp.emplace().syscalls.push_back(sc);
         },
         R"({"ociVersion":"","linux":{"seccomp":{"defaultAction":"","syscalls":[{"names":[],"action":"","errnoRet":0}]}}})"},
        {"device cgroup rule keeps allow",
         [](Spec &s) { s.linux_.emplace().resources.emplace().devices.push_back({}); },
         R"({"ociVersion":"","linux":{"resources":{"devices":[{"allow":false}]}}})"},
        {"device keeps path type major minor",
         [](Spec &s) { s.linux_.emplace().devices.push_back({}); },
         R"({"ociVersion":"","linux":{"devices":[{"path":"","type":"","major":0,"minor":0}]}})"},
        {"fileMode is decimal",
         [](Spec &s) {
             LinuxDevice dev;
             dev.path = "/dev/fuse";
             dev.type = "c";
             dev.major = 10;
             dev.minor = 229;
             dev.fileMode = 0666;
             dev.uid = 0;
             s.linux_.emplace().devices.push_back(dev);
         },
         R"({"ociVersion":"","linux":{"devices":[{"path":"/dev/fuse","type":"c","major":10,"minor":229,"fileMode":438,"uid":0}]}})"},
        {"rlimit, id mapping, hugepage, priority keep zeros",
         [](Spec &s) {
             s.process.emplace().rlimits.push_back({});
             Linux &l = s.linux_.emplace();
             l.uidMappings.push_back({});
             l.resources.emplace().hugepageLimits.push_back({});
             l.resources->network.emplace().priorities.push_back({});
         },
         R"({"ociVersion":"","process":{"user":{"uid":0,"gid":0},"cwd":"","rlimits":[{"type":"","hard":0,"soft":0}]},)"
         R"("linux":{"uidMappings":[{"containerID":0,"hostID":0,"size":0}],"resources":{"hugepageLimits":[{"pageSize":"","limit":0}],)"
         R"("network":{"priorities":[{"name":"","priority":0}]}}}})"},
        {"block io devices: major minor first",
         [](Spec &s) {
             LinuxBlockIO &b = s.linux_.emplace().resources.emplace().blockIO.emplace();
             b.weightDevice.push_back({8, 0, 0, {}});
             b.throttleReadBpsDevice.push_back({});
         },
         R"({"ociVersion":"","linux":{"resources":{"blockIO":{"weightDevice":[{"major":8,"minor":0,"weight":0}],)"
         R"("throttleReadBpsDevice":[{"major":0,"minor":0,"rate":0}]}}}})"},
        {"seccomp arg keeps index value op",
         [](Spec &s) {
             LinuxSyscall sc;
             sc.names.value = std::vector<std::string>{"x"};
             sc.args.push_back({});
             s.linux_.emplace().seccomp.emplace().syscalls.push_back(sc);
         },
         R"({"ociVersion":"","linux":{"seccomp":{"defaultAction":"","syscalls":[{"names":["x"],"action":"","args":[{"index":0,"value":0,"op":""}]}]}}})"},
        {"value structs and their required keys",
         [](Spec &s) {
             Process &p = s.process.emplace();
             p.consoleSize.emplace();
             p.ioPriority.emplace();
             p.scheduler.emplace();
             p.execCPUAffinity.emplace();
             s.root.emplace();
             s.hooks.emplace().poststop.push_back({});
             Linux &l = s.linux_.emplace();
             l.memoryPolicy.emplace();
             l.personality.emplace();
             l.namespaces.push_back({});
             l.timeOffsets["boottime"] = {};
             l.netDevices["eth0"] = {};
             l.resources.emplace().rdma["mlx"] = {};
         },
         R"({"ociVersion":"","process":{"consoleSize":{"height":0,"width":0},"user":{"uid":0,"gid":0},"cwd":"",)"
         R"("scheduler":{"policy":""},"ioPriority":{"class":"","priority":0},"execCPUAffinity":{}},"root":{"path":""},)"
         R"("hooks":{"poststop":[{"path":""}]},"linux":{"resources":{"rdma":{"mlx":{}}},"namespaces":[{"type":""}],)"
         R"("netDevices":{"eth0":{}},"memoryPolicy":{"mode":"","nodes":""},"personality":{"domain":""},"timeOffsets":{"boottime":{}}}})"},
        {"extreme integers",
         [](Spec &s) {
             LinuxCPU &c = s.linux_.emplace().resources.emplace().cpu.emplace();
             c.shares = UINT64_MAX;
             c.quota = INT64_MIN;
             c.realtimeRuntime = INT64_MAX;
         },
         R"({"ociVersion":"","linux":{"resources":{"cpu":{"shares":18446744073709551615,"quota":-9223372036854775808,"realtimeRuntime":9223372036854775807}}}})"},
        {"map keys sorted bytewise",
         [](Spec &s) { s.annotations = {{"b", "1"}, {"B", "2"}, {"a", "3"}, {"\xC3\xA9", "4"}, {"a.b", "5"}, {"a/b", "6"}}; },
         R"({"ociVersion":"","annotations":{"B":"2","a":"3","a.b":"5","a/b":"6","b":"1",)" "\"\xC3\xA9\":\"4\"}}"},
    };
    return cases;
}

} // namespace

void TestSpecEncoder::omitempty_data()
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < omitCases().size(); ++i)
        QTest::addRow("%s", omitCases()[i].name) << static_cast<int>(i);
}

void TestSpecEncoder::omitempty()
{
    QFETCH(int, index);
    const OmitCase &c = omitCases()[static_cast<std::size_t>(index)];
    spec::Spec s;
    c.setup(s);
    const std::string compact = encodeCompact(s);
    QCOMPARE(bytes(compact), QByteArray(c.expected));

    // What was written decodes back to the same value: nothing lost.
    const Decoded r = decodeText(compact);
    QVERIFY2(r.parsed && r.diagnostics.empty(), qPrintable(describe(r.diagnostics)));
    QVERIFY(r.spec == s);
}

void TestSpecEncoder::lineMap_data()
{
    prettyInvariants_data();
}

void TestSpecEncoder::lineMap()
{
    QFETCH(QString, path);
    const Decoded r = decodeText(readFile(path.toStdString()));
    QVERIFY(r.parsed);
    const gojson::PrettyText pretty = encodePrettyWithMap(r.spec);
    QCOMPARE(bytes(pretty.text), bytes(encodePretty(r.spec)));

    json::Value doc;
    json::ParseError error;
    QVERIFY(json::parse(pretty.text, doc, error));
    QCOMPARE(pretty.spans.size(), countValues(doc));

    const auto lines = splitLines(pretty.text);
    const int lastLine = static_cast<int>(lines.size()) - 2; // the text ends with a newline
    QCOMPARE(pretty.spans.front().pointer, std::string());
    QCOMPARE(pretty.spans.front().firstLine, 0);
    QCOMPARE(pretty.spans.front().lastLine, lastLine);

    int previousFirst = -1;
    for (const gojson::LineSpan &span : pretty.spans) {
        const json::Value *v = json::resolvePointer(doc, span.pointer);
        QVERIFY2(v, span.pointer.c_str());
        QVERIFY(span.firstLine > previousFirst); // document order; one value starts per line
        previousFirst = span.firstLine;
        QVERIFY(span.lastLine >= span.firstLine && span.lastLine <= lastLine);
        const std::string_view first = lines[static_cast<std::size_t>(span.firstLine)];
        const std::string_view last = lines[static_cast<std::size_t>(span.lastLine)];
        // The value's offset in the pretty text lies on its first line.
        QCOMPARE(json::locate(pretty.text, v->offset()).line - 1, span.firstLine);
        if (v->isArray() || v->isObject()) {
            const bool empty = v->size() == 0;
            QCOMPARE(span.lastLine == span.firstLine, empty);
            const std::string_view close = v->isArray() ? "]" : "}";
            QVERIFY(last.find(close) != std::string_view::npos);
        } else {
            QCOMPARE(span.lastLine, span.firstLine);
        }
        // A member's line starts with its key.
        const auto slash = span.pointer.rfind('/');
        if (slash != std::string::npos) {
            const json::Value *parent = json::resolvePointer(doc, span.pointer.substr(0, slash));
            QVERIFY(parent);
            if (parent->isObject()) {
                QVERIFY2(first.find_first_not_of(' ') != std::string_view::npos
                             && first[first.find_first_not_of(' ')] == '"',
                         std::string(first).c_str());
            }
        }
        QCOMPARE(gojson::pointerAtLine(pretty.spans, span.firstLine), span.pointer);
        QCOMPARE(gojson::pointerAtLine(pretty.spans, span.lastLine), span.pointer);
        QCOMPARE(gojson::findSpan(pretty.spans, span.pointer), &span);
    }

    if (r.spec.process) {
        const gojson::LineSpan *cwd = gojson::findSpan(pretty.spans, "/process/cwd");
        QVERIFY(cwd);
        QVERIFY(lines[static_cast<std::size_t>(cwd->firstLine)].find("\"cwd\": ") != std::string_view::npos);
        QCOMPARE(gojson::pointerAtLine(pretty.spans, cwd->firstLine), std::string("/process/cwd"));
    }
    // The newline's empty last line and lines past the end belong to nothing.
    QVERIFY(gojson::spanAtLine(pretty.spans, lastLine + 1) == nullptr);
    QVERIFY(gojson::spanAtLine(pretty.spans, -1) == nullptr);
}

void TestSpecEncoder::lineMapQueries()
{
    // Keys with escapes and pointer-special characters map to proper tokens.
    const std::string compact = R"({"a/b":{"x~y":[1,[],{"\u003c\"k":true}]},"z":{}})";
    const gojson::PrettyText p = gojson::indentWithMap(compact);
    QCOMPARE(bytes(p.text), bytes(gojson::indent(compact)));
    std::vector<std::string> pointers;
    for (const auto &s : p.spans)
        pointers.push_back(s.pointer);
    const std::vector<std::string> expectedPointers = {
        "", "/a~1b", "/a~1b/x~0y", "/a~1b/x~0y/0", "/a~1b/x~0y/1", "/a~1b/x~0y/2", "/a~1b/x~0y/2/<\"k", "/z"};
    QCOMPARE(pointers, expectedPointers);
    // {            0
    //   "a/b": {   1
    //     "x~y": [ 2
    //       1,     3
    //       [],    4
    //       {      5
    //         ...  6
    //       }      7
    //     ]        8
    //   },         9
    //   "z": {}    10
    // }            11
    QCOMPARE(gojson::pointerAtLine(p.spans, 6), std::string("/a~1b/x~0y/2/<\"k"));
    QCOMPARE(gojson::pointerAtLine(p.spans, 7), std::string("/a~1b/x~0y/2"));
    QCOMPARE(gojson::pointerAtLine(p.spans, 8), std::string("/a~1b/x~0y"));
    QCOMPARE(gojson::pointerAtLine(p.spans, 9), std::string("/a~1b"));
    QCOMPARE(gojson::pointerAtLine(p.spans, 10), std::string("/z"));
    QCOMPARE(gojson::pointerAtLine(p.spans, 11), std::string());
    QVERIFY(gojson::spanAtLine(p.spans, 12) == nullptr);
    QVERIFY(gojson::findSpan(p.spans, "/nope") == nullptr);

    // A scalar document is one span.
    const gojson::PrettyText scalar = gojson::indentWithMap("42");
    QCOMPARE(scalar.text, std::string("42"));
    QCOMPARE(scalar.spans.size(), std::size_t(1));
    QCOMPARE(gojson::pointerAtLine(scalar.spans, 0), std::string());
}

void TestSpecEncoder::decodeSpecDiagnostics_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected"); // severity code pointer line:column, one per line
    QTest::addRow("clean") << QByteArray(R"({"ociVersion":"1.3.0"})") << QString();
    QTest::addRow("case-insensitive keys")
        << QByteArray(R"({"OCIVERSION":"1","Process":{"Cwd":"/","USER":{"Uid":1}}})") << QString();
    QTest::addRow("unknown key with suggestion")
        << QByteArray("{\"ociVersion\":\"1\",\n \"process\":{\"cwdd\":\"/\"}}")
        << QStringLiteral("warning unknown-key /process/cwdd 2:20 did you mean \"cwd\"");
    QTest::addRow("unknown key without suggestion")
        << QByteArray(R"({"ociVersion":"1","zzzzzz":1})") << QStringLiteral("warning unknown-key /zzzzzz 1:28");
    QTest::addRow("uid out of range")
        << QByteArray("{\"process\":{\"user\":{\n\"uid\":4294967296}}}")
        << QStringLiteral("error decode-range /process/user/uid 2:7");
    QTest::addRow("negative into unsigned")
        << QByteArray(R"({"linux":{"resources":{"memory":{"swappiness":-1}}}})")
        << QStringLiteral("error decode-type /linux/resources/memory/swappiness 1:47");
    QTest::addRow("fraction into int")
        << QByteArray(R"({"process":{"oomScoreAdj":1.5}})") << QStringLiteral("error decode-type /process/oomScoreAdj 1:27");
    QTest::addRow("string into bool") << QByteArray(R"({"root":{"readonly":"true"}})")
                                      << QStringLiteral("error decode-type /root/readonly 1:21");
    QTest::addRow("fileMode as octal string")
        << QByteArray(R"({"linux":{"devices":[{"fileMode":"0666"}]}})")
        << QStringLiteral("error decode-type /linux/devices/0/fileMode 1:34");
    QTest::addRow("every error is reported")
        << QByteArray(R"({"hostname":1,"mounts":[{"destination":2},{"options":"ro"}]})")
        << QStringLiteral("error decode-type /hostname 1:13\n"
                          "error decode-type /mounts/0/destination 1:40\n"
                          "error decode-type /mounts/1/options 1:54");
    QTest::addRow("names not an array")
        << QByteArray(R"({"linux":{"seccomp":{"syscalls":[{"names":"read"}]}}})")
        << QStringLiteral("error decode-type /linux/seccomp/syscalls/0/names 1:43");
    QTest::addRow("other platform section")
        << QByteArray(R"({"windows":{"layerFolders":null}})") << QStringLiteral("warning unsupported-platform /windows 1:12");
    QTest::addRow("other platform section null") << QByteArray(R"({"vm":null})") << QString();
}

void TestSpecEncoder::decodeSpecDiagnostics()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const Decoded r = decodeText(input.toStdString());
    QVERIFY2(r.parsed, r.parseError.message.c_str());
    QStringList got;
    for (const Diagnostic &d : r.diagnostics) {
        QString line = QStringLiteral("%1 %2 %3 %4:%5")
                           .arg(QLatin1String(severityName(d.severity)), QString::fromStdString(d.code),
                                QString::fromStdString(d.inputPointer))
                           .arg(d.line)
                           .arg(d.column);
        const auto hint = d.message.find("did you mean");
        if (hint != std::string::npos)
            line += QLatin1Char(' ') + QString::fromStdString(d.message.substr(hint, d.message.find('?', hint) - hint));
        got << line;
    }
    QCOMPARE(got.join(QLatin1Char('\n')), expected);
    QCOMPARE(r.failed, expected.contains(QLatin1String("error ")));
}

QTEST_APPLESS_MAIN(TestSpecEncoder)
#include "tst_specencoder.moc"
