#include "specencoder.h"

#include "gojson.h"

#include <cstring>

namespace oci {

namespace {

using namespace spec;

// Every put() writes into one Buffer: a room check per value, no std::string
// bookkeeping per byte.
using Writer = gojson::Buffer;

// Writes one Go struct: keys come in declaration order, the comma logic
// lives here so that every omitempty decision is a plain `if`.
class Object
{
public:
    explicit Object(Writer &w)
        : m_w(w)
    {
        m_w.byte('{');
    }
    Object(const Object &) = delete;
    Object &operator=(const Object &) = delete;
    ~Object() { m_w.byte('}'); }

    // Field names are short ASCII literals: no escaping needed, and the
    // separator, quotes and colon go out as fixed-size stores.
    template<std::size_t N>
    Writer &key(const char (&name)[N])
    {
        char *p = m_w.room(N + 3);
        *p = ',';
        p += m_first ? 0 : 1;
        m_first = false;
        *p++ = '"';
        std::memcpy(p, name, N - 1);
        p += N - 1;
        *p++ = '"';
        *p++ = ':';
        m_w.commit(p);
        return m_w;
    }

    template<std::size_t N>
    void string(const char (&name)[N], const std::string &v)
    {
        key(name).string(v);
    }
    template<std::size_t N>
    void boolean(const char (&name)[N], bool v)
    {
        key(name).boolean(v);
    }
    template<std::size_t N>
    void integer(const char (&name)[N], std::int64_t v)
    {
        key(name).integer(v);
    }
    template<std::size_t N>
    void unsignedInt(const char (&name)[N], std::uint64_t v)
    {
        key(name).unsignedInt(v);
    }

