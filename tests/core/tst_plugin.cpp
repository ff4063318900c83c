// The plugin builder against Docker 29.7.2's own output, plus the parts of
// install/set/InitSpec whose quirks the fixtures only touch.

#include "builder.h"
#include "godecode.h"
#include "initspec.h"
#include "plugin.h"
#include "specencoder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

#include <atomic>
#include <thread>

using namespace oci;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString fixtures()
{
    return QStringLiteral(OCISTUDIO_FIXTURES_DIR);
}

HostProfile fixtureHost()
{
    const QByteArray text = readFile(fixtures() + QStringLiteral("/host.json"));
    json::Value root;
    json::ParseError error;
    if (!json::parse(std::string_view(text.constData(), static_cast<std::size_t>(text.size())), root, error))
        qFatal("host.json: %s", error.message.c_str());
    Diagnostics diags;
    godecode::Decoder d({}, "host.json", diags);
    HostProfile host = HostProfile::defaults();
    decodeHostProfile(d, root, godecode::Path(), host);
    if (d.failed())
        qFatal("host.json does not decode");
    host.origin = "fixture";
    return host;
}

std::shared_ptr<const BuildResult> buildJson(const std::string &text, const HostProfile &host,
                                             std::vector<std::string> extraSet = {})
{
    BuildOptions options;
    options.host = &host;
    options.extraSet = std::move(extraSet);
    return buildText(text, "test.json", options);
}

std::string scenario(const std::string &manifest, const std::string &set = "[]")
{
    return R"({"kind":"plugin","id":"aaaa","rootfs":"/var/lib/docker/plugins/aaaa/rootfs","execRoot":"/run/docker/plugins","manifest":)"
        + manifest + R"(,"set":)" + set + "}";
}

std::vector<std::string> destinations(const spec::Spec &s)
{
    std::vector<std::string> out;
    for (const auto &m : s.mounts)
        out.push_back(m.destination);
    return out;
}

} // namespace

