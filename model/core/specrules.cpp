// The runtime spec's semantic rules, as runtime-tools `validate` checks them
// besides the schema (shared/reference/validation.md). Levels follow the
// spec's words: MUST → error, SHOULD → warning.

#include "validator.h"

#include "hostprofile.h"
#include "semver.h"

#include <algorithm>
#include <array>
#include <set>

namespace oci {

namespace {

class Rules
{
public:
    explicit Rules(Diagnostics &out)
        : m_out(out)
    {
    }
    void add(Severity severity, std::string code, std::string pointer, std::string message)
    {
        Diagnostic d;
        d.severity = severity;
        d.code = std::move(code);
        d.specPointer = std::move(pointer);
        d.message = std::move(message);
        m_out.push_back(std::move(d));
    }
    void error(std::string code, std::string pointer, std::string message)
    {
        add(Severity::Error, std::move(code), std::move(pointer), std::move(message));
    }
    void warning(std::string code, std::string pointer, std::string message)
    {
        add(Severity::Warning, std::move(code), std::move(pointer), std::move(message));
    }

private:
    Diagnostics &m_out;
};

std::string at(std::string_view base, std::size_t index)
{
    std::string p(base);
    json::appendPointerIndex(p, index);
    return p;
}

std::string key(std::string_view base, std::string_view token)
{
    std::string p(base);
    json::appendPointerToken(p, token);
    return p;
}

std::string quote(std::string_view s)
{
    return '"' + std::string(s) + '"';
}

bool isAbsolute(std::string_view path)
{
    return !path.empty() && path.front() == '/';
}

void checkVersion(const spec::Spec &s, Rules &r)
{
    if (s.ociVersion.empty())
        r.error("oci-version", "/ociVersion", "ociVersion is required: the runtime-spec version the document follows, "
                                              "e.g. \"1.3.0\"");
    else if (!parseSemVer(s.ociVersion))
        r.error("oci-version", "/ociVersion",
                quote(s.ociVersion) + " is not a semantic version (MAJOR.MINOR.PATCH, e.g. \"1.3.0\")");
}

void checkRoot(const spec::Spec &s, Rules &r)
{
    if (!s.root)
        r.error("root-required", "/root", "root is required on Linux: add \"root\": {\"path\": \"rootfs\"}");
    else if (s.root->path.empty())
        r.error("root-path-required", "/root/path", "root.path is required: the container's root filesystem");
}

bool validEnvName(std::string_view name)
{
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }) && !(name[0] >= '0' && name[0] <= '9');
}

