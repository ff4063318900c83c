// What the daemon fills in and resolves at create time: the daemon's view of
// itself (Daemon), adaptContainerSettings (daemon_unix.go) with
// adaptSharedNamespaceContainer and generateSecurityOpt (create.go),
// newContainer (container.go) and parseSecurityOpt (daemon_unix.go).

#include "containerstate.h"
#include "containerutil.h"

namespace oci::container {

namespace {

[[noreturn]] void refuse(std::string message, std::string_view pointer = {})
{
    throw Refused(std::move(message), std::string(pointer));
}

// idtools: the host id of container id 0.
std::uint32_t rootToHost(const std::vector<IDMap> &maps)
{
    for (const auto &m : maps)
        if (m.containerID <= 0 && 0 < m.containerID + m.size)
            return static_cast<std::uint32_t>(m.hostID - m.containerID);
    return 0;
}

// strconv.ParseBool
bool parseGoBool(std::string_view s, bool &out)
{
    if (s == "1" || s == "t" || s == "T" || s == "TRUE" || s == "true" || s == "True") {
        out = true;
        return true;
    }
    if (s == "0" || s == "f" || s == "F" || s == "FALSE" || s == "false" || s == "False") {
        out = false;
        return true;
    }
    return false;
}

std::string stripSlash(std::string_view name)
{
    return std::string(startsWith(name, "/") ? name.substr(1) : name);
}

} // namespace

Daemon::Daemon(const Engine &e, const HostProfile &h, Diagnostics &diags, std::string fileName)
    : engine(e)
    , host(h)
    , diagnostics(diags)
    , file(std::move(fileName))
{
    root = engine.root;
    remapped = !engine.uidMaps.empty();
    if (remapped) {
        rootUID = rootToHost(engine.uidMaps);
        rootGID = rootToHost(engine.gidMaps.empty() ? engine.uidMaps : engine.gidMaps);
        root = joinPath(engine.root, std::to_string(rootUID) + "." + std::to_string(rootGID));
    }
}

const EngineContainer *Daemon::findContainer(const std::string &prefixOrName) const
{
    if (prefixOrName.empty())
        return nullptr;
    for (const auto &c : engine.containers)
        if (c.id == prefixOrName)
            return &c;
    for (const auto &c : engine.containers)
        if (stripSlash(c.name) == stripSlash(prefixOrName))
            return &c;
    const EngineContainer *found = nullptr;
    for (const auto &c : engine.containers) {
        if (startsWith(c.id, prefixOrName)) {
            if (found)
                return nullptr;
            found = &c;
        }
    }
    return found;
}

const EngineContainer &Daemon::getContainer(const std::string &prefixOrName) const
{
    if (prefixOrName.empty())
        refuse("invalid name or ID supplied: \"\"");
    const EngineContainer *c = findContainer(prefixOrName);
    if (!c) {
        std::size_t matches = 0;
        for (const auto &other : engine.containers)
            matches += startsWith(other.id, prefixOrName) ? 1 : 0;
        if (matches > 1)
            refuse("multiple IDs found with provided prefix: " + prefixOrName);
        refuse("No such container: " + prefixOrName);
    }
    return *c;
}

std::string Daemon::shmPathOf(const EngineContainer &c) const
{
    const EngineContainer *current = &c;
    // Follow `container:` donors; a cycle has no IPC directory.
    for (std::size_t hops = 0; current && hops <= engine.containers.size(); ++hops) {
        // A container the scenario describes without ipcMode got the daemon's default.
        const std::string &mode = current->ipcMode.empty() ? engine.defaultIpcMode : current->ipcMode;
        if (mode == "shareable")
            return containerRoot(current->id) + "/mounts/shm";
        if (mode == "host")
            return "/dev/shm";
        if (!isContainerMode(mode))
            return {};
        current = findContainer(connectedContainer(mode));
    }
    return {};
}

std::string Daemon::hostnameOf(const EngineContainer &c) const
{
    if (c.hostname)
        return *c.hostname;
    return c.id.substr(0, 12);
}

void Daemon::warn(std::string message, std::string inputPointer) const
{
    Diagnostic diag;
    diag.severity = Severity::Warning;
    diag.code = "docker-warning";
    diag.message = std::move(message);
    diag.inputPointer = std::move(inputPointer);
    diag.file = file;
    diagnostics.push_back(std::move(diag));
}

void Daemon::note(std::string code, std::string message, std::string inputPointer) const
{
    Diagnostic diag;
    diag.severity = Severity::Note;
    diag.code = std::move(code);
    diag.message = std::move(message);
    diag.inputPointer = std::move(inputPointer);
    diag.file = file;
    diagnostics.push_back(std::move(diag));
}

void adaptContainerSettings(const Daemon &daemon, HostConfig &hc)
{
    const Engine &engine = daemon.engine;
    if (hc.memory > 0 && hc.memorySwap == 0) {
        // By default, MemorySwap is set to twice the size of Memory.
        hc.memorySwap = hc.memory * 2;
        hc.src.set("MemorySwap", hc.src.get("Memory"));
    }
    if (hc.shmSize == 0) {
        hc.shmSize = engine.defaultShmSize;
        hc.src.set("ShmSize", engine.src.get("defaultShmSize"));
    }
    if (hc.ipcMode.empty()) {
        hc.ipcMode = engine.defaultIpcMode;
        hc.src.set("IpcMode", engine.src.get("defaultIpcMode"));
    }
    if (hc.cgroupnsMode.empty()) {
        // On cgroup v2 even privileged containers get a private cgroup namespace.
        if (hc.privileged && daemon.cgroupVersion() != 2) {
            hc.cgroupnsMode = "host";
            hc.src.set("CgroupnsMode", hc.src.get("Privileged"));
        } else {
            hc.cgroupnsMode = engine.defaultCgroupnsMode;
            hc.src.set("CgroupnsMode", engine.src.get("defaultCgroupnsMode"));
        }
    }

    // adaptSharedNamespaceContainer: `container:<name>` becomes `container:<id>`,
    // so that renaming the other container keeps the link.
    if (isContainerMode(hc.pidMode))
        if (const EngineContainer *c = daemon.findContainer(connectedContainer(hc.pidMode)))
            hc.pidMode = "container:" + c->id;
    if (isContainerMode(hc.ipcMode))
        if (const EngineContainer *c = daemon.findContainer(connectedContainer(hc.ipcMode)))
            hc.ipcMode = "container:" + c->id;
    if (isContainerMode(hc.networkMode))
        if (const EngineContainer *c = daemon.findContainer(connectedContainer(hc.networkMode)))
            hc.networkMode = "container:" + c->id;

    // generateSecurityOpt: SELinux labels follow the namespaces shared.
    bool labelGiven = false;
    for (const auto &opt : hc.securityOpt)
        labelGiven = labelGiven || std::string_view(opt).substr(0, opt.find('=')) == "label";
    if (!labelGiven) {
        if (hc.ipcMode == "host" || hc.pidMode == "host" || hc.privileged) {
            hc.securityOpt.push_back("label=disable");
        } else {
            // The donors must exist; their labels (none without SELinux) are copied.
            if (isContainerMode(hc.ipcMode))
                daemon.getContainer(connectedContainer(hc.ipcMode));
            if (isContainerMode(hc.pidMode))
                daemon.getContainer(connectedContainer(hc.pidMode));
        }
    }
    if (!hc.oomKillDisable)
        hc.oomKillDisable = false;
}

void newContainer(const Daemon &daemon, Container &c)
{
    ContainerConfig &config = c.config;
    if (config.hostname.empty()) {
        if (networkIsHost(c.hostConfig.networkMode)) {
            config.hostname = daemon.host.hostname;
            c.hostnameValueInputs = {"host:/hostname"};
        } else {
            // The default hostname is the container's short id.
            config.hostname = c.id.substr(0, 12);
            c.hostnameValueInputs = {c.idPointer};
        }
    } else {
        c.hostnameValueInputs = {std::string(config.src.get("Hostname"))};
    }
    if (!config.domainname.empty())
        c.domainnameValueInputs = {std::string(config.src.get("Domainname"))};

    // getEntrypointAndArgs
    c.argInputs.reserve(config.entrypoint.size() + config.cmd.size());
    if (config.entrypoint.empty()) {
        c.path = config.cmd[0];
        c.args.assign(config.cmd.begin() + 1, config.cmd.end());
        for (std::size_t i = 0; i < config.cmd.size(); ++i)
            c.argInputs.push_back(elementPointer(config.src, "Cmd", i));
    } else {
        c.path = config.entrypoint[0];
        c.args.assign(config.entrypoint.begin() + 1, config.entrypoint.end());
        for (std::size_t i = 0; i < config.entrypoint.size(); ++i)
            c.argInputs.push_back(elementPointer(config.src, "Entrypoint", i));
        c.args.insert(c.args.end(), config.cmd.begin(), config.cmd.end());
        for (std::size_t i = 0; i < config.cmd.size(); ++i)
            c.argInputs.push_back(elementPointer(config.src, "Cmd", i));
    }
}

void parseSecurityOpt(const Daemon &daemon, Container &c)
{
    SecurityOptions &sec = c.security;
    sec.noNewPrivileges = daemon.engine.noNewPrivileges;
    if (sec.noNewPrivileges)
        sec.noNewPrivilegesInputs = {std::string(daemon.engine.src.get("noNewPrivileges"))};
    const HostConfig &hc = c.hostConfig;
    std::vector<std::string> labelOpts;
    for (std::size_t i = 0; i < hc.securityOpt.size(); ++i) {
        const std::string &opt = hc.securityOpt[i];
        // Moved into the option's input where it is kept (the last use).
        std::string at = elementPointer(hc.src, "SecurityOpt", i);
        if (opt == "no-new-privileges") {
            sec.noNewPrivileges = true;
            sec.noNewPrivilegesInputs.clear();
            sec.noNewPrivilegesInputs.push_back(std::move(at));
            continue;
        }
        if (opt == "writable-cgroups") {
            sec.writableCgroups = true;
            sec.writableCgroupsInput = std::move(at);
            continue;
        }
        if (opt == "disable") {
            labelOpts.emplace_back("disable");
            continue;
        }
        std::string k, v;
        if (const auto eq = opt.find('='); eq != std::string::npos) {
            k = opt.substr(0, eq);
            v = opt.substr(eq + 1);
        } else if (const auto colon = opt.find(':'); colon != std::string::npos) {
            k = opt.substr(0, colon);
            v = opt.substr(colon + 1);
            daemon.warn("Security options with `:` as a separator are deprecated and will be completely unsupported "
                        "in 17.04, use `=` instead.",
                        at);
        } else {
            refuse("invalid --security-opt 1: " + goQuote(opt), at);
        }
        if (k == "label") {
            labelOpts.push_back(v);
        } else if (k == "apparmor") {
            sec.appArmorProfile = v;
            sec.appArmorInput = std::move(at);
        } else if (k == "seccomp") {
            sec.seccompProfile = v;
            sec.seccompInput = std::move(at);
        } else if (k == "no-new-privileges") {
            bool b = false;
            if (!parseGoBool(v, b))
                refuse("invalid --security-opt 2: " + goQuote(opt), at);
            sec.noNewPrivileges = b;
            sec.noNewPrivilegesInputs = {at};
        } else if (k == "writable-cgroups") {
            bool b = false;
            if (!parseGoBool(v, b))
                refuse("invalid --security-opt 2: " + goQuote(opt), at);
            sec.writableCgroups = b;
            sec.writableCgroupsInput = at;
        } else {
            refuse("invalid --security-opt 2: " + goQuote(opt), at);
        }
    }
    // label.InitLabels: without SELinux on the host there are no labels.
    if (daemon.host.seLinux && !labelOpts.empty())
        daemon.note("selinux-labels",
                    "SELinux process and mount labels are chosen at random by the daemon; they are left out here",
                    std::string(hc.src.get("SecurityOpt")));
}

} // namespace oci::container
