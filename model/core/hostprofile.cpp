#include "hostprofile.h"

#include "godecode.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace oci {

const std::vector<std::string> &allKnownCapabilities()
{
    static const std::vector<std::string> caps = {
        "CAP_CHOWN",          "CAP_DAC_OVERRIDE",   "CAP_DAC_READ_SEARCH", "CAP_FOWNER",
        "CAP_FSETID",         "CAP_KILL",           "CAP_SETGID",          "CAP_SETUID",
        "CAP_SETPCAP",        "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE", "CAP_NET_BROADCAST",
        "CAP_NET_ADMIN",      "CAP_NET_RAW",        "CAP_IPC_LOCK",        "CAP_IPC_OWNER",
        "CAP_SYS_MODULE",     "CAP_SYS_RAWIO",      "CAP_SYS_CHROOT",      "CAP_SYS_PTRACE",
        "CAP_SYS_PACCT",      "CAP_SYS_ADMIN",      "CAP_SYS_BOOT",        "CAP_SYS_NICE",
        "CAP_SYS_RESOURCE",   "CAP_SYS_TIME",       "CAP_SYS_TTY_CONFIG",  "CAP_MKNOD",
        "CAP_LEASE",          "CAP_AUDIT_WRITE",    "CAP_AUDIT_CONTROL",   "CAP_SETFCAP",
        "CAP_MAC_OVERRIDE",   "CAP_MAC_ADMIN",      "CAP_SYSLOG",          "CAP_WAKE_ALARM",
        "CAP_BLOCK_SUSPEND",  "CAP_AUDIT_READ",     "CAP_PERFMON",         "CAP_BPF",
        "CAP_CHECKPOINT_RESTORE",
    };
    return caps;
}

HostProfile HostProfile::defaults()
{
    HostProfile h;
    h.capabilities = allKnownCapabilities();
    h.sysctls = {"net.ipv4.ip_unprivileged_port_start", "net.ipv4.ping_group_range"};
    h.cgroupFeaturesV2 = {"memoryLimit", "swapLimit", "memoryReservation", "cpuShares", "cpuCfs",
                          "blkioWeight", "blkioWeightDevice", "blkioThrottle", "cpuset", "pidsLimit"};
    h.cgroupFeaturesV1 = h.cgroupFeaturesV2;
    h.cgroupFeaturesV1.push_back("oomKillDisable");
    h.cgroupFeaturesV1.push_back("memorySwappiness");
    h.origin = "defaults";
    return h;
}

const HostDevice *HostProfile::device(std::string_view path) const
{
    for (const auto &d : devices)
        if (d.path == path)
            return &d;
    return nullptr;
}

HostProfile::DeviceIndex::DeviceIndex(const HostProfile &host)
    : m_host(host)
{
    const auto byPath = [](const HostDevice &a, const HostDevice &b) { return a.path < b.path; };
    if (std::is_sorted(host.devices.begin(), host.devices.end(), byPath))
        return;
    m_sorted.resize(host.devices.size());
    std::transform(host.devices.begin(), host.devices.end(), m_sorted.begin(), [](const HostDevice &d) { return &d; });
    std::stable_sort(m_sorted.begin(), m_sorted.end(),
                     [&](const HostDevice *a, const HostDevice *b) { return byPath(*a, *b); });
}

const HostDevice *HostProfile::DeviceIndex::find(std::string_view path) const
{
    if (m_sorted.empty()) {
        const auto &devices = m_host.devices;
        const auto it = std::lower_bound(devices.begin(), devices.end(), path,
                                         [](const HostDevice &d, std::string_view p) { return d.path < p; });
        return it != devices.end() && it->path == path ? &*it : nullptr;
    }
    const auto it = std::lower_bound(m_sorted.begin(), m_sorted.end(), path,
                                     [](const HostDevice *d, std::string_view p) { return d->path < p; });
    return it != m_sorted.end() && (*it)->path == path ? *it : nullptr;
}

bool HostProfile::hasSysctl(std::string_view name) const
{
    return std::find(sysctls.begin(), sysctls.end(), name) != sysctls.end();
}

bool HostProfile::hasCgroupFeature(int cgroupVersion, std::string_view feature) const
{
    const auto &set = cgroupVersion == 1 ? cgroupFeaturesV1 : cgroupFeaturesV2;
    return std::find(set.begin(), set.end(), feature) != set.end();
}

namespace {

void decodeDevice(godecode::Decoder &d, const json::Value &v, const godecode::Path &path, HostDevice &out)
{
    static constexpr std::array<std::string_view, 7> fields = {"path", "type", "major", "minor", "fileMode", "uid", "gid"};
    godecode::decodeStruct(d, v, path, "HostDevice", fields, [&](int f, const json::Value &m, const godecode::Path &p) {
        switch (f) {
        case 0: godecode::decode(d, m, p, out.path); break;
        case 1: godecode::decode(d, m, p, out.type); break;
        case 2: godecode::decode(d, m, p, out.major); break;
        case 3: godecode::decode(d, m, p, out.minor); break;
        case 4: godecode::decode(d, m, p, out.fileMode); break;
        case 5: godecode::decode(d, m, p, out.uid); break;
        case 6: godecode::decode(d, m, p, out.gid); break;
        }
    });
}

} // namespace

