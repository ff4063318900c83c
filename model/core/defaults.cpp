#include "defaults.h"

namespace oci {

namespace {
constexpr const char *kStep = "DefaultLinuxSpec";

spec::Mount mount(const char *destination, const char *type, const char *source, spec::Strings options)
{
    spec::Mount m;
    m.destination = destination;
    m.type = type;
    m.source = source;
    m.options = std::move(options);
    return m;
}

spec::LinuxDeviceCgroup rule(bool allow, const char *type, std::optional<std::int64_t> major,
                             std::optional<std::int64_t> minor)
{
    spec::LinuxDeviceCgroup r;
    r.allow = allow;
    r.type = type;
    r.major = major;
    r.minor = minor;
    r.access = "rwm";
    return r;
}
} // namespace

const std::vector<std::string> &defaultCapabilities()
{
    static const std::vector<std::string> caps = {
        "CAP_CHOWN",  "CAP_DAC_OVERRIDE", "CAP_FSETID",           "CAP_FOWNER",     "CAP_MKNOD",
        "CAP_NET_RAW", "CAP_SETGID",      "CAP_SETUID",           "CAP_SETFCAP",    "CAP_SETPCAP",
        "CAP_NET_BIND_SERVICE",           "CAP_SYS_CHROOT",       "CAP_KILL",       "CAP_AUDIT_WRITE",
    };
    return caps;
}

namespace {
spec::Spec buildDefaultLinuxSpec()
{
    spec::Spec s;
    s.ociVersion = "1.3.0";
    auto &process = s.process.emplace();
    auto &caps = process.capabilities.emplace();
    caps.bounding = defaultCapabilities();
    caps.permitted = defaultCapabilities();
    caps.effective = defaultCapabilities();
    s.root.emplace();
    s.mounts = {
        mount("/proc", "proc", "proc", {"nosuid", "noexec", "nodev"}),
        mount("/dev", "tmpfs", "tmpfs", {"nosuid", "strictatime", "mode=755", "size=65536k"}),
        mount("/dev/pts", "devpts", "devpts",
              {"nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"}),
        mount("/sys", "sysfs", "sysfs", {"nosuid", "noexec", "nodev", "ro"}),
        mount("/sys/fs/cgroup", "cgroup", "cgroup", {"ro", "nosuid", "noexec", "nodev"}),
        mount("/dev/mqueue", "mqueue", "mqueue", {"nosuid", "noexec", "nodev"}),
        mount("/dev/shm", "tmpfs", "shm", {"nosuid", "noexec", "nodev", "mode=1777"}),
    };
    auto &lx = s.linux_.emplace();
    lx.maskedPaths = {
        "/proc/acpi",          "/proc/asound",      "/proc/interrupts", "/proc/kcore",
        "/proc/keys",          "/proc/latency_stats", "/proc/sched_debug", "/proc/scsi",
        "/proc/timer_list",    "/proc/timer_stats", "/sys/devices/virtual/powercap", "/sys/firmware",
    };
    lx.readonlyPaths = {"/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"};
    for (const char *type : {"mount", "network", "time", "uts", "pid", "ipc"})
        lx.namespaces.push_back({type, {}});
    auto &resources = lx.resources.emplace();
    resources.devices = {
        rule(false, "", std::nullopt, std::nullopt),
        rule(true, "c", 1, 5),
        rule(true, "c", 1, 3),
        rule(true, "c", 1, 9),
        rule(true, "c", 1, 8),
        rule(true, "c", 5, 0),
        rule(true, "c", 5, 1),
        rule(false, "c", 10, 229),
    };
    return s;
}
} // namespace

const spec::Spec &defaultLinuxSpecPrototype()
{
    // Every build starts from this spec: built once, then copied (a copy
    // allocates the same strings but skips the initializer lists' own).
    static const spec::Spec prototype = buildDefaultLinuxSpec();
    return prototype;
}

spec::Spec defaultLinuxSpec(Provenance *provenance)
{
    if (provenance)
        provenance->record("", kStep);
    return defaultLinuxSpecPrototype();
}

spec::Spec defaultLinuxSpecBase(Provenance *provenance)
{
    static const spec::Spec prototype = [] {
        spec::Spec s = defaultLinuxSpecPrototype();
        s.linux_->maskedPaths.clear();
        s.linux_->readonlyPaths.clear();
        s.mounts.clear();
        auto &caps = *s.process->capabilities;
        caps.bounding.clear();
        caps.effective.clear();
        caps.permitted.clear();
        return s;
    }();
    if (provenance)
        provenance->record("", kStep);
    return prototype;
}

namespace {
// `from` copied into `to` with room for `room` more elements: a copy has
// none, and its first append would move every element to a new array.
template<typename T>
void copyWithRoom(std::vector<T> &to, const std::vector<T> &from, std::size_t room)
{
    to.reserve(from.size() + room);
    to.assign(from.begin(), from.end());
}
} // namespace

spec::Spec defaultLinuxSpec(const HostProfile &host, Provenance *provenance)
{
    // InitSpec appends the plugin's mounts, the runtime directory and the
    // network files, the plugin's capabilities and device rules; the host
    // adds masked paths. Those lists are copied into room for them.
    const spec::Spec &defaults = defaultLinuxSpecPrototype();
    static const spec::Spec hollow = [&defaults] {
        spec::Spec s = defaults;
        s.mounts = {};
        auto &caps = *s.process->capabilities;
        caps.bounding = {};
        caps.permitted = {};
        caps.effective = {};
        s.linux_->maskedPaths = {};
        s.linux_->resources->devices = {};
        return s;
    }();
    spec::Spec s = hollow;
    copyWithRoom(s.mounts, defaults.mounts, 8);
    const auto &fromCaps = *defaults.process->capabilities;
    auto &caps = *s.process->capabilities;
    copyWithRoom(caps.bounding, fromCaps.bounding, 4);
    copyWithRoom(caps.permitted, fromCaps.permitted, 4);
    copyWithRoom(caps.effective, fromCaps.effective, 4);
    copyWithRoom(s.linux_->maskedPaths, defaults.linux_->maskedPaths, host.cpuThermalThrottlePaths.size());
    // One more rule keeps the rules' array within glibc's per-thread cache
    // of small blocks (up to 1 KiB; room for four took the slower path and
    // cost a plugin without devices 600 instructions).
    copyWithRoom(s.linux_->resources->devices, defaults.linux_->resources->devices, 1);
    if (provenance)
        provenance->record("", kStep);
    for (const auto &path : host.cpuThermalThrottlePaths)
        s.linux_->maskedPaths.push_back(path);
    if (provenance && !host.cpuThermalThrottlePaths.empty())
        provenance->record("/linux/maskedPaths", kStep, {"host:/cpuThermalThrottlePaths"});
    return s;
}

} // namespace oci
