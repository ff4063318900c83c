// Validation: the installed runtime-spec schema (through valijson), the
// spec's semantic rules and the lint of Docker inputs, on Docker's own
// output, runc's default spec and one failing and one passing case per rule.

#include "builder.h"
#include "godecode.h"
#include "gojson.h"
#include "jsonpatch.h"
#include "schemavalidator.h"
#include "specdecoder.h"
#include "validator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace oci;

namespace {

QString fixtures()
{
    return QStringLiteral(OCISTUDIO_FIXTURES_DIR);
}

std::string str(const QByteArray &b)
{
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

json::Value parseJson(std::string_view text)
{
    json::Value v;
    json::ParseError error;
    if (!json::parse(text, v, error))
        qFatal("bad test JSON: %s", error.message.c_str());
    return v;
}

HostProfile fixtureHost()
{
    const std::string text = str(readFile(fixtures() + QStringLiteral("/host.json")));
    Diagnostics diags;
    godecode::Decoder d(text, "host.json", diags);
    HostProfile host = HostProfile::defaults();
    decodeHostProfile(d, parseJson(text), godecode::Path(), host);
    if (d.failed())
        qFatal("host.json does not decode");
    host.origin = "fixture";
    return host;
}

ValidationReport validateText(const std::string &text, const HostProfile &host, const ValidateOptions &vo = {})
{
    BuildOptions options;
    options.host = &host;
    return validate(parseJson(text), text, "test.json", options, vo);
}

const Diagnostic *findCode(const ValidationReport &r, const std::string &code)
{
    for (const auto &d : r.diagnostics)
        if (d.code == code)
            return &d;
    return nullptr;
}

QString describe(const ValidationReport &r)
{
    QString s;
    for (const auto &d : r.diagnostics)
        s += QString::fromStdString(d.format()) + u'\n';
    return s;
}

QStringList fixtureDirs(const QString &file)
{
    QStringList out;
    for (const QString &kind : {QStringLiteral("plugin"), QStringLiteral("container")}) {
        const QDir dir(fixtures() + u'/' + kind);
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            if (QFile::exists(dir.filePath(name + u'/' + file)))
                out << kind + u'/' + name;
    }
    return out;
}

// A spec that breaks no rule and passes any runtime-spec schema from 1.0.2 on.
const char *const kBaseSpec = R"({
  "ociVersion": "1.0.2",
  "process": {
    "user": {"uid": 0, "gid": 0},
    "args": ["sh"],
    "env": ["PATH=/usr/bin:/bin", "TERM=xterm"],
    "cwd": "/",
    "capabilities": {
      "bounding": ["CAP_KILL"], "effective": ["CAP_KILL"], "inheritable": ["CAP_KILL"],
      "permitted": ["CAP_KILL"], "ambient": ["CAP_KILL"]
    },
    "rlimits": [{"type": "RLIMIT_NOFILE", "hard": 1024, "soft": 1024}]
  },
  "root": {"path": "rootfs"},
  "hostname": "box",
  "mounts": [{"destination": "/proc", "type": "proc", "source": "proc"}],
  "hooks": {"prestart": [{"path": "/usr/bin/hook"}]},
  "annotations": {"com.example.owner": "me"},
  "linux": {
    "namespaces": [{"type": "pid"}, {"type": "network"}, {"type": "ipc"}, {"type": "uts"}, {"type": "mount"},
                   {"type": "user"}],
    "uidMappings": [{"containerID": 0, "hostID": 100000, "size": 65536}],
    "gidMappings": [{"containerID": 0, "hostID": 100000, "size": 65536}],
    "sysctl": {"net.ipv4.ip_forward": "1", "fs.mqueue.msg_max": "10"},
    "devices": [{"path": "/dev/fuse", "type": "c", "major": 10, "minor": 229}],
    "resources": {
      "devices": [{"allow": false, "access": "rwm"}, {"allow": true, "type": "c", "major": 10, "minor": 229, "access": "rw"}],
      "memory": {"limit": 1048576, "reservation": 524288, "swap": 2097152}
    },
    "maskedPaths": ["/proc/kcore"],
    "readonlyPaths": ["/proc/sys"],
    "rootfsPropagation": "private"
  }
})";

std::string patched(const char *base, const QByteArray &patch)
{
    json::Value doc = parseJson(base);
    jsonpatch::Patch p;
    std::string error;
    if (!jsonpatch::fromJson(parseJson(str(patch)), p, error) || !jsonpatch::apply(doc, p, error))
        qFatal("bad test patch %s: %s", patch.constData(), error.c_str());
    std::string out;
    gojson::appendValue(out, doc);
    return out;
}

const char *const kContainerId = "ce97c49eead5cdb13f50638c1c3df72f48ba932d7d9249370a9b0542ce2066aa";