void checkCapabilities(const spec::LinuxCapabilities &caps, Rules &r)
{
    const auto &known = allKnownCapabilities();
    const std::pair<const char *, const spec::Strings *> sets[] = {
        {"bounding", &caps.bounding},       {"effective", &caps.effective}, {"inheritable", &caps.inheritable},
        {"permitted", &caps.permitted},     {"ambient", &caps.ambient},
    };
    auto has = [](const spec::Strings &set, const std::string &cap) {
        return std::find(set.begin(), set.end(), cap) != set.end();
    };
    for (const auto &[name, set] : sets) {
        const std::string base = std::string("/process/capabilities/") + name;
        for (std::size_t i = 0; i < set->size(); ++i) {
            const std::string &cap = (*set)[i];
            if (std::find(known.begin(), known.end(), cap) != known.end())
                continue;
            std::string message = quote(cap) + " is not a Linux capability (capabilities(7))";
            std::string upper = cap;
            std::transform(upper.begin(), upper.end(), upper.begin(),
                           [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
            if (upper.rfind("CAP_", 0) != 0)
                upper = "CAP_" + upper;
            if (upper != cap && std::find(known.begin(), known.end(), upper) != known.end())
                message += ": write " + quote(upper);
            r.error("capability-unknown", at(base, i), std::move(message));
        }
    }
    for (std::size_t i = 0; i < caps.effective.size(); ++i)
        if (!has(caps.permitted, caps.effective[i]))
            r.error("capability-effective-not-permitted", at("/process/capabilities/effective", i),
                    "effective capability " + quote(caps.effective[i])
                        + " is not in the permitted set: a process cannot hold it; add it to permitted");
    // The kernel raises an ambient capability only when it is permitted and
    // inheritable; runc warns and goes on (its own default spec has ambient
    // without inheritable), so these are warnings.
    for (std::size_t i = 0; i < caps.ambient.size(); ++i) {
        if (!has(caps.permitted, caps.ambient[i]))
            r.warning("capability-ambient-not-permitted", at("/process/capabilities/ambient", i),
                      "ambient capability " + quote(caps.ambient[i])
                          + " is not in the permitted set, so the kernel will not raise it; add it there");
        if (!has(caps.inheritable, caps.ambient[i]))
            r.warning("capability-ambient-not-inheritable", at("/process/capabilities/ambient", i),
                      "ambient capability " + quote(caps.ambient[i])
                          + " is not in the inheritable set, so the kernel will not raise it; add it there");
    }
}

void checkRlimits(const std::vector<spec::POSIXRlimit> &rlimits, Rules &r)
{
    static const std::set<std::string> known = {
        "RLIMIT_AS",     "RLIMIT_CORE",   "RLIMIT_CPU",    "RLIMIT_DATA",   "RLIMIT_FSIZE",      "RLIMIT_LOCKS",
        "RLIMIT_MEMLOCK", "RLIMIT_MSGQUEUE", "RLIMIT_NICE", "RLIMIT_NOFILE", "RLIMIT_NPROC",      "RLIMIT_RSS",
        "RLIMIT_RTPRIO", "RLIMIT_RTTIME", "RLIMIT_SIGPENDING", "RLIMIT_STACK",
    };
    std::set<std::string> seen;
    for (std::size_t i = 0; i < rlimits.size(); ++i) {
        const auto &l = rlimits[i];
        const std::string p = at("/process/rlimits", i);
        if (!seen.insert(l.type).second)
            r.error("rlimit-duplicate", p + "/type", "rlimit " + quote(l.type) + " is given twice; keep one");
        if (!known.count(l.type))
            r.warning("rlimit-unknown", p + "/type",
                      quote(l.type) + " is not a Linux rlimit (getrlimit(2)); the runtime will refuse it");
        if (l.soft > l.hard)
            r.error("rlimit-soft-above-hard", p,
                    "rlimit " + quote(l.type) + ": soft limit " + std::to_string(l.soft) + " is above the hard limit "
                        + std::to_string(l.hard) + "; setrlimit(2) fails");
    }
}

void checkProcess(const spec::Process &p, Rules &r)
{
    if (!isAbsolute(p.cwd))
        r.error("process-cwd-relative", "/process/cwd",
                "process.cwd " + quote(p.cwd) + " must be an absolute path" + (p.cwd.empty() ? " (it is empty)" : ""));
    if (p.args.empty())
        r.error("process-args-empty", "/process/args", "process.args must hold at least the program to run");
    for (std::size_t i = 0; i < p.env.size(); ++i) {
        const std::string &e = p.env[i];
        const std::size_t eq = e.find('=');
        if (eq == std::string::npos || eq == 0) {
            r.error("process-env-format", at("/process/env", i),
                    quote(e) + " is not in the form KEY=value" + (eq == 0 ? " (the name is empty)" : ""));
            continue;
        }
        const std::string_view name(e.data(), eq);
        if (!validEnvName(name))
            r.warning("process-env-name", at("/process/env", i),
                      "environment name " + quote(name)
                          + " is not portable (letters, digits and '_', not starting with a digit): shells cannot "
                            "read it");
    }
    if (p.capabilities)
        checkCapabilities(*p.capabilities, r);
    checkRlimits(p.rlimits, r);
}

void checkMounts(const spec::Spec &s, Rules &r)
{
    for (std::size_t i = 0; i < s.mounts.size(); ++i)
        if (!isAbsolute(s.mounts[i].destination))
            r.error("mount-destination-relative", at("/mounts", i) + "/destination",
                    "mount destination " + quote(s.mounts[i].destination) + " must be an absolute path");
}

void checkHooks(const spec::Hooks &h, Rules &r)
{
    const std::pair<const char *, const std::vector<spec::Hook> *> lists[] = {
        {"prestart", &h.prestart},
        {"createRuntime", &h.createRuntime},
        {"createContainer", &h.createContainer},
        {"startContainer", &h.startContainer},
        {"poststart", &h.poststart},
        {"poststop", &h.poststop},
    };
    for (const auto &[name, hooks] : lists) {
        for (std::size_t i = 0; i < hooks->size(); ++i) {
            const spec::Hook &hook = (*hooks)[i];
            const std::string p = at(std::string("/hooks/") + name, i);
            if (!isAbsolute(hook.path))
                r.error("hook-path-relative", p + "/path", "hook path " + quote(hook.path) + " must be absolute");
            if (hook.timeout && *hook.timeout <= 0)
                r.error("hook-timeout", p + "/timeout", "hook timeout must be greater than zero");
        }
    }
}

bool hasNamespace(const spec::Linux &lx, std::string_view type)
{
    return std::any_of(lx.namespaces.begin(), lx.namespaces.end(),
                       [&](const spec::LinuxNamespace &n) { return n.type == type; });
}

void checkNamespaces(const spec::Spec &s, const spec::Linux &lx, Rules &r)
{
    static const std::set<std::string> known = {"pid", "network", "mount", "ipc", "uts", "user", "cgroup", "time"};
    std::set<std::string> seen;
    for (std::size_t i = 0; i < lx.namespaces.size(); ++i) {
        const auto &ns = lx.namespaces[i];
        const std::string p = at("/linux/namespaces", i);
        if (!known.count(ns.type))
            r.error("namespace-unknown", p + "/type",
                    quote(ns.type) + " is not a namespace type (pid, network, mount, ipc, uts, user, cgroup, time)");
        if (!seen.insert(ns.type).second)
            r.error("namespace-duplicate", p, "namespace " + quote(ns.type) + " is listed twice; keep one");
        if (!ns.path.empty() && !isAbsolute(ns.path))
            r.error("namespace-path-relative", p + "/path", "namespace path " + quote(ns.path) + " must be absolute");
    }
    const bool user = hasNamespace(lx, "user");
    if (!lx.uidMappings.empty() && !user)
        r.error("id-mappings-need-userns", "/linux/uidMappings",
                "uidMappings need a user namespace: add {\"type\": \"user\"} to linux.namespaces");
    if (!lx.gidMappings.empty() && !user)
        r.error("id-mappings-need-userns", "/linux/gidMappings",
                "gidMappings need a user namespace: add {\"type\": \"user\"} to linux.namespaces");
    for (const auto &[name, value] : lx.sysctl) {
        (void)value;
        if (name.rfind("net.", 0) == 0 && !hasNamespace(lx, "network"))
            r.error("sysctl-needs-netns", key("/linux/sysctl", name),
                    "sysctl " + quote(name) + " needs a network namespace: without one it would change the host's");
        if (name.rfind("fs.mqueue.", 0) == 0 && !hasNamespace(lx, "ipc"))
            r.error("sysctl-needs-ipcns", key("/linux/sysctl", name),
                    "sysctl " + quote(name) + " needs an IPC namespace: without one it would change the host's");
    }
    if (!s.hostname.empty() && !hasNamespace(lx, "uts"))
        r.error("hostname-needs-uts", "/hostname",
                "a hostname needs a UTS namespace: add {\"type\": \"uts\"} to linux.namespaces or drop the hostname");
}

void checkDevices(const spec::Linux &lx, Rules &r)
{
    std::set<std::string> paths;
    for (std::size_t i = 0; i < lx.devices.size(); ++i) {
        const auto &d = lx.devices[i];
        const std::string p = at("/linux/devices", i);
        if (d.type != "c" && d.type != "b" && d.type != "u" && d.type != "p")
            r.error("device-type", p + "/type",
                    "device type " + quote(d.type) + " must be c (char), b (block), u (unbuffered char) or p (FIFO)");
        if (!isAbsolute(d.path))
            r.error("device-path-relative", p + "/path", "device path " + quote(d.path) + " must be absolute");
        if (!paths.insert(d.path).second)
            r.error("device-duplicate", p + "/path", "device " + quote(d.path) + " is listed twice; keep one");
    }
    if (!lx.resources)
        return;
    for (std::size_t i = 0; i < lx.resources->devices.size(); ++i) {
        const auto &rule = lx.resources->devices[i];
        const std::string p = at("/linux/resources/devices", i);
        if (!rule.type.empty() && rule.type != "a" && rule.type != "b" && rule.type != "c")
            r.error("device-cgroup-type", p + "/type",
                    "device cgroup rule type " + quote(rule.type) + " must be a (all), b (block) or c (char)");
        if (rule.access.find_first_not_of("rwm") != std::string::npos)
            r.error("device-cgroup-access", p + "/access",
                    "device cgroup access " + quote(rule.access) + " must be drawn from r, w and m");
    }
}

void checkMemory(const spec::LinuxResources &res, Rules &r)
{
    if (!res.memory)
        return;
    const auto &m = *res.memory;
    // -1 means unlimited; compared as runc does, as unsigned, so it is the largest.
    auto wide = [](std::int64_t v) { return static_cast<std::uint64_t>(v); };
    if (m.limit && m.swap && *m.swap != 0 && wide(*m.swap) < wide(*m.limit))
        r.error("memory-swap-below-limit", "/linux/resources/memory/swap",
                "memory.swap (" + std::to_string(*m.swap) + ") counts memory plus swap and must not be below "
                    "memory.limit (" + std::to_string(*m.limit) + ")");
    if (m.limit && m.reservation && wide(*m.reservation) > wide(*m.limit))
        r.error("memory-reservation-above-limit", "/linux/resources/memory/reservation",
                "memory.reservation (" + std::to_string(*m.reservation) + ") is above memory.limit ("
                    + std::to_string(*m.limit) + ")");
}

void checkPaths(const spec::Linux &lx, Rules &r)
{
    for (std::size_t i = 0; i < lx.maskedPaths.size(); ++i)
        if (!isAbsolute(lx.maskedPaths[i]))
            r.error("masked-path-relative", at("/linux/maskedPaths", i),
                    "masked path " + quote(lx.maskedPaths[i]) + " must be absolute");
    for (std::size_t i = 0; i < lx.readonlyPaths.size(); ++i)
        if (!isAbsolute(lx.readonlyPaths[i]))
            r.error("readonly-path-relative", at("/linux/readonlyPaths", i),
                    "read-only path " + quote(lx.readonlyPaths[i]) + " must be absolute");
}

void checkRootfsPropagation(const spec::Linux &lx, Rules &r)
{
    const std::string &v = lx.rootfsPropagation;
    if (v.empty() || v == "private" || v == "shared" || v == "slave" || v == "unbindable")
        return;
    if (v == "rprivate" || v == "rshared" || v == "rslave" || v == "runbindable")
        r.warning("rootfs-propagation-recursive", "/linux/rootfsPropagation",
                  quote(v) + " is not one of the values the runtime-spec schema allows (private, shared, slave, "
                             "unbindable), but runc accepts it (Docker writes rshared for plugins with a "
                             "propagated mount)");
    else
        r.error("rootfs-propagation", "/linux/rootfsPropagation",
                quote(v) + " is not a mount propagation: use private, shared, slave or unbindable");
}

void checkAnnotations(const spec::Spec &s, Rules &r)
{
    for (const auto &[name, value] : s.annotations) {
        (void)value;
        if (name.empty())
            r.error("annotation-empty-key", "/annotations/", "annotation keys must not be empty");
        else if (name.rfind("org.opencontainers.", 0) == 0)
            r.error("annotation-reserved", key("/annotations", name),
                    "annotation key " + quote(name)
                        + " is in the reserved org.opencontainers namespace; use your own reverse-domain prefix");
    }
}

} // namespace

void checkSpecRules(const spec::Spec &s, Diagnostics &out)
{
    Rules r(out);
    checkVersion(s, r);
    checkRoot(s, r);
    if (s.process)
        checkProcess(*s.process, r);
    checkMounts(s, r);
    if (s.hooks)
        checkHooks(*s.hooks, r);
    checkAnnotations(s, r);
    if (!s.linux_) {
        if (!s.hostname.empty())
            r.error("hostname-needs-uts", "/hostname",
                    "a hostname needs a UTS namespace: add linux.namespaces with {\"type\": \"uts\"}");
        return;
    }
    const spec::Linux &lx = *s.linux_;
    checkNamespaces(s, lx, r);
    checkDevices(lx, r);
    if (lx.resources)
        checkMemory(*lx.resources, r);
    checkPaths(lx, r);
    checkRootfsPropagation(lx, r);
}

} // namespace oci