    // `omitempty` on a value: dropped when zero.
    template<std::size_t N>
    void optString(const char (&name)[N], const std::string &v)
    {
        if (!v.empty())
            string(name, v);
    }
    template<std::size_t N>
    void optBool(const char (&name)[N], bool v)
    {
        if (v)
            boolean(name, v);
    }
    template<std::size_t N>
    void optInt(const char (&name)[N], std::int64_t v)
    {
        if (v != 0)
            integer(name, v);
    }
    template<std::size_t N>
    void optUint(const char (&name)[N], std::uint64_t v)
    {
        if (v != 0)
            unsignedInt(name, v);
    }
    // `omitempty` on a pointer: dropped only when nil.
    template<std::size_t N, typename T>
    void optPtr(const char (&name)[N], const std::optional<T> &v);
    // `omitempty` on a slice or map: nil and empty are both dropped.
    template<std::size_t N, typename C>
    void optList(const char (&name)[N], const C &v);
    template<std::size_t N, typename T>
    void optMap(const char (&name)[N], const std::map<std::string, T> &v);

private:
    Writer &m_w;
    bool m_first = true;
};

void put(Writer &out, const std::string &v);
void put(Writer &out, bool v);
void put(Writer &out, std::int64_t v);
void put(Writer &out, std::uint64_t v);
void put(Writer &out, std::uint32_t v);
void put(Writer &out, std::uint16_t v);
void put(Writer &out, const Box &v);
void put(Writer &out, const User &v);
void put(Writer &out, const LinuxCapabilities &v);
void put(Writer &out, const POSIXRlimit &v);
void put(Writer &out, const Scheduler &v);
void put(Writer &out, const LinuxIOPriority &v);
void put(Writer &out, const CPUAffinity &v);
void put(Writer &out, const Process &v);
void put(Writer &out, const Root &v);
void put(Writer &out, const LinuxIDMapping &v);
void put(Writer &out, const Mount &v);
void put(Writer &out, const Hook &v);
void put(Writer &out, const Hooks &v);
void put(Writer &out, const LinuxNamespace &v);
void put(Writer &out, const LinuxTimeOffset &v);
void put(Writer &out, const LinuxHugepageLimit &v);
void put(Writer &out, const LinuxInterfacePriority &v);
void put(Writer &out, const LinuxWeightDevice &v);
void put(Writer &out, const LinuxThrottleDevice &v);
void put(Writer &out, const LinuxBlockIO &v);
void put(Writer &out, const LinuxMemory &v);
void put(Writer &out, const LinuxCPU &v);
void put(Writer &out, const LinuxPids &v);
void put(Writer &out, const LinuxNetwork &v);
void put(Writer &out, const LinuxRdma &v);
void put(Writer &out, const LinuxDeviceCgroup &v);
void put(Writer &out, const LinuxResources &v);
void put(Writer &out, const LinuxDevice &v);
void put(Writer &out, const LinuxNetDevice &v);
void put(Writer &out, const LinuxSeccompArg &v);
void put(Writer &out, const LinuxSyscall &v);
void put(Writer &out, const LinuxSeccomp &v);
void put(Writer &out, const LinuxIntelRdt &v);
void put(Writer &out, const LinuxMemoryPolicy &v);
void put(Writer &out, const LinuxPersonality &v);
void put(Writer &out, const Linux &v);

template<typename T>
void putList(Writer &out, const std::vector<T> &v)
{
    out.byte('[');
    bool first = true;
    for (const T &e : v) {
        if (!first)
            out.byte(',');
        first = false;
        put(out, e);
    }
    out.byte(']');
}

void putList(Writer &out, const std::vector<std::string> &v)
{
    out.stringArray(v);
}

template<typename T>
void putMap(Writer &out, const std::map<std::string, T> &v)
{
    out.byte('{');
    bool first = true;
    for (const auto &[k, e] : v) {
        if (!first)
            out.byte(',');
        first = false;
        out.string(k);
        out.byte(':');
        put(out, e);
    }
    out.byte('}');
}

template<std::size_t N, typename T>
void Object::optPtr(const char (&name)[N], const std::optional<T> &v)
{
    if (v)
        put(key(name), *v);
}

template<std::size_t N, typename C>
void Object::optList(const char (&name)[N], const C &v)
{
    if (!v.empty())
        putList(key(name), v);
}

template<std::size_t N, typename T>
void Object::optMap(const char (&name)[N], const std::map<std::string, T> &v)
{
    if (!v.empty())
        putMap(key(name), v);
}

void put(Writer &out, const std::string &v)
{
    out.string(v);
}

void put(Writer &out, bool v)
{
    out.boolean(v);
}

void put(Writer &out, std::int64_t v)
{
    out.integer(v);
}

void put(Writer &out, std::uint64_t v)
{
    out.unsignedInt(v);
}

void put(Writer &out, std::uint32_t v)
{
    out.unsignedInt(v);
}

void put(Writer &out, std::uint16_t v)
{
    out.unsignedInt(v);
}

void put(Writer &out, const Box &v)
{
    Object o(out);
    o.unsignedInt("height", v.height);
    o.unsignedInt("width", v.width);
}

void put(Writer &out, const User &v)
{
    Object o(out);
    o.unsignedInt("uid", v.uid);
    o.unsignedInt("gid", v.gid);
    o.optPtr("umask", v.umask);
    o.optList("additionalGids", v.additionalGids);
    o.optString("username", v.username);
}

void put(Writer &out, const LinuxCapabilities &v)
{
    Object o(out);
    o.optList("bounding", v.bounding);
    o.optList("effective", v.effective);
    o.optList("inheritable", v.inheritable);
    o.optList("permitted", v.permitted);
    o.optList("ambient", v.ambient);
}

void put(Writer &out, const POSIXRlimit &v)
{
    Object o(out);
    o.string("type", v.type);
    o.unsignedInt("hard", v.hard);
    o.unsignedInt("soft", v.soft);
}

void put(Writer &out, const Scheduler &v)
{
    Object o(out);
    o.string("policy", v.policy);
    o.optInt("nice", v.nice);
    o.optInt("priority", v.priority);
    o.optList("flags", v.flags);
    o.optUint("runtime", v.runtime);
    o.optUint("deadline", v.deadline);
    o.optUint("period", v.period);
}

void put(Writer &out, const LinuxIOPriority &v)
{
    Object o(out);
    o.string("class", v.ioClass);
    o.integer("priority", v.priority);
}

void put(Writer &out, const CPUAffinity &v)
{
    Object o(out);
    o.optString("initial", v.initial);
    o.optString("final", v.final_);
}

void put(Writer &out, const Process &v)
{
    Object o(out);
    o.optBool("terminal", v.terminal);
    o.optPtr("consoleSize", v.consoleSize);
    put(o.key("user"), v.user);
    o.optList("args", v.args);
    o.optString("commandLine", v.commandLine);
    o.optList("env", v.env);
    o.string("cwd", v.cwd);
    o.optPtr("capabilities", v.capabilities);
    o.optList("rlimits", v.rlimits);
    o.optBool("noNewPrivileges", v.noNewPrivileges);
    o.optString("apparmorProfile", v.apparmorProfile);
    o.optPtr("oomScoreAdj", v.oomScoreAdj);
    o.optPtr("scheduler", v.scheduler);
    o.optString("selinuxLabel", v.selinuxLabel);
    o.optPtr("ioPriority", v.ioPriority);
    o.optPtr("execCPUAffinity", v.execCPUAffinity);
}

void put(Writer &out, const Root &v)
{
    Object o(out);
    o.string("path", v.path);
    o.optBool("readonly", v.readonly);
}

void put(Writer &out, const LinuxIDMapping &v)
{
    Object o(out);
    o.unsignedInt("containerID", v.containerID);
    o.unsignedInt("hostID", v.hostID);
    o.unsignedInt("size", v.size);
}

void put(Writer &out, const Mount &v)
{
    Object o(out);
    o.string("destination", v.destination);
    o.optString("type", v.type);
    o.optString("source", v.source);
    o.optList("options", v.options);
    o.optList("uidMappings", v.uidMappings);
    o.optList("gidMappings", v.gidMappings);
}

void put(Writer &out, const Hook &v)
{
    Object o(out);
    o.string("path", v.path);
    o.optList("args", v.args);
    o.optList("env", v.env);
    o.optPtr("timeout", v.timeout);
}

void put(Writer &out, const Hooks &v)
{
    Object o(out);
    o.optList("prestart", v.prestart);
    o.optList("createRuntime", v.createRuntime);
    o.optList("createContainer", v.createContainer);
    o.optList("startContainer", v.startContainer);
    o.optList("poststart", v.poststart);
    o.optList("poststop", v.poststop);
}

void put(Writer &out, const LinuxNamespace &v)
{
    Object o(out);
    o.string("type", v.type);
    o.optString("path", v.path);
}

void put(Writer &out, const LinuxTimeOffset &v)
{
    Object o(out);
    o.optInt("secs", v.secs);
    o.optUint("nanosecs", v.nanosecs);
}

void put(Writer &out, const LinuxHugepageLimit &v)
{
    Object o(out);
    o.string("pageSize", v.pageSize);
    o.unsignedInt("limit", v.limit);
}

void put(Writer &out, const LinuxInterfacePriority &v)
{
    Object o(out);
    o.string("name", v.name);
    o.unsignedInt("priority", v.priority);
}

// The embedded LinuxBlockIODevice's fields come first (Go promotes them in
// place of the embedded struct).
void put(Writer &out, const LinuxWeightDevice &v)
{
    Object o(out);
    o.integer("major", v.major);
    o.integer("minor", v.minor);
    o.optPtr("weight", v.weight);
    o.optPtr("leafWeight", v.leafWeight);
}

void put(Writer &out, const LinuxThrottleDevice &v)
{
    Object o(out);
    o.integer("major", v.major);
    o.integer("minor", v.minor);
    o.unsignedInt("rate", v.rate);
}

void put(Writer &out, const LinuxBlockIO &v)
{
    Object o(out);
    o.optPtr("weight", v.weight);
    o.optPtr("leafWeight", v.leafWeight);
    o.optList("weightDevice", v.weightDevice);
    o.optList("throttleReadBpsDevice", v.throttleReadBpsDevice);
    o.optList("throttleWriteBpsDevice", v.throttleWriteBpsDevice);
    o.optList("throttleReadIOPSDevice", v.throttleReadIOPSDevice);
    o.optList("throttleWriteIOPSDevice", v.throttleWriteIOPSDevice);
}

void put(Writer &out, const LinuxMemory &v)
{
    Object o(out);
    o.optPtr("limit", v.limit);
    o.optPtr("reservation", v.reservation);
    o.optPtr("swap", v.swap);
    o.optPtr("kernel", v.kernel);
    o.optPtr("kernelTCP", v.kernelTCP);
    o.optPtr("swappiness", v.swappiness);
    o.optPtr("disableOOMKiller", v.disableOOMKiller);
    o.optPtr("useHierarchy", v.useHierarchy);
    o.optPtr("checkBeforeUpdate", v.checkBeforeUpdate);
}

void put(Writer &out, const LinuxCPU &v)
{
    Object o(out);
    o.optPtr("shares", v.shares);
    o.optPtr("quota", v.quota);
    o.optPtr("burst", v.burst);
    o.optPtr("period", v.period);
    o.optPtr("realtimeRuntime", v.realtimeRuntime);
    o.optPtr("realtimePeriod", v.realtimePeriod);
    o.optString("cpus", v.cpus);
    o.optString("mems", v.mems);
    o.optPtr("idle", v.idle);
}

void put(Writer &out, const LinuxPids &v)
{
    Object o(out);
    o.optPtr("limit", v.limit);
}

void put(Writer &out, const LinuxNetwork &v)
{
    Object o(out);
    o.optPtr("classID", v.classID);
    o.optList("priorities", v.priorities);
}

void put(Writer &out, const LinuxRdma &v)
{
    Object o(out);
    o.optPtr("hcaHandles", v.hcaHandles);
    o.optPtr("hcaObjects", v.hcaObjects);
}

void put(Writer &out, const LinuxDeviceCgroup &v)
{
    Object o(out);
    o.boolean("allow", v.allow);
    o.optString("type", v.type);
    o.optPtr("major", v.major);
    o.optPtr("minor", v.minor);
    o.optString("access", v.access);
}

void put(Writer &out, const LinuxResources &v)
{
    Object o(out);
    o.optList("devices", v.devices);
    o.optPtr("memory", v.memory);
    o.optPtr("cpu", v.cpu);
    o.optPtr("pids", v.pids);
    o.optPtr("blockIO", v.blockIO);
    o.optList("hugepageLimits", v.hugepageLimits);
    o.optPtr("network", v.network);
    o.optMap("rdma", v.rdma);
    o.optMap("unified", v.unified);
}

void put(Writer &out, const LinuxDevice &v)
{
    Object o(out);
    o.string("path", v.path);
    o.string("type", v.type);
    o.integer("major", v.major);
    o.integer("minor", v.minor);
    o.optPtr("fileMode", v.fileMode);
    o.optPtr("uid", v.uid);
    o.optPtr("gid", v.gid);
}

void put(Writer &out, const LinuxNetDevice &v)
{
    Object o(out);
    o.optString("name", v.name);
}

void put(Writer &out, const LinuxSeccompArg &v)
{
    Object o(out);
    o.unsignedInt("index", v.index);
    o.unsignedInt("value", v.value);
    o.optUint("valueTwo", v.valueTwo);
    o.string("op", v.op);
}

void put(Writer &out, const LinuxSyscall &v)
{
    Object o(out);
    // `names` has no omitempty: a nil slice is written as null.
    if (v.names.value)
        putList(o.key("names"), *v.names.value);
    else
        o.key("names").literal("null");
    o.string("action", v.action);
    o.optPtr("errnoRet", v.errnoRet);
    o.optList("args", v.args);
}

void put(Writer &out, const LinuxSeccomp &v)
{
    Object o(out);
    o.string("defaultAction", v.defaultAction);
    o.optPtr("defaultErrnoRet", v.defaultErrnoRet);
    o.optList("architectures", v.architectures);
    o.optList("flags", v.flags);
    o.optString("listenerPath", v.listenerPath);
    o.optString("listenerMetadata", v.listenerMetadata);
    o.optList("syscalls", v.syscalls);
}

void put(Writer &out, const LinuxIntelRdt &v)
{
    Object o(out);
    o.optString("closID", v.closID);
    o.optList("schemata", v.schemata);
    o.optString("l3CacheSchema", v.l3CacheSchema);
    o.optString("memBwSchema", v.memBwSchema);
    o.optBool("enableMonitoring", v.enableMonitoring);
}

void put(Writer &out, const LinuxMemoryPolicy &v)
{
    Object o(out);
    o.string("mode", v.mode);
    o.string("nodes", v.nodes);
    o.optList("flags", v.flags);
}

void put(Writer &out, const LinuxPersonality &v)
{
    Object o(out);
    o.string("domain", v.domain);
    o.optList("flags", v.flags);
}

void put(Writer &out, const Linux &v)
{
    Object o(out);
    o.optList("uidMappings", v.uidMappings);
    o.optList("gidMappings", v.gidMappings);
    o.optMap("sysctl", v.sysctl);
    o.optPtr("resources", v.resources);
    o.optString("cgroupsPath", v.cgroupsPath);
    o.optList("namespaces", v.namespaces);
    o.optList("devices", v.devices);
    o.optMap("netDevices", v.netDevices);
    o.optPtr("seccomp", v.seccomp);
    o.optString("rootfsPropagation", v.rootfsPropagation);
    o.optList("maskedPaths", v.maskedPaths);
    o.optList("readonlyPaths", v.readonlyPaths);
    o.optString("mountLabel", v.mountLabel);
    o.optPtr("intelRdt", v.intelRdt);
    o.optPtr("memoryPolicy", v.memoryPolicy);
    o.optPtr("personality", v.personality);
    o.optMap("timeOffsets", v.timeOffsets);
}

void put(Writer &out, const Spec &s)
{
    Object o(out);
    o.string("ociVersion", s.ociVersion);
    o.optPtr("process", s.process);
    o.optPtr("root", s.root);
    o.optString("hostname", s.hostname);
    o.optString("domainname", s.domainname);
    o.optList("mounts", s.mounts);
    o.optPtr("hooks", s.hooks);
    o.optMap("annotations", s.annotations);
    o.optPtr("linux", s.linux_);
}

} // namespace

void appendCompact(std::string &out, const spec::Spec &s)
{
    Writer w;
    put(w, s);
    out.append(w.text());
}

std::string encodeCompact(const spec::Spec &s)
{
    std::string out;
    appendCompact(out, s);
    return out;
}

std::string encodePretty(const spec::Spec &s)
{
    std::string out = gojson::indent(encodeCompact(s));
    out.push_back('\n');
    return out;
}

gojson::PrettyText encodePrettyWithMap(const spec::Spec &s)
{
    gojson::PrettyText pretty = gojson::indentWithMap(encodeCompact(s));
    pretty.text.push_back('\n');
    return pretty;
}

} // namespace oci