QByteArray pluginScenario(const QByteArray &manifest, const QByteArray &set = "[]")
{
    return R"({"kind":"plugin","id":"aaaa","rootfs":"/var/lib/docker/plugins/aaaa/rootfs",)"
           R"("execRoot":"/run/docker/plugins","manifest":)"
        + manifest + R"(,"set":)" + set + "}";
}

QByteArray containerScenario(const QByteArray &hostConfig, const QByteArray &containers = "[]")
{
    return QByteArray(R"({"kind":"container","id":")") + kContainerId
        + R"(","name":"app","config":{"Cmd":["/bin/sh"]},"hostConfig":)" + hostConfig
        + R"(,"engine":{"containers":)" + containers + "}}";
}

const QByteArray kInterface = R"("interface":{"types":["docker.volumedriver/1.0"],"socket":"p.sock"})";

QByteArray manifest(const QByteArray &more = {})
{
    return R"({"description":"x","entrypoint":["/p"],)" + kInterface + (more.isEmpty() ? "" : "," + more) + "}";
}

const QByteArray kDb
    = R"([{"id":"c94fed3dde58d88c2c7649ef434a3cb42c2b984ad16990f5bf52098b9ae258ed","name":"db","pid":7,"running":true,"ipcMode":"private"}])";

} // namespace

Q_DECLARE_METATYPE(oci::Severity)

class TestValidator : public QObject
{
    Q_OBJECT

private:
    HostProfile m_host;

private Q_SLOTS:
    void initTestCase();
    void schemaLoadsFromTheInstalledPackage();
    void fixtureSpecsHaveNoErrors_data();
    void fixtureSpecsHaveNoErrors();
    void fixtureInputs_data();
    void fixtureInputs();
    void runcDefaultSpecHasNoErrors();
    void uint64Maximum();
    void baseSpecIsClean();
    void semanticRules_data();
    void semanticRules();
    void newerDocumentMakesSchemaFindingsNotes();
    void rsharedIsAWarning_data();
    void rsharedIsAWarning();
    void schemaDirOverride();
    void missingSchemaDir();
    void decodeErrors();
    void lint_data();
    void lint();
};

void TestValidator::initTestCase()
{
    m_host = fixtureHost();
}

void TestValidator::schemaLoadsFromTheInstalledPackage()
{
    std::string error;
    auto schema = SchemaValidator::load({}, error);
    QVERIFY2(schema, error.c_str());
    QCOMPARE(schema->info().dir, SchemaValidator::defaultDir());
    QVERIFY(!schema->info().version.empty());
    QVERIFY(!schema->info().versionSource.empty());
    // Cached per folder.
    QCOMPARE(SchemaValidator::load(schema->info().dir + "/", error).get(), schema.get());
    qDebug("schema: %s, told from %s", schema->info().describe().c_str(), schema->info().versionSource.c_str());
}

void TestValidator::fixtureSpecsHaveNoErrors_data()
{
    QTest::addColumn<QString>("fixture");
    const QStringList dirs = fixtureDirs(QStringLiteral("config.json"));
    QVERIFY(dirs.size() > 50);
    for (const QString &d : dirs)
        QTest::addRow("%s", qPrintable(d)) << d;
}

void TestValidator::fixtureSpecsHaveNoErrors()
{
    QFETCH(QString, fixture);
    const std::string text = str(readFile(fixtures() + u'/' + fixture + QStringLiteral("/config.json")));
    const ValidationReport r = validateText(text, m_host);
    QCOMPARE(r.kind, InputKind::OciSpec);
    QVERIFY(r.decoded);
    QVERIFY2(r.schema.has_value(), r.schemaError.c_str());
    QVERIFY2(!r.hasErrors(), qPrintable(describe(r)));
    QVERIFY(findCode(r, "schema-version"));
    for (const auto &d : r.diagnostics) {
        QCOMPARE(d.file, std::string("test.json"));
        if (d.code == "schema")
            QCOMPARE(d.severity, r.documentNewerThanSchema ? Severity::Note : Severity::Error);
    }
}

void TestValidator::fixtureInputs_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("refused");
    for (const QString &d : fixtureDirs(QStringLiteral("case.json")))
        QTest::addRow("%s", qPrintable(d)) << d << QFile::exists(fixtures() + u'/' + d + QStringLiteral("/error.txt"));
}

void TestValidator::fixtureInputs()
{
    QFETCH(QString, fixture);
    QFETCH(bool, refused);
    const std::string text = str(readFile(fixtures() + u'/' + fixture + QStringLiteral("/case.json")));
    const ValidationReport r = validateText(text, m_host);
    QCOMPARE(r.kind, InputKind::Scenario);
    QVERIFY(r.decoded);
    QCOMPARE(r.refused, refused);
    if (refused) {
        // Docker's refusal is an error with the input it names.
        const Diagnostic *d = findCode(r, "docker-refuses");
        QVERIFY(d);
        QCOMPARE(d->severity, Severity::Error);
        QVERIFY(!r.specValidated);
    } else {
        QVERIFY2(!r.hasErrors(), qPrintable(describe(r)));
        QVERIFY(r.specValidated);
    }
}

