// Docker's checks of a container request: the API router's validation
// (daemon/internal/runconfig, container_routes.go postContainersCreate), the
// create-time command check (mergeAndVerifyConfig) and verifyContainerSettings
// (daemon/container.go, daemon_unix.go), which runs at create and again at
// start and discards settings the host's cgroups cannot apply.

#include "containerstate.h"
#include "containerutil.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <set>

namespace oci::container {

namespace {

std::string ptr(const std::string &hostConfigPointer, const HostConfig &hc, std::string_view field)
{
    const std::string_view p = hc.src.get(field);
    if (!p.empty())
        return std::string(p);
    return hostConfigPointer;
}

[[noreturn]] void refuse(std::string message, std::string_view pointer = {})
{
    throw Refused(std::move(message), std::string(pointer));
}

// ---- runconfig -----------------------------------------------------------

void validateNetMode(const ContainerConfig &c, const HostConfig &hc, const std::string &hcp)
{
    if (hc.networkMode == "container" || isContainerMode(hc.networkMode)) {
        const std::string nm = ptr(hcp, hc, "NetworkMode");
        if (connectedContainer(hc.networkMode).empty())
            refuse("invalid network mode: invalid container format container:<name|id>", nm);
        if (!c.hostname.empty())
            refuse("conflicting options: hostname and the network mode", c.src.get("Hostname"));
        if (!hc.links.empty())
            refuse("conflicting options: container type network can't be used with links. This would result in "
                   "undefined behavior",
                   ptr(hcp, hc, "Links"));
        if (!hc.dns.empty())
            refuse("conflicting options: dns and the network mode", ptr(hcp, hc, "Dns"));
        if (!hc.extraHosts.empty())
            refuse("conflicting options: custom host-to-IP mapping and the network mode", ptr(hcp, hc, "ExtraHosts"));
        if (!hc.portBindings.empty() || hc.publishAllPorts)
            refuse("conflicting options: port publishing and the container type network mode",
                   ptr(hcp, hc, hc.portBindings.empty() ? "PublishAllPorts" : "PortBindings"));
        if (!c.exposedPorts.empty())
            refuse("conflicting options: port exposing and the container type network mode",
                   c.src.get("ExposedPorts"));
    }
    if (hc.utsMode == "host" && !c.hostname.empty())
        refuse("conflicting options: hostname and the UTS mode", c.src.get("Hostname"));
    if (networkIsHost(hc.networkMode) && !hc.links.empty())
        refuse("conflicting options: host type networking can't be used with links. This would result in undefined "
               "behavior",
               ptr(hcp, hc, "Links"));
}

bool isolationIsDefault(std::string_view isolation)
{
    const std::string lower = toLower(isolation);
    return lower.empty() || lower == "default";
}

} // namespace

void routerValidate(const Daemon &daemon, ContainerConfig &config, HostConfig &hc, const std::string &hcp)
{
    // runconfig.decodeCreateRequest: an empty NetworkMode means "default".
    if (hc.networkMode.empty())
        hc.networkMode = "default";

    validateNetMode(config, hc, hcp);
    if (!isolationIsDefault(hc.isolation))
        refuse("invalid isolation (" + hc.isolation + "): linux only supports 'default'", ptr(hcp, hc, "Isolation"));
    if (hc.ioMaximumBandwidth != 0)
        refuse("invalid option: QoS maximum bandwidth configuration is not supported on linux",
               hc.src.get("IOMaximumBandwidth"));
    if (hc.ioMaximumIOps != 0)
        refuse("invalid option: QoS maximum IOPs configuration is not supported on linux", hc.src.get("IOMaximumIOps"));
    if ((hc.cpuRealtimePeriod != 0 || hc.cpuRealtimeRuntime != 0) && !daemon.feature("cpuRealtime"))
        refuse("kernel does not support CPU real-time scheduler",
               hc.src.get(hc.cpuRealtimePeriod != 0 ? "CpuRealtimePeriod" : "CpuRealtimeRuntime"));
    if (hc.cpuRealtimePeriod != 0 && hc.cpuRealtimeRuntime != 0 && hc.cpuRealtimeRuntime > hc.cpuRealtimePeriod)
        refuse("cpu real-time runtime cannot be higher than cpu real-time period", hc.src.get("CpuRealtimeRuntime"));
    if (daemon.feature("cpuShares") && hc.cpuShares < 0)
        refuse("invalid CPU shares (" + std::to_string(hc.cpuShares) + "): value must be a positive integer",
               hc.src.get("CpuShares"));

    // postContainersCreate: "default" names the OS's default network.
    if (hc.networkMode.empty() || hc.networkMode == "default") {
        hc.networkMode = "bridge";
    }

    // API ≥ 1.42: options must match the mount type.
    for (const auto &m : hc.mounts) {
        if (m.volumeOptions && m.type != "volume")
            refuse("VolumeOptions must not be specified on mount type " + goQuote(m.type), m.src.get("VolumeOptions"));
        if (m.bindOptions && m.type != "bind")
            refuse("BindOptions must not be specified on mount type " + goQuote(m.type), m.src.get("BindOptions"));
        if (m.tmpfsOptions && m.type != "tmpfs")
            refuse("TmpfsOptions must not be specified on mount type " + goQuote(m.type), m.src.get("TmpfsOptions"));
    }

    // handleSysctlBC: per-interface sysctls must go to the endpoint (API ≥ 1.48).
    if (networkIsPrivate(hc.networkMode)) {
        for (const auto &[k, v] : hc.sysctls) {
            // strings.SplitN(k, ".", 5): five pieces, as views.
            std::string_view parts[5];
            std::size_t count = 0;
            forEachPiece(k, '.', [&](std::string_view piece) {
                parts[count++] = piece;
                return count < 4;
            });
            if (count == 4) {
                const std::size_t used = static_cast<std::size_t>(parts[3].data() + parts[3].size() - k.data());
                if (used < k.size())
                    parts[count++] = std::string_view(k).substr(used + 1);
            }
            if (count == 5 && parts[0] == "net" && startsWith(parts[3], "eth"))
                refuse("interface specific sysctl setting " + goQuote(k)
                           + " must be supplied using driver option 'com.docker.network.endpoint.sysctls'",
                       hc.src.get("Sysctls"));
        }
    }

    // Both 0 and negative values mean "unlimited".
    if (hc.pidsLimit && *hc.pidsLimit <= 0)
        hc.pidsLimit.reset();
}

void mergeAndVerifyConfig(ContainerConfig &config)
{
    if (config.entrypoint.size() == 1 && config.entrypoint[0].empty())
        config.entrypoint.clear();
    if (config.entrypoint.empty() && config.cmd.empty())
        refuse("no command specified", config.src.get("Cmd"));
}

namespace {

// ---- validateContainerConfig -------------------------------------------

bool validSignal(const std::string &raw)
{
    std::int64_t n = 0;
    if (parseGoInt(raw, n))
        return n != 0;
    static const std::set<std::string> names = [] {
        std::set<std::string> s = {"ABRT", "ALRM", "BUS",    "CHLD", "CLD",    "CONT",   "FPE",  "HUP",
                                   "ILL",  "INT",  "IO",     "IOT",  "KILL",   "PIPE",   "POLL", "PROF",
                                   "PWR",  "QUIT", "SEGV",   "STKFLT", "STOP", "SYS",    "TERM", "TRAP",
                                   "TSTP", "TTIN", "TTOU",   "URG",  "USR1",   "USR2",   "VTALRM", "WINCH",
                                   "XCPU", "XFSZ", "RTMIN",  "RTMAX"};
        for (int i = 1; i <= 15; ++i) {
            s.insert("RTMIN+" + std::to_string(i));
            s.insert("RTMAX-" + std::to_string(i));
        }
        return s;
    }();
    std::string upper = toUpper(raw);
    if (startsWith(upper, "SIG"))
        upper = upper.substr(3);
    return names.count(upper) > 0;
}

constexpr std::int64_t kMinimumDuration = 1000000; // 1ms in ns

void validateContainerConfig(ContainerConfig &config)
{
    if (!config.workingDir.empty()) {
        if (config.workingDir[0] != '/')
            refuse("the working directory '" + config.workingDir + "' is invalid, it needs to be an absolute path",
                   config.src.get("WorkingDir"));
        config.workingDir = cleanPath(config.workingDir);
    }
    if (!config.stopSignal.empty() && !validSignal(config.stopSignal))
        refuse("invalid signal: " + config.stopSignal, config.src.get("StopSignal"));
    for (std::size_t i = 0; i < config.env.size(); ++i) {
        const std::string &e = config.env[i];
        if (e.empty() || e[0] == '=')
            refuse("invalid environment variable: " + e, elementPointer(config.src, "Env", i));
    }
    if (const auto &h = config.healthcheck) {
        const std::string_view hp = config.src.get("Healthcheck");
        if (h->interval != 0 && h->interval < kMinimumDuration)
            refuse("Interval in Healthcheck cannot be less than 1ms", hp);
        if (h->timeout != 0 && h->timeout < kMinimumDuration)
            refuse("Timeout in Healthcheck cannot be less than 1ms", hp);
        if (h->retries < 0)
            refuse("Retries in Healthcheck cannot be negative", hp);
        if (h->startPeriod != 0 && h->startPeriod < kMinimumDuration)
            refuse("StartPeriod in Healthcheck cannot be less than 1ms", hp);
        if (h->startInterval != 0 && h->startInterval < kMinimumDuration)
            refuse("StartInterval in Healthcheck cannot be less than 1ms", hp);
    }
}

// ---- validateHostConfig --------------------------------------------------

bool filepathIsLocal(std::string_view p)
{
    if (p.empty() || p[0] == '/')
        return false;
    const std::string c = cleanPath(p);
    return c != ".." && !startsWith(c, "../");
}

std::string mountConfigError(const MountSpec &m, const std::string &err)
{
    return "invalid mount config for type " + goQuote(m.type) + ": " + err;
}

bool isPropagation(std::string_view p)
{
    return p == "private" || p == "rprivate" || p == "shared" || p == "rshared" || p == "slave" || p == "rslave";
}

void validateMountConfig(const MountSpec &m)
{
    const std::string &at = m.pointer;
    auto fail = [&](const std::string &err) { refuse(mountConfigError(m, err), at); };
    if (m.type != "bind" && m.bindOptions)
        fail("field BindOptions must not be specified");
    if (m.type != "volume" && m.volumeOptions)
        fail("field VolumeOptions must not be specified");
    if (m.type != "image" && m.imageOptions)
        fail("field ImageOptions must not be specified");
    if (m.type != "tmpfs" && m.tmpfsOptions)
        fail("field TmpfsOptions must not be specified");
    if (m.type != "cluster" && m.clusterOptions)
        fail("field ClusterOptions must not be specified");
    if (m.target.empty())
        fail("field Target must not be empty");
    if (cleanPath(replaceAll(m.target, "\\", "/")) == "/")
        fail("invalid specification: destination can't be '/'");
    if (replaceAll(m.target, "\\", "/")[0] != '/')
        fail("invalid mount path: '" + replaceAll(m.target, "\\", "/") + "' mount path must be absolute");
    if (m.type == "bind") {
        if (m.source.empty())
            fail("field Source must not be empty");
        if (m.bindOptions && !m.bindOptions->propagation.empty() && !isPropagation(m.bindOptions->propagation))
            fail("invalid propagation mode: " + m.bindOptions->propagation);
        const std::string src = replaceAll(m.source, "\\", "/");
        if (src[0] != '/')
            fail("invalid mount path: '" + src + "' mount path must be absolute");
        // Bind sources are taken to exist on the engine host.
    } else if (m.type == "volume") {
        if (m.volumeOptions && !m.volumeOptions->subpath.empty()) {
            if (m.source.empty())
                fail("must not set Subpath when using anonymous volumes");
            if (!filepathIsLocal(m.volumeOptions->subpath))
                fail("subpath must be a relative path within the volume");
        }
    } else if (m.type == "tmpfs") {
        if (!m.source.empty())
            fail("field Source must not be specified");
        std::string err;
        convertTmpfsOptions(m.tmpfsOptions ? &*m.tmpfsOptions : nullptr, m.readOnly, err);
        if (!err.empty())
            fail(err);
    } else if (m.type == "image") {
        if (m.source.empty())
            fail("field Source must not be empty");
        if (m.imageOptions && !m.imageOptions->subpath.empty() && !filepathIsLocal(m.imageOptions->subpath))
            fail("subpath must be a relative path within the volume");
    } else {
        fail("mount type unknown");
    }
}

bool validPortNumber(std::string_view s, bool allowZero)
{
    std::uint64_t n = 0;
    if (!parseGoUint(s, 16, n))
        return false;
    return allowZero || n != 0;
}

bool validHostPortRange(std::string_view s)
{
    const auto dash = s.find('-');
    if (dash == std::string_view::npos)
        return validPortNumber(s, true);
    std::uint64_t a = 0, b = 0;
    if (!parseGoUint(s.substr(0, dash), 16, a) || !parseGoUint(s.substr(dash + 1), 16, b))
        return false;
    return a <= b;
}

void validateHostConfig(const Daemon &daemon, const HostConfig &hc, const std::string &hcp)
{
    const bool restartNone = hc.restartPolicy.name.empty() || hc.restartPolicy.name == "no";
    if (hc.autoRemove && !restartNone)
        refuse("can't create 'AutoRemove' container with restart policy", ptr(hcp, hc, "AutoRemove"));
    for (const auto &m : hc.mounts)
        validateMountConfig(m);
    for (std::size_t i = 0; i < hc.extraHosts.size(); ++i) {
        const std::string &e = hc.extraHosts[i];
        const auto colon = e.find(':');
        if (colon == std::string::npos || colon == 0)
            refuse("bad format for add-host: " + goQuote(e), elementPointer(hc.src, "ExtraHosts", i));
        const std::string ip = e.substr(colon + 1);
        if (ip != "host-gateway" && !isIPAddress(ip))
            refuse("invalid IP address in add-host: " + goQuote(ip), elementPointer(hc.src, "ExtraHosts", i));
    }
    for (const auto &[port, bindings] : hc.portBindings) {
        const std::string num = port.substr(0, port.find('/'));
        if (!validPortNumber(num, false))
            refuse("invalid port specification: " + goQuote(port), ptr(hcp, hc, "PortBindings"));
        for (const auto &b : bindings)
            if (!b.hostPort.empty() && !validHostPortRange(b.hostPort))
                refuse("invalid port specification: " + goQuote(b.hostPort), ptr(hcp, hc, "PortBindings"));
    }
    const auto &rp = hc.restartPolicy;
    auto rpp = [&] { return ptr(hcp, hc, "RestartPolicy"); }; // built only for a refusal
    if (rp.name == "always" || rp.name == "unless-stopped" || rp.name == "no") {
        if (rp.maximumRetryCount != 0) {
            std::string msg = "invalid restart policy: maximum retry count can only be used with 'on-failure'";
            if (rp.maximumRetryCount < 0)
                msg += " and cannot be negative";
            refuse(msg, rpp());
        }
    } else if (rp.name == "on-failure") {
        if (rp.maximumRetryCount < 0)
            refuse("invalid restart policy: maximum retry count cannot be negative", rpp());
    } else if (!rp.name.empty()) {
        refuse("invalid restart policy: unknown policy '" + rp.name
                   + "'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'",
               rpp());
    }
    try {
        for (const auto &cap : hc.capAdd)
            normalizeCapability(daemon.host, cap);
    } catch (const Refused &e) {
        refuse("invalid CapAdd: " + e.message(), e.pointer().empty() ? ptr(hcp, hc, "CapAdd") : e.pointer());
    }
    try {
        for (const auto &cap : hc.capDrop)
            normalizeCapability(daemon.host, cap);
    } catch (const Refused &e) {
        refuse("invalid CapDrop: " + e.message(), ptr(hcp, hc, "CapDrop"));
    }
    if (!isolationIsDefault(hc.isolation))
        refuse("invalid isolation '" + hc.isolation + "' on linux", ptr(hcp, hc, "Isolation"));
    if (hc.annotations.count(""))
        refuse("invalid Annotations: the empty string is not permitted as an annotation key",
               ptr(hcp, hc, "Annotations"));
}

// ---- verifyPlatformContainerResources -------------------------------------

constexpr std::int64_t kLinuxMinMemory = 6291456;

// sysinfo.isCpusetListAvailable; throws the parse error.
bool cpusetListAvailable(const std::string &requested, const std::string &available, std::string &err)
{
    // Nothing requested is always available (and cannot be malformed): skip
    // parsing the host's list, which runs twice per build otherwise.
    if (requested.empty()) {
        err.clear();
        return true;
    }
    std::set<std::int64_t> avail;
    std::string ignored;
    parseUintList(available, 0, avail, ignored);
    std::int64_t maxCPUs = 8192;
    for (auto a : avail)
        maxCPUs = std::max(maxCPUs, a);
    std::set<std::int64_t> req;
    if (!parseUintList(requested, maxCPUs, req, err))
        return false;
    for (auto r : req)
        if (!avail.count(r))
            return false;
    return true;
}

void verifyResources(const Daemon &daemon, HostConfig &r, const std::string &hcp)
{
    auto p = [&](std::string_view field) { return ptr(hcp, r, field); };
    // fixMemorySwappiness
    if (r.memorySwappiness && *r.memorySwappiness == -1)
        r.memorySwappiness.reset();

    if (r.memory != 0 && r.memory < kLinuxMinMemory)
        refuse("Minimum memory limit allowed is 6MB", p("Memory"));
    if (r.memory > 0 && !daemon.feature("memoryLimit")) {
        daemon.warn("Your kernel does not support memory limit capabilities or the cgroup is not mounted. Limitation "
                    "discarded.",
                    p("Memory"));
        r.memory = 0;
        r.memorySwap = -1;
    }
    if (r.memory > 0 && r.memorySwap != -1 && !daemon.feature("swapLimit")) {
        daemon.warn("Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory "
                    "limited without swap.",
                    p("MemorySwap"));
        r.memorySwap = -1;
    }
    if (r.memory > 0 && r.memorySwap > 0 && r.memorySwap < r.memory)
        refuse("Minimum memoryswap limit should be larger than memory limit, see usage", p("MemorySwap"));
    if (r.memory == 0 && r.memorySwap > 0)
        refuse("You should always set the Memory limit when using Memoryswap limit, see usage", p("MemorySwap"));
    if (r.memorySwappiness && !daemon.feature("memorySwappiness")) {
        daemon.warn("Your kernel does not support memory swappiness capabilities or the cgroup is not mounted. Memory "
                    "swappiness discarded.",
                    p("MemorySwappiness"));
        r.memorySwappiness.reset();
    }
    if (r.memorySwappiness && (*r.memorySwappiness < 0 || *r.memorySwappiness > 100))
        refuse("Invalid value: " + std::to_string(*r.memorySwappiness) + ", valid memory swappiness range is 0-100",
               p("MemorySwappiness"));
    if (r.memoryReservation > 0 && !daemon.feature("memoryReservation")) {
        daemon.warn("Your kernel does not support memory soft limit capabilities or the cgroup is not mounted. "
                    "Limitation discarded.",
                    p("MemoryReservation"));
        r.memoryReservation = 0;
    }
    if (r.memoryReservation > 0 && r.memoryReservation < kLinuxMinMemory)
        refuse("Minimum memory reservation allowed is 6MB", p("MemoryReservation"));
    if (r.memory > 0 && r.memoryReservation > 0 && r.memory < r.memoryReservation)
        refuse("Minimum memory limit can not be less than memory reservation limit, see usage", p("MemoryReservation"));
    if (r.oomKillDisable && !daemon.feature("oomKillDisable")) {
        if (*r.oomKillDisable)
            daemon.warn("Your kernel does not support OomKillDisable. OomKillDisable discarded.", p("OomKillDisable"));
        r.oomKillDisable.reset();
    }
    if (r.oomKillDisable && *r.oomKillDisable && r.memory == 0)
        daemon.warn("OOM killer is disabled for the container, but no memory limit is set, this can result in the "
                    "system running out of resources.",
                    p("OomKillDisable"));
    if (r.pidsLimit && !daemon.feature("pidsLimit")) {
        if (*r.pidsLimit > 0)
            daemon.warn("Your kernel does not support PIDs limit capabilities or the cgroup is not mounted. PIDs limit "
                        "discarded.",
                        p("PidsLimit"));
        r.pidsLimit.reset();
    }

    if (r.nanoCpus > 0 && r.cpuPeriod > 0)
        refuse("Conflicting options: Nano CPUs and CPU Period cannot both be set", p("NanoCpus"));
    if (r.nanoCpus > 0 && r.cpuQuota > 0)
        refuse("Conflicting options: Nano CPUs and CPU Quota cannot both be set", p("NanoCpus"));
    if (r.nanoCpus > 0 && !daemon.feature("cpuCfs"))
        refuse("NanoCPUs can not be set, as your kernel does not support CPU CFS scheduler or the cgroup is not mounted",
               p("NanoCpus"));
    if (r.nanoCpus != 0) {
        const std::int64_t nc = daemon.host.numCPU;
        if (r.nanoCpus < 0 || r.nanoCpus > nc * 1000000000)
            refuse("range of CPUs is from 0.01 to " + std::to_string(nc) + ".00, as there are only "
                       + std::to_string(nc) + " CPUs available",
                   p("NanoCpus"));
    }
    if (r.cpuShares > 0 && !daemon.feature("cpuShares")) {
        daemon.warn("Your kernel does not support CPU shares or the cgroup is not mounted. Shares discarded.",
                    p("CpuShares"));
        r.cpuShares = 0;
    }
    if ((r.cpuPeriod != 0 || r.cpuQuota != 0) && !daemon.feature("cpuCfs")) {
        daemon.warn("Your kernel does not support CPU CFS scheduler. CPU period/quota discarded.",
                    p(r.cpuPeriod != 0 ? "CpuPeriod" : "CpuQuota"));
        r.cpuPeriod = 0;
        r.cpuQuota = 0;
    }
    if (r.cpuPeriod != 0 && (r.cpuPeriod < 1000 || r.cpuPeriod > 1000000))
        refuse("CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)", p("CpuPeriod"));
    if (r.cpuQuota > 0 && r.cpuQuota < 1000)
        refuse("CPU cfs quota can not be less than 1ms (i.e. 1000)", p("CpuQuota"));
    if (r.cpuPercent > 0) {
        daemon.warn("linux does not support CPU percent. Percent discarded.", p("CpuPercent"));
        r.cpuPercent = 0;
    }

    if ((!r.cpusetCpus.empty() || !r.cpusetMems.empty()) && !daemon.feature("cpuset")) {
        daemon.warn("Your kernel does not support cpuset or the cgroup is not mounted. Cpuset discarded.",
                    p(r.cpusetCpus.empty() ? "CpusetMems" : "CpusetCpus"));
        r.cpusetCpus.clear();
        r.cpusetMems.clear();
    }
    std::string err;
    if (!cpusetListAvailable(r.cpusetCpus, daemon.host.cpus, err)) {
        if (!err.empty())
            refuse("Invalid value " + r.cpusetCpus + " for cpuset cpus: " + err, p("CpusetCpus"));
        refuse("Requested CPUs are not available - requested " + r.cpusetCpus + ", available: " + daemon.host.cpus,
               p("CpusetCpus"));
    }
    if (!cpusetListAvailable(r.cpusetMems, daemon.host.mems, err)) {
        if (!err.empty())
            refuse("Invalid value " + r.cpusetMems + " for cpuset mems: " + err, p("CpusetMems"));
        refuse("Requested memory nodes are not available - requested " + r.cpusetMems + ", available: "
                   + daemon.host.mems,
               p("CpusetMems"));
    }

    if (r.blkioWeight > 0 && !daemon.feature("blkioWeight")) {
        daemon.warn("Your kernel does not support Block I/O weight or the cgroup is not mounted. Weight discarded.",
                    p("BlkioWeight"));
        r.blkioWeight = 0;
    }
    if (r.blkioWeight > 0 && (r.blkioWeight < 10 || r.blkioWeight > 1000))
        refuse("Range of blkio weight is from 10 to 1000", p("BlkioWeight"));
    if (r.ioMaximumBandwidth != 0 || r.ioMaximumIOps != 0)
        refuse("Invalid QoS settings: linux does not support Maximum IO Bandwidth or Maximum IO IOps",
               p(r.ioMaximumBandwidth != 0 ? "IOMaximumBandwidth" : "IOMaximumIOps"));
    if (!r.blkioWeightDevice.empty() && !daemon.feature("blkioWeightDevice")) {
        daemon.warn("Your kernel does not support Block I/O weight_device or the cgroup is not mounted. "
                    "Weight-device discarded.",
                    p("BlkioWeightDevice"));
        r.blkioWeightDevice.clear();
    }
    const bool throttle = daemon.feature("blkioThrottle");
    if (!r.blkioDeviceReadBps.empty() && !throttle) {
        daemon.warn("Your kernel does not support BPS Block I/O read limit or the cgroup is not mounted. Block I/O "
                    "BPS read limit discarded.",
                    p("BlkioDeviceReadBps"));
        r.blkioDeviceReadBps.clear();
    }
    if (!r.blkioDeviceWriteBps.empty() && !throttle) {
        daemon.warn("Your kernel does not support BPS Block I/O write limit or the cgroup is not mounted. Block I/O "
                    "BPS write limit discarded.",
                    p("BlkioDeviceWriteBps"));
        r.blkioDeviceWriteBps.clear();
    }
    if (!r.blkioDeviceReadIOps.empty() && !throttle) {
        daemon.warn("Your kernel does not support IOPS Block read limit or the cgroup is not mounted. Block I/O IOPS "
                    "read limit discarded.",
                    p("BlkioDeviceReadIOps"));
        r.blkioDeviceReadIOps.clear();
    }
    if (!r.blkioDeviceWriteIOps.empty() && !throttle) {
        daemon.warn("Your kernel does not support IOPS Block write limit or the cgroup is not mounted. Block I/O "
                    "IOPS write limit discarded.",
                    p("BlkioDeviceWriteIOps"));
        r.blkioDeviceWriteIOps.clear();
    }
}

bool runtimeKnown(const std::string &name)
{
    if (name == "runc" || name == "io.containerd.runc.v2")
        return true;
    if (name.empty() || name[0] == '/' || name.find('/') != std::string::npos)
        return false;
    const auto dot = name.find('.');
    return dot != std::string::npos && dot > 0;
}

void verifyPlatformContainerSettings(const Daemon &daemon, HostConfig &hc, const ContainerConfig *config,
                                     const std::string &hcp)
{
    if (config && config->hostname.size() > 64)
        refuse("hostname " + goQuote(config->hostname) + " is too long (maximum 64 bytes)",
               config->src.get("Hostname"));
    verifyResources(daemon, hc, hcp);

    if (!ipcModeValid(hc.ipcMode))
        refuse("invalid IPC mode: " + hc.ipcMode, ptr(hcp, hc, "IpcMode"));
    if (!pidModeValid(hc.pidMode))
        refuse("invalid PID mode: " + hc.pidMode, ptr(hcp, hc, "PidMode"));
    if (hc.shmSize < 0)
        refuse("SHM size can not be less than 0", ptr(hcp, hc, "ShmSize"));
    if (!hc.utsMode.empty() && hc.utsMode != "host")
        refuse("invalid UTS mode: " + hc.utsMode, ptr(hcp, hc, "UTSMode"));
    if (hc.oomScoreAdj < -1000 || hc.oomScoreAdj > 1000)
        refuse("Invalid value " + std::to_string(hc.oomScoreAdj) + ", range for oom score adj is [-1000, 1000]",
               ptr(hcp, hc, "OomScoreAdj"));
    if (networkIsHost(hc.networkMode) && !hc.portBindings.empty())
        daemon.warn("Published ports are discarded when using host network mode", ptr(hcp, hc, "PortBindings"));

    const bool usernsPrivate = hc.usernsMode != "host";
    if (daemon.remapped && usernsPrivate) {
        if (hc.privileged)
            refuse("privileged mode is incompatible with user namespaces.  You must run the container in the host "
                   "namespace when running privileged mode",
                   ptr(hcp, hc, "Privileged"));
        if (networkIsHost(hc.networkMode))
            refuse("cannot share the host's network namespace when user namespaces are enabled",
                   ptr(hcp, hc, "NetworkMode"));
        if (hc.pidMode == "host")
            refuse("cannot share the host PID namespace when user namespaces are enabled", ptr(hcp, hc, "PidMode"));
    }
    if (!hc.cgroupParent.empty() && daemon.usingSystemd()) {
        if (hc.cgroupParent.size() <= 6 || !endsWith(hc.cgroupParent, ".slice"))
            refuse("cgroup-parent for systemd cgroup should be a valid slice named as \"xxx.slice\"",
                   ptr(hcp, hc, "CgroupParent"));
    }
    if (hc.runtime.empty())
        hc.runtime = "runc";
    if (!runtimeKnown(hc.runtime))
        refuse("unknown or invalid runtime name: " + hc.runtime, ptr(hcp, hc, "Runtime"));
    for (const auto &[dest, data] : hc.tmpfs) {
        const std::string slashed = replaceAll(dest, "\\", "/");
        if (cleansToRoot(slashed))
            refuse("invalid specification: destination can't be '/'", ptr(hcp, hc, "Tmpfs"));
        if (slashed.empty() || slashed[0] != '/')
            refuse("invalid mount path: '" + slashed + "' mount path must be absolute", ptr(hcp, hc, "Tmpfs"));
    }
    if (!hc.cgroupnsMode.empty() && hc.cgroupnsMode != "private" && hc.cgroupnsMode != "host")
        refuse("invalid cgroup namespace mode: " + hc.cgroupnsMode, ptr(hcp, hc, "CgroupnsMode"));
}

} // namespace

void verifyContainerSettings(const Daemon &daemon, HostConfig &hostConfig, ContainerConfig *config,
                             const std::string &hostConfigPointer)
{
    if (config)
        validateContainerConfig(*config);
    validateHostConfig(daemon, hostConfig, hostConfigPointer);
    verifyPlatformContainerSettings(daemon, hostConfig, config, hostConfigPointer);
}

namespace {

// Whether the host lists `known`, the known list's `index`th name. Hosts list
// the known names in their order, some left out: the name is at `index` or a
// little before it, so the search starts there and goes down first.
bool hostHas(const std::vector<std::string> &hostCaps, std::size_t index, std::string_view known)
{
    const std::size_t start = std::min(index, hostCaps.size() - 1);
    for (std::size_t j = start + 1; j-- > 0;)
        if (hostCaps[j] == known)
            return true;
    for (std::size_t j = start + 1; j < hostCaps.size(); ++j)
        if (hostCaps[j] == known)
            return true;
    return false;
}

} // namespace

std::string_view normalizeCapability(const HostProfile &host, std::string_view raw)
{
    // Upper case, ASCII only (as toUpper), compared in place: the name
    // returned is the known list's own, so nothing is built.
    auto upper = [](char ch) { return ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 'a' + 'A') : ch; };
    auto equalsUpper = [&](std::string_view upperText, std::string_view text) {
        if (upperText.size() != text.size())
            return false;
        for (std::size_t i = 0; i < text.size(); ++i)
            if (upperText[i] != upper(text[i]))
                return false;
        return true;
    };
    if (equalsUpper("ALL", raw))
        return "ALL";
    const bool prefixed = raw.size() >= 4 && equalsUpper("CAP_", raw.substr(0, 4));
    const std::string_view name = prefixed ? raw.substr(4) : raw;
    // The known names by length (without CAP_): a name is compared with the
    // two or three of its length, not with all of them.
    struct ByLength {
        std::array<std::vector<std::uint8_t>, 24> names;
        ByLength()
        {
            const auto &all = allKnownCapabilities();
            for (std::size_t i = 0; i < all.size(); ++i)
                names[all[i].size() - 4].push_back(static_cast<std::uint8_t>(i));
        }
    };
    static const ByLength byLength;
    static const std::vector<std::uint8_t> none;
    const auto &all = allKnownCapabilities();
    for (const std::uint8_t i : name.size() < byLength.names.size() ? byLength.names[name.size()] : none) {
        const std::string &known = all[i];
        if (!equalsUpper(std::string_view(known).substr(4), name))
            continue;
        if (!host.capabilities.empty() && !hostHas(host.capabilities, i, known))
            throw Refused("capability not supported by your kernel or not available in the current environment: "
                          + goQuote(known));
        return known;
    }
    std::string c = toUpper(raw);
    if (!prefixed)
        c = "CAP_" + c;
    throw Refused("unknown capability: " + goQuote(c));
}

std::vector<std::string_view> normalizeLegacyCapabilities(const HostProfile &host, const std::vector<std::string> &caps)
{
    std::vector<std::string_view> out;
    out.reserve(caps.size());
    for (const auto &raw : caps)
        out.push_back(normalizeCapability(host, raw));
    return out;
}

} // namespace oci::container
