#include "containerconfig.h"

#include "gojson.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cstring>

namespace oci::container {

using godecode::Decoder;
using godecode::Path;

Sources &Sources::operator=(const Sources &other)
{
    if (this == &other)
        return *this;
    // The copy's views must be of its own blocks.
    *this = Sources();
    m_map.reserve(other.m_map.size());
    for (const Entry &e : other.m_map)
        set(e.name, e.pointer);
    return *this;
}

void Sources::set(std::string_view field, const godecode::Path &path)
{
    // Spelled into a buffer kept per thread, then stored: the pointer's
    // length is only known once spelled.
    thread_local std::string spelled;
    spelled.clear();
    path.appendTo(spelled);
    at(field) = store(spelled);
}

std::string_view &Sources::at(std::string_view field)
{
    const std::uint32_t key = keyOf(field);
    if (const std::size_t n = indexOf(field, key); n < m_map.size())
        return m_map[n].pointer;
    if (m_map.empty())
        m_map.reserve(8);
    m_map.push_back(Entry{field, key, {}});
    if (m_map.size() <= kHashed) {
        std::size_t i = slotOf(key);
        while (m_slots[i] != 0)
            i = (i + 1) % kSlots;
        m_slots[i] = static_cast<std::uint8_t>(m_map.size());
    }
    return m_map.back().pointer;
}

std::string_view Sources::store(std::string_view text)
{
    if (text.empty())
        return {};
    if (m_left < text.size()) {
        // A document's struct sets a handful of fields: one block mostly.
        const std::size_t size = std::max<std::size_t>(512, text.size());
        m_blocks.push_back(std::make_unique_for_overwrite<char[]>(size));
        m_free = m_blocks.back().get();
        m_left = size;
    }
    char *const out = m_free;
    std::memcpy(out, text.data(), text.size());
    m_free += text.size();
    m_left -= text.size();
    return {out, text.size()};
}

std::vector<std::string> Sources::list(std::initializer_list<std::string_view> fields) const
{
    std::vector<std::string> out;
    for (auto f : fields) {
        const std::string_view p = get(f);
        if (!p.empty())
            out.emplace_back(p);
    }
    return out;
}

std::string elementPointer(const Sources &src, std::string_view field, std::size_t index)
{
    const std::string_view list = src.get(field);
    std::string p;
    if (list.empty())
        return p;
    // Room for the slash and the digits: one allocation, not a copy and a
    // growth.
    p.reserve(list.size() + 21);
    p.append(list);
    json::appendPointerIndex(p, index);
    return p;
}

namespace {

// Go decodes `null` into a slice as nil; a JSON array (even empty) makes it
// non-nil. Docker tells the two apart for MaskedPaths and ReadonlyPaths.
void decodeNullableStrings(Decoder &d, const json::Value &v, const Path &path,
                           std::optional<std::vector<std::string>> &out)
{
    if (v.isNull()) {
        out.reset();
        return;
    }
    if (!v.isArray()) {
        d.typeError(v, path, "[]string");
        return;
    }
    if (!out)
        out.emplace();
    godecode::decode(d, v, path, *out);
}

void decodeStringLists(Decoder &d, const json::Value &v, const Path &path, std::vector<std::vector<std::string>> &out)
{
    godecode::decodeSlice(d, v, path, out, "[][]string",
                          [&d](const json::Value &e, const Path &p, std::vector<std::string> &elem) {
                              godecode::decode(d, e, p, elem);
                          });
}

// Go's `map[K]struct{}`: every value must be an object (or null); the keys
// are what counts.
void decodeKeySet(Decoder &d, const json::Value &v, const Path &path, std::string_view goType,
                  std::vector<std::string> &out, bool (*validKey)(std::string_view))
{
    if (v.isNull()) {
        out.clear();
        return;
    }
    if (!v.isObject()) {
        d.typeError(v, path, goType);
        return;
    }
    for (std::size_t i = 0; i < v.size(); ++i) {
        const Path p = path.key(v.key(i));
        const json::Value &e = v.at(i);
        if (validKey && !validKey(v.key(i))) {
            d.error(e, p, "decode-key", "invalid key \"" + v.key(i) + "\" for " + std::string(goType));
            continue;
        }
        if (!e.isNull() && !e.isObject())
            d.typeError(e, p, "struct {}");
        bool found = false;
        for (const auto &k : out)
            found = found || k == v.key(i);
        if (!found)
            out.push_back(v.key(i));
    }
}

// network.Port's UnmarshalText: "<number>[/<proto>]"; empty is allowed.
bool validPortKey(std::string_view s)
{
    if (s.empty())
        return true;
    const auto slash = s.find('/');
    const std::string_view num = s.substr(0, slash);
    std::uint64_t port = 0;
    return godecode::parseUint(num, 16, port);
}

// netip.Addr's UnmarshalText: empty is the zero address.
bool validIP(std::string_view s)
{
    if (s.empty())
        return true;
    std::string text(s);
    const auto zone = text.find('%');
    if (zone != std::string::npos)
        text.resize(zone);
    unsigned char buf[16];
    return inet_pton(AF_INET, text.c_str(), buf) == 1 || inet_pton(AF_INET6, text.c_str(), buf) == 1;
}

void decodeIPList(Decoder &d, const json::Value &v, const Path &path, std::vector<std::string> &out)
{
    godecode::decodeSlice(d, v, path, out, "[]netip.Addr", [&d](const json::Value &e, const Path &p, std::string &s) {
        if (e.isString() && !validIP(e.text())) {
            d.error(e, p, "decode-value", "ParseAddr(\"" + e.text() + "\"): invalid IP address at " + p.pointer());
            return;
        }
        godecode::decode(d, e, p, s);
    });
}

void decodeUlimit(Decoder &d, const json::Value &v, const Path &path, Ulimit &out)
{
    static constexpr std::array<std::string_view, 3> fields = {"Name", "Hard", "Soft"};
    out.pointer = path.pointer();
    godecode::decodeStruct(d, v, path, "units.Ulimit", fields, [&](int f, const json::Value &m, const Path &p) {
        switch (f) {
        case 0: godecode::decode(d, m, p, out.name); break;
        case 1: godecode::decode(d, m, p, out.hard); break;
        case 2: godecode::decode(d, m, p, out.soft); break;
        }
    });
}

void decodeUlimits(Decoder &d, const json::Value &v, const Path &path, std::vector<Ulimit> &out)
{
    godecode::decodeSlice(d, v, path, out, "[]*units.Ulimit", [&d](const json::Value &e, const Path &p, Ulimit &u) {
        decodeUlimit(d, e, p, u);
    });
}

void decodeWeightDevices(Decoder &d, const json::Value &v, const Path &path, std::vector<WeightDevice> &out)
{
    godecode::decodeSlice(d, v, path, out, "[]*blkiodev.WeightDevice",
                          [&d](const json::Value &e, const Path &p, WeightDevice &w) {
                              static constexpr std::array<std::string_view, 2> fields = {"Path", "Weight"};
                              w.pointer = p.pointer();
                              godecode::decodeStruct(d, e, p, "blkiodev.WeightDevice", fields,
                                                     [&](int f, const json::Value &m, const Path &mp) {
                                                         if (f == 0)
                                                             godecode::decode(d, m, mp, w.path);
                                                         else
                                                             godecode::decode(d, m, mp, w.weight);
                                                     });
                          });
}

void decodeThrottleDevices(Decoder &d, const json::Value &v, const Path &path, std::vector<ThrottleDevice> &out)
{
    godecode::decodeSlice(d, v, path, out, "[]*blkiodev.ThrottleDevice",
                          [&d](const json::Value &e, const Path &p, ThrottleDevice &t) {
                              static constexpr std::array<std::string_view, 2> fields = {"Path", "Rate"};
                              t.pointer = p.pointer();
                              godecode::decodeStruct(d, e, p, "blkiodev.ThrottleDevice", fields,
                                                     [&](int f, const json::Value &m, const Path &mp) {
                                                         if (f == 0)
                                                             godecode::decode(d, m, mp, t.path);
                                                         else
                                                             godecode::decode(d, m, mp, t.rate);
                                                     });
                          });
}

void decodeDevices(Decoder &d, const json::Value &v, const Path &path, std::vector<DeviceMapping> &out)
{
    godecode::decodeSlice(d, v, path, out, "[]container.DeviceMapping",
                          [&d](const json::Value &e, const Path &p, DeviceMapping &m) {
                              static constexpr std::array<std::string_view, 3> fields = {
                                  "PathOnHost", "PathInContainer", "CgroupPermissions"};
                              m.pointer = p.pointer();
                              godecode::decodeStruct(d, e, p, "container.DeviceMapping", fields,
                                                     [&](int f, const json::Value &mv, const Path &mp) {
                                                         switch (f) {
                                                         case 0: godecode::decode(d, mv, mp, m.pathOnHost); break;
                                                         case 1: godecode::decode(d, mv, mp, m.pathInContainer); break;
                                                         case 2: godecode::decode(d, mv, mp, m.cgroupPermissions); break;
                                                         }
                                                     });
                          });
}

void decodeDeviceRequests(Decoder &d, const json::Value &v, const Path &path, std::vector<DeviceRequest> &out)
{
    godecode::decodeSlice(d, v, path, out, "[]container.DeviceRequest",
                          [&d](const json::Value &e, const Path &p, DeviceRequest &r) {
                              static constexpr std::array<std::string_view, 5> fields = {
                                  "Driver", "Count", "DeviceIDs", "Capabilities", "Options"};
                              r.pointer = p.pointer();
                              godecode::decodeStruct(d, e, p, "container.DeviceRequest", fields,
                                                     [&](int f, const json::Value &mv, const Path &mp) {
                                                         switch (f) {
                                                         case 0: godecode::decode(d, mv, mp, r.driver); break;
                                                         case 1: godecode::decode(d, mv, mp, r.count); break;
                                                         case 2: godecode::decode(d, mv, mp, r.deviceIDs); break;
                                                         case 3: decodeStringLists(d, mv, mp, r.capabilities); break;
                                                         case 4: godecode::decode(d, mv, mp, r.options); break;
                                                         }
                                                     });
                          });
}

void decodeBindOptions(Decoder &d, const json::Value &v, const Path &path, BindOptions &out)
{
    static constexpr std::array<std::string_view, 5> fields = {
        "Propagation", "NonRecursive", "CreateMountpoint", "ReadOnlyNonRecursive", "ReadOnlyForceRecursive"};
    godecode::decodeStruct(d, v, path, "mount.BindOptions", fields, [&](int f, const json::Value &m, const Path &p) {
        switch (f) {
        case 0: godecode::decode(d, m, p, out.propagation); break;
        case 1: godecode::decode(d, m, p, out.nonRecursive); break;
        case 2: godecode::decode(d, m, p, out.createMountpoint); break;
        case 3: godecode::decode(d, m, p, out.readOnlyNonRecursive); break;
        case 4: godecode::decode(d, m, p, out.readOnlyForceRecursive); break;
        }
    });
}

void decodeVolumeOptions(Decoder &d, const json::Value &v, const Path &path, VolumeOptions &out)
{
    static constexpr std::array<std::string_view, 4> fields = {"NoCopy", "Labels", "Subpath", "DriverConfig"};
    godecode::decodeStruct(d, v, path, "mount.VolumeOptions", fields, [&](int f, const json::Value &m, const Path &p) {
        switch (f) {
        case 0: godecode::decode(d, m, p, out.noCopy); break;
        case 1: godecode::decode(d, m, p, out.labels); break;
        case 2: godecode::decode(d, m, p, out.subpath); break;
        case 3:
            if (m.isNull()) {
                out.driverConfig.reset();
                break;
            }
            if (!out.driverConfig)
                out.driverConfig.emplace();
            {
                static constexpr std::array<std::string_view, 2> driverFields = {"Name", "Options"};
                auto &dc = *out.driverConfig;
                godecode::decodeStruct(d, m, p, "mount.Driver", driverFields,
                                       [&](int df, const json::Value &dm, const Path &dp) {
                                           if (df == 0)
                                               godecode::decode(d, dm, dp, dc.name);
                                           else
                                               godecode::decode(d, dm, dp, dc.options);
                                       });
            }
            break;
        }
    });
}

void decodeTmpfsOptions(Decoder &d, const json::Value &v, const Path &path, TmpfsOptions &out)
{
    static constexpr std::array<std::string_view, 3> fields = {"SizeBytes", "Mode", "Options"};
    godecode::decodeStruct(d, v, path, "mount.TmpfsOptions", fields, [&](int f, const json::Value &m, const Path &p) {
        switch (f) {
        case 0: godecode::decode(d, m, p, out.sizeBytes); break;
        case 1: godecode::decode(d, m, p, out.mode); break;
        case 2: decodeStringLists(d, m, p, out.options); break;
        }
    });
}

// Go pointers to structs: `null` resets, an object allocates (or reuses).
template<typename T, typename F>
void decodeStructPointer(const json::Value &v, std::optional<T> &out, F &&decodeInto)
{
    if (v.isNull()) {
        out.reset();
        return;
    }
    if (!out)
        out.emplace();
    decodeInto(*out);
}

void decodeMount(Decoder &d, const json::Value &v, const Path &path, MountSpec &out)
{
    static constexpr godecode::FieldTable<10> fields = std::array<std::string_view, 10>{
        "Type",         "Source",        "Target",       "ReadOnly",     "Consistency",
        "BindOptions",  "VolumeOptions", "ImageOptions", "TmpfsOptions", "ClusterOptions"};
    out.pointer = path.pointer();
    godecode::decodeStruct(d, v, path, "mount.Mount", fields, [&](int f, const json::Value &m, const Path &p) {
        out.src.set(fields[static_cast<std::size_t>(f)], p);
        switch (f) {
        case 0: godecode::decode(d, m, p, out.type); break;
        case 1: godecode::decode(d, m, p, out.source); break;
        case 2: godecode::decode(d, m, p, out.target); break;
        case 3: godecode::decode(d, m, p, out.readOnly); break;
        case 4: godecode::decode(d, m, p, out.consistency); break;
        case 5:
            decodeStructPointer(m, out.bindOptions, [&](BindOptions &o) { decodeBindOptions(d, m, p, o); });
            break;
        case 6:
            decodeStructPointer(m, out.volumeOptions, [&](VolumeOptions &o) { decodeVolumeOptions(d, m, p, o); });
            break;
        case 7:
            decodeStructPointer(m, out.imageOptions, [&](ImageOptions &o) {
                static constexpr std::array<std::string_view, 1> imageFields = {"Subpath"};
                godecode::decodeStruct(d, m, p, "mount.ImageOptions", imageFields,
                                       [&](int, const json::Value &im, const Path &ip) {
                                           godecode::decode(d, im, ip, o.subpath);
                                       });
            });
            break;
        case 8:
            decodeStructPointer(m, out.tmpfsOptions, [&](TmpfsOptions &o) { decodeTmpfsOptions(d, m, p, o); });
            break;
        case 9:
            if (m.isNull()) {
                out.clusterOptions = false;
            } else {
                static constexpr std::array<std::string_view, 0> none = {};
                godecode::decodeStruct(d, m, p, "mount.ClusterOptions", none, [](int, const json::Value &, const Path &) {});
                out.clusterOptions = m.isObject() || out.clusterOptions;
            }
            break;
        }
    });
}

void decodeMounts(Decoder &d, const json::Value &v, const Path &path, std::vector<MountSpec> &out)
{
    godecode::decodeSlice(d, v, path, out, "[]mount.Mount", [&d](const json::Value &e, const Path &p, MountSpec &m) {
        decodeMount(d, e, p, m);
    });
}

void decodePortBindings(Decoder &d, const json::Value &v, const Path &path,
                        std::map<std::string, std::vector<PortBinding>> &out)
{
    if (v.isNull()) {
        out.clear();
        return;
    }
    if (!v.isObject()) {
        d.typeError(v, path, "network.PortMap");
        return;
    }
    for (std::size_t i = 0; i < v.size(); ++i) {
        const Path p = path.key(v.key(i));
        if (!validPortKey(v.key(i))) {
            d.error(v.at(i), p, "decode-key", "invalid port '" + v.key(i) + "' at " + p.pointer());
            continue;
        }
        std::vector<PortBinding> bindings;
        godecode::decodeSlice(d, v.at(i), p, bindings, "[]network.PortBinding",
                              [&d](const json::Value &e, const Path &ep, PortBinding &b) {
                                  static constexpr std::array<std::string_view, 2> fields = {"HostIp", "HostPort"};
                                  godecode::decodeStruct(d, e, ep, "network.PortBinding", fields,
                                                         [&](int f, const json::Value &m, const Path &mp) {
                                                             if (f == 0) {
                                                                 if (m.isString() && !validIP(m.text())) {
                                                                     d.error(m, mp, "decode-value",
                                                                             "ParseAddr(\"" + m.text()
                                                                                 + "\"): invalid IP address at "
                                                                                 + mp.pointer());
                                                                     return;
                                                                 }
                                                                 godecode::decode(d, m, mp, b.hostIP);
                                                             } else {
                                                                 godecode::decode(d, m, mp, b.hostPort);
                                                             }
                                                         });
                              });
        out[v.key(i)] = std::move(bindings);
    }
}

void decodeHealthConfig(Decoder &d, const json::Value &v, const Path &path, HealthConfig &out)
{
    static constexpr std::array<std::string_view, 6> fields = {"Test",          "Interval", "Timeout",
                                                               "StartPeriod",   "StartInterval", "Retries"};
    godecode::decodeStruct(d, v, path, "v1.HealthcheckConfig", fields, [&](int f, const json::Value &m, const Path &p) {
        switch (f) {
        case 0: godecode::decode(d, m, p, out.test); break;
        case 1: godecode::decode(d, m, p, out.interval); break;
        case 2: godecode::decode(d, m, p, out.timeout); break;
        case 3: godecode::decode(d, m, p, out.startPeriod); break;
        case 4: godecode::decode(d, m, p, out.startInterval); break;
        case 5: godecode::decode(d, m, p, out.retries); break;
        }
    });
}

constexpr godecode::FieldTable<24> kConfigFields = std::array<std::string_view, 24>{
    "Hostname",   "Domainname", "User",        "AttachStdin", "AttachStdout",    "AttachStderr",
    "ExposedPorts", "Tty",      "OpenStdin",   "StdinOnce",   "Env",             "Cmd",
    "Healthcheck", "ArgsEscaped", "Image",     "Volumes",     "WorkingDir",      "Entrypoint",
    "NetworkDisabled", "OnBuild", "Labels",    "StopSignal",  "StopTimeout",     "Shell"};

void decodeConfigMember(Decoder &d, int f, const json::Value &m, const Path &p, ContainerConfig &out)
{
    out.src.set(kConfigFields[static_cast<std::size_t>(f)], p);
    switch (f) {
    case 0: godecode::decode(d, m, p, out.hostname); break;
    case 1: godecode::decode(d, m, p, out.domainname); break;
    case 2: godecode::decode(d, m, p, out.user); break;
    case 3: godecode::decode(d, m, p, out.attachStdin); break;
    case 4: godecode::decode(d, m, p, out.attachStdout); break;
    case 5: godecode::decode(d, m, p, out.attachStderr); break;
    case 6: decodeKeySet(d, m, p, "network.PortSet", out.exposedPorts, validPortKey); break;
    case 7: godecode::decode(d, m, p, out.tty); break;
    case 8: godecode::decode(d, m, p, out.openStdin); break;
    case 9: godecode::decode(d, m, p, out.stdinOnce); break;
    case 10: godecode::decode(d, m, p, out.env); break;
    case 11: godecode::decode(d, m, p, out.cmd); break;
    case 12:
        decodeStructPointer(m, out.healthcheck, [&](HealthConfig &h) { decodeHealthConfig(d, m, p, h); });
        break;
    case 13: godecode::decode(d, m, p, out.argsEscaped); break;
    case 14: godecode::decode(d, m, p, out.image); break;
    case 15: {
        std::vector<std::string> keys;
        if (m.isNull()) {
            out.volumes.clear();
            break;
        }
        decodeKeySet(d, m, p, "map[string]struct {}", keys, nullptr);
        for (const auto &k : keys)
            out.volumes[k] = p.key(k).pointer();
        break;
    }
    case 16: godecode::decode(d, m, p, out.workingDir); break;
    case 17: godecode::decode(d, m, p, out.entrypoint); break;
    case 18: godecode::decode(d, m, p, out.networkDisabled); break;
    case 19: godecode::decode(d, m, p, out.onBuild); break;
    case 20: godecode::decode(d, m, p, out.labels); break;
    case 21: godecode::decode(d, m, p, out.stopSignal); break;
    case 22: godecode::decode(d, m, p, out.stopTimeout); break;
    case 23: godecode::decode(d, m, p, out.shell); break;
    }
}

constexpr godecode::FieldTable<70> kHostConfigFields = std::array<std::string_view, 70>{
    "Binds",
    "ContainerIDFile",
    "LogConfig",
    "NetworkMode",
    "PortBindings",
    "RestartPolicy",
    "AutoRemove",
    "VolumeDriver",
    "VolumesFrom",
    "ConsoleSize",
    "Annotations",
    "CapAdd",
    "CapDrop",
    "CgroupnsMode",
    "Dns",
    "DnsOptions",
    "DnsSearch",
    "ExtraHosts",
    "GroupAdd",
    "IpcMode",
    "Cgroup",
    "Links",
    "OomScoreAdj",
    "PidMode",
    "Privileged",
    "PublishAllPorts",
    "ReadonlyRootfs",
    "SecurityOpt",
    "StorageOpt",
    "Tmpfs",
    "UTSMode",
    "UsernsMode",
    "ShmSize",
    "Sysctls",
    "Runtime",
    "Isolation",
    "CpuShares", // 36: Resources
    "Memory",
    "NanoCpus",
    "CgroupParent",
    "BlkioWeight",
    "BlkioWeightDevice",
    "BlkioDeviceReadBps",
    "BlkioDeviceWriteBps",
    "BlkioDeviceReadIOps",
    "BlkioDeviceWriteIOps",
    "CpuPeriod",
    "CpuQuota",
    "CpuRealtimePeriod",
    "CpuRealtimeRuntime",
    "CpusetCpus",
    "CpusetMems",
    "Devices",
    "DeviceCgroupRules",
    "DeviceRequests",
    "MemoryReservation",
    "MemorySwap",
    "MemorySwappiness",
    "OomKillDisable",
    "PidsLimit",
    "Ulimits",
    "CpuCount",
    "CpuPercent",
    "IOMaximumIOps",
    "IOMaximumBandwidth",
    "Mounts", // 65
    "MaskedPaths",
    "ReadonlyPaths",
    "Init",
    "KernelMemory", // 69: removed from the API; older clients still send it and Go ignores it
};

void decodeConsoleSize(Decoder &d, const json::Value &v, const Path &path, std::array<std::uint64_t, 2> &out)
{
    // Go arrays: `null` is a no-op, missing elements are zeroed, extra ones dropped.
    if (v.isNull())
        return;
    if (!v.isArray()) {
        d.typeError(v, path, "[2]uint");
        return;
    }
    for (std::size_t i = 0; i < 2; ++i) {
        if (i < v.size())
            godecode::decode(d, v.at(i), path.index(i), out[i]);
        else
            out[i] = 0;
    }
}

void decodeHostConfigMember(Decoder &d, int f, const json::Value &m, const Path &p, HostConfig &out)
{
    out.src.set(kHostConfigFields[static_cast<std::size_t>(f)], p);
    switch (f) {
    case 0: godecode::decode(d, m, p, out.binds); break;
    case 1: godecode::decode(d, m, p, out.containerIDFile); break;
    case 2: {
        static constexpr std::array<std::string_view, 2> fields = {"Type", "Config"};
        godecode::decodeStruct(d, m, p, "container.LogConfig", fields, [&](int lf, const json::Value &lm, const Path &lp) {
            if (lf == 0)
                godecode::decode(d, lm, lp, out.logConfig.type);
            else
                godecode::decode(d, lm, lp, out.logConfig.config);
        });
        break;
    }
    case 3: godecode::decode(d, m, p, out.networkMode); break;
    case 4: decodePortBindings(d, m, p, out.portBindings); break;
    case 5: {
        static constexpr std::array<std::string_view, 2> fields = {"Name", "MaximumRetryCount"};
        godecode::decodeStruct(d, m, p, "container.RestartPolicy", fields,
                               [&](int rf, const json::Value &rm, const Path &rp) {
                                   if (rf == 0)
                                       godecode::decode(d, rm, rp, out.restartPolicy.name);
                                   else
                                       godecode::decode(d, rm, rp, out.restartPolicy.maximumRetryCount);
                               });
        break;
    }
    case 6: godecode::decode(d, m, p, out.autoRemove); break;
    case 7: godecode::decode(d, m, p, out.volumeDriver); break;
    case 8: godecode::decode(d, m, p, out.volumesFrom); break;
    case 9: decodeConsoleSize(d, m, p, out.consoleSize); break;
    case 10: godecode::decode(d, m, p, out.annotations); break;
    case 11: godecode::decode(d, m, p, out.capAdd); break;
    case 12: godecode::decode(d, m, p, out.capDrop); break;
    case 13: godecode::decode(d, m, p, out.cgroupnsMode); break;
    case 14: decodeIPList(d, m, p, out.dns); break;
    case 15: godecode::decode(d, m, p, out.dnsOptions); break;
    case 16: godecode::decode(d, m, p, out.dnsSearch); break;
    case 17: godecode::decode(d, m, p, out.extraHosts); break;
    case 18: godecode::decode(d, m, p, out.groupAdd); break;
    case 19: godecode::decode(d, m, p, out.ipcMode); break;
    case 20: godecode::decode(d, m, p, out.cgroup); break;
    case 21: godecode::decode(d, m, p, out.links); break;
    case 22: godecode::decode(d, m, p, out.oomScoreAdj); break;
    case 23: godecode::decode(d, m, p, out.pidMode); break;
    case 24: godecode::decode(d, m, p, out.privileged); break;
    case 25: godecode::decode(d, m, p, out.publishAllPorts); break;
    case 26: godecode::decode(d, m, p, out.readonlyRootfs); break;
    case 27: godecode::decode(d, m, p, out.securityOpt); break;
    case 28: godecode::decode(d, m, p, out.storageOpt); break;
    case 29: godecode::decode(d, m, p, out.tmpfs); break;
    case 30: godecode::decode(d, m, p, out.utsMode); break;
    case 31: godecode::decode(d, m, p, out.usernsMode); break;
    case 32: godecode::decode(d, m, p, out.shmSize); break;
    case 33: godecode::decode(d, m, p, out.sysctls); break;
    case 34: godecode::decode(d, m, p, out.runtime); break;
    case 35: godecode::decode(d, m, p, out.isolation); break;
    case 36: godecode::decode(d, m, p, out.cpuShares); break;
    case 37: godecode::decode(d, m, p, out.memory); break;
    case 38: godecode::decode(d, m, p, out.nanoCpus); break;
    case 39: godecode::decode(d, m, p, out.cgroupParent); break;
    case 40: godecode::decode(d, m, p, out.blkioWeight); break;
    case 41: decodeWeightDevices(d, m, p, out.blkioWeightDevice); break;
    case 42: decodeThrottleDevices(d, m, p, out.blkioDeviceReadBps); break;
    case 43: decodeThrottleDevices(d, m, p, out.blkioDeviceWriteBps); break;
    case 44: decodeThrottleDevices(d, m, p, out.blkioDeviceReadIOps); break;
    case 45: decodeThrottleDevices(d, m, p, out.blkioDeviceWriteIOps); break;
    case 46: godecode::decode(d, m, p, out.cpuPeriod); break;
    case 47: godecode::decode(d, m, p, out.cpuQuota); break;
    case 48: godecode::decode(d, m, p, out.cpuRealtimePeriod); break;
    case 49: godecode::decode(d, m, p, out.cpuRealtimeRuntime); break;
    case 50: godecode::decode(d, m, p, out.cpusetCpus); break;
    case 51: godecode::decode(d, m, p, out.cpusetMems); break;
    case 52: decodeDevices(d, m, p, out.devices); break;
    case 53: godecode::decode(d, m, p, out.deviceCgroupRules); break;
    case 54: decodeDeviceRequests(d, m, p, out.deviceRequests); break;
    case 55: godecode::decode(d, m, p, out.memoryReservation); break;
    case 56: godecode::decode(d, m, p, out.memorySwap); break;
    case 57: godecode::decode(d, m, p, out.memorySwappiness); break;
    case 58: godecode::decode(d, m, p, out.oomKillDisable); break;
    case 59: godecode::decode(d, m, p, out.pidsLimit); break;
    case 60: decodeUlimits(d, m, p, out.ulimits); break;
    case 61: godecode::decode(d, m, p, out.cpuCount); break;
    case 62: godecode::decode(d, m, p, out.cpuPercent); break;
    case 63: godecode::decode(d, m, p, out.ioMaximumIOps); break;
    case 64: godecode::decode(d, m, p, out.ioMaximumBandwidth); break;
    case 65: decodeMounts(d, m, p, out.mounts); break;
    case 66: decodeNullableStrings(d, m, p, out.maskedPaths); break;
    case 67: decodeNullableStrings(d, m, p, out.readonlyPaths); break;
    case 68: godecode::decode(d, m, p, out.init); break;
    case 69:
        d.note(m, p, "removed-field", "KernelMemory was removed from the Engine API; Docker ignores it");
        break;
    }
}

void decodeIDMaps(Decoder &d, const json::Value &v, const Path &path, std::vector<IDMap> &out)
{
    godecode::decodeSlice(d, v, path, out, "[]IDMap", [&d](const json::Value &e, const Path &p, IDMap &m) {
        static constexpr std::array<std::string_view, 3> fields = {"containerID", "hostID", "size"};
        godecode::decodeStruct(d, e, p, "IDMap", fields, [&](int f, const json::Value &mv, const Path &mp) {
            switch (f) {
            case 0: godecode::decode(d, mv, mp, m.containerID); break;
            case 1: godecode::decode(d, mv, mp, m.hostID); break;
            case 2: godecode::decode(d, mv, mp, m.size); break;
            }
        });
    });
}

void decodeEngineContainers(Decoder &d, const json::Value &v, const Path &path, std::vector<EngineContainer> &out)
{
    godecode::decodeSlice(d, v, path, out, "[]Container", [&d](const json::Value &e, const Path &p, EngineContainer &c) {
        static constexpr std::array<std::string_view, 7> fields = {"id",      "name",     "pid",       "running",
                                                                   "ipcMode", "hostname", "domainname"};
        c.pointer = p.pointer();
        godecode::decodeStruct(d, e, p, "Container", fields, [&](int f, const json::Value &mv, const Path &mp) {
            switch (f) {
            case 0: godecode::decode(d, mv, mp, c.id); break;
            case 1: godecode::decode(d, mv, mp, c.name); break;
            case 2: godecode::decode(d, mv, mp, c.pid); break;
            case 3: godecode::decode(d, mv, mp, c.running); break;
            case 4: godecode::decode(d, mv, mp, c.ipcMode); break;
            case 5: godecode::decode(d, mv, mp, c.hostname); break;
            case 6: godecode::decode(d, mv, mp, c.domainname); break;
            }
        });
    });
}

} // namespace

bool isContainerConfigField(std::string_view key)
{
    return godecode::matchField(key, kConfigFields) >= 0;
}

void decodeContainerConfigMember(Decoder &d, std::string_view key, const json::Value &v, const Path &path,
                                 ContainerConfig &out)
{
    const int f = godecode::matchField(key, kConfigFields);
    if (f >= 0)
        decodeConfigMember(d, f, v, path, out);
}

void decodeContainerConfig(Decoder &d, const json::Value &v, const Path &path, ContainerConfig &out)
{
    godecode::decodeStruct(d, v, path, "container.Config", kConfigFields,
                           [&](int f, const json::Value &m, const Path &p) { decodeConfigMember(d, f, m, p, out); });
}

void decodeHostConfig(Decoder &d, const json::Value &v, const Path &path, HostConfig &out)
{
    godecode::decodeStruct(d, v, path, "container.HostConfig", kHostConfigFields,
                           [&](int f, const json::Value &m, const Path &p) { decodeHostConfigMember(d, f, m, p, out); });
}

void decodeEngine(Decoder &d, const json::Value &v, const Path &path, Engine &out)
{
    static constexpr godecode::FieldTable<16> fields = std::array<std::string_view, 16>{
        "root",          "cgroupDriver",     "cgroupVersion",     "cgroupParent", "defaultCgroupnsMode",
        "defaultIpcMode", "defaultShmSize",  "noNewPrivileges",   "defaultUlimits", "uidMaps",
        "gidMaps",       "timeNamespaces",   "seccompSupported",  "seccompProfile", "containers",
        "initPath"};
    godecode::decodeStruct(d, v, path, "Engine", fields, [&](int f, const json::Value &m, const Path &p) {
        out.src.set(fields[static_cast<std::size_t>(f)], p);
        switch (f) {
        case 0: godecode::decode(d, m, p, out.root); break;
        case 1: godecode::decode(d, m, p, out.cgroupDriver); break;
        case 2: godecode::decode(d, m, p, out.cgroupVersion); break;
        case 3: godecode::decode(d, m, p, out.cgroupParent); break;
        case 4: godecode::decode(d, m, p, out.defaultCgroupnsMode); break;
        case 5: godecode::decode(d, m, p, out.defaultIpcMode); break;
        case 6: godecode::decode(d, m, p, out.defaultShmSize); break;
        case 7: godecode::decode(d, m, p, out.noNewPrivileges); break;
        case 8:
            if (m.isNull()) {
                out.defaultUlimits.clear();
            } else if (!m.isObject()) {
                d.typeError(m, p, "map[string]*units.Ulimit");
            } else {
                for (std::size_t i = 0; i < m.size(); ++i) {
                    Ulimit u;
                    decodeUlimit(d, m.at(i), p.key(m.key(i)), u);
                    out.defaultUlimits[m.key(i)] = std::move(u);
                }
            }
            break;
        case 9: decodeIDMaps(d, m, p, out.uidMaps); break;
        case 10: decodeIDMaps(d, m, p, out.gidMaps); break;
        case 11: godecode::decode(d, m, p, out.timeNamespaces); break;
        case 12: godecode::decode(d, m, p, out.seccompSupported); break;
        case 13:
            // A profile may also be given inline as an object: keep its text.
            if (m.isObject()) {
                out.seccompProfile.clear();
                gojson::appendValue(out.seccompProfile, m);
            } else {
                godecode::decode(d, m, p, out.seccompProfile);
            }
            out.seccompProfilePointer = out.src.get(fields[13]); // spelled above
            break;
        case 14: decodeEngineContainers(d, m, p, out.containers); break;
        case 15: godecode::decode(d, m, p, out.initPath); break;
        }
    });
}

void decodeImageFiles(Decoder &d, const json::Value &v, const Path &path, ImageFiles &out)
{
    static constexpr std::array<std::string_view, 2> fields = {"passwd", "group"};
    godecode::decodeStruct(d, v, path, "Image", fields, [&](int f, const json::Value &m, const Path &p) {
        out.src.set(fields[static_cast<std::size_t>(f)], p);
        if (f == 0)
            godecode::decode(d, m, p, out.passwd);
        else
            godecode::decode(d, m, p, out.group);
    });
}

} // namespace oci::container
