#include "specencoder.h"

#include "gojson.h"

#include <cstring>

namespace oci {

namespace {

using namespace spec;

// Writes one Go struct: keys come in declaration order, the comma logic
// lives here so that every omitempty decision is a plain `if`.
class Object
{
public:
    explicit Object(std::string &out)
        : m_out(out)
    {
        m_out.push_back('{');
    }
    Object(const Object &) = delete;
    Object &operator=(const Object &) = delete;
    ~Object() { m_out.push_back('}'); }

    // Field names are short ASCII identifiers: no escaping needed, and the
    // separator, quotes and colon go out in one append.
    std::string &key(std::string_view name)
    {
        char buffer[64];
        std::size_t n = 0;
        if (!m_first)
            buffer[n++] = ',';
        m_first = false;
        buffer[n++] = '"';
        std::memcpy(buffer + n, name.data(), name.size());
        n += name.size();
        buffer[n++] = '"';
        buffer[n++] = ':';
        m_out.append(buffer, n);
        return m_out;
    }

    void string(std::string_view name, const std::string &v) { gojson::appendString(key(name), v); }
    void boolean(std::string_view name, bool v) { gojson::appendBool(key(name), v); }
    void integer(std::string_view name, std::int64_t v) { gojson::appendInt(key(name), v); }
    void unsignedInt(std::string_view name, std::uint64_t v) { gojson::appendUint(key(name), v); }