void TestValidator::runcDefaultSpecHasNoErrors()
{
    QString runc = QStandardPaths::findExecutable(QStringLiteral("runc"));
    if (runc.isEmpty())
        runc = QStandardPaths::findExecutable(
            QStringLiteral("runc"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    if (runc.isEmpty())
        QSKIP("runc is not installed (Debian: apt-get install runc)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(runc, {QStringLiteral("spec")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const std::string text = str(readFile(dir.filePath(QStringLiteral("config.json"))));
    const ValidationReport r = validateText(text, m_host);
    QVERIFY(r.decoded);
    QVERIFY2(r.schema.has_value(), r.schemaError.c_str());
    QVERIFY2(!r.hasErrors(), qPrintable(describe(r)));
    // runc's own rlimits, and the uint64 maximum runc writes for unlimited
    // ones, through the schema at full strength (an old ociVersion).
    json::Value doc = parseJson(text);
    jsonpatch::Patch p2;
    std::string error;
    QVERIFY(jsonpatch::fromJson(parseJson(R"([{"op":"replace","path":"/ociVersion","value":"1.0.0"},
        {"op":"add","path":"/process/rlimits/-","value":{"type":"RLIMIT_CORE","hard":18446744073709551615,"soft":18446744073709551615}}])"),
        p2, error));
    QVERIFY2(jsonpatch::apply(doc, p2, error), error.c_str());
    std::string unlimited;
    gojson::appendValue(unlimited, doc);
    const ValidationReport r2 = validateText(unlimited, m_host);
    QVERIFY(!r2.documentNewerThanSchema);
    QVERIFY2(!r2.hasErrors(), qPrintable(describe(r2)));
}

void TestValidator::uint64Maximum()
{
    std::string error;
    auto schema = SchemaValidator::load({}, error);
    QVERIFY2(schema, error.c_str());
    auto findings = [&](const char *hard) {
        const std::string doc
            = std::string(R"({"ociVersion":"1.0.0","root":{"path":"r"},"process":{"cwd":"/","args":["sh"],)"
                          R"("rlimits":[{"type":"RLIMIT_NOFILE","soft":0,"hard":)")
            + hard + "}]}}";
        return schema->validate(parseJson(doc));
    };
    QVERIFY(findings("18446744073709551615").empty()); // valijson's nlohmann adapter reads -1 here
    QVERIFY(findings("9223372036854775808").empty());
    QVERIFY(findings("0").empty());
    const auto over = findings("18446744073709551616");
    QCOMPARE(over.size(), std::size_t(1));
    QCOMPARE(over[0].pointer, std::string("/process/rlimits/0/hard"));
    QCOMPARE(findings("-1").size(), std::size_t(1));
    QCOMPARE(findings("1.5").size(), std::size_t(1)); // not an integer
}

void TestValidator::baseSpecIsClean()
{
    const ValidationReport r = validateText(kBaseSpec, m_host);
    QVERIFY(r.decoded);
    QVERIFY(!r.documentNewerThanSchema);
    QCOMPARE(r.count(Severity::Error), 0);
    QCOMPARE(r.count(Severity::Warning), 0);
    QVERIFY2(r.count(Severity::Note) == 1, qPrintable(describe(r))); // which schema judged it
}

void TestValidator::semanticRules_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QByteArray>("failing"); // JSON Patch on the base spec
    QTest::addColumn<QByteArray>("passing");
    const Severity E = Severity::Error, W = Severity::Warning;
    auto row = [](const char *code, Severity s, const char *failing, const char *passing) {
        QTest::addRow("%s", code) << QString::fromLatin1(code) << s << QByteArray(failing) << QByteArray(passing);
    };
    row("oci-version", E, R"([{"op":"replace","path":"/ociVersion","value":"1.0"}])",
        R"([{"op":"replace","path":"/ociVersion","value":"1.0.0"}])");
    row("root-required", E, R"([{"op":"remove","path":"/root"}])",
        R"([{"op":"replace","path":"/root","value":{"path":"/srv/rootfs","readonly":true}}])");
    row("root-path-required", E, R"([{"op":"replace","path":"/root/path","value":""}])",
        R"([{"op":"replace","path":"/root/path","value":"r"}])");
    row("process-cwd-relative", E, R"([{"op":"replace","path":"/process/cwd","value":"srv"}])",
        R"([{"op":"replace","path":"/process/cwd","value":"/srv"}])");
    row("process-args-empty", E, R"([{"op":"replace","path":"/process/args","value":[]}])",
        R"([{"op":"replace","path":"/process/args","value":["/bin/true"]}])");
    row("process-env-format", E, R"([{"op":"add","path":"/process/env/-","value":"NOVALUE"}])",
        R"([{"op":"add","path":"/process/env/-","value":"EMPTY="}])");
    row("process-env-name", W, R"([{"op":"add","path":"/process/env/-","value":"MY-VAR=1"}])",
        R"([{"op":"add","path":"/process/env/-","value":"MY_VAR=1"}])");
    row("capability-unknown", E, R"([{"op":"replace","path":"/process/capabilities/bounding/0","value":"CAP_FLY"}])",
        R"([{"op":"replace","path":"/process/capabilities/bounding/0","value":"CAP_CHOWN"}])");
    row("capability-effective-not-permitted", E,
        R"([{"op":"add","path":"/process/capabilities/effective/-","value":"CAP_CHOWN"}])",
        R"([{"op":"add","path":"/process/capabilities/effective/-","value":"CAP_CHOWN"},
            {"op":"add","path":"/process/capabilities/permitted/-","value":"CAP_CHOWN"}])");
    row("capability-ambient-not-permitted", W,
        R"([{"op":"replace","path":"/process/capabilities/permitted","value":[]}])",
        R"([{"op":"add","path":"/process/capabilities/permitted/-","value":"CAP_CHOWN"}])");
    row("capability-ambient-not-inheritable", W,
        R"([{"op":"replace","path":"/process/capabilities/inheritable","value":[]}])",
        R"([{"op":"replace","path":"/process/capabilities/inheritable","value":["CAP_CHOWN","CAP_KILL"]}])");
    row("rlimit-duplicate", E,
        R"([{"op":"add","path":"/process/rlimits/-","value":{"type":"RLIMIT_NOFILE","hard":1,"soft":1}}])",
        R"([{"op":"add","path":"/process/rlimits/-","value":{"type":"RLIMIT_NPROC","hard":1,"soft":1}}])");
    row("rlimit-unknown", W,
        R"([{"op":"add","path":"/process/rlimits/-","value":{"type":"RLIMIT_FOO","hard":1,"soft":1}}])",
        R"([{"op":"add","path":"/process/rlimits/-","value":{"type":"RLIMIT_CORE","hard":1,"soft":1}}])");
    row("rlimit-soft-above-hard", E, R"([{"op":"replace","path":"/process/rlimits/0/soft","value":2048}])",
        R"([{"op":"replace","path":"/process/rlimits/0/soft","value":512}])");
    row("mount-destination-relative", E, R"([{"op":"replace","path":"/mounts/0/destination","value":"proc"}])",
        R"([{"op":"replace","path":"/mounts/0/destination","value":"/proc2"}])");
    row("hook-path-relative", E, R"([{"op":"replace","path":"/hooks/prestart/0/path","value":"hook"}])",
        R"([{"op":"replace","path":"/hooks/prestart/0/path","value":"/bin/hook"}])");
    row("hook-timeout", E, R"([{"op":"add","path":"/hooks/prestart/0/timeout","value":0}])",
        R"([{"op":"add","path":"/hooks/prestart/0/timeout","value":5}])");
    row("namespace-unknown", E, R"([{"op":"add","path":"/linux/namespaces/-","value":{"type":"bogus"}}])",
        R"([{"op":"add","path":"/linux/namespaces/-","value":{"type":"cgroup"}}])");
    row("namespace-duplicate", E, R"([{"op":"add","path":"/linux/namespaces/-","value":{"type":"pid"}}])",
        R"([{"op":"add","path":"/linux/namespaces/-","value":{"type":"cgroup"}}])");
    row("namespace-path-relative", E, R"([{"op":"add","path":"/linux/namespaces/0/path","value":"proc/1/ns/pid"}])",
        R"([{"op":"add","path":"/linux/namespaces/0/path","value":"/proc/1/ns/pid"}])");
    row("id-mappings-need-userns", E, R"([{"op":"remove","path":"/linux/namespaces/5"}])",
        R"([{"op":"remove","path":"/linux/namespaces/5"},{"op":"remove","path":"/linux/uidMappings"},
            {"op":"remove","path":"/linux/gidMappings"}])");
    row("sysctl-needs-netns", E, R"([{"op":"remove","path":"/linux/namespaces/1"}])",
        R"([{"op":"remove","path":"/linux/namespaces/1"},{"op":"remove","path":"/linux/sysctl/net.ipv4.ip_forward"}])");
    row("sysctl-needs-ipcns", E, R"([{"op":"remove","path":"/linux/namespaces/2"}])",
        R"([{"op":"remove","path":"/linux/namespaces/2"},{"op":"remove","path":"/linux/sysctl/fs.mqueue.msg_max"}])");
    row("hostname-needs-uts", E, R"([{"op":"remove","path":"/linux/namespaces/3"}])",
        R"([{"op":"remove","path":"/linux/namespaces/3"},{"op":"remove","path":"/hostname"}])");
    row("device-type", E, R"([{"op":"replace","path":"/linux/devices/0/type","value":"x"}])",
        R"([{"op":"replace","path":"/linux/devices/0/type","value":"b"}])");
    row("device-path-relative", E, R"([{"op":"replace","path":"/linux/devices/0/path","value":"dev/fuse"}])",
        R"([{"op":"replace","path":"/linux/devices/0/path","value":"/dev/fuse0"}])");
    row("device-duplicate", E,
        R"([{"op":"add","path":"/linux/devices/-","value":{"path":"/dev/fuse","type":"c","major":10,"minor":229}}])",
        R"([{"op":"add","path":"/linux/devices/-","value":{"path":"/dev/fuse2","type":"c","major":10,"minor":229}}])");
    row("device-cgroup-type", E, R"([{"op":"replace","path":"/linux/resources/devices/1/type","value":"z"}])",
        R"([{"op":"replace","path":"/linux/resources/devices/1/type","value":"a"}])");
    row("device-cgroup-access", E, R"([{"op":"replace","path":"/linux/resources/devices/1/access","value":"rwx"}])",
        R"([{"op":"replace","path":"/linux/resources/devices/1/access","value":"m"}])");
    row("memory-swap-below-limit", E, R"([{"op":"replace","path":"/linux/resources/memory/swap","value":1024}])",
        R"([{"op":"replace","path":"/linux/resources/memory/swap","value":-1}])");
    row("memory-reservation-above-limit", E,
        R"([{"op":"replace","path":"/linux/resources/memory/reservation","value":2097152}])",
        R"([{"op":"replace","path":"/linux/resources/memory/reservation","value":1048576}])");
    row("masked-path-relative", E, R"([{"op":"add","path":"/linux/maskedPaths/-","value":"proc/x"}])",
        R"([{"op":"add","path":"/linux/maskedPaths/-","value":"/proc/x"}])");
    row("readonly-path-relative", E, R"([{"op":"add","path":"/linux/readonlyPaths/-","value":"proc/y"}])",
        R"([{"op":"add","path":"/linux/readonlyPaths/-","value":"/proc/y"}])");
    row("rootfs-propagation", E, R"([{"op":"replace","path":"/linux/rootfsPropagation","value":"bogus"}])",
        R"([{"op":"replace","path":"/linux/rootfsPropagation","value":"slave"}])");
    row("rootfs-propagation-recursive", W, R"([{"op":"replace","path":"/linux/rootfsPropagation","value":"rshared"}])",
        R"([{"op":"replace","path":"/linux/rootfsPropagation","value":"shared"}])");
    row("annotation-reserved", E,
        R"([{"op":"add","path":"/annotations/org.opencontainers.image.title","value":"x"}])",
        R"([{"op":"add","path":"/annotations/org.example.image.title","value":"x"}])");
}

