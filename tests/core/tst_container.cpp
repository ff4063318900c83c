// Containers: every Docker 29.7.2 container fixture, built through
// oci::container::build and compared byte for byte (or refused with Docker's
// message), plus Docker behaviours the fixtures do not cover.

#include "container.h"
#include "containerstate.h"
#include "gosort.h"
#include "godecode.h"
#include "hostprofile.h"
#include "json.h"
#include "specencoder.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <string>

using namespace oci;

namespace {

QString fixturesDir()
{
    return QStringLiteral(OCISTUDIO_FIXTURES_DIR);
}

std::string readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

HostProfile fixtureHost()
{
    const std::string text = readFile(fixturesDir() + QStringLiteral("/host.json"));
    json::Value v;
    json::ParseError err;
    HostProfile host = HostProfile::defaults();
    if (!json::parse(text, v, err))
        return host;
    Diagnostics diags;
    godecode::Decoder d(text, "host.json", diags);
    decodeHostProfile(d, v, godecode::Path(), host);
    return host;
}

struct Built {
    BuildResult result;
    std::string compact;
    std::string diagnostics;
};

Built buildText(const std::string &text, InputKind kind, const HostProfile &host, const BuildOptions &options = {})
{
    Built b;
    json::Value root;
    json::ParseError err;
    if (!json::parse(text, root, err)) {
        b.diagnostics = "parse error: " + err.message;
        return b;
    }
    godecode::Decoder d(text, "case.json", b.result.diagnostics);
    container::build(root, kind, d, options, host, b.result);
    for (const auto &diag : b.result.diagnostics)
        b.diagnostics += diag.format() + "\n";
    if (b.result.decoded && !b.result.refused)
        b.compact = encodeCompact(b.result.spec);
    return b;
}

// A scenario around the given hostConfig / config JSON members.
std::string scenario(const std::string &config, const std::string &hostConfig, const std::string &engine = "{}")
{
    return R"({"kind":"container","id":"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",)"
           R"("name":"t","config":)"
        + config + R"(,"hostConfig":)" + hostConfig + R"(,"engine":)" + engine + "}";
}

QByteArray q(std::string_view s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

class TestContainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fixtures_data();
    void fixtures();

    void invalidPidMode();
    void invalidUtsAndCgroupnsModes();
    void memorySwapDefaultsToTwiceMemory();
    void nonShareableIpcDonor();
    void readOnlyBindOptionConflicts();
    void pidContainerNotRunning();
    void decodeErrorsAreNotRefusals();
    void duplicateKeysFollowGo();
    void createBodyAndInspect();
    void provenanceOfBinds();
    void tmpfsOptionMerging();
    void customSeccompProfile();
    void devicesUnderDirectory();
    void moreRefusals();
    void engineOptionForCreateBody();
    void goSortMatchesGo();

private:
    HostProfile m_host;
};

void TestContainer::initTestCase()
{
    m_host = fixtureHost();
    QVERIFY(!m_host.devices.empty());
}

void TestContainer::fixtures_data()
{
    QTest::addColumn<QString>("dir");
    const QDir root(fixturesDir() + QStringLiteral("/container"));
    const auto entries = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(!entries.isEmpty());
    for (const QString &name : entries)
        QTest::addRow("%s", qPrintable(name)) << root.filePath(name);
}

void TestContainer::fixtures()
{
    QFETCH(QString, dir);
    const std::string text = readFile(dir + QStringLiteral("/case.json"));
    QVERIFY(!text.empty());
    const Built b = buildText(text, InputKind::Scenario, m_host);
    QVERIFY2(b.result.decoded, b.diagnostics.c_str());

    const QString errorPath = dir + QStringLiteral("/error.txt");
    if (QFile::exists(errorPath)) {
        std::string expected = readFile(errorPath);
        while (!expected.empty() && (expected.back() == '\n' || expected.back() == '\r'))
            expected.pop_back();
        QVERIFY2(b.result.refused, ("not refused; expected: " + expected).c_str());
        QCOMPARE(q(b.result.refusal), q(expected));
        return;
    }
    QVERIFY2(!b.result.refused, b.result.refusal.c_str());
    const std::string expected = readFile(dir + QStringLiteral("/config.json"));
    if (b.compact != expected) {
        // Point at the first differing byte to make the failure readable.
        std::size_t i = 0;
        while (i < b.compact.size() && i < expected.size() && b.compact[i] == expected[i])
            ++i;
        const std::size_t from = i > 80 ? i - 80 : 0;
        const std::string msg = "differs at byte " + std::to_string(i) + "\n got: " + b.compact.substr(from, 240)
            + "\nwant: " + expected.substr(from, 240);
        QFAIL(msg.c_str());
    }
}

void TestContainer::invalidPidMode()
{
    const Built b = buildText(scenario(R"({"Cmd":["sh"]})", R"({"PidMode":"bogus"})"), InputKind::Scenario, m_host);
    QVERIFY(b.result.decoded);
    QVERIFY(b.result.refused);
    QCOMPARE(q(b.result.refusal), QByteArray("invalid PID mode: bogus"));
    QCOMPARE(q(b.result.refusalPointer), QByteArray("/hostConfig/PidMode"));

    const Built empty = buildText(scenario(R"({"Cmd":["sh"]})", R"({"PidMode":"container:"})"), InputKind::Scenario,
                                  m_host);
    QVERIFY(empty.result.refused);
    QCOMPARE(q(empty.result.refusal), QByteArray("invalid PID mode: container:"));
}

void TestContainer::invalidUtsAndCgroupnsModes()
{
    const Built uts = buildText(scenario(R"({"Cmd":["sh"]})", R"({"UTSMode":"private"})"), InputKind::Scenario, m_host);
    QVERIFY(uts.result.refused);
    QCOMPARE(q(uts.result.refusal), QByteArray("invalid UTS mode: private"));
    const Built cg = buildText(scenario(R"({"Cmd":["sh"]})", R"({"CgroupnsMode":"shared"})"), InputKind::Scenario,
                               m_host);
    QVERIFY(cg.result.refused);
    QCOMPARE(q(cg.result.refusal), QByteArray("invalid cgroup namespace mode: shared"));
}

void TestContainer::memorySwapDefaultsToTwiceMemory()
{
    const Built b = buildText(scenario(R"({"Cmd":["sh"]})", R"({"Memory":104857600})"), InputKind::Scenario, m_host);
    QVERIFY2(!b.result.refused, b.result.refusal.c_str());
    const auto &mem = b.result.spec.linux_->resources->memory;
    QVERIFY(mem.has_value());
    QCOMPARE(*mem->limit, std::int64_t(104857600));
    QCOMPARE(*mem->swap, std::int64_t(209715200));
    // cgroup v2 has no OOM-killer switch: the adapted `false` is discarded.
    QVERIFY(!mem->disableOOMKiller.has_value());
    const Origin *o = b.result.provenance.lookup("/linux/resources/memory/swap");
    QVERIFY(o);
    QCOMPARE(o->inputs.size(), std::size_t(1));
    QCOMPARE(q(o->inputs[0]), QByteArray("/hostConfig/Memory"));

    // An explicit -1 (unlimited swap) writes no swap limit.
    const Built unlimited = buildText(scenario(R"({"Cmd":["sh"]})", R"({"Memory":104857600,"MemorySwap":-1})"),
                                      InputKind::Scenario, m_host);
    QVERIFY(!unlimited.result.spec.linux_->resources->memory->swap.has_value());

    const Built noMemory = buildText(scenario(R"({"Cmd":["sh"]})", R"({"MemorySwap":104857600})"),
                                     InputKind::Scenario, m_host);
    QVERIFY(noMemory.result.refused);
    QCOMPARE(q(noMemory.result.refusal),
             QByteArray("You should always set the Memory limit when using Memoryswap limit, see usage"));
}

void TestContainer::nonShareableIpcDonor()
{
    const std::string engine
        = R"({"containers":[{"id":"aaaabbbbccccddddeeeeffff0000111122223333444455556666777788889999","name":"db","pid":42,"running":true,"ipcMode":"private"}]})";
    const Built b = buildText(scenario(R"({"Cmd":["sh"]})", R"({"IpcMode":"container:db"})", engine),
                              InputKind::Scenario, m_host);
    QVERIFY(b.result.refused);
    QCOMPARE(q(b.result.refusal),
             QByteArray("failed to join IPC namespace: container "
                        "aaaabbbbccccddddeeeeffff0000111122223333444455556666777788889999: non-shareable IPC (hint: "
                        "use IpcMode:shareable for the donor container)"));
    const Built missing = buildText(scenario(R"({"Cmd":["sh"]})", R"({"IpcMode":"container:nope"})"),
                                    InputKind::Scenario, m_host);
    QVERIFY(missing.result.refused);
    QCOMPARE(q(missing.result.refusal), QByteArray("No such container: nope"));
}

void TestContainer::readOnlyBindOptionConflicts()
{
    const Built b = buildText(
        scenario(R"({"Cmd":["sh"]})",
                 R"({"Mounts":[{"Type":"bind","Source":"/srv","Target":"/srv","BindOptions":{"ReadOnlyNonRecursive":true}}]})"),
        InputKind::Scenario, m_host);
    QVERIFY(b.result.refused);
    QCOMPARE(q(b.result.refusal), QByteArray("mount options conflict: !ReadOnly && BindOptions.ReadOnlyNonRecursive"));
    QCOMPARE(q(b.result.refusalPointer), QByteArray("/hostConfig/Mounts/0"));

    const Built nonRecursive = buildText(
        scenario(R"({"Cmd":["sh"]})",
                 R"({"Mounts":[{"Type":"bind","Source":"/srv","Target":"/srv","ReadOnly":true,"BindOptions":{"ReadOnlyNonRecursive":true}}]})"),
        InputKind::Scenario, m_host);
    QVERIFY2(!nonRecursive.result.refused, nonRecursive.result.refusal.c_str());
    QVERIFY(nonRecursive.compact.find(R"({"destination":"/srv","type":"bind","source":"/srv","options":["rbind","ro","rprivate"]})")
            != std::string::npos);
}

void TestContainer::pidContainerNotRunning()
{
    const std::string engine
        = R"({"containers":[{"id":"aaaabbbbccccddddeeeeffff0000111122223333444455556666777788889999","name":"app1","pid":42,"running":false}]})";
    const Built b = buildText(scenario(R"({"Cmd":["sh"]})", R"({"PidMode":"container:app1"})", engine),
                              InputKind::Scenario, m_host);
    QVERIFY(b.result.refused);
    QCOMPARE(q(b.result.refusal),
             QByteArray("failed to join PID namespace: container "
                        "aaaabbbbccccddddeeeeffff0000111122223333444455556666777788889999 is not running"));
}

void TestContainer::decodeErrorsAreNotRefusals()
{
    const Built b = buildText(scenario(R"({"Cmd":"sh"})", R"({"Memory":"1g","BlkioWeight":70000})"),
                              InputKind::Scenario, m_host);
    QVERIFY(!b.result.decoded);
    QVERIFY(!b.result.refused);
    int errors = 0;
    for (const auto &diag : b.result.diagnostics)
        errors += diag.severity == Severity::Error ? 1 : 0;
    QCOMPARE(errors, 3);
}

void TestContainer::duplicateKeysFollowGo()
{
    // A later object merges into the earlier one, a later array replaces it;
    // keys match case-insensitively.
    const Built b = buildText(scenario(R"({"Cmd":["a"],"cmd":["b","c"]})",
                                       R"({"CapAdd":["NET_ADMIN"],"capadd":["SYS_TIME"],"Privileged":false})"),
                              InputKind::Scenario, m_host);
    QVERIFY2(!b.result.refused, b.result.refusal.c_str());
    QCOMPARE(b.result.spec.process->args, (std::vector<std::string>{"b", "c"}));
    QCOMPARE(b.result.spec.process->capabilities->bounding.back(), std::string("CAP_SYS_TIME"));
    const Origin *o = b.result.provenance.lookup("/process/args/0");
    QVERIFY(o);
    QCOMPARE(q(o->inputs.at(0)), QByteArray("/config/cmd/0"));
}

void TestContainer::createBodyAndInspect()
{
    const std::string body = R"({"Cmd":["sh"],"Env":["A=1"],"HostConfig":{"NetworkMode":"none"}})";
    const Built b = buildText(body, InputKind::CreateBody, m_host);
    QVERIFY2(b.result.decoded && !b.result.refused, (b.diagnostics + b.result.refusal).c_str());
    // The id is the first 64 hex digits of the SHA-256 of the input.
    const std::string &path = b.result.spec.root->path;
    QCOMPARE(path.size(), std::string("/var/lib/docker/rootfs/overlayfs/").size() + 64);
    QCOMPARE(b.result.spec.process->env.back(), std::string("A=1"));

    const std::string inspect
        = R"([{"Id":"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef","Name":"/web","State":{},)"
          R"("Config":{"Cmd":["nginx"],"Hostname":"0123456789ab"},"HostConfig":{"NetworkMode":"bridge","ShmSize":67108864,"IpcMode":"private"}}])";
    const Built i = buildText(inspect, InputKind::DockerInspect, m_host);
    QVERIFY2(i.result.decoded && !i.result.refused, (i.diagnostics + i.result.refusal).c_str());
    QCOMPARE(i.result.spec.hostname, std::string("0123456789ab"));
    QCOMPARE(i.result.spec.linux_->cgroupsPath,
             std::string("/docker/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"));
    for (const auto &diag : i.result.diagnostics)
        QVERIFY2(diag.code != "unknown-key", diag.format().c_str());

    const Built noConfig = buildText(R"({"HostConfig":{}})", InputKind::CreateBody, m_host);
    QVERIFY(noConfig.result.refused);
    QCOMPARE(q(noConfig.result.refusal), QByteArray("config cannot be empty in order to create a container"));
}

void TestContainer::provenanceOfBinds()
{
    const Built b = buildText(scenario(R"({"Cmd":["sh"]})", R"({"Binds":["/a:/deep/er/path:ro","/b:/x"]})"),
                              InputKind::Scenario, m_host);
    QVERIFY2(!b.result.refused, b.result.refusal.c_str());
    // Sorted by depth: /x (1) before the network files (2) before /deep/er/path (3).
    const auto &mounts = b.result.spec.mounts;
    QCOMPARE(mounts[7].destination, std::string("/x"));
    QCOMPARE(mounts.back().destination, std::string("/deep/er/path"));
    const Origin *x = b.result.provenance.lookup("/mounts/7");
    QVERIFY(x);
    QCOMPARE(q(x->inputs.at(0)), QByteArray("/hostConfig/Binds/1"));
    const Origin *deep = b.result.provenance.lookup("/mounts/" + std::to_string(mounts.size() - 1) + "/options");
    QVERIFY(deep);
    QCOMPARE(q(deep->inputs.at(0)), QByteArray("/hostConfig/Binds/0"));
    const Origin *proc = b.result.provenance.lookup("/mounts/0");
    QVERIFY(proc);
    QCOMPARE(q(proc->step), QByteArray("DefaultLinuxSpec"));
}

void TestContainer::tmpfsOptionMerging()
{
    const auto merged = container::mergeTmpfsOptions({"noexec", "nosuid", "nodev", "rprivate", "ro", "exec", "size=1g",
                                                      "size=2g", "shared"});
    QCOMPARE(merged, (std::vector<std::string>{"nosuid", "nodev", "ro", "exec", "size=2g", "shared"}));
    const Built bad = buildText(scenario(R"({"Cmd":["sh"]})", R"({"Tmpfs":{"/t":"bogus=1"}})"), InputKind::Scenario,
                                m_host);
    QVERIFY(bad.result.refused);
    QCOMPARE(q(bad.result.refusal), QByteArray("invalid tmpfs option \"bogus\""));
}

void TestContainer::customSeccompProfile()
{
    const std::string profile = R"({\"defaultAction\":\"SCMP_ACT_ERRNO\",\"archMap\":[{\"architecture\":\"SCMP_ARCH_X86_64\",\"subArchitectures\":[\"SCMP_ARCH_X86\"]}],)"
                                R"(\"syscalls\":[{\"names\":[\"read\",\"write\"],\"action\":\"SCMP_ACT_ALLOW\"},)"
                                R"({\"name\":\"ptrace\",\"action\":\"SCMP_ACT_ALLOW\",\"includes\":{\"caps\":[\"CAP_SYS_PTRACE\"]}}]})";
    const Built b = buildText(scenario(R"({"Cmd":["sh"]})", R"({"SecurityOpt":["seccomp=)" + profile + R"("]})"),
                              InputKind::Scenario, m_host);
    QVERIFY2(!b.result.refused, b.result.refusal.c_str());
    QVERIFY(b.result.spec.linux_->seccomp.has_value());
    QVERIFY2(b.compact.find(R"("seccomp":{"defaultAction":"SCMP_ACT_ERRNO","architectures":["SCMP_ARCH_X86_64","SCMP_ARCH_X86"],"syscalls":[{"names":["read","write"],"action":"SCMP_ACT_ALLOW"}]})")
                 != std::string::npos,
             b.compact.c_str());
}

void TestContainer::devicesUnderDirectory()
{
    const Built b = buildText(
        scenario(R"({"Cmd":["sh"]})", R"({"Devices":[{"PathOnHost":"/dev/cpu","PathInContainer":"/dev/cpu","CgroupPermissions":"r"}]})"),
        InputKind::Scenario, m_host);
    QVERIFY2(!b.result.refused, b.result.refusal.c_str());
    const auto &devices = b.result.spec.linux_->devices;
    QCOMPARE(devices.size(), std::size_t(2));
    QCOMPARE(devices[0].path, std::string("/dev/cpu/0/cpuid"));
    const Built missing = buildText(
        scenario(R"({"Cmd":["sh"]})", R"({"Devices":[{"PathOnHost":"/dev/nope","PathInContainer":"/dev/nope","CgroupPermissions":"rwm"}]})"),
        InputKind::Scenario, m_host);
    QVERIFY(missing.result.refused);
    QCOMPARE(q(missing.result.refusal),
             QByteArray("error gathering device information while adding custom device \"/dev/nope\": no such file or "
                        "directory"));
}

void TestContainer::moreRefusals()
{
    const std::string remap = R"({"uidMaps":[{"containerID":0,"hostID":100000,"size":65536}],)"
                              R"("gidMaps":[{"containerID":0,"hostID":100000,"size":65536}]})";
    const struct {
        std::string config, hostConfig, engine, expected;
    } cases[] = {
        {R"({"Cmd":["sh"]})", R"({"NetworkMode":"host"})", remap,
         "cannot share the host's network namespace when user namespaces are enabled"},
        {R"({"Cmd":["sh"]})", R"({"PidMode":"host"})", remap,
         "cannot share the host PID namespace when user namespaces are enabled"},
        {R"({"Cmd":["sh"]})", R"({"CgroupParent":"batch"})", R"({"cgroupDriver":"systemd"})",
         R"(cgroup-parent for systemd cgroup should be a valid slice named as "xxx.slice")"},
        {R"({"Cmd":["sh"]})", R"({"NanoCpus":1000000000,"CpuPeriod":100000})", "{}",
         "Conflicting options: Nano CPUs and CPU Period cannot both be set"},
        {R"({"Cmd":["sh"]})", R"({"NanoCpus":3000000000})", "{}",
         "range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available"},
        {R"({"Cmd":["sh"]})", R"({"CpusetMems":"0-x"})", "{}", "Invalid value 0-x for cpuset mems: invalid format: 0-x"},
        {R"({"Cmd":["sh"]})", R"({"Binds":["/a:/x","/b:/x"]})", "{}", "Duplicate mount point: /x"},
        {R"({"Cmd":["sh"]})", R"({"Binds":["/a:/x:rw,ro"]})", "{}", "invalid mode: rw,ro"},
        {R"({"Cmd":["sh"]})", R"({"Binds":["./rel:/x"]})", "{}",
         R"(create ./rel: "./rel" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path)"},
        {R"({"Cmd":["sh"]})", R"({"CapDrop":["NOPE"]})", "{}", R"(invalid CapDrop: unknown capability: "CAP_NOPE")"},
        {R"({"Cmd":["sh"]})", R"({"CapAdd":["SYS_RESOURCE"]})", "{}",
         R"(invalid CapAdd: capability not supported by your kernel or not available in the current environment: "CAP_SYS_RESOURCE")"},
        {R"({"Cmd":["sh"]})", R"({"Sysctls":{"net.ipv4.conf.eth0.forwarding":"1"}})", "{}",
         R"(interface specific sysctl setting "net.ipv4.conf.eth0.forwarding" must be supplied using driver option 'com.docker.network.endpoint.sysctls')"},
        {R"({"Cmd":["sh"],"User":"app:nogroup"})", "{}", "{}", "unable to find user app: no matching entries in passwd file"},
        {R"({"Cmd":["sh"]})", R"({"GroupAdd":["staff"]})", "{}", "unable to find group staff: no matching entries in group file"},
        {R"({"Cmd":["sh"]})", R"({"DeviceCgroupRules":["c 1:3 rwmm"]})", "{}",
         "invalid device cgroup rule format: 'c 1:3 rwmm'"},
        {R"({"Cmd":["sh"]})", R"({"SecurityOpt":["seccomp"]})", "{}", R"(invalid --security-opt 1: "seccomp")"},
        {R"({"Cmd":["sh"]})", R"({"Mounts":[{"Type":"tmpfs","Target":"/t","Source":"x"}]})", "{}",
         R"(invalid mount config for type "tmpfs": field Source must not be specified)"},
    };
    for (const auto &tc : cases) {
        const Built b = buildText(scenario(tc.config, tc.hostConfig, tc.engine), InputKind::Scenario, m_host);
        QVERIFY2(b.result.decoded, b.diagnostics.c_str());
        QVERIFY2(b.result.refused, tc.expected.c_str());
        QCOMPARE(q(b.result.refusal), q(tc.expected));
    }
}

void TestContainer::engineOptionForCreateBody()
{
    json::Value engine;
    json::ParseError err;
    QVERIFY(json::parse(R"({"root":"/data/docker","cgroupDriver":"systemd","initPath":"/opt/init"})", engine, err));
    BuildOptions options;
    options.engine = &engine;
    options.id = "feedfacefeedfacefeedfacefeedfacefeedfacefeedfacefeedfacefeedface";
    const Built b = buildText(R"({"Cmd":["sh"],"HostConfig":{"Init":true}})", InputKind::CreateBody, m_host, options);
    QVERIFY2(b.result.decoded && !b.result.refused, (b.diagnostics + b.result.refusal).c_str());
    QCOMPARE(b.result.spec.root->path, std::string("/data/docker/rootfs/overlayfs/") + *options.id);
    QCOMPARE(b.result.spec.linux_->cgroupsPath, std::string("system.slice:docker:") + *options.id);
    QCOMPARE(b.result.spec.process->args.front(), std::string("/sbin/docker-init"));
    QVERIFY(b.compact.find(R"({"destination":"/sbin/docker-init","type":"bind","source":"/opt/init","options":["bind","ro"]})")
            != std::string::npos);
    const Origin *o = b.result.provenance.lookup("/linux/cgroupsPath");
    QVERIFY(o);
    QVERIFY(std::find(o->inputs.begin(), o->inputs.end(), "engine:/cgroupDriver") != o->inputs.end());
}

void TestContainer::goSortMatchesGo()
{
    // sort.Sort on keys with many ties, as Go 1.19+ orders them (checked against Go).
    auto run = [](int t) {
        std::uint64_t seed = 12345;
        std::vector<int> keys, ids;
        for (int k = 0; k <= t; ++k) {
            const int n = 1 + k % 120;
            keys.assign(static_cast<std::size_t>(n), 0);
            ids.assign(static_cast<std::size_t>(n), 0);
            for (int i = 0; i < n; ++i) {
                seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
                keys[static_cast<std::size_t>(i)] = static_cast<int>((seed >> 33) % static_cast<std::uint64_t>(1 + k % 7));
                ids[static_cast<std::size_t>(i)] = i;
            }
            if (k < t)
                continue;
            gosort::sort(
                keys.size(),
                [&](std::ptrdiff_t i, std::ptrdiff_t j) {
                    return keys[static_cast<std::size_t>(i)] < keys[static_cast<std::size_t>(j)];
                },
                [&](std::ptrdiff_t i, std::ptrdiff_t j) {
                    std::swap(keys[static_cast<std::size_t>(i)], keys[static_cast<std::size_t>(j)]);
                    std::swap(ids[static_cast<std::size_t>(i)], ids[static_cast<std::size_t>(j)]);
                });
        }
        return ids;
    };
    QCOMPARE(run(39), (std::vector<int>{10, 28, 26, 23, 21, 5,  14, 7,  20, 39, 11, 34, 9,  0,  29, 36, 13, 6,  35, 16,
                                        31, 30, 19, 8,  24, 32, 22, 18, 2,  4,  1,  27, 25, 33, 17, 15, 12, 37, 38, 3}));
}

QTEST_GUILESS_MAIN(TestContainer)
#include "tst_container.moc"