    // `omitempty` on a value: dropped when zero.
    void optString(std::string_view name, const std::string &v)
    {
        if (!v.empty())
            string(name, v);
    }
    void optBool(std::string_view name, bool v)
    {
        if (v)
            boolean(name, v);
    }
    void optInt(std::string_view name, std::int64_t v)
    {
        if (v != 0)
            integer(name, v);
    }
    void optUint(std::string_view name, std::uint64_t v)
    {
        if (v != 0)
            unsignedInt(name, v);
    }
    // `omitempty` on a pointer: dropped only when nil.
    template<typename T>
    void optPtr(std::string_view name, const std::optional<T> &v);
    // `omitempty` on a slice or map: nil and empty are both dropped.
    template<typename C>
    void optList(std::string_view name, const C &v);
    template<typename T>
    void optMap(std::string_view name, const std::map<std::string, T> &v);

private:
    std::string &m_out;
    bool m_first = true;
};

void put(std::string &out, const std::string &v);
void put(std::string &out, bool v);
void put(std::string &out, std::int64_t v);
void put(std::string &out, std::uint64_t v);
void put(std::string &out, std::uint32_t v);
void put(std::string &out, std::uint16_t v);
void put(std::string &out, const Box &v);
void put(std::string &out, const User &v);
void put(std::string &out, const LinuxCapabilities &v);
void put(std::string &out, const POSIXRlimit &v);
void put(std::string &out, const Scheduler &v);
void put(std::string &out, const LinuxIOPriority &v);
void put(std::string &out, const CPUAffinity &v);
void put(std::string &out, const Process &v);
void put(std::string &out, const Root &v);
void put(std::string &out, const LinuxIDMapping &v);
void put(std::string &out, const Mount &v);
void put(std::string &out, const Hook &v);
void put(std::string &out, const Hooks &v);
void put(std::string &out, const LinuxNamespace &v);
void put(std::string &out, const LinuxTimeOffset &v);
void put(std::string &out, const LinuxHugepageLimit &v);
void put(std::string &out, const LinuxInterfacePriority &v);
void put(std::string &out, const LinuxWeightDevice &v);
void put(std::string &out, const LinuxThrottleDevice &v);
void put(std::string &out, const LinuxBlockIO &v);
void put(std::string &out, const LinuxMemory &v);
void put(std::string &out, const LinuxCPU &v);
void put(std::string &out, const LinuxPids &v);
void put(std::string &out, const LinuxNetwork &v);
void put(std::string &out, const LinuxRdma &v);
void put(std::string &out, const LinuxDeviceCgroup &v);
void put(std::string &out, const LinuxResources &v);
void put(std::string &out, const LinuxDevice &v);
void put(std::string &out, const LinuxNetDevice &v);
void put(std::string &out, const LinuxSeccompArg &v);
void put(std::string &out, const LinuxSyscall &v);
void put(std::string &out, const LinuxSeccomp &v);
void put(std::string &out, const LinuxIntelRdt &v);
void put(std::string &out, const LinuxMemoryPolicy &v);
void put(std::string &out, const LinuxPersonality &v);
void put(std::string &out, const Linux &v);

template<typename T>
void putList(std::string &out, const std::vector<T> &v)
{
    out.push_back('[');
    bool first = true;
    for (const T &e : v) {
        if (!first)
            out.push_back(',');
        first = false;
        put(out, e);
    }
    out.push_back(']');
}

template<typename T>
void putMap(std::string &out, const std::map<std::string, T> &v)
{
    out.push_back('{');
    bool first = true;
    for (const auto &[k, e] : v) {
        if (!first)
            out.push_back(',');
        first = false;
        gojson::appendString(out, k);
        out.push_back(':');
        put(out, e);
    }
    out.push_back('}');
}

template<typename T>
void Object::optPtr(std::string_view name, const std::optional<T> &v)
{
    if (v)
        put(key(name), *v);
}

template<typename C>
void Object::optList(std::string_view name, const C &v)
{
    if (!v.empty())
        putList(key(name), v);
}

template<typename T>
void Object::optMap(std::string_view name, const std::map<std::string, T> &v)
{
    if (!v.empty())
        putMap(key(name), v);
}

void put(std::string &out, const std::string &v)
{
    gojson::appendString(out, v);
}

void put(std::string &out, bool v)
{
    gojson::appendBool(out, v);
}

void put(std::string &out, std::int64_t v)
{
    gojson::appendInt(out, v);
}

void put(std::string &out, std::uint64_t v)
{
    gojson::appendUint(out, v);
}

void put(std::string &out, std::uint32_t v)
{
    gojson::appendUint(out, v);
}

void put(std::string &out, std::uint16_t v)
{
    gojson::appendUint(out, v);
}

void put(std::string &out, const Box &v)
{
    Object o(out);
    o.unsignedInt("height", v.height);
    o.unsignedInt("width", v.width);
}

void put(std::string &out, const User &v)
{
    Object o(out);
    o.unsignedInt("uid", v.uid);
    o.unsignedInt("gid", v.gid);
    o.optPtr("umask", v.umask);
    o.optList("additionalGids", v.additionalGids);
    o.optString("username", v.username);
}

void put(std::string &out, const LinuxCapabilities &v)
{
    Object o(out);
    o.optList("bounding", v.bounding);
    o.optList("effective", v.effective);
    o.optList("inheritable", v.inheritable);
    o.optList("permitted", v.permitted);
    o.optList("ambient", v.ambient);
}

void put(std::string &out, const POSIXRlimit &v)
{
    Object o(out);
    o.string("type", v.type);
    o.unsignedInt("hard", v.hard);
    o.unsignedInt("soft", v.soft);
}

void put(std::string &out, const Scheduler &v)
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

void put(std::string &out, const LinuxIOPriority &v)
{
    Object o(out);
    o.string("class", v.ioClass);
    o.integer("priority", v.priority);
}

void put(std::string &out, const CPUAffinity &v)
{
    Object o(out);
    o.optString("initial", v.initial);
    o.optString("final", v.final_);
}

void put(std::string &out, const Process &v)
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

void put(std::string &out, const Root &v)
{
    Object o(out);
    o.string("path", v.path);
    o.optBool("readonly", v.readonly);
}

void put(std::string &out, const LinuxIDMapping &v)
{
    Object o(out);
    o.unsignedInt("containerID", v.containerID);
    o.unsignedInt("hostID", v.hostID);
    o.unsignedInt("size", v.size);
}

void put(std::string &out, const Mount &v)
{
    Object o(out);
    o.string("destination", v.destination);
    o.optString("type", v.type);
    o.optString("source", v.source);
    o.optList("options", v.options);
    o.optList("uidMappings", v.uidMappings);
    o.optList("gidMappings", v.gidMappings);
}

void put(std::string &out, const Hook &v)
{
    Object o(out);
    o.string("path", v.path);
    o.optList("args", v.args);
    o.optList("env", v.env);
    o.optPtr("timeout", v.timeout);
}

void put(std::string &out, const Hooks &v)
{
    Object o(out);
    o.optList("prestart", v.prestart);
    o.optList("createRuntime", v.createRuntime);
    o.optList("createContainer", v.createContainer);
    o.optList("startContainer", v.startContainer);
    o.optList("poststart", v.poststart);
    o.optList("poststop", v.poststop);
}

void put(std::string &out, const LinuxNamespace &v)
{
    Object o(out);
    o.string("type", v.type);
    o.optString("path", v.path);
}

void put(std::string &out, const LinuxTimeOffset &v)
{
    Object o(out);
    o.optInt("secs", v.secs);
    o.optUint("nanosecs", v.nanosecs);
}

void put(std::string &out, const LinuxHugepageLimit &v)
{
    Object o(out);
    o.string("pageSize", v.pageSize);
    o.unsignedInt("limit", v.limit);
}

void put(std::string &out, const LinuxInterfacePriority &v)
{
    Object o(out);
    o.string("name", v.name);
    o.unsignedInt("priority", v.priority);
}

// The embedded LinuxBlockIODevice's fields come first (Go promotes them in
// place of the embedded struct).
void put(std::string &out, const LinuxWeightDevice &v)
{
    Object o(out);
    o.integer("major", v.major);
    o.integer("minor", v.minor);
    o.optPtr("weight", v.weight);
    o.optPtr("leafWeight", v.leafWeight);
}

void put(std::string &out, const LinuxThrottleDevice &v)
{
    Object o(out);
    o.integer("major", v.major);
    o.integer("minor", v.minor);
    o.unsignedInt("rate", v.rate);
}

void put(std::string &out, const LinuxBlockIO &v)
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

void put(std::string &out, const LinuxMemory &v)
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

void put(std::string &out, const LinuxCPU &v)
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

void put(std::string &out, const LinuxPids &v)
{
    Object o(out);
    o.optPtr("limit", v.limit);
}

void put(std::string &out, const LinuxNetwork &v)
{
    Object o(out);
    o.optPtr("classID", v.classID);
    o.optList("priorities", v.priorities);
}

void put(std::string &out, const LinuxRdma &v)
{
    Object o(out);
    o.optPtr("hcaHandles", v.hcaHandles);
    o.optPtr("hcaObjects", v.hcaObjects);
}

void put(std::string &out, const LinuxDeviceCgroup &v)
{
    Object o(out);
    o.boolean("allow", v.allow);
    o.optString("type", v.type);
    o.optPtr("major", v.major);
    o.optPtr("minor", v.minor);
    o.optString("access", v.access);
}

void put(std::string &out, const LinuxResources &v)
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

void put(std::string &out, const LinuxDevice &v)
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

void put(std::string &out, const LinuxNetDevice &v)
{
    Object o(out);
    o.optString("name", v.name);
}

void put(std::string &out, const LinuxSeccompArg &v)
{
    Object o(out);
    o.unsignedInt("index", v.index);
    o.unsignedInt("value", v.value);
    o.optUint("valueTwo", v.valueTwo);
    o.string("op", v.op);
}

void put(std::string &out, const LinuxSyscall &v)
{
    Object o(out);
    // `names` has no omitempty: a nil slice is written as null.
    if (v.names.value)
        putList(o.key("names"), *v.names.value);
    else
        o.key("names").append("null", 4);
    o.string("action", v.action);
    o.optPtr("errnoRet", v.errnoRet);
    o.optList("args", v.args);
}

void put(std::string &out, const LinuxSeccomp &v)
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

void put(std::string &out, const LinuxIntelRdt &v)
{
    Object o(out);
    o.optString("closID", v.closID);
    o.optList("schemata", v.schemata);
    o.optString("l3CacheSchema", v.l3CacheSchema);
    o.optString("memBwSchema", v.memBwSchema);
    o.optBool("enableMonitoring", v.enableMonitoring);
}

void put(std::string &out, const LinuxMemoryPolicy &v)
{
    Object o(out);
    o.string("mode", v.mode);
    o.string("nodes", v.nodes);
    o.optList("flags", v.flags);
}

void put(std::string &out, const LinuxPersonality &v)
{
    Object o(out);
    o.string("domain", v.domain);
    o.optList("flags", v.flags);
}

void put(std::string &out, const Linux &v)
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

} // namespace

void appendCompact(std::string &out, const spec::Spec &s)
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

std::string encodeCompact(const spec::Spec &s)
{
    std::string out;
    // A typical container spec is 4–6 KB; a seccomp profile makes it ~30 KB.
    out.reserve(8192);
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
