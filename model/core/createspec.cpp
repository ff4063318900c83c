// daemon/oci_linux.go createSpec: Docker's default spec, then one option per
// aspect, applied in Docker's order. Each function here is named after the
// Docker spec option it follows and records where the values it writes come
// from.

#include "containerstate.h"
#include "containerutil.h"
#include "defaults.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <set>

namespace oci::container {

namespace {

[[noreturn]] void refuse(std::string message, std::string_view pointer = {})
{
    throw Refused(std::move(message), std::string(pointer));
}

std::string key(std::string_view base, std::string_view k)
{
    std::string p(base);
    json::appendPointerToken(p, k);
    return p;
}

// The pointers of one array's elements, built in one buffer: recording
// copies the text, so a string per element would be wasted. A view stays
// valid until the next element's.
class ElementPointers
{
public:
    explicit ElementPointers(std::string_view array)
        : m_base(array.size())
    {
        // Room for the indexes of any real list: one allocation at most (none
        // while a short pointer stays within the string's own buffer).
        if (array.size() > 12)
            m_text.reserve(array.size() + 8);
        m_text.assign(array);
    }
    std::string_view operator[](std::size_t i)
    {
        m_text.resize(m_base);
        appendIndex(m_text, i);
        return m_text;
    }

private:
    std::string m_text;
    std::size_t m_base;
};

// ---- withCommonOptions ---------------------------------------------------

// An environment entry: its inputs are a list (the hostname's), one
// literal, or an element of Config.Env (by index: its pointer is built when
// recorded); empty ones are left out.
struct EnvEntry {
    std::string value;
    const std::vector<std::string> *inputs = nullptr;
    std::string_view literal;
    std::size_t envIndex = std::string::npos;
};

// container.ReplaceOrAppendEnvValues: an override replaces the default of the
// same name, `NAME` without `=` removes it, anything else is appended. The
// overrides' last use: the values kept move out of them.
void replaceOrAppendEnvValues(std::vector<EnvEntry> &defaults, std::vector<std::string> &overrides)
{
    // Docker's cache holds the names of the defaults only (a handful, the
    // daemon's own): looked up in place, newest first as the map keeps it.
    const std::size_t defaultCount = defaults.size();
    auto cached = [&](std::string_view name) -> EnvEntry * {
        for (std::size_t i = defaultCount; i-- > 0;) {
            const std::string_view v = defaults[i].value;
            if (v.substr(0, v.find('=')) == name)
                return &defaults[i];
        }
        return nullptr;
    };
    // Removed defaults are only marked here: the names must stay until all
    // overrides are seen.
    std::vector<bool> removed(defaultCount, false);
    for (std::size_t i = 0; i < overrides.size(); ++i) {
        std::string &value = overrides[i];
        const auto eq = value.find('=');
        if (eq == std::string::npos) {
            if (EnvEntry *e = cached(value))
                removed[static_cast<std::size_t>(e - defaults.data())] = true;
            continue;
        }
        if (EnvEntry *e = cached(std::string_view(value).substr(0, eq))) {
            removed[static_cast<std::size_t>(e - defaults.data())] = false;
            *e = {std::move(value), nullptr, {}, i};
        } else {
            defaults.push_back({std::move(value), nullptr, {}, i});
        }
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < defaults.size(); ++i) {
        if (defaults[i].value.empty() || (i < defaultCount && removed[i]))
            continue;
        if (kept != i)
            defaults[kept] = std::move(defaults[i]);
        ++kept;
    }
    defaults.resize(kept);
}

void withCommonOptions(const Daemon &daemon, Container &c, SpecWriter &w)
{
    constexpr std::string_view step = "withCommonOptions";
    spec::Spec &s = w.s;
    const HostConfig &hc = c.hostConfig;
    const ContainerConfig &config = c.config;

    s.root = spec::Root{std::move(c.baseFS), hc.readonlyRootfs}; // its only use
    w.recordNonEmpty("/root/path", step, {c.idPointer, daemon.engine.src.get("root"), daemon.engine.src.get("uidMaps")});
    if (hc.readonlyRootfs)
        w.record("/root/readonly", step, {hc.src.get("ReadonlyRootfs")});

    auto &process = *s.process;
    // The command's last use: moved, not copied.
    process.args.clear();
    process.args.reserve(c.args.size() + 3);
    process.args.push_back(std::move(c.path));
    for (auto &a : c.args)
        process.args.push_back(std::move(a));
    // One input per argument (recorded even when empty); views of strings
    // that outlive the recording.
    std::vector<std::string_view> argInputs;
    argInputs.reserve(c.argInputs.size() + 2);
    const std::string_view initInput = hc.src.get("Init");

    // The init only makes sense as pid 1 of a private PID namespace.
    if (pidIsPrivate(hc.pidMode) && hc.init && *hc.init) {
        process.args.insert(process.args.begin(), {"/sbin/docker-init", "--"});
        argInputs.push_back(initInput);
        argInputs.push_back(initInput);
        spec::Mount m;
        m.destination = "/sbin/docker-init";
        m.type = "bind";
        m.source = daemon.engine.initPath;
        m.options = {"bind", "ro"};
        s.mounts.push_back(std::move(m));
    }
    argInputs.insert(argInputs.end(), c.argInputs.begin(), c.argInputs.end());
    w.record("/process/args", step, c.argInputs);
    ElementPointers argPointers("/process/args");
    for (std::size_t i = 0; i < argInputs.size(); ++i)
        w.record(argPointers[i], step, {argInputs[i]});

    process.cwd = config.workingDir.empty() ? "/" : config.workingDir;
    w.recordNonEmpty("/process/cwd", step, {config.src.get("WorkingDir")});

    // CreateDaemonEnvironment
    std::vector<EnvEntry> env;
    env.reserve(3 + config.env.size());
    env.push_back({"PATH=" + daemon.host.defaultPath, nullptr, "host:/defaultPath"});
    env.push_back({"HOSTNAME=" + config.hostname, &c.hostnameValueInputs, {}});
    if (config.tty)
        env.push_back({"TERM=xterm", nullptr, config.src.get("Tty")});
    replaceOrAppendEnvValues(env, c.config.env);
    process.env.clear();
    process.env.reserve(env.size());
    ElementPointers envPointers("/process/env");
    ElementPointers envInputs(config.src.get("Env"));
    const bool envGiven = !config.src.get("Env").empty();
    for (std::size_t i = 0; i < env.size(); ++i) {
        process.env.push_back(std::move(env[i].value));
        const std::string_view at = envPointers[i];
        if (env[i].inputs)
            w.recordNonEmpty(at, step, *env[i].inputs);
        else if (env[i].envIndex == std::string::npos)
            w.recordNonEmpty(at, step, {env[i].literal});
        else
            w.recordNonEmpty(at, step, {envGiven ? envInputs[env[i].envIndex] : std::string_view()});
    }

    process.terminal = config.tty;
    if (config.tty)
        w.record("/process/terminal", step, {config.src.get("Tty")});

    s.hostname = config.hostname;
    w.recordNonEmpty("/hostname", step, c.hostnameValueInputs);

    auto &lx = *s.linux_;
    // setLinuxDomainname: the NIS domain name is a sysctl.
    if (!config.domainname.empty()) {
        lx.sysctl["kernel.domainname"] = config.domainname;
        w.recordNonEmpty("/linux/sysctl/kernel.domainname", step, c.domainnameValueInputs);
    }

    // Safe network sysctls, only for a network namespace of its own.
    if (networkIsPrivate(hc.networkMode)) {
        const bool userNS = daemon.remapped && hc.usernsMode != "host";
        const std::string_view nm = hc.src.get("NetworkMode");
        if (!userNS && !daemon.host.inUserNamespace && daemon.host.hasSysctl("net.ipv4.ping_group_range")) {
            lx.sysctl["net.ipv4.ping_group_range"] = "0 2147483647";
            w.recordNonEmpty("/linux/sysctl/net.ipv4.ping_group_range", step, {nm, "host:/sysctls"});
        }
        if (daemon.host.hasSysctl("net.ipv4.ip_unprivileged_port_start")) {
            lx.sysctl["net.ipv4.ip_unprivileged_port_start"] = "0";
            w.recordNonEmpty("/linux/sysctl/net.ipv4.ip_unprivileged_port_start", step, {nm, "host:/sysctls"});
        }
    }
}

// ---- withCgroups ---------------------------------------------------------

void withCgroups(const Daemon &daemon, const Container &c, SpecWriter &w)
{
    const HostConfig &hc = c.hostConfig;
    const bool systemd = daemon.usingSystemd();
    std::string parent = systemd ? "system.slice" : "/docker";
    std::vector<std::string> inputs = {c.idPointer, std::string(daemon.engine.src.get("cgroupDriver"))};
    if (!hc.cgroupParent.empty()) {
        parent = hc.cgroupParent;
        inputs.push_back(std::string(hc.src.get("CgroupParent")));
    } else if (!daemon.engine.cgroupParent.empty()) {
        parent = daemon.engine.cgroupParent;
        inputs.push_back(std::string(daemon.engine.src.get("cgroupParent")));
    }
    w.s.linux_->cgroupsPath = systemd ? parent + ":docker:" + c.id : joinPath(parent, c.id);
    w.recordNonEmpty("/linux/cgroupsPath", "withCgroups", inputs);
}

// ---- WithResources -------------------------------------------------------

const HostDevice &statDevice(const Daemon &daemon, const std::string &path, const std::string &at)
{
    if (const HostDevice *d = daemon.host.device(path))
        return *d;
    refuse("stat " + path + ": no such file or directory", at);
}

std::vector<spec::LinuxThrottleDevice> throttleDevices(const Daemon &daemon, const std::vector<ThrottleDevice> &devs)
{
    std::vector<spec::LinuxThrottleDevice> out;
    for (const auto &d : devs) {
        const HostDevice &hd = statDevice(daemon, d.path, d.pointer);
        out.push_back({hd.major, hd.minor, d.rate});
    }
    return out;
}

void withResources(const Daemon &daemon, const Container &c, SpecWriter &w)
{
    constexpr std::string_view step = "WithResources";
    const HostConfig &r = c.hostConfig;
    auto &res = *w.s.linux_->resources;

    std::vector<spec::LinuxWeightDevice> weightDevices;
    for (const auto &d : r.blkioWeightDevice) {
        const HostDevice &hd = statDevice(daemon, d.path, d.pointer);
        spec::LinuxWeightDevice wd;
        wd.major = hd.major;
        wd.minor = hd.minor;
        wd.weight = d.weight;
        weightDevices.push_back(wd);
    }
    auto readBps = throttleDevices(daemon, r.blkioDeviceReadBps);
    auto writeBps = throttleDevices(daemon, r.blkioDeviceWriteBps);
    auto readIOps = throttleDevices(daemon, r.blkioDeviceReadIOps);
    auto writeIOps = throttleDevices(daemon, r.blkioDeviceWriteIOps);

    // getMemoryResources
    spec::LinuxMemory memory;
    if (r.memory > 0)
        memory.limit = r.memory;
    if (r.memoryReservation > 0)
        memory.reservation = r.memoryReservation;
    if (r.memorySwap > 0)
        memory.swap = r.memorySwap;
    if (r.memorySwappiness)
        memory.swappiness = static_cast<std::uint64_t>(*r.memorySwappiness);
    if (r.oomKillDisable)
        memory.disableOOMKiller = *r.oomKillDisable;
    if (memory != spec::LinuxMemory{}) {
        res.memory = memory;
        if (memory.limit)
            w.record("/linux/resources/memory/limit", step, {r.src.get("Memory")});
        if (memory.reservation)
            w.record("/linux/resources/memory/reservation", step, {r.src.get("MemoryReservation")});
        if (memory.swap)
            w.recordNonEmpty("/linux/resources/memory/swap", step, {r.src.get("MemorySwap")});
        if (memory.swappiness)
            w.record("/linux/resources/memory/swappiness", step, {r.src.get("MemorySwappiness")});
        if (memory.disableOOMKiller)
            w.recordNonEmpty("/linux/resources/memory/disableOOMKiller", step,
                     {r.src.get("OomKillDisable"), daemon.engine.src.get("cgroupVersion")});
    } else {
        res.memory.reset();
    }

    // getCPUResources
    spec::LinuxCPU cpu;
    std::map<std::string, std::vector<std::string>> cpuInputs;
    if (r.cpuShares != 0) {
        if (r.cpuShares < 0)
            refuse("invalid CPU shares (" + std::to_string(r.cpuShares) + "): value must be a positive integer",
                   r.src.get("CpuShares"));
        cpu.shares = static_cast<std::uint64_t>(r.cpuShares);
        cpuInputs["shares"] = {std::string(r.src.get("CpuShares"))};
    }
    if (!r.cpusetCpus.empty()) {
        cpu.cpus = r.cpusetCpus;
        cpuInputs["cpus"] = {std::string(r.src.get("CpusetCpus"))};
    }
    if (!r.cpusetMems.empty()) {
        cpu.mems = r.cpusetMems;
        cpuInputs["mems"] = {std::string(r.src.get("CpusetMems"))};
    }
    if (r.nanoCpus > 0) {
        // https://www.kernel.org/doc/Documentation/scheduler/sched-bwc.txt
        const std::uint64_t period = 100000;
        cpu.period = period;
        cpu.quota = r.nanoCpus * static_cast<std::int64_t>(period) / 1000000000;
        cpuInputs["period"] = {std::string(r.src.get("NanoCpus"))};
        cpuInputs["quota"] = {std::string(r.src.get("NanoCpus"))};
    }
    if (r.cpuPeriod != 0) {
        cpu.period = static_cast<std::uint64_t>(r.cpuPeriod);
        cpuInputs["period"] = {std::string(r.src.get("CpuPeriod"))};
    }
    if (r.cpuQuota != 0) {
        cpu.quota = r.cpuQuota;
        cpuInputs["quota"] = {std::string(r.src.get("CpuQuota"))};
    }
    if (r.cpuRealtimePeriod != 0) {
        cpu.realtimePeriod = static_cast<std::uint64_t>(r.cpuRealtimePeriod);
        cpuInputs["realtimePeriod"] = {std::string(r.src.get("CpuRealtimePeriod"))};
    }
    if (r.cpuRealtimeRuntime != 0) {
        cpu.realtimeRuntime = r.cpuRealtimeRuntime;
        cpuInputs["realtimeRuntime"] = {std::string(r.src.get("CpuRealtimeRuntime"))};
    }
    if (cpu != spec::LinuxCPU{}) {
        res.cpu = cpu;
        for (const auto &[k, in] : cpuInputs)
            w.recordNonEmpty("/linux/resources/cpu/" + k, step, in);
    } else {
        res.cpu.reset();
    }

    auto &blockIO = res.blockIO.emplace();
    blockIO.weightDevice = std::move(weightDevices);
    blockIO.throttleReadBpsDevice = std::move(readBps);
    blockIO.throttleWriteBpsDevice = std::move(writeBps);
    blockIO.throttleReadIOPSDevice = std::move(readIOps);
    blockIO.throttleWriteIOPSDevice = std::move(writeIOps);
    w.record("/linux/resources/blockIO", step);
    if (r.blkioWeight != 0) {
        blockIO.weight = r.blkioWeight;
        w.record("/linux/resources/blockIO/weight", step, {r.src.get("BlkioWeight")});
    }
    if (!r.blkioWeightDevice.empty()) {
        ElementPointers at("/linux/resources/blockIO/weightDevice");
        for (std::size_t i = 0; i < r.blkioWeightDevice.size(); ++i)
            w.record(at[i], step, {r.blkioWeightDevice[i].pointer});
    }
    const std::pair<const char *, const std::vector<ThrottleDevice> *> throttles[] = {
        {"throttleReadBpsDevice", &r.blkioDeviceReadBps},
        {"throttleWriteBpsDevice", &r.blkioDeviceWriteBps},
        {"throttleReadIOPSDevice", &r.blkioDeviceReadIOps},
        {"throttleWriteIOPSDevice", &r.blkioDeviceWriteIOps}};
    for (const auto &[name, list] : throttles) {
        if (list->empty())
            continue;
        ElementPointers at(std::string("/linux/resources/blockIO/") + name);
        for (std::size_t i = 0; i < list->size(); ++i)
            w.record(at[i], step, {(*list)[i].pointer});
    }

    // getPidsLimit
    if (r.pidsLimit) {
        spec::LinuxPids pids;
        pids.limit = *r.pidsLimit <= 0 ? -1 : *r.pidsLimit;
        res.pids = pids;
        w.record("/linux/resources/pids", step, {r.src.get("PidsLimit")});
    } else {
        res.pids.reset();
    }
}

// ---- WithSysctls ---------------------------------------------------------

void withSysctls(const Container &c, SpecWriter &w)
{
    const HostConfig &hc = c.hostConfig;
    // The HostConfig's sysctls win over the defaults set above.
    for (const auto &[k, v] : hc.sysctls) {
        w.s.linux_->sysctl[k] = v;
        w.recordNonEmpty(key("/linux/sysctl", k), "WithSysctls", {key(hc.src.get("Sysctls"), k)});
    }
}

// ---- WithUser --------------------------------------------------------------

constexpr std::int64_t kMaxID = 2147483647;
const char *const kErrRange = "uids and gids must be in range 0-2147483647";

// Entries view the image's passwd/group text (which outlives the build):
// parsing them allocates nothing but the list itself.
struct PasswdEntry {
    std::string_view name;
    std::int64_t uid = 0;
    std::int64_t gid = 0;
};

struct GroupEntry {
    std::string_view name;
    std::int64_t gid = 0;
    std::string_view members; // the comma-separated user list, unsplit