void TestValidator::semanticRules()
{
    QFETCH(QString, code);
    QFETCH(Severity, severity);
    QFETCH(QByteArray, failing);
    QFETCH(QByteArray, passing);
    const std::string c = code.toStdString();

    const std::string bad = patched(kBaseSpec, failing);
    const ValidationReport r = validateText(bad, m_host);
    QVERIFY(r.decoded);
    const Diagnostic *d = findCode(r, c);
    QVERIFY2(d, qPrintable(describe(r)));
    QCOMPARE(d->severity, severity);
    QVERIFY(!d->specPointer.empty());
    QCOMPARE(d->inputPointer, d->specPointer); // a spec validated as is is its own input
    QVERIFY(!d->message.empty());
    // The same rule on the typed spec alone.
    Diagnostics ignored, direct;
    godecode::Decoder dec(bad, "x", ignored);
    spec::Spec typed;
    decodeSpec(dec, parseJson(bad), godecode::Path(), typed);
    checkSpecRules(typed, direct);
    QVERIFY(std::any_of(direct.begin(), direct.end(), [&](const Diagnostic &x) { return x.code == c; }));

    const std::string good = patched(kBaseSpec, passing);
    const ValidationReport ok = validateText(good, m_host);
    QVERIFY(!findCode(ok, c));
    QVERIFY2(!ok.hasErrors(), qPrintable(describe(ok)));
}