class TestPlugin : public QObject
{
    Q_OBJECT

private:
    HostProfile m_host;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDir(fixtures()).exists(), "the shared fixtures are missing");
        m_host = fixtureHost();
    }

    void fixture_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir base(fixtures() + QStringLiteral("/plugin"));
        const auto names = base.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(names.size() >= 29);
        for (const QString &name : names)
            QTest::addRow("%s", qPrintable(name)) << base.filePath(name);
    }

    // Exactly Docker's bytes, or a refusal where Docker refuses.
    void fixture()
    {
        QFETCH(QString, dir);
        const QByteArray input = readFile(dir + QStringLiteral("/case.json"));
        BuildOptions options;
        options.host = &m_host;
        auto r = buildText(std::string_view(input.constData(), static_cast<std::size_t>(input.size())), "case.json",
                           options);
        QVERIFY(r->decoded);
        QCOMPARE(r->kind, InputKind::Scenario);
        const QByteArray error = readFile(dir + QStringLiteral("/error.txt")).trimmed();
        if (!error.isEmpty()) {
            QVERIFY2(r->refused, error.constData());
            // Docker's message, with the same prefix the fixture records.
            QCOMPARE(QByteArray::fromStdString(r->refusal), error);
            return;
        }
        QVERIFY2(!r->refused, r->refusal.c_str());
        const QByteArray expected = readFile(dir + QStringLiteral("/config.json"));
        QCOMPARE(QByteArray::fromStdString(encodeCompact(r->spec)), expected);
    }

    void bareManifestUsesDigestAsId()
    {
        const std::string manifest = R"({"entrypoint":["/p"],"interface":{"socket":"p.sock","types":["docker.volumedriver/1.0"]}})";
        auto r = buildJson(manifest, m_host);
        QVERIFY(r->decoded && !r->refused);
        QCOMPARE(r->kind, InputKind::PluginManifest);
        // sha256 of the input bytes names the plugin, and so its rootfs.
        QCOMPARE(QByteArray::fromStdString(r->spec.root->path),
                 QByteArray("/var/lib/docker/plugins/")
                     + QCryptographicHash::hash(QByteArray::fromStdString(manifest), QCryptographicHash::Sha256).toHex()
                     + "/rootfs");
    }

    void setSemantics_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<QString>("expectedEnvOrError");
        const QString manifest;
        QTest::addRow("replace existing") << QStringLiteral(R"(["DEBUG=1"])") << QStringLiteral("DEBUG=1");
        QTest::addRow("explicit field") << QStringLiteral(R"(["DEBUG.value=2"])") << QStringLiteral("DEBUG=2");
        QTest::addRow("value with equals") << QStringLiteral(R"(["DEBUG=a=b"])") << QStringLiteral("DEBUG=a=b");
        QTest::addRow("no value") << QStringLiteral(R"(["DEBUG"])") << QStringLiteral("DEBUG=");
        QTest::addRow("leading equals") << QStringLiteral(R"(["=x"])")
                                        << QStringLiteral("set: invalid format, must be <name>[.<field>][=<value>]");
        QTest::addRow("unknown") << QStringLiteral(R"(["NOPE=1"])")
                                 << QStringLiteral("set: setting \"NOPE\" not found in the plugin configuration");
        QTest::addRow("wrong field") << QStringLiteral(R"(["DEBUG.source=1"])")
                                     << QStringLiteral("set: \"DEBUG.source\" is not settable");
        QTest::addRow("later wins") << QStringLiteral(R"(["DEBUG=1","DEBUG=3"])") << QStringLiteral("DEBUG=3");
        // Parsing happens for all arguments before any is applied.
        QTest::addRow("bad format after good") << QStringLiteral(R"(["DEBUG=1","=x"])")
                                               << QStringLiteral("set: invalid format, must be <name>[.<field>][=<value>]");
    }

    void setSemantics()
    {
        QFETCH(QString, set);
        QFETCH(QString, expectedEnvOrError);
        const std::string manifest = R"({"entrypoint":["/p"],"env":[{"name":"DEBUG","value":"0","settable":["value"]}]})";
        auto r = buildJson(scenario(manifest, set.toStdString()), m_host);
        QVERIFY(r->decoded);
        if (expectedEnvOrError.startsWith(QStringLiteral("set: "))) {
            QVERIFY(r->refused);
            QCOMPARE(QString::fromStdString(r->refusal), expectedEnvOrError);
            QVERIFY(!r->refusalPointer.empty());
            return;
        }
        QVERIFY2(!r->refused, r->refusal.c_str());
        QCOMPARE(r->spec.process->env.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(r->spec.process->env[1]), expectedEnvOrError);
    }

    void setMountSourceWritesThroughToManifest()
    {
        const std::string manifest =
            R"({"entrypoint":["/p"],"mounts":[{"name":"state","destination":"/state","type":"bind","source":"/a","options":["rbind"],"settable":["source"]}]})";
        auto r = buildJson(scenario(manifest, R"(["state=/b"])"), m_host);
        QVERIFY(r->decoded && !r->refused);
        const auto it = std::find_if(r->spec.mounts.begin(), r->spec.mounts.end(),
                                     [](const spec::Mount &m) { return m.destination == "/state"; });
        QVERIFY(it != r->spec.mounts.end());
        QCOMPARE(QString::fromStdString(it->source), QStringLiteral("/b"));
        // Provenance names both the manifest mount and the set argument.
        const Origin *o = r->provenance.lookup("/mounts/" + std::to_string(it - r->spec.mounts.begin()) + "/source");
        QVERIFY(o);
        QVERIFY(std::find(o->inputs.begin(), o->inputs.end(), "/set/0") != o->inputs.end());
        QVERIFY(std::find(o->inputs.begin(), o->inputs.end(), "/manifest/mounts/0") != o->inputs.end());
    }

    void argsSplitOnSingleSpaces()
    {
        const std::string manifest = R"({"entrypoint":["/p"],"args":{"name":"args","settable":["value"],"value":["-v"]}})";
        auto r = buildJson(scenario(manifest, R"(["args=a  b"])"), m_host);
        QVERIFY(r->decoded && !r->refused);
        const std::vector<std::string> want = {"/p", "a", "", "b"};
        QCOMPARE(r->spec.process->args, want);
    }

    // Go's range over a slice it shrinks: the mount after a removed one is
    // skipped, so two consecutive user /dev mounts leave the second default.
    void devRemovalQuirk()
    {
        const std::string manifest =
            R"({"entrypoint":["/p"],"mounts":[{"destination":"/dev/mqueue","type":"bind","source":"/x"},{"destination":"/dev/shm","type":"bind","source":"/y"}]})";
        auto r = buildJson(scenario(manifest), m_host);
        QVERIFY(r->decoded && !r->refused);
        const auto d = destinations(r->spec);
        // The default /dev/mqueue (slot 5) goes and the default /dev/shm
        // slides into slot 5, so it is never looked at; slot 6 then holds the
        // user's /dev/mqueue, which goes too. Both /dev/shm mounts survive.
        QCOMPARE(std::count(d.begin(), d.end(), std::string("/dev/mqueue")), 0);
        QCOMPARE(std::count(d.begin(), d.end(), std::string("/dev/shm")), 2);
    }

    void capabilitiesAreAppendedWithoutDeduplication()
    {
        const std::string manifest = R"({"entrypoint":["/p"],"linux":{"capabilities":["CAP_CHOWN","CAP_SYS_ADMIN"]}})";
        auto r = buildJson(scenario(manifest), m_host);
        QVERIFY(r->decoded && !r->refused);
        const auto &caps = *r->spec.process->capabilities;
        QCOMPARE(std::count(caps.bounding.begin(), caps.bounding.end(), std::string("CAP_CHOWN")), 2);
        const std::vector<std::string> inheritable = {"CAP_CHOWN", "CAP_SYS_ADMIN"};
        QCOMPARE(caps.inheritable, inheritable);
    }

    void duplicateKeysFollowGo()
    {
        // A later object merges into the earlier struct; a later array replaces.
        const std::string manifest =
            R"({"entrypoint":["/p"],"Linux":{"AllowAllDevices":true,"Capabilities":["CAP_NET_ADMIN"]},"linux":{"capabilities":["CAP_IPC_LOCK"]}})";
        auto r = buildJson(scenario(manifest), m_host);
        QVERIFY(r->decoded && !r->refused);
        QCOMPARE(r->spec.linux_->resources->devices.size(), std::size_t(1));
        QVERIFY(r->spec.linux_->resources->devices[0].allow);
        QCOMPARE(r->spec.process->capabilities->inheritable, std::vector<std::string>{"CAP_IPC_LOCK"});
    }

    void deviceDirectoryExpandsInWalkOrder()
    {
        const std::string manifest = R"({"entrypoint":["/p"],"linux":{"devices":[{"name":"cpu","path":"/dev/cpu"}]}})";
        auto r = buildJson(scenario(manifest), m_host);
        QVERIFY(r->decoded && !r->refused);
        QCOMPARE(r->spec.linux_->devices.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(r->spec.linux_->devices[0].path), QStringLiteral("/dev/cpu/0/cpuid"));
        QCOMPARE(QString::fromStdString(r->spec.linux_->devices[1].path), QStringLiteral("/dev/cpu/1/cpuid"));
    }

    void missingDeviceIsRefused()
    {
        const std::string manifest = R"({"entrypoint":["/p"],"linux":{"devices":[{"name":"x","path":"/dev/nothere"}]}})";
        auto r = buildJson(scenario(manifest), m_host);
        QVERIFY(r->decoded);
        QVERIFY(r->refused);
        QVERIFY(r->refusal.find("/dev/nothere") != std::string::npos);
    }

    void deviceIndexAnswersAsTheScan()
    {
        for (const bool sorted : {true, false}) {
            HostProfile host;
            for (const char *path : {"/dev/a", "/dev/b", "/dev/b", "/dev/c/d", "/dev/z"})
                host.devices.push_back({path, "c", static_cast<std::int64_t>(host.devices.size()), 0, 0, 0, 0});
            if (!sorted)
                std::reverse(host.devices.begin(), host.devices.end());
            const HostProfile::DeviceIndex index(host);
            for (const char *path : {"/dev/a", "/dev/b", "/dev/c/d", "/dev/z", "/dev/c", "/dev/0", "/dev/zz"})
                QCOMPARE(index.find(path), host.device(path));
        }
    }

    void decodeErrorsAreLocated_data()
    {
        QTest::addColumn<QString>("manifest");
        QTest::addColumn<QString>("pointer");
        QTest::addRow("string for array") << QStringLiteral(R"({"entrypoint":"/p"})") << QStringLiteral("/manifest/entrypoint");
        QTest::addRow("number for bool") << QStringLiteral(R"({"ipchost":1})") << QStringLiteral("/manifest/ipchost");
        QTest::addRow("uid out of range") << QStringLiteral(R"({"user":{"uid":4294967296}})") << QStringLiteral("/manifest/user/uid");
        QTest::addRow("negative uid") << QStringLiteral(R"({"user":{"UID":-1}})") << QStringLiteral("/manifest/user/UID");
        QTest::addRow("nested wrong type") << QStringLiteral(R"({"mounts":[{"options":"rbind"}]})")
                                           << QStringLiteral("/manifest/mounts/0/options");
    }

    void decodeErrorsAreLocated()
    {
        QFETCH(QString, manifest);
        QFETCH(QString, pointer);
        auto r = buildJson(scenario(manifest.toStdString()), m_host);
        QVERIFY(!r->decoded);
        QVERIFY(hasErrors(r->diagnostics));
        const auto it = std::find_if(r->diagnostics.begin(), r->diagnostics.end(),
                                     [](const Diagnostic &d) { return d.severity == Severity::Error; });
        QCOMPARE(QString::fromStdString(it->inputPointer), pointer);
        QVERIFY(it->line == 1 && it->column > 1);
    }

    void unknownKeysAreReportedNotFatal()
    {
        const std::string manifest = R"({"entrypoint":["/p"],"entrypont":["/q"],"linux":{"namespaces":[]}})";
        auto r = buildJson(scenario(manifest), m_host);
        QVERIFY(r->decoded && !r->refused);
        int unknown = 0;
        bool suggested = false;
        for (const auto &d : r->diagnostics) {
            if (d.code != "unknown-key")
                continue;
            ++unknown;
            suggested = suggested || d.message.find("did you mean \"Entrypoint\"") != std::string::npos;
        }
        QCOMPARE(unknown, 2);
        QVERIFY(suggested);
    }

    void provenanceNamesStepsAndInputs()
    {
        const QByteArray input = readFile(fixtures() + QStringLiteral("/plugin/volume-sshfs/case.json"));
        auto r = buildJson(input.toStdString(), m_host);
        QVERIFY(r->decoded && !r->refused);
        const Origin *cwd = r->provenance.lookup("/process/cwd");
        QVERIFY(cwd);
        QCOMPARE(cwd->step, std::string_view("InitSpec: cwd"));
        const Origin *propagated = r->provenance.lookup("/linux/rootfsPropagation");
        QVERIFY(propagated);
        QCOMPARE(propagated->inputs.at(0), std::string_view("/manifest/propagatedmount"));
        const Origin *def = r->provenance.lookup("/linux/maskedPaths/0");
        QVERIFY(def);
        QVERIFY(def->inputs.empty());
        const Origin *cap = r->provenance.lookup("/process/capabilities/inheritable/0");
        QVERIFY(cap);
        QCOMPARE(cap->inputs.at(0), std::string_view("/manifest/linux/capabilities/0"));
    }

    // Records hold views into the provenance's own storage: copies and moves
    // must keep every lookup, erase and array shift working.
    void provenanceCopiesMovesAndShifts()
    {
        Provenance p;
        std::string step = "Step A";
        p.record("", "DefaultLinuxSpec");
        for (int i = 0; i < 300; ++i) // past the first arena block and index size
            p.record("/list/" + std::to_string(i), step, {std::string("/in/") + std::to_string(i), "host:/x"});
        step = "overwritten"; // the record keeps its own copy
        p.record("/list/5", "Step B", std::vector<std::string>{"/later"});
        QCOMPARE(p.lookup("/list/5/deep")->step, std::string_view("Step B"));
        QCOMPARE(p.lookup("/list/7")->step, std::string_view("Step A"));
        QCOMPARE(p.lookup("/list/7")->inputs.at(0), std::string_view("/in/7"));
        QCOMPARE(p.lookup("/other")->step, std::string_view("DefaultLinuxSpec"));

        Provenance copy(p);
        Provenance moved(std::move(p));
        p.record("/fresh", "Fresh"); // a moved-from provenance is empty and usable
        QCOMPARE(p.entries().size(), std::size_t(1));
        for (const Provenance *q : {&copy, &moved}) {
            QCOMPARE(q->lookup("/list/299")->inputs.at(1), std::string_view("host:/x"));
            QCOMPARE(q->lookup("/list/5")->inputs.at(0), std::string_view("/later"));
        }

        moved.eraseArrayElement("/list", 3);
        QCOMPARE(moved.lookup("/list/3")->inputs.at(0), std::string_view("/in/4"));
        QCOMPARE(moved.lookup("/list/298")->inputs.at(0), std::string_view("/in/299"));
        QCOMPARE(moved.lookup("/list/299")->step, std::string_view("DefaultLinuxSpec"));
        moved.erase("/list");
        QCOMPARE(moved.lookup("/list/0")->step, std::string_view("DefaultLinuxSpec"));
        moved.record("/list/0", "Again");
        QCOMPARE(moved.lookup("/list/0")->step, std::string_view("Again"));
        QCOMPARE(copy.lookup("/list/3")->inputs.at(0), std::string_view("/in/3")); // the copy is independent
    }

    // Element pointers given in parts are the same records as whole ones.
    void provenanceRecordsElementsInParts()
    {
        Provenance p;
        p.recordElement("/mounts", 12, "/options", "Step", {"/a", ""});
        p.recordElementNonEmpty("/process/env", 0, "", "Step", {"", "/b"});
        p.recordElementNonEmpty("/linux/devices", 3, "", "Other", std::vector<std::string>{"/c", ""});
        QCOMPARE(p.entries().size(), std::size_t(3));
        QCOMPARE(p.entries()[0].pointer, std::string_view("/mounts/12/options"));
        QCOMPARE(p.entries()[0].origin.inputs.size(), std::size_t(2));
        QCOMPARE(p.lookup("/mounts/12/options/0")->inputs.at(0), std::string_view("/a"));
        QCOMPARE(p.lookup("/process/env/0")->inputs.size(), std::size_t(1));
        QCOMPARE(p.lookup("/process/env/0")->inputs.at(0), std::string_view("/b"));
        QCOMPARE(p.lookup("/linux/devices/3")->step, std::string_view("Other"));
        QVERIFY(!p.lookup("/mounts/1"));
    }

    // The index is built by the first lookup: threads reading one result
    // at once must all see it whole.
    void provenanceLookupsFromThreads()
    {
        Provenance p;
        p.record("", "DefaultLinuxSpec");
        for (int i = 0; i < 2000; ++i)
            p.record("/list/" + std::to_string(i), "Step", {"/in/" + std::to_string(i)});
        std::atomic<int> wrong = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&] {
                for (int i = 0; i < 2000; ++i) {
                    const Origin *o = p.lookup("/list/" + std::to_string(i) + "/x");
                    if (!o || o->inputs.at(0) != "/in/" + std::to_string(i))
                        ++wrong;
                }
            });
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(wrong.load(), 0);
    }

    void provenancePreparedIndexFollowsLaterRecords()
    {
        // The GUI's worker indexes a result before publishing it; records
        // and erasures after that must keep the index true.
        Provenance p;
        p.record("", "DefaultLinuxSpec");
        p.record("/process/env", "WithEnv", {"/config/Env"});
        p.prepareLookups();
        QCOMPARE(p.lookup("/process/env/0")->step, std::string_view("WithEnv"));
        p.record("/process/env/0", "WithUser", {"/config/User"});
        QCOMPARE(p.lookup("/process/env/0")->step, std::string_view("WithUser"));
        p.erase("/process/env");
        QCOMPARE(p.lookup("/process/env/0")->step, std::string_view("DefaultLinuxSpec"));
        p.prepareLookups(); // a second call changes nothing
        QCOMPARE(p.lookup("/process")->step, std::string_view("DefaultLinuxSpec"));
    }
};

QTEST_GUILESS_MAIN(TestPlugin)
#include "tst_plugin.moc"