void decodeHostProfile(godecode::Decoder &d, const json::Value &v, const godecode::Path &path, HostProfile &out)
{
    static constexpr std::array<std::string_view, 21> fields = {
        "description", "engineVersion", "ociVersion", "kernel", "hostname", "capabilities", "devices",
        "sysctls", "cpuThermalThrottlePaths", "numCPU", "cpus", "mems", "cgroupFeatures",
        "recursiveReadOnly", "appArmor", "seLinux", "inUserNamespace", "lockedMountFlags", "defaultPath",
        "origin", "comment"};
    std::string ignored;
    godecode::decodeStruct(d, v, path, "HostProfile", fields, [&](int f, const json::Value &m, const godecode::Path &p) {
        switch (f) {
        case 0: godecode::decode(d, m, p, ignored); break;
        case 1: godecode::decode(d, m, p, out.engineVersion); break;
        case 2: godecode::decode(d, m, p, out.ociVersion); break;
        case 3: godecode::decode(d, m, p, out.kernel); break;
        case 4: godecode::decode(d, m, p, out.hostname); break;
        case 5: godecode::decode(d, m, p, out.capabilities); break;
        case 6:
            godecode::decodeSlice(d, m, p, out.devices, "[]HostDevice",
                                  [&](const json::Value &e, const godecode::Path &ep, HostDevice &dev) {
                                      decodeDevice(d, e, ep, dev);
                                  });
            break;
        case 7: godecode::decode(d, m, p, out.sysctls); break;
        case 8: godecode::decode(d, m, p, out.cpuThermalThrottlePaths); break;
        case 9: godecode::decode(d, m, p, out.numCPU); break;
        case 10: godecode::decode(d, m, p, out.cpus); break;
        case 11: godecode::decode(d, m, p, out.mems); break;
        case 12: {
            static constexpr std::array<std::string_view, 2> versions = {"v1", "v2"};
            godecode::decodeStruct(d, m, p, "CgroupFeatures", versions,
                                   [&](int vf, const json::Value &fm, const godecode::Path &fp) {
                                       godecode::decode(d, fm, fp, vf == 0 ? out.cgroupFeaturesV1 : out.cgroupFeaturesV2);
                                   });
            break;
        }
        case 13: godecode::decode(d, m, p, out.recursiveReadOnly); break;
        case 14: godecode::decode(d, m, p, out.appArmor); break;
        case 15: godecode::decode(d, m, p, out.seLinux); break;
        case 16: godecode::decode(d, m, p, out.inUserNamespace); break;
        case 17: godecode::decode(d, m, p, out.lockedMountFlags); break;
        case 18: godecode::decode(d, m, p, out.defaultPath); break;
        default: godecode::decode(d, m, p, ignored); break;
        }
    });
}

namespace {

std::string readFirstLine(const char *path)
{
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    return line;
}

void probeDevices(const std::filesystem::path &dir, std::vector<HostDevice> &out, int depth)
{
    std::error_code ec;
    if (depth > 4)
        return;
    for (const auto &entry : std::filesystem::directory_iterator(dir, ec)) {
        struct stat st {};
        if (lstat(entry.path().c_str(), &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            const auto name = entry.path().filename().string();
            if (name == "pts" || name == "shm" || name == "mqueue")
                continue;
            probeDevices(entry.path(), out, depth + 1);
            continue;
        }
        HostDevice dev;
        if (S_ISCHR(st.st_mode))
            dev.type = "c";
        else if (S_ISBLK(st.st_mode))
            dev.type = "b";
        else if (S_ISFIFO(st.st_mode))
            dev.type = "p";
        else
            continue;
        dev.path = entry.path().string();
        dev.major = major(st.st_rdev);
        dev.minor = minor(st.st_rdev);
        dev.fileMode = st.st_mode & 07777;
        dev.uid = st.st_uid;
        dev.gid = st.st_gid;
        out.push_back(std::move(dev));
    }
}

} // namespace

HostProfile probeLocalHost()
{
    HostProfile h = HostProfile::defaults();
    h.origin = "probe";
    char name[256] = {};
    if (gethostname(name, sizeof name - 1) == 0)
        h.hostname = name;
    h.kernel = readFirstLine("/proc/sys/kernel/osrelease");

    // The bounding set of this process stands in for the daemon's.
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("CapBnd:", 0) != 0)
            continue;
        const unsigned long long mask = std::stoull(line.substr(7), nullptr, 16);
        h.capabilities.clear();
        const auto &all = allKnownCapabilities();
        for (std::size_t bit = 0; bit < all.size(); ++bit)
            if (mask & (1ULL << bit))
                h.capabilities.push_back(all[bit]);
    }

    probeDevices("/dev", h.devices, 0);
    std::sort(h.devices.begin(), h.devices.end(), [](const HostDevice &a, const HostDevice &b) { return a.path < b.path; });

    h.sysctls.clear();
    for (const char *sysctl : {"net.ipv4.ip_unprivileged_port_start", "net.ipv4.ping_group_range"}) {
        std::string p = "/proc/sys/";
        for (const char *c = sysctl; *c; ++c)
            p.push_back(*c == '.' ? '/' : *c);
        if (access(p.c_str(), F_OK) == 0)
            h.sysctls.emplace_back(sysctl);
    }
    const long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    h.numCPU = cpus > 0 ? cpus : 1;
    const std::string possible = readFirstLine("/sys/devices/system/cpu/online");
    if (!possible.empty())
        h.cpus = possible;
    for (long cpu = 0; cpu < h.numCPU; ++cpu) {
        const std::string p = "/sys/devices/system/cpu/cpu" + std::to_string(cpu) + "/thermal_throttle";
        if (access(p.c_str(), F_OK) == 0)
            h.cpuThermalThrottlePaths.push_back(p);
    }
    h.appArmor = readFirstLine("/sys/module/apparmor/parameters/enabled") == "Y";
    h.seLinux = access("/sys/fs/selinux/enforce", F_OK) == 0;
    return h;
}

} // namespace oci