void TestValidator::newerDocumentMakesSchemaFindingsNotes()
{
    // A schema violation no rule covers, and a rule violation.
    const QByteArray breakBoth = R"([{"op":"add","path":"/linux/seccomp","value":{"defaultAction":"SCMP_ACT_BOGUS"}},
        {"op":"replace","path":"/process/cwd","value":"srv"}])";
    const std::string current = patched(kBaseSpec, breakBoth);
    const ValidationReport judged = validateText(current, m_host);
    QVERIFY(!judged.documentNewerThanSchema);
    const Diagnostic *s = findCode(judged, "schema");
    QVERIFY2(s, qPrintable(describe(judged)));
    QCOMPARE(s->severity, Severity::Error);
    QCOMPARE(s->specPointer, std::string("/linux/seccomp/defaultAction"));

    const std::string future = patched(current.c_str(), R"([{"op":"replace","path":"/ociVersion","value":"99.0.0"}])");
    const ValidationReport r = validateText(future, m_host);
    QVERIFY(r.documentNewerThanSchema);
    const Diagnostic *note = findCode(r, "schema");
    QVERIFY(note);
    QCOMPARE(note->severity, Severity::Note);
    QVERIFY2(note->message.find("99.0.0") != std::string::npos, note->message.c_str());
    const Diagnostic *version = findCode(r, "schema-version");
    QVERIFY(version);
    QVERIFY(version->message.find("newer") != std::string::npos);
    // The rules keep their full strength.
    const Diagnostic *rule = findCode(r, "process-cwd-relative");
    QVERIFY(rule);
    QCOMPARE(rule->severity, Severity::Error);
}