    bool hasMember(std::string_view user) const
    {
        if (members.empty())
            return false; // strings.Split would give [""], but users are never empty here
        std::size_t pos = 0;
        for (;;) {
            const auto comma = members.find(',', pos);
            if (members.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos) == user)
                return true;
            if (comma == std::string_view::npos)
                return false;
            pos = comma + 1;
        }
    }
};

std::int64_t atoiOrZero(std::string_view s)
{
    std::int64_t v = 0;
    return parseGoInt(s, v) ? v : 0;
}

// The first four ':'-separated fields of a line as strings.Split gives them;
// `count` is how many fields there are, up to four.
struct ColonFields {
    std::string_view part[4];
    std::size_t count = 0;
};

ColonFields colonFields(std::string_view line)
{
    ColonFields f;
    std::size_t pos = 0;
    while (f.count < 4) {
        const auto colon = line.find(':', pos);
        if (colon == std::string_view::npos) {
            f.part[f.count++] = line.substr(pos);
            break;
        }
        f.part[f.count++] = line.substr(pos, colon - pos);
        pos = colon + 1;
    }
    return f;
}

// Calls `onLine` with every trimmed, non-empty line of `text`.
template<typename F>
void forEachLine(std::string_view text, F &&onLine)
{
    std::size_t pos = 0;
    for (;;) {
        const auto nl = text.find('\n', pos);
        const std::string_view line
            = trimSpace(text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
        if (!line.empty())
            onLine(line);
        if (nl == std::string_view::npos)
            return;
        pos = nl + 1;
    }
}

// Calls `onEntry` with every entry of a passwd text until it returns true
// (found): the entries are not kept, and a match stops the scan.
template<typename F>
void scanPasswd(std::string_view text, F &&onEntry)
{
    bool found = false;
    forEachLine(text, [&](std::string_view line) {
        if (found)
            return;
        const ColonFields parts = colonFields(line);
        PasswdEntry e;
        e.name = parts.part[0];
        if (parts.count > 2)
            e.uid = atoiOrZero(parts.part[2]);
        if (parts.count > 3)
            e.gid = atoiOrZero(parts.part[3]);
        found = onEntry(e);
    });
}

// The same for a group text (comment lines skipped).
template<typename F>
void scanGroup(std::string_view text, F &&onEntry)
{
    bool found = false;
    forEachLine(text, [&](std::string_view line) {
        if (found || line[0] == '#')
            return;
        const ColonFields parts = colonFields(line);
        GroupEntry e;
        e.name = parts.part[0];
        if (parts.count > 2)
            e.gid = atoiOrZero(parts.part[2]);
        if (parts.count > 3)
            e.members = parts.part[3];
        found = onEntry(e);
    });
}

std::vector<GroupEntry> parseGroup(std::string_view text)
{
    std::vector<GroupEntry> out;
    scanGroup(text, [&](const GroupEntry &e) {
        out.push_back(e);
        return false;
    });
    return out;
}

// user.parseNumeric: (value, numeric); throws ErrRange.
std::pair<std::int64_t, bool> parseNumeric(std::string_view val, std::string_view at)
{
    if (val.empty())
        return {0, false};
    std::int64_t id = 0;
    if (!parseGoInt(val, id)) {
        // A syntax error means "a name"; an out-of-range number is an error.
        std::string_view digits = val;
        if (!digits.empty() && (digits[0] == '-' || digits[0] == '+'))
            digits = digits.substr(1);
        const bool allDigits
            = !digits.empty() && std::all_of(digits.begin(), digits.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
        if (allDigits)
            refuse(kErrRange, at);
        return {0, false};
    }
    if (id < 0 || id > kMaxID)
        refuse(kErrRange, at);
    return {id, true};
}

void withUser(const Container &c, SpecWriter &w)
{
    constexpr std::string_view step = "WithUser";
    const std::string_view at = c.config.src.get("User");

    // strings.Split(user, ":"): the first two pieces matter.
    const std::string_view spec = c.config.user;
    const auto colon = spec.find(':');
    const std::string_view userArg = spec.substr(0, colon);
    std::string_view groupArg;
    if (colon != std::string_view::npos)
        groupArg = spec.substr(colon + 1, spec.find(':', colon + 1) - colon - 1);
    // Plain variables, not structured bindings: the lambdas below capture
    // them, which clang 14 (the fuzzing build) does not allow for bindings.
    const auto uidParsed = parseNumeric(userArg, at);
    const auto gidParsed = parseNumeric(groupArg, at);
    const auto uidArg = uidParsed.first;
    const bool isUID = uidParsed.second;
    const auto gidArg = gidParsed.first;
    const bool isGID = gidParsed.second;

    std::int64_t uid = 0, gid = 0;
    std::vector<std::int64_t> sgids;
    std::string_view matchedUserName;
    bool matched = false;
    scanPasswd(c.image.passwd, [&](const PasswdEntry &u) {
        matched = userArg.empty() ? u.uid == 0 : isUID ? uidArg == u.uid : u.name == userArg;
        if (matched) {
            matchedUserName = u.name;
            uid = u.uid;
            gid = u.gid;
        }
        return matched;
    });
    if (!matched && !userArg.empty()) {
        if (!isUID)
            refuse("unable to find user " + std::string(userArg) + ": no matching entries in passwd file", at);
        uid = uidArg;
    }
    if (!groupArg.empty()) {
        // The first group that matches.
        bool found = false;
        scanGroup(c.image.group, [&](const GroupEntry &g) {
            found = isGID ? gidArg == g.gid : g.name == groupArg;
            if (found)
                gid = g.gid;
            return found;
        });
        if (!found) {
            if (!isGID)
                refuse("unable to find group " + std::string(groupArg) + ": no matching entries in group file", at);
            gid = gidArg;
        }
    } else if (!matchedUserName.empty()) {
        // Every group the user is a member of.
        scanGroup(c.image.group, [&](const GroupEntry &g) {
            if (g.hasMember(matchedUserName))
                sgids.push_back(g.gid);
            return false;
        });
    }

    // user.GetAdditionalGroups for GroupAdd
    const HostConfig &hc = c.hostConfig;
    std::vector<std::int64_t> addGroups;
    std::vector<std::string> addInputs;
    const auto groups = hc.groupAdd.empty() ? std::vector<GroupEntry>() : parseGroup(c.image.group);
    for (std::size_t i = 0; i < hc.groupAdd.size(); ++i) {
        const std::string &ag = hc.groupAdd[i];
        const std::string agAt = elementPointer(hc.src, "GroupAdd", i);
        const auto [agid, numeric] = parseNumeric(ag, agAt);
        std::int64_t value = agid;
        bool found = false;
        for (const auto &g : groups) {
            if (numeric ? g.gid == agid : g.name == ag) {
                if (g.gid < 0 || g.gid > kMaxID)
                    refuse(kErrRange, agAt);
                value = g.gid;
                found = true;
                break;
            }
        }
        if (!found && !numeric)
            refuse("unable to find group " + ag + ": no matching entries in group file", agAt);
        // Docker collects these in a Go map: with several, their order is random.
        if (std::find(addGroups.begin(), addGroups.end(), value) == addGroups.end()) {
            addGroups.push_back(value);
            addInputs.push_back(agAt);
        }
    }

    spec::User &user = w.s.process->user;
    user.uid = static_cast<std::uint32_t>(uid);
    user.gid = static_cast<std::uint32_t>(gid);
    user.additionalGids.clear();
    user.additionalGids.reserve(1 + sgids.size() + addGroups.size());
    user.additionalGids.push_back(static_cast<std::uint32_t>(gid));
    for (auto g : sgids)
        user.additionalGids.push_back(static_cast<std::uint32_t>(g));
    for (auto g : addGroups)
        user.additionalGids.push_back(static_cast<std::uint32_t>(g));
    w.recordNonEmpty("/process/user", step, {at, c.image.src.get("passwd"), c.image.src.get("group")});
    if (!addInputs.empty()) {
        ElementPointers gidPointers("/process/user/additionalGids");
        for (std::size_t i = 0; i < addInputs.size(); ++i)
            w.record(gidPointers[1 + sgids.size() + i], step, {addInputs[i]});
    }
}

// ---- WithDevices ---------------------------------------------------------

// Compares device paths the way filepath.WalkDir visits them: component by
// component.
bool walkOrder(std::string_view a, std::string_view b)
{
    // Piece by piece in place: a sort calls this often, a split list per
    // call would allocate each time.
    constexpr auto npos = std::string_view::npos;
    for (std::size_t i = 0, j = 0;;) {
        const auto ea = a.find('/', i), eb = b.find('/', j);
        const std::string_view pa = a.substr(i, ea == npos ? npos : ea - i);
        const std::string_view pb = b.substr(j, eb == npos ? npos : eb - j);
        if (pa != pb)
            return pa < pb;
        if (ea == npos || eb == npos)
            return ea == npos && eb != npos; // equal so far: the shorter list first
        i = ea + 1;
        j = eb + 1;
    }
}

spec::LinuxDevice toSpecDevice(const HostDevice &d, const std::string &path)
{
    spec::LinuxDevice out;
    out.path = path;
    out.type = d.type;
    out.major = d.major;
    out.minor = d.minor;
    out.fileMode = d.fileMode;
    out.uid = d.uid;
    out.gid = d.gid;
    return out;
}

spec::LinuxDeviceCgroup deviceRule(const spec::LinuxDevice &d, const std::string &permissions)
{
    spec::LinuxDeviceCgroup r;
    r.allow = true;
    r.type = d.type;
    r.major = d.major;
    r.minor = d.minor;
    r.access = permissions;
    return r;
}

// oci.DevicesFromPath: a device node, or every device under a directory.
// `index`: the host's devices by path, for many mappings (else a scan).
void devicesFromPath(const Daemon &daemon, const std::optional<HostProfile::DeviceIndex> &index, const DeviceMapping &m,
                     const std::string &permissions, std::vector<spec::LinuxDevice> &devs,
                     std::vector<spec::LinuxDeviceCgroup> &rules)
{
    if (const HostDevice *d = index ? index->find(m.pathOnHost) : daemon.host.device(m.pathOnHost)) {
        devs.push_back(toSpecDevice(*d, m.pathInContainer));
        rules.push_back(deviceRule(devs.back(), permissions));
        return;
    }
    std::vector<const HostDevice *> under;
    const std::string prefix = m.pathOnHost + (endsWith(m.pathOnHost, "/") ? "" : "/");
    for (const auto &d : daemon.host.devices)
        if (startsWith(d.path, prefix))
            under.push_back(&d);
    std::sort(under.begin(), under.end(), [](const HostDevice *a, const HostDevice *b) { return walkOrder(a->path, b->path); });
    for (const HostDevice *d : under) {
        const std::string path = replaceAll(d->path.substr(0, m.pathOnHost.size()), m.pathOnHost, m.pathInContainer)
            + d->path.substr(m.pathOnHost.size());
        devs.push_back(toSpecDevice(*d, path));
        rules.push_back(deviceRule(devs.back(), permissions));
    }
    if (under.empty())
        refuse("error gathering device information while adding custom device " + goQuote(m.pathOnHost)
                   + ": no such file or directory",
               m.pointer);
}

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

// oci.AppendDevicePermissionsFromCgroupRules:
// ^([acb]) ([0-9]+|\*):([0-9]+|\*) ([rwm]{1,3})$
spec::LinuxDeviceCgroup parseDeviceCgroupRule(const std::string &rule, const std::string &at)
{
    const std::string invalid = "invalid device cgroup rule format: '" + rule + "'";
    const auto fields = split(rule, ' ');
    if (fields.size() != 3 || fields[0].size() != 1 || std::string_view("acb").find(fields[0][0]) == std::string_view::npos)
        refuse(invalid, at);
    const auto colon = fields[1].find(':');
    if (colon == std::string::npos)
        refuse(invalid, at);
    const std::string majorText = fields[1].substr(0, colon);
    const std::string minorText = fields[1].substr(colon + 1);
    if ((majorText != "*" && !allDigits(majorText)) || (minorText != "*" && !allDigits(minorText)))
        refuse(invalid, at);
    const std::string &access = fields[2];
    if (access.empty() || access.size() > 3
        || !std::all_of(access.begin(), access.end(), [](char ch) { return ch == 'r' || ch == 'w' || ch == 'm'; }))
        refuse(invalid, at);
    spec::LinuxDeviceCgroup r;
    r.allow = true;
    r.type = fields[0];
    r.access = access;
    std::int64_t v = 0;
    if (majorText == "*")
        r.major = -1;
    else if (parseGoInt(majorText, v))
        r.major = v;
    else
        refuse("invalid major value in device cgroup rule format: '" + rule + "'", at);
    if (minorText == "*")
        r.minor = -1;
    else if (parseGoInt(minorText, v))
        r.minor = v;
    else
        refuse("invalid minor value in device cgroup rule format: '" + rule + "'", at);
    return r;
}

std::string formatCaps(const std::vector<std::vector<std::string>> &caps)
{
    std::string out = "[";
    for (std::size_t i = 0; i < caps.size(); ++i) {
        if (i)
            out += ' ';
        out += '[';
        for (std::size_t j = 0; j < caps[i].size(); ++j) {
            if (j)
                out += ' ';
            out += caps[i][j];
        }
        out += ']';
    }
    return out + "]";
}

void withDevices(const Daemon &daemon, const Container &c, SpecWriter &w)
{
    constexpr std::string_view step = "WithDevices";
    const HostConfig &hc = c.hostConfig;
    auto &lx = *w.s.linux_;
    auto &res = *lx.resources;
    std::vector<spec::LinuxDevice> devs;
    // Views of the host config's pointers, which outlive the recording.
    std::vector<std::string_view> devInputs;
    // The rules appended: the current ones again unless privileged (see
    // below), then the devices' and DeviceCgroupRules'. Each rule has at
    // most one input (none for the defaults).
    std::vector<spec::LinuxDeviceCgroup> devPermissions;
    std::vector<std::string> permInputs;
    bool repeatCurrent = true;
    // A scan per mapping is quadratic with many mappings.
    std::optional<HostProfile::DeviceIndex> index;
    if (hc.devices.size() >= 8)
        index.emplace(daemon.host);

    if (hc.privileged) {
        for (const auto &d : daemon.host.devices) {
            devs.push_back(toSpecDevice(d, d.path));
            devInputs.push_back(hc.src.get("Privileged"));
        }
        for (const auto &m : hc.devices) {
            if (m.cgroupPermissions != "rwm")
                daemon.warn("custom " + m.cgroupPermissions + " permissions for device " + m.pathOnHost
                                + " are ignored in privileged mode",
                            m.pointer);
            if (m.pathOnHost == m.pathInContainer) {
                daemon.warn("path in container " + m.pathInContainer + " already exists in privileged mode",
                            m.pointer);
                continue;
            }
            std::vector<spec::LinuxDeviceCgroup> ignored;
            const std::size_t before = devs.size();
            devicesFromPath(daemon, index, m, "rwm", devs, ignored);
            devInputs.resize(devs.size(), m.pointer);
            (void)before;
        }
        spec::LinuxDeviceCgroup all;
        all.allow = true;
        all.access = "rwm";
        repeatCurrent = false;
        devPermissions = {all};
        permInputs = {std::string(hc.src.get("Privileged"))};
    } else {
        for (const auto &m : hc.devices) {
            std::vector<spec::LinuxDeviceCgroup> rules;
            devicesFromPath(daemon, index, m, m.cgroupPermissions, devs, rules);
            devInputs.resize(devs.size(), m.pointer);
            for (auto &r : rules) {
                devPermissions.push_back(std::move(r));
                permInputs.push_back(m.pointer);
            }
        }
        for (std::size_t i = 0; i < hc.deviceCgroupRules.size(); ++i) {
            std::string at = elementPointer(hc.src, "DeviceCgroupRules", i);
            devPermissions.push_back(parseDeviceCgroupRule(hc.deviceCgroupRules[i], at));
            permInputs.push_back(std::move(at));
        }
    }

    const std::size_t devBase = lx.devices.size();
    if (!devs.empty()) {
        ElementPointers at("/linux/devices");
        for (std::size_t i = 0; i < devs.size(); ++i) {
            lx.devices.push_back(std::move(devs[i]));
            w.recordNonEmpty(at[devBase + i], step, {devInputs[i], "host:/devices"});
        }
    }
    // The list appended already starts with the default rules, so those appear
    // twice (real Docker output). Reserved first, so the rules copied are not
    // moved while read.
    const std::size_t ruleBase = res.devices.size();
    const std::size_t repeated = repeatCurrent ? ruleBase : 0;
    res.devices.reserve(ruleBase + repeated + devPermissions.size());
    ElementPointers at("/linux/resources/devices");
    for (std::size_t i = 0; i < repeated; ++i) {
        res.devices.push_back(res.devices[i]);
        w.record(at[ruleBase + i], step); // a default: no inputs
    }
    for (std::size_t i = 0; i < devPermissions.size(); ++i) {
        res.devices.push_back(std::move(devPermissions[i]));
        w.recordNonEmpty(at[ruleBase + repeated + i], step, {permInputs[i]});
    }

    for (const auto &req : hc.deviceRequests) {
        // No device driver (NVIDIA, AMD, CDI) is known to a build.
        refuse("could not select device driver " + goQuote(req.driver) + " with capabilities: "
                   + formatCaps(req.capabilities),
               req.pointer);
    }
}

// ---- withRlimits -----------------------------------------------------------

void withRlimits(const Daemon &daemon, const Container &c, SpecWriter &w)
{
    const auto &given = c.hostConfig.ulimits;
    std::vector<const Ulimit *> ulimits;
    for (const auto &u : given)
        ulimits.push_back(&u);
    // mergeUlimits: the daemon's defaults for names the container leaves out
    // (a Go map: with several, Docker's order is random; sorted here). One
    // per resource on either side: a scan, not a set of copied names.
    for (const auto &entry : daemon.engine.defaultUlimits)
        if (std::none_of(given.begin(), given.end(), [&](const Ulimit &g) { return g.name == entry.first; }))
            ulimits.push_back(&entry.second);
    auto &rlimits = w.s.process->rlimits;
    rlimits.clear();
    if (ulimits.empty())
        return;
    ElementPointers at("/process/rlimits");
    for (std::size_t i = 0; i < ulimits.size(); ++i) {
        const Ulimit &u = *ulimits[i];
        rlimits.push_back({"RLIMIT_" + toUpper(u.name), static_cast<std::uint64_t>(u.hard),
                           static_cast<std::uint64_t>(u.soft)});
        w.recordNonEmpty(at[i], "withRlimits", {u.pointer});
    }
}

// ---- WithNamespaces ------------------------------------------------------

void setNamespace(SpecWriter &w, std::string_view type, std::string_view path,
                  std::initializer_list<std::string_view> inputs)
{
    auto &ns = w.s.linux_->namespaces;
    std::size_t i = 0;
    while (i < ns.size() && ns[i].type != type)
        ++i;
    if (i < ns.size()) {
        ns[i].path = path; // the type stays
    } else {
        ns.push_back({std::string(type), std::string(path)});
    }
    // The element's pointer in a buffer on the stack: a few namespaces are
    // set per build, each would allocate otherwise.
    constexpr std::string_view array = "/linux/namespaces/";
    char at[array.size() + 24];
    array.copy(at, array.size());
    const char *end = std::to_chars(at + array.size(), at + sizeof at, i).ptr;
    w.recordNonEmpty(std::string_view(at, static_cast<std::size_t>(end - at)), "WithNamespaces", inputs);
}

void removeNamespace(SpecWriter &w, std::string_view type)
{
    auto &ns = w.s.linux_->namespaces;
    for (std::size_t i = 0; i < ns.size(); ++i) {
        if (ns[i].type == type) {
            ns.erase(ns.begin() + static_cast<std::ptrdiff_t>(i));
            w.eraseArrayElement("/linux/namespaces", i);
            return;
        }
    }
}

std::string nsPath(const EngineContainer &c, const char *ns)
{
    return "/proc/" + std::to_string(c.pid) + "/ns/" + ns;
}

void withNamespaces(const Daemon &daemon, const Container &c, SpecWriter &w)
{
    const HostConfig &hc = c.hostConfig;
    bool userNS = false;
    if (hc.usernsMode != "host" && daemon.remapped) {
        userNS = true;
        const std::string_view at = daemon.engine.src.get("uidMaps");
        setNamespace(w, "user", "", {at});
        auto &lx = *w.s.linux_;
        auto mapping = [](const std::vector<IDMap> &maps) {
            std::vector<spec::LinuxIDMapping> out;
            for (const auto &m : maps)
                out.push_back({static_cast<std::uint32_t>(m.containerID), static_cast<std::uint32_t>(m.hostID),
                               static_cast<std::uint32_t>(m.size)});
            return out;
        };
        lx.uidMappings = mapping(daemon.engine.uidMaps);
        lx.gidMappings = mapping(daemon.engine.gidMaps);
        w.recordNonEmpty("/linux/uidMappings", "WithNamespaces", {at});
        w.recordNonEmpty("/linux/gidMappings", "WithNamespaces", {daemon.engine.src.get("gidMaps")});
    }

    // network
    if (!c.config.networkDisabled) {
        const std::string_view at = hc.src.get("NetworkMode");
        if (isContainerMode(hc.networkMode)) {
            const std::string other = connectedContainer(hc.networkMode);
            const EngineContainer *nc = nullptr;
            try {
                nc = &daemon.getContainer(other);
            } catch (const Refused &e) {
                refuse("joining network namespace of container: " + e.message(), at);
            }
            if (nc->id == c.id)
                refuse("cannot join own network namespace", at);
            if (!nc->running)
                refuse("cannot join network namespace of a non running container: container "
                           + std::string(startsWith(nc->name, "/") ? nc->name.substr(1) : nc->name) + " is created",
                       at);
            setNamespace(w, "network", nsPath(*nc, "net"), {at, nc->pointer});
            // Sharing a network namespace means sharing the user namespace.
            if (userNS)
                setNamespace(w, "user", nsPath(*nc, "user"), {at, nc->pointer});
        } else if (networkIsHost(hc.networkMode)) {
            removeNamespace(w, "network");
        } else {
            setNamespace(w, "network", "", {at});
        }
    }

    // Time namespaces need kernel 5.6.
    if (!daemon.engine.timeNamespaces)
        removeNamespace(w, "time");

    // ipc
    const std::string_view ipcAt = hc.src.get("IpcMode");
    if (!ipcModeValid(hc.ipcMode))
        refuse("invalid IPC mode: " + hc.ipcMode, ipcAt);
    if (isContainerMode(hc.ipcMode)) {
        const std::string id = connectedContainer(hc.ipcMode);
        const EngineContainer *ic = nullptr;
        try {
            ic = &daemon.getContainer(id);
        } catch (const Refused &e) {
            refuse("failed to join IPC namespace: " + e.message(), ipcAt);
        }
        if (!ic->running)
            refuse("failed to join IPC namespace: container " + id + " is not running", ipcAt);
        if (daemon.shmPathOf(*ic).empty())
            refuse("failed to join IPC namespace: container " + id
                       + ": non-shareable IPC (hint: use IpcMode:shareable for the donor container)",
                   ipcAt);
        setNamespace(w, "ipc", nsPath(*ic, "ipc"), {ipcAt, ic->pointer});
        if (userNS)
            setNamespace(w, "user", nsPath(*ic, "user"), {ipcAt, ic->pointer});
    } else if (hc.ipcMode == "host") {
        removeNamespace(w, "ipc");
    } else {
        setNamespace(w, "ipc", "", {ipcAt});
    }

    // pid
    const std::string_view pidAt = hc.src.get("PidMode");
    if (!pidModeValid(hc.pidMode))
        refuse("invalid PID mode: " + hc.pidMode, pidAt);
    if (isContainerMode(hc.pidMode)) {
        const std::string id = connectedContainer(hc.pidMode);
        const EngineContainer *pc = nullptr;
        try {
            pc = &daemon.getContainer(id);
        } catch (const Refused &e) {
            refuse("failed to join PID namespace: " + e.message(), pidAt);
        }
        if (!pc->running)
            refuse("failed to join PID namespace: container " + id + " is not running", pidAt);
        setNamespace(w, "pid", nsPath(*pc, "pid"), {pidAt, pc->pointer});
        if (userNS)
            setNamespace(w, "user", nsPath(*pc, "user"), {pidAt, pc->pointer});
    } else if (hc.pidMode == "host") {
        removeNamespace(w, "pid");
    } else {
        setNamespace(w, "pid", "", {pidAt});
    }

    // uts
    const std::string_view utsAt = hc.src.get("UTSMode");
    if (!hc.utsMode.empty() && hc.utsMode != "host")
        refuse("invalid UTS mode: " + hc.utsMode, utsAt);
    if (hc.utsMode == "host") {
        removeNamespace(w, "uts");
        w.s.hostname.clear();
        w.record("/hostname", "WithNamespaces", {utsAt});
    }

    // cgroup
    const std::string_view cgAt = hc.src.get("CgroupnsMode");
    if (!hc.cgroupnsMode.empty() && hc.cgroupnsMode != "private" && hc.cgroupnsMode != "host")
        refuse("invalid cgroup namespace mode: " + hc.cgroupnsMode, cgAt);
    if (hc.cgroupnsMode == "private")
        setNamespace(w, "cgroup", "", {cgAt});
}

// ---- WithCapabilities ----------------------------------------------------

void withCapabilities(const Daemon &daemon, const Container &c, SpecWriter &w)
{
    constexpr std::string_view step = "WithCapabilities";
    const HostConfig &hc = c.hostConfig;
    const auto &hostCaps = daemon.host.capabilities.empty() ? allKnownCapabilities() : daemon.host.capabilities;
    // Each capability has at most two inputs; views of strings that live
    // through the recording below, so no list is built per capability.
    struct CapOrigin {
        std::string_view first, second;
    };
    // Views of the host's, the known or the default names, which outlive
    // the build: the spec's lists are the only copies.
    std::vector<std::string_view> caps;
    std::vector<CapOrigin> capOrigins;
    CapOrigin inputs;
    std::vector<std::string> addPointers; // CapAdd's element pointers
    std::string all;
    if (hc.privileged) {
        caps.assign(hostCaps.begin(), hostCaps.end());
        inputs = {hc.src.get("Privileged"), "host:/capabilities"};
        capOrigins.assign(caps.size(), inputs);
    } else if (hc.capAdd.empty() && hc.capDrop.empty()) {
        // The defaults, recorded as the default spec's (its root record).
        const auto &defaults = defaultCapabilities();
        auto &lc = *w.s.process->capabilities;
        lc.bounding = defaults;
        lc.effective = defaults;
        lc.permitted = defaults;
        return;
    } else {
        std::vector<std::string_view> drops, adds;
        try {
            drops = normalizeLegacyCapabilities(daemon.host, hc.capDrop);
            adds = normalizeLegacyCapabilities(daemon.host, hc.capAdd);
        } catch (const Refused &e) {
            refuse(e.message(), hc.src.get("CapAdd"));
        }
        auto find = [](const std::vector<std::string_view> &v, std::string_view x) {
            return static_cast<std::size_t>(std::find(v.begin(), v.end(), x) - v.begin());
        };
        inputs = {hc.src.get("CapAdd"), hc.src.get("CapDrop")};
        if (find(adds, "ALL") < adds.size()) {
            all = elementPointer(hc.src, "CapAdd", find(adds, "ALL"));
            for (const auto &cap : hostCaps) {
                if (find(drops, cap) < drops.size())
                    continue;
                caps.push_back(cap);
                capOrigins.push_back({all, "host:/capabilities"});
            }
        } else {
            addPointers.reserve(adds.size());
            for (std::size_t i = 0; i < adds.size(); ++i)
                addPointers.push_back(elementPointer(hc.src, "CapAdd", i));
            if (find(drops, "ALL") < drops.size()) {
                caps = adds;
                for (std::size_t i = 0; i < adds.size(); ++i)
                    capOrigins.push_back({addPointers[i], {}});
            } else {
                const auto &defaults = defaultCapabilities();
                caps.reserve(defaults.size() + adds.size());
                capOrigins.reserve(defaults.size() + adds.size());
                for (const auto &cap : defaults) {
                    if (find(drops, cap) < drops.size())
                        continue;
                    caps.push_back(cap);
                    capOrigins.push_back({});
                }
                for (std::size_t i = 0; i < adds.size(); ++i) {
                    caps.push_back(adds[i]);
                    capOrigins.push_back({addPointers[i], {}});
                }
            }
        }
    }
    // Assigned over the default lists: their strings are reused.
    auto &lc = *w.s.process->capabilities;
    lc.bounding.assign(caps.begin(), caps.end());
    lc.effective.assign(caps.begin(), caps.end());
    lc.permitted.assign(caps.begin(), caps.end());
    std::string at;
    for (const char *set : {"bounding", "effective", "permitted"}) {
        at.assign("/process/capabilities/").append(set);
        // No erase first: only the default spec's root record comes before
        // this step, nothing at or below the sets.
        w.recordNonEmpty(at, step, {inputs.first, inputs.second});
        const std::size_t base = at.size();
        for (std::size_t i = 0; i < capOrigins.size(); ++i) {
            at.resize(base);
            appendIndex(at, i);
            w.recordNonEmpty(at, step, {capOrigins[i].first, capOrigins[i].second});
        }
    }
}

// ---- WithSeccomp ---------------------------------------------------------

void withSeccomp(const Daemon &daemon, Container &c, SpecWriter &w)
{
    SecurityOptions &sec = c.security;
    const std::string &daemonProfile = daemon.engine.seccompProfile;
    if (sec.seccompProfile == "unconfined")
        return;
    std::string profile;
    std::string at;
    if (c.hostConfig.privileged) {
        if (sec.seccompProfile.empty())
            return;
        profile = sec.seccompProfile;
        at = sec.seccompInput;
    } else {
        if (!daemon.engine.seccompSupported) {
            if (!sec.seccompProfile.empty() && sec.seccompProfile != "builtin")
                refuse("seccomp is not enabled in your kernel, cannot run a custom seccomp profile", sec.seccompInput);
            daemon.warn("seccomp is not enabled in your kernel, running container without default profile",
                        std::string(daemon.engine.src.get("seccompSupported")));
            sec.seccompProfile = "unconfined";
            return;
        }
        if (sec.seccompProfile == "builtin") {
            profile = "builtin";
            at = sec.seccompInput;
        } else if (!sec.seccompProfile.empty()) {
            profile = sec.seccompProfile;
            at = sec.seccompInput;
        } else if (!daemonProfile.empty() && daemonProfile != "unconfined" && daemonProfile != "builtin") {
            profile = daemonProfile;
            at = daemon.engine.seccompProfilePointer;
        } else if (daemonProfile == "unconfined") {
            sec.seccompProfile = "unconfined";
            return;
        } else {
            profile = "builtin";
            at = daemon.engine.seccompProfilePointer;
        }
    }
    if (profile == "builtin") {
        daemon.note("seccomp-builtin",
                    "Docker's built-in seccomp profile is not part of this build: the spec has no seccomp section "
                    "where Docker would apply its default profile",
                    at);
        return;
    }
    std::string err;
    std::optional<spec::LinuxSeccomp> loaded = loadSeccompProfile(profile, *w.s.process, daemon.host, err);
    if (!err.empty())
        refuse(err, at);
    w.s.linux_->seccomp = std::move(loaded);
    w.recordNonEmpty("/linux/seccomp", "WithSeccomp", {at});
}

// ---- the rest ------------------------------------------------------------

void withApparmor(const Daemon &daemon, const Container &c, SpecWriter &w)
{
    if (!daemon.host.appArmor)
        return;
    std::string profile;
    std::vector<std::string> inputs;
    if (!c.security.appArmorProfile.empty()) {
        profile = c.security.appArmorProfile;
        inputs = {c.security.appArmorInput};
    } else if (c.hostConfig.privileged) {
        profile = "unconfined";
        inputs = {std::string(c.hostConfig.src.get("Privileged"))};
    } else {
        profile = "docker-default";
    }
    w.s.process->apparmorProfile = profile;
    inputs.push_back("host:/appArmor");
    w.recordNonEmpty("/process/apparmorProfile", "WithApparmor", inputs);
}

void withSelinux(const Container &c, SpecWriter &w)
{
    w.s.process->selinuxLabel = c.hostConfig.privileged ? std::string() : c.security.processLabel;
    w.s.linux_->mountLabel = c.security.mountLabel;
}

void withOOMScore(const Container &c, SpecWriter &w)
{
    w.s.process->oomScoreAdj = c.hostConfig.oomScoreAdj;
    w.recordNonEmpty("/process/oomScoreAdj", "WithOOMScore", {c.hostConfig.src.get("OomScoreAdj")});
}

void withAnnotations(const Container &c, SpecWriter &w)
{
    const HostConfig &hc = c.hostConfig;
    for (const auto &[k, v] : hc.annotations) {
        w.s.annotations[k] = v;
        w.recordNonEmpty(key("/annotations", k), "WithAnnotations", {key(hc.src.get("Annotations"), k)});
    }
}

void withConsoleSize(const Container &c, SpecWriter &w)
{
    const auto &cs = c.hostConfig.consoleSize;
    if (cs[0] > 0 || cs[1] > 0) {
        w.s.process->consoleSize = spec::Box{cs[0], cs[1]};
        w.recordNonEmpty("/process/consoleSize", "WithConsoleSize", {c.hostConfig.src.get("ConsoleSize")});
    }
}

} // namespace

void createSpec(const Daemon &daemon, Container &c, std::vector<Mount> mounts, SpecWriter &w)
{
    withCommonOptions(daemon, c, w);
    withCgroups(daemon, c, w);
    withResources(daemon, c, w);
    withSysctls(c, w);
    withUser(c, w);
    withDevices(daemon, c, w);
    withRlimits(daemon, c, w);
    withNamespaces(daemon, c, w);
    withCapabilities(daemon, c, w);
    withSeccomp(daemon, c, w);
    withMounts(daemon, c, std::move(mounts), w);
    withApparmor(daemon, c, w);
    withSelinux(c, w);
    withOOMScore(c, w);
    withAnnotations(c, w);

    HostConfig &hc = c.hostConfig;
    if (c.security.noNewPrivileges) {
        w.s.process->noNewPrivileges = true;
        w.recordNonEmpty("/process/noNewPrivileges", "WithNoNewPrivileges", c.security.noNewPrivilegesInputs);
    }
    if (c.config.tty)
        withConsoleSize(c, w);
    // The masked and readonly paths given, or the defaults set at create.
    // Nothing is recorded below either list before (withMounts only clears
    // them): no erase is needed.
    if (hc.maskedPaths) {
        w.s.linux_->maskedPaths = std::move(*hc.maskedPaths); // the last use of the container's copy
        w.recordNonEmpty("/linux/maskedPaths", "WithMaskedPaths", {hc.src.get("MaskedPaths")});
    }
    if (hc.readonlyPaths) {
        w.s.linux_->readonlyPaths = std::move(*hc.readonlyPaths);
        w.recordNonEmpty("/linux/readonlyPaths", "WithReadonlyPaths", {hc.src.get("ReadonlyPaths")});
    }
}

} // namespace oci::container