void TestValidator::rsharedIsAWarning_data()
{
    QTest::addColumn<QString>("version");
    QTest::addRow("judged by the schema") << QStringLiteral("1.0.2");
    QTest::addRow("newer than the schema") << QStringLiteral("99.1.0");
}

void TestValidator::rsharedIsAWarning()
{
    QFETCH(QString, version);
    const std::string doc = patched(kBaseSpec,
        QByteArray(R"([{"op":"replace","path":"/linux/rootfsPropagation","value":"rshared"},
        {"op":"replace","path":"/ociVersion","value":")")
            + version.toLatin1() + "\"}]");
    const ValidationReport r = validateText(doc, m_host);
    QVERIFY2(!r.hasErrors(), qPrintable(describe(r)));
    const Diagnostic *d = findCode(r, "rootfs-propagation-recursive");
    QVERIFY(d);
    QCOMPARE(d->severity, Severity::Warning);
    for (const auto &x : r.diagnostics)
        QVERIFY2(x.code != "schema" || x.specPointer != "/linux/rootfsPropagation", x.message.c_str());

    // A plugin with a propagated mount: Docker writes rshared; the warning
    // points at the manifest key that caused it.
    const std::string scenario = str(pluginScenario(manifest(R"("propagatedMount":"/data")")));
    const ValidationReport built = validateText(scenario, m_host);
    QVERIFY2(!built.hasErrors(), qPrintable(describe(built)));
    const Diagnostic *w = findCode(built, "rootfs-propagation-recursive");
    QVERIFY(w);
    QCOMPARE(w->specPointer, std::string("/linux/rootfsPropagation"));
    QCOMPARE(w->inputPointer, std::string("/manifest/propagatedMount"));
}

void TestValidator::schemaDirOverride()
{
    // A copy of the installed schema, changed to require a hostname: the
    // folder given wins, and its $refs resolve inside it.
    const QString installed = QString::fromStdString(SchemaValidator::defaultDir());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &f : QDir(installed).entryList({QStringLiteral("*.json")}, QDir::Files))
        QVERIFY(QFile::copy(installed + u'/' + f, dir.filePath(f)));
    json::Value schema = parseJson(str(readFile(dir.filePath(QStringLiteral("config-schema.json")))));
    json::Value *required = schema.find("required");
    QVERIFY(required && required->isArray());
    required->append(json::Value::makeString("hostname"));
    std::string text;
    gojson::appendValue(text, schema);
    {
        QFile out(dir.filePath(QStringLiteral("config-schema.json")));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text.data(), static_cast<qint64>(text.size()));
    }
    const std::string doc = patched(kBaseSpec, R"([{"op":"remove","path":"/hostname"}])");
    QVERIFY(!findCode(validateText(doc, m_host), "schema"));
    ValidateOptions vo;
    vo.schemaDir = dir.path().toStdString();
    const ValidationReport r = validateText(doc, m_host, vo);
    QVERIFY(r.schema);
    QCOMPARE(r.schema->dir, vo.schemaDir);
    // No Go sources beside the copy: the version is told from the content.
    QCOMPARE(r.schema->versionSource, std::string("schema content"));
    QVERIFY(r.schema->versionIsLowerBound);
    const Diagnostic *d = findCode(r, "schema");
    QVERIFY2(d, qPrintable(describe(r)));
    QCOMPARE(d->severity, Severity::Error);
    QVERIFY(d->message.find("hostname") != std::string::npos);
}

void TestValidator::missingSchemaDir()
{
    ValidateOptions vo;
    vo.schemaDir = "/nonexistent/schema";
    const ValidationReport r
        = validateText(patched(kBaseSpec, R"([{"op":"replace","path":"/process/cwd","value":"x"}])"), m_host, vo);
    QVERIFY(!r.schema);
    QVERIFY(!r.schemaError.empty());
    const Diagnostic *d = findCode(r, "schema-unavailable");
    QVERIFY(d);
    QCOMPARE(d->severity, Severity::Warning);
    QVERIFY(findCode(r, "process-cwd-relative")); // the rules still run
}

void TestValidator::decodeErrors()
{
    const ValidationReport r = validateText(R"({"ociVersion":"1.0.2","process":{"cwd":5,"args":["sh"]}})", m_host);
    QVERIFY(!r.decoded);
    QVERIFY(r.hasErrors());
    const ValidationReport unknown
        = validateText(patched(kBaseSpec, R"([{"op":"add","path":"/procss","value":{}}])"), m_host);
    QVERIFY(unknown.decoded);
    const Diagnostic *d = findCode(unknown, "unknown-key");
    QVERIFY(d);
    QCOMPARE(d->inputPointer, std::string("/procss"));
}

void TestValidator::lint_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("pointer"); // into the input
    QTest::addColumn<QByteArray>("fixed"); // the same input without the problem
    const Severity E = Severity::Error, W = Severity::Warning;

    QTest::addRow("unknown key in a manifest")
        << pluginScenario(manifest(R"("linux":{"namespaces":[{"type":"pid"}],"capabilities":["CAP_SYS_ADMIN"]})"))
        << "unknown-key" << W << "/manifest/linux/namespaces"
        << pluginScenario(manifest(R"("linux":{"capabilities":["CAP_SYS_ADMIN"]})"));
    QTest::addRow("settable field Docker does not allow")
        << pluginScenario(manifest(R"("env":[{"name":"A","value":"1","settable":["value","name"]}])"))
        << "settable-field-not-allowed" << W << "/manifest/env/0/settable/1"
        << pluginScenario(manifest(R"("env":[{"name":"A","value":"1","settable":["value"]}])"));
    QTest::addRow("settable mount source on args")
        << pluginScenario(manifest(R"("args":{"name":"args","settable":["source"],"value":[]})"))
        << "settable-field-not-allowed" << W << "/manifest/args/settable/0"
        << pluginScenario(manifest(R"("args":{"name":"args","settable":["value"],"value":[]})"));
    QTest::addRow("settable entry without a name")
        << pluginScenario(manifest(
               R"("mounts":[{"source":"/s","destination":"/d","type":"bind","options":["rbind"],"settable":["source"]}])"))
        << "settable-nothing-to-set" << W << "/manifest/mounts/0/settable"
        << pluginScenario(manifest(
               R"("mounts":[{"name":"data","source":"/s","destination":"/d","type":"bind","options":["rbind"],"settable":["source"]}])"));
    QTest::addRow("set argument that fails")
        << pluginScenario(manifest(R"("env":[{"name":"A","value":"1","settable":["value"]}])"), R"(["A=2","A.name=x"])")
        << "set-argument" << E << "/set/1"
        << pluginScenario(
               manifest(R"("env":[{"name":"A","value":"1","settable":["value"]}])"), R"(["A=2","A.value=x"])");
    QTest::addRow("set argument naming nothing")
        << pluginScenario(manifest(R"("env":[{"name":"DEBUG","value":"1","settable":["value"]}])"), R"(["DEBGU=1"])")
        << "set-argument" << E << "/set/0"
        << pluginScenario(manifest(R"("env":[{"name":"DEBUG","value":"1","settable":["value"]}])"), R"(["DEBUG=1"])");
    QTest::addRow("null mount source")
        << pluginScenario(manifest(
               R"("mounts":[{"name":"m","source":null,"destination":"/d","type":"bind","settable":["source"]}])"))
        << "mount-source-missing" << E << "/manifest/mounts/0/source"
        << pluginScenario(manifest(
               R"("mounts":[{"name":"m","source":"/srv","destination":"/d","type":"bind","settable":["source"]}])"));
    QTest::addRow("device outside /dev")
        << pluginScenario(manifest(R"("linux":{"devices":[{"name":"d","path":"/srv/fuse"}]})"))
        << "device-outside-dev" << W << "/manifest/linux/devices/0/path"
        << pluginScenario(manifest(R"("linux":{"devices":[{"name":"d","path":"/dev/fuse"}]})"));
    QTest::addRow("capability without CAP_")
        << pluginScenario(manifest(R"("linux":{"capabilities":["CAP_NET_ADMIN","SYS_ADMIN"]})"))
        << "capability-prefix" << E << "/manifest/linux/capabilities/1"
        << pluginScenario(manifest(R"("linux":{"capabilities":["CAP_NET_ADMIN","CAP_SYS_ADMIN"]})"));
    QTest::addRow("unknown capability")
        << pluginScenario(manifest(R"("Linux":{"Capabilities":["CAP_SYS_ADMN"]})"))
        << "capability-unknown" << E << "/manifest/Linux/Capabilities/0"
        << pluginScenario(manifest(R"("Linux":{"Capabilities":["CAP_SYS_ADMIN"]})"));
    QTest::addRow("no interface socket")
        << pluginScenario(R"({"entrypoint":["/p"],"interface":{"types":["docker.volumedriver/1.0"]}})")
        << "plugin-socket-missing" << W << "/manifest/interface" << pluginScenario(manifest());
    QTest::addRow("no interface types")
        << pluginScenario(R"({"entrypoint":["/p"],"Interface":{"Socket":"p.sock"}})")
        << "plugin-types-missing" << W << "/manifest/Interface" << pluginScenario(manifest());
    QTest::addRow("malformed interface type")
        << pluginScenario(R"({"entrypoint":["/p"],"interface":{"socket":"p.sock","types":["volumedriver"]}})")
        << "plugin-type-format" << W << "/manifest/interface/types/0" << pluginScenario(manifest());
    QTest::addRow("keys differing in case")
        << pluginScenario(R"({"description":"x","Entrypoint":["/a"],"entrypoint":["/p"],)" + kInterface + "}")
        << "duplicate-key" << W << "/manifest/entrypoint" << pluginScenario(manifest());
    QTest::addRow("env declared twice")
        << pluginScenario(manifest(R"("env":[{"name":"A","value":"1"},{"name":"A","value":"2"}])"))
        << "plugin-name-duplicate" << W << "/manifest/env/1"
        << pluginScenario(manifest(R"("env":[{"name":"A","value":"1"},{"name":"B","value":"2"}])"));
    QTest::addRow("env without value nor settable")
        << pluginScenario(manifest(R"("env":[{"name":"A","value":null}])")) << "plugin-env-unset" << W
        << "/manifest/env/0" << pluginScenario(manifest(R"("env":[{"name":"A","value":null,"settable":["value"]}])"));
    QTest::addRow("bare manifest")
        << QByteArray(R"({"entrypoint":["/p"],"interface":{"socket":"p.sock"}})") << "plugin-types-missing" << W
        << "/interface" << manifest();

    QTest::addRow("container: reference missing")
        << containerScenario(R"({"NetworkMode":"container:dbb"})", kDb) << "container-reference-missing" << E
        << "/hostConfig/NetworkMode" << containerScenario(R"({"NetworkMode":"container:db"})", kDb);
    QTest::addRow("container: ipc reference missing")
        << containerScenario(R"({"IpcMode":"container:web"})", kDb) << "container-reference-missing" << E
        << "/hostConfig/IpcMode" << containerScenario(R"({"IpcMode":"private"})", kDb);
    QTest::addRow("device cgroup rules on a privileged container")
        << containerScenario(R"({"Privileged":true,"DeviceCgroupRules":["c 1:3 rwm"]})") << "ignored-option" << W
        << "/hostConfig/DeviceCgroupRules" << containerScenario(R"({"DeviceCgroupRules":["c 1:3 rwm"]})");
    QTest::addRow("cap-add on a privileged container")
        << containerScenario(R"({"Privileged":true,"CapAdd":["NET_ADMIN"]})") << "ignored-option" << W
        << "/hostConfig/CapAdd" << containerScenario(R"({"CapAdd":["NET_ADMIN"]})");
    QTest::addRow("shm size with the host's IPC")
        << containerScenario(R"({"IpcMode":"host","ShmSize":1048576})") << "ignored-option" << W
        << "/hostConfig/ShmSize" << containerScenario(R"({"IpcMode":"private","ShmSize":1048576})");
    QTest::addRow("container: unknown capability")
        << containerScenario(R"({"CapAdd":["NET_ADMN"]})") << "capability-unknown" << E << "/hostConfig/CapAdd/0"
        << containerScenario(R"({"CapAdd":["net_admin"]})");
    QTest::addRow("container: unknown key")
        << containerScenario(R"({"Privilegd":true})") << "unknown-key" << W << "/hostConfig/Privilegd"
        << containerScenario(R"({"Privileged":true})");
    QTest::addRow("create body: reference missing")
        << QByteArray(R"({"Cmd":["sh"],"HostConfig":{"NetworkMode":"container:nope"}})")
        << "container-reference-missing" << E << "/HostConfig/NetworkMode"
        << QByteArray(R"({"Cmd":["sh"],"HostConfig":{"NetworkMode":"bridge"}})");
}

void TestValidator::lint()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, code);
    QFETCH(Severity, severity);
    QFETCH(QString, pointer);
    QFETCH(QByteArray, fixed);
    const ValidationReport r = validateText(str(input), m_host);
    QVERIFY2(r.decoded, qPrintable(describe(r)));
    const Diagnostic *found = nullptr;
    for (const auto &d : r.diagnostics)
        if (d.code == code.toStdString() && d.inputPointer == pointer.toStdString())
            found = &d;
    QVERIFY2(found, qPrintable(describe(r)));
    QCOMPARE(found->severity, severity);
    QCOMPARE(found->file, std::string("test.json"));

    const ValidationReport ok = validateText(str(fixed), m_host);
    QVERIFY2(ok.decoded, qPrintable(describe(ok)));
    QVERIFY2(!findCode(ok, code.toStdString()), qPrintable(describe(ok)));
}

QTEST_APPLESS_MAIN(TestValidator)
#include "tst_validator.moc"
