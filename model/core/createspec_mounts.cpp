// Mounts: registerMountPoints (volumes.go, linux_parser.go), the network
// files (initializeNetworking), the mounts handed to createSpec at start
// (setupContainerDirs, setupMounts, container_unix.go) and withMounts
// (oci_linux.go): IPC and tmpfs mounts, binds and volumes sorted by depth,
// propagation and (r)ro, read-only rootfs, privileged, writable cgroups.

#include "containerstate.h"
#include "containerutil.h"
#include "defaults.h"
#include "gosort.h"
#include "sha256.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

namespace oci::container {

namespace {

[[noreturn]] void refuse(std::string message, std::string_view pointer = {})
{
    throw Refused(std::move(message), std::string(pointer));
}

constexpr const char *kDefaultPropagation = "rprivate";

bool isPropagation(std::string_view p)
{
    return p == "private" || p == "rprivate" || p == "shared" || p == "rshared" || p == "slave" || p == "rslave";
}

// linuxValidMountMode
bool validMountMode(std::string_view mode)
{
    if (mode.empty())
        return true;
    int rw = 0, label = 0, propagation = 0, copy = 0, consistency = 0;
    bool known = true;
    forEachPiece(mode, ',', [&](std::string_view o) {
        if (o == "rw" || o == "ro")
            ++rw;
        else if (o == "z" || o == "Z")
            ++label;
        else if (isPropagation(o))
            ++propagation;
        else if (o == "nocopy")
            ++copy;
        else if (o == "consistent" || o == "cached" || o == "delegated")
            ++consistency;
        else
            known = false;
        return known;
    });
    return known && rw <= 1 && label <= 1 && propagation <= 1 && copy <= 1 && consistency <= 1;
}

bool readWrite(std::string_view mode)
{
    if (!validMountMode(mode))
        return false;
    bool ro = false;
    forEachPiece(mode, ',', [&](std::string_view o) {
        ro = o == "ro";
        return !ro;
    });
    return !ro;
}

std::string volumePath(const Daemon &daemon, const std::string &name)
{
    return daemon.root + "/volumes/" + name + "/_data";
}

// Docker names anonymous volumes with 64 random hex digits; a build must be
// deterministic, so the name here is derived from the container and target.
std::string anonymousVolumeName(const Container &c, std::string_view destination)
{
    return sha256Hex(c.id + ":" + std::string(destination));
}

// validateBindDaemonRoot: binds of (or above) the daemon root get rslave
// propagation unless the user chose one.
bool needsSlavePropagation(const Daemon &daemon, const MountSpec &spec, const std::string &at)
{
    if (spec.type != "bind")
        return false;
    if (!startsWith(spec.source, daemon.root) && !startsWith(daemon.root, spec.source))
        return false;
    if (!spec.bindOptions)
        return true;
    const std::string &p = spec.bindOptions->propagation;
    if (p == "rslave" || p == "rshared" || p.empty())
        return p.empty();
    refuse("invalid mount config: must use either propagation mode \"rslave\" or \"rshared\" when mount source is "
               "within the daemon root, daemon root: "
               + goQuote(daemon.root) + ", bind mount source: " + goQuote(spec.source)
               + ", propagation: " + goQuote(p),
           at);
}

std::string mountConfigError(const MountSpec &m, const std::string &err)
{
    return "invalid mount config for type " + goQuote(m.type) + ": " + err;
}

// `s` with backslashes as slashes; `s` itself when it has none.
std::string_view slashed(const std::string &s, std::string &buffer)
{
    if (s.find('\\') == std::string::npos)
        return s;
    buffer = replaceAll(s, "\\", "/");
    return buffer;
}

// The checks of validateMountConfigImpl that ParseMountRaw reaches.
std::string validateSpec(const MountSpec &m)
{
    std::string buffer;
    const std::string_view target = slashed(m.target, buffer);
    if (m.target.empty())
        return mountConfigError(m, "field Target must not be empty");
    if (cleansToRoot(target))
        return mountConfigError(m, "invalid specification: destination can't be '/'");
    if (target[0] != '/')
        return mountConfigError(m, "invalid mount path: '" + std::string(target) + "' mount path must be absolute");
    if (m.type == "bind") {
        if (m.source.empty())
            return mountConfigError(m, "field Source must not be empty");
        if (m.bindOptions && !m.bindOptions->propagation.empty() && !isPropagation(m.bindOptions->propagation))
            return mountConfigError(m, "invalid propagation mode: " + m.bindOptions->propagation);
    }
    return {};
}

// Fills `mp`, a new mount point already in place in the container's list (a
// MountPoint is large: moving one costs more than parsing the entry).
void parseMountRaw(const Daemon &daemon, const Container &c, const std::string &raw, std::string at, MountPoint &mp)
{
    auto invalidSpec = [&] { return "invalid volume specification: '" + raw + "'"; }; // only on error
    // strings.SplitN(raw, ":", 4) as views.
    std::string_view arr[4];
    std::size_t count = 0;
    for (std::size_t pos = 0;;) {
        const auto colon = count < 3 ? raw.find(':', pos) : std::string::npos;
        if (colon == std::string::npos) {
            arr[count++] = std::string_view(raw).substr(pos);
            break;
        }
        arr[count++] = std::string_view(raw).substr(pos, colon - pos);
        pos = colon + 1;
    }
    if (arr[0].empty())
        refuse(invalidSpec(), at);
    MountSpec spec;
    std::string_view mode;
    switch (count) {
    case 1:
        spec.target = arr[0];
        break;
    case 2:
        // A destination with a mode is not a volume: /foo:rw
        if (validMountMode(arr[1]))
            refuse(invalidSpec(), at);
        spec.source = arr[0];
        spec.target = arr[1];
        break;
    case 3:
        spec.source = arr[0];
        spec.target = arr[1];
        mode = arr[2];
        break;
    default:
        refuse(invalidSpec(), at);
    }
    if (!validMountMode(mode))
        refuse("invalid mode: " + std::string(mode), at);
    spec.type = startsWith(spec.source, "/") ? "bind" : "volume";
    spec.readOnly = !readWrite(mode);
    const std::string &volumeDriver = c.hostConfig.volumeDriver;
    if (!volumeDriver.empty() && spec.type == "volume") {
        spec.volumeOptions.emplace();
        spec.volumeOptions->driverConfig.emplace();
        spec.volumeOptions->driverConfig->name = volumeDriver;
    }
    forEachPiece(mode, ',', [&](std::string_view o) {
        if (o == "nocopy") {
            if (!spec.volumeOptions)
                spec.volumeOptions.emplace();
            spec.volumeOptions->noCopy = true;
        }
        return true;
    });
    forEachPiece(mode, ',', [&](std::string_view o) {
        if (!isPropagation(o))
            return true;
        spec.bindOptions.emplace();
        spec.bindOptions->propagation = o;
        return false;
    });
    spec.pointer = at;
    if (const std::string err = validateSpec(spec); !err.empty())
        refuse(invalidSpec() + ": " + err, at);

    mp.rw = !spec.readOnly;
    std::string buffer;
    mp.destination = cleanPath(slashed(spec.target, buffer));
    mp.type = spec.type;
    mp.mode = mode;
    mp.pointer = std::move(at); // its last use
    if (spec.type == "volume") {
        mp.name = spec.source;
        mp.copyData = !(spec.volumeOptions && spec.volumeOptions->noCopy);
        if (spec.volumeOptions && spec.volumeOptions->driverConfig)
            mp.driver = spec.volumeOptions->driverConfig->name;
    } else {
        mp.source = cleanPath(spec.source);
        mp.propagation = spec.bindOptions && !spec.bindOptions->propagation.empty() ? spec.bindOptions->propagation
                                                                                     : kDefaultPropagation;
    }
    mp.spec = std::move(spec);
    (void)daemon;
}

MountPoint parseMountSpec(const MountSpec &cfg)
{
    MountPoint mp;
    mp.rw = !cfg.readOnly;
    mp.destination = cleanPath(replaceAll(cfg.target, "\\", "/"));
    mp.type = cfg.type;
    mp.spec = cfg;
    mp.pointer = cfg.pointer;
    if (cfg.type == "volume") {
        mp.name = cfg.source;
        mp.copyData = true;
        if (cfg.volumeOptions) {
            if (cfg.volumeOptions->driverConfig)
                mp.driver = cfg.volumeOptions->driverConfig->name;
            if (cfg.volumeOptions->noCopy)
                mp.copyData = false;
        }
    } else if (cfg.type == "bind") {
        mp.source = cleanPath(replaceAll(cfg.source, "\\", "/"));
        mp.propagation = cfg.bindOptions && !cfg.bindOptions->propagation.empty() ? cfg.bindOptions->propagation
                                                                                  : kDefaultPropagation;
    } else if (cfg.type == "image") {
        mp.source = cfg.source;
        mp.propagation = kDefaultPropagation;
    }
    return mp;
}

// The local volume driver's names: [a-zA-Z0-9][a-zA-Z0-9_.-]+
void createVolume(const Daemon &daemon, const MountPoint &mp)
{
    if (mp.driver != "local") {
        daemon.note("volume-driver",
                    "volume driver \"" + mp.driver + "\" is a plugin: its mount path is not known here", mp.pointer);
        return;
    }
    const std::string &name = mp.name;
    auto alnum = [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    };
    if (name.size() == 1)
        refuse("create " + name + ": volume name is too short, names should be at least two alphanumeric characters",
               mp.pointer);
    bool valid = name.size() >= 2 && alnum(name[0]);
    for (std::size_t i = 1; valid && i < name.size(); ++i)
        valid = alnum(name[i]) || name[i] == '_' || name[i] == '.' || name[i] == '-';
    if (!valid)
        refuse("create " + name + ": " + goQuote(name)
                   + " includes invalid characters for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are "
                     "allowed. If you intended to pass a host directory, use absolute path",
               mp.pointer);
}

} // namespace

const MountPoint *Container::mountPointFor(std::string_view destination) const
{
    for (const auto &m : mountPoints)
        if (m.destination == destination)
            return &m;
    return nullptr;
}

bool Container::hasMountFor(std::string_view destination) const
{
    if (mountPointFor(destination))
        return true;
    return hostConfig.tmpfs.count(std::string(destination)) > 0;
}

void registerMountPoints(const Daemon &daemon, Container &c)
{
    const HostConfig &hc = c.hostConfig;
    // VolumesFrom: the donors must exist; their mounts are not part of the
    // daemon state a scenario describes.
    for (std::size_t i = 0; i < hc.volumesFrom.size(); ++i) {
        const std::string at = elementPointer(hc.src, "VolumesFrom", i);
        const std::string &spec = hc.volumesFrom[i];
        if (spec.empty())
            refuse("volumes-from specification cannot be an empty string", at);
        const auto colon = spec.find(':');
        const std::string id = spec.substr(0, colon);
        const std::string mode = colon == std::string::npos ? std::string() : spec.substr(colon + 1);
        bool badMode = !validMountMode(mode);
        forEachPiece(mode, ',', [&](std::string_view o) {
            badMode = badMode || isPropagation(o) || o == "nocopy";
            return true;
        });
        if (!mode.empty() && badMode)
            refuse("invalid mode: " + mode, at);
        daemon.getContainer(id);
        daemon.note("volumes-from", "the mounts of container " + id + " are not known here and are left out", at);
    }
    // The destinations registered (a new container has none before), as
    // views of the mount points' own strings: the list is reserved first and
    // never reallocates, so the views stay valid. A set, not a scan per
    // mount: binds can be hundreds. Docker's setMountPoint replaces a mount
    // point at the same destination; here none can exist (duplicates are
    // refused or, for Config.Volumes, skipped), so each is appended.
    c.mountPoints.reserve(c.mountPoints.size() + hc.binds.size() + hc.mounts.size() + c.config.volumes.size());
    std::unordered_set<std::string_view> registered;
    registered.reserve(c.mountPoints.capacity());
    auto setMountPoint = [&](MountPoint &&mp) {
        c.mountPoints.push_back(std::move(mp));
        registered.insert(c.mountPoints.back().destination);
    };
    for (std::size_t i = 0; i < hc.binds.size(); ++i) {
        // Parsed in place (the list never reallocates, see above); a refused
        // entry refuses the build, so it being in the list does not matter.
        MountPoint &bind = c.mountPoints.emplace_back();
        parseMountRaw(daemon, c, hc.binds[i], elementPointer(hc.src, "Binds", i), bind);
        const std::string &at = bind.pointer;
        if (needsSlavePropagation(daemon, bind.spec, at))
            bind.propagation = "rslave";
        if (registered.count(bind.destination) || hc.tmpfs.count(bind.destination))
            refuse("Duplicate mount point: " + bind.destination, at);
        if (bind.type == "volume") {
            if (bind.name.empty())
                bind.name = anonymousVolumeName(c, bind.destination);
            bind.isVolume = true;
            bind.source = volumePath(daemon, bind.name);
            if (bind.driver.empty())
                bind.driver = "local";
            createVolume(daemon, bind);
            if (bind.driver == "local" && bind.mode.empty())
                bind.mode = "z";
        }
        registered.insert(bind.destination);
    }
    for (const auto &cfg : hc.mounts) {
        MountPoint mp = parseMountSpec(cfg);
        if (needsSlavePropagation(daemon, mp.spec, cfg.pointer))
            mp.propagation = "rslave";
        if (registered.count(mp.destination))
            refuse("Duplicate mount point: " + cfg.target, cfg.pointer);
        if (mp.type == "volume") {
            if (mp.name.empty())
                mp.name = anonymousVolumeName(c, mp.destination);
            mp.isVolume = true;
            mp.source = volumePath(daemon, mp.name);
            if (mp.spec.volumeOptions && !mp.spec.volumeOptions->subpath.empty())
                mp.source = cleanPath(mp.source + "/" + mp.spec.volumeOptions->subpath);
            if (mp.driver.empty())
                mp.driver = "local";
            createVolume(daemon, mp);
        } else if (mp.type == "bind") {
            mp.skipMountpointCreation = !(cfg.bindOptions && cfg.bindOptions->createMountpoint);
        } else if (mp.type == "image") {
            // Image mounts need the image store, which a build does not have.
            refuse("No such image: " + cfg.source, cfg.src.get("Source").empty() ? cfg.pointer : cfg.src.get("Source"));
        }
        setMountPoint(std::move(mp));
    }
    // createContainerVolumesOS: Config.Volumes become anonymous volumes.
    for (const auto &[spec, at] : c.config.volumes) {
        const std::string destination = cleanPath(spec);
        if (registered.count(destination) || hc.tmpfs.count(destination))
            continue; // c.hasMountFor
        MountPoint mp;
        mp.type = "volume";
        mp.destination = destination;
        mp.name = anonymousVolumeName(c, destination);
        mp.source = volumePath(daemon, mp.name);
        mp.driver = "local";
        mp.rw = true;
        mp.copyData = true;
        mp.isVolume = true;
        mp.pointer = at;
        daemon.note("anonymous-volume",
                    "Docker names an anonymous volume with 64 random hex digits; this build uses " + mp.name, at);
        setMountPoint(std::move(mp));
    }
}

void initializeNetworking(const Daemon &daemon, Container &c)
{
    if (c.config.networkDisabled)
        return;
    const HostConfig &hc = c.hostConfig;
    const std::string_view modePointer = hc.src.get("NetworkMode");
    if (isContainerMode(hc.networkMode)) {
        // getNetworkedContainer
        const std::string other = connectedContainer(hc.networkMode);
        const EngineContainer *nc = nullptr;
        try {
            nc = &daemon.getContainer(other);
        } catch (const Refused &e) {
            refuse("joining network namespace of container: " + e.message(), modePointer);
        }
        if (nc->id == c.id)
            refuse("cannot join own network namespace", modePointer);
        if (!nc->running)
            refuse("cannot join network namespace of a non running container: container " + std::string(
                       startsWith(nc->name, "/") ? nc->name.substr(1) : nc->name) + " is created",
                   modePointer);
        std::string dir = daemon.containerRoot(nc->id);
        c.hostnamePath = dir + "/hostname";
        c.hostsPath = dir + "/hosts";
        c.resolvConfPath = std::move(dir) + "/resolv.conf"; // in the room containerRoot left
        c.netFileInputs = {std::string(modePointer), nc->pointer};
        c.config.hostname = daemon.hostnameOf(*nc);
        c.config.domainname = nc->domainname;
        c.hostnameValueInputs = {std::string(modePointer), nc->pointer};
        c.domainnameValueInputs = {std::string(modePointer), nc->pointer};
        return;
    }
    std::string dir = daemon.containerRoot(c.id);
    c.hostnamePath = dir + "/hostname";
    c.hostsPath = dir + "/hosts";
    c.resolvConfPath = std::move(dir) + "/resolv.conf"; // in the room containerRoot left
    c.netFileInputs.reserve(2);
    c.netFileInputs.assign(1, c.idPointer);
    if (!modePointer.empty())
        c.netFileInputs.emplace_back(modePointer);
}

namespace {

// setupIPCDirs
void setupIPCDirs(const Daemon &daemon, Container &c)
{
    const HostConfig &hc = c.hostConfig;
    const std::string &mode = hc.ipcMode;
    const std::string_view at = hc.src.get("IpcMode");
    if (isContainerMode(mode)) {
        // getIPCContainer
        const std::string id = connectedContainer(mode);
        const EngineContainer *ic = nullptr;
        try {
            ic = &daemon.getContainer(id);
        } catch (const Refused &e) {
            refuse("failed to join IPC namespace: " + e.message(), at);
        }
        if (!ic->running)
            refuse("failed to join IPC namespace: container " + id + " is not running", at);
        const std::string shm = daemon.shmPathOf(*ic);
        if (shm.empty())
            refuse("failed to join IPC namespace: container " + id
                       + ": non-shareable IPC (hint: use IpcMode:shareable for the donor container)",
                   at);
        c.shmPath = shm;
        c.shmInputs = {std::string(at), ic->pointer};
    } else if (mode == "host") {
        c.shmPath = "/dev/shm";
        c.shmInputs = {std::string(at)};
    } else if (mode == "private" || mode == "none") {
        c.shmPath.clear();
    } else if (mode.empty() || mode == "shareable") {
        if (!c.hasMountFor("/dev/shm")) {
            c.shmPath = daemon.containerRoot(c.id) + "/mounts/shm";
            c.shmInputs = {std::string(at)};
        }
    } else {
        refuse("invalid IPC mode: " + mode, at);
    }
}

bool trySetNetworkMount(Container &c, const std::string &destination, const std::string &path, const std::string &at)
{
    if (destination == "/etc/resolv.conf") {
        c.resolvConfPath = path;
        c.resolvConfInputs = {at};
        return true;
    }
    if (destination == "/etc/hostname") {
        c.hostnamePath = path;
        c.hostnameInputs = {at};
        return true;
    }
    if (destination == "/etc/hosts") {
        c.hostsPath = path;
        c.hostsInputs = {at};
        return true;
    }
    return false;
}

// The network files' last use: their paths and inputs are moved.
// Appended to `mounts`, built in place.
void appendNetworkMounts(Container &c, std::vector<Mount> &mounts)
{
    const HostConfig &hc = c.hostConfig;
    // The container's own inputs of the files are moved into the last mount
    // that takes them, copied into the others.
    auto add = [&](std::string &path, const char *destination, std::vector<std::string> &userInputs,
                   bool lastUse) {
        if (path.empty())
            return;
        Mount &m = mounts.emplace_back();
        m.source = std::move(path);
        m.destination = destination;
        m.writable = !hc.readonlyRootfs;
        if (!userInputs.empty())
            m.inputs = std::move(userInputs);
        else if (lastUse)
            m.inputs = std::move(c.netFileInputs);
        else
            m.inputs = c.netFileInputs;
        if (const MountPoint *mp = c.mountPointFor(destination))
            m.writable = mp->rw;
        else if (hc.readonlyRootfs)
            m.inputs.push_back(std::string(hc.src.get("ReadonlyRootfs")));
        m.propagation = kDefaultPropagation;
        m.step = "NetworkMounts";
    };
    const bool hostsUse = !c.hostsPath.empty() && c.hostsInputs.empty();
    const bool hostnameUse = !c.hostnamePath.empty() && c.hostnameInputs.empty();
    add(c.resolvConfPath, "/etc/resolv.conf", c.resolvConfInputs, !hostnameUse && !hostsUse);
    add(c.hostnamePath, "/etc/hostname", c.hostnameInputs, !hostsUse);
    add(c.hostsPath, "/etc/hosts", c.hostsInputs, true);
}

} // namespace

std::vector<Mount> startMounts(const Daemon &daemon, Container &c)
{
    const HostConfig &hc = c.hostConfig;
    setupIPCDirs(daemon, c);

    // Every mount is built in place in the one list (sized for all of them):
    // a Mount is large, moving each between lists costs more than filling it.
    std::vector<Mount> ms;
    ms.reserve(1 + hc.tmpfs.size() + c.mountPoints.size() + 3);

    // setupContainerDirs
    if (hc.ipcMode != "private" && !hc.ipcMode.empty()) {
        // IpcMounts
        if (!c.hasMountFor("/dev/shm") && !c.shmPath.empty()) {
            Mount &m = ms.emplace_back();
            m.source = std::move(c.shmPath); // its last use
            m.destination = "/dev/shm";
            m.writable = true;
            m.propagation = kDefaultPropagation;
            m.inputs = std::move(c.shmInputs);
            m.step = "IpcMounts";
        }
    }
    // TmpfsMounts: HostConfig.Tmpfs, then tmpfs mount points
    for (const auto &[destination, data] : hc.tmpfs) {
        Mount &m = ms.emplace_back();
        m.source = "tmpfs";
        m.destination = destination;
        m.data = data;
        std::string &at = m.inputs.emplace_back(hc.src.get("Tmpfs"));
        if (!at.empty())
            json::appendPointerToken(at, destination);
        m.step = "TmpfsMounts";
    }
    for (const auto &mp : c.mountPoints) {
        if (mp.type != "tmpfs")
            continue;
        std::string err;
        std::string data = convertTmpfsOptions(mp.spec.tmpfsOptions ? &*mp.spec.tmpfsOptions : nullptr,
                                               mp.spec.readOnly, err);
        if (!err.empty())
            refuse(err, mp.pointer);
        Mount &m = ms.emplace_back();
        m.source = "tmpfs";
        m.destination = mp.destination;
        m.data = std::move(data);
        m.inputs.push_back(mp.pointer);
        m.step = "TmpfsMounts";
    }

    // setupMounts: sorted among themselves, after the directories' mounts.
    const std::size_t first = ms.size();
    for (const auto &mp : c.mountPoints) {
        if (mp.type == "tmpfs" || hc.tmpfs.count(mp.destination))
            continue;
        if (trySetNetworkMount(c, mp.destination, mp.source, mp.pointer))
            continue;
        if (mp.spec.type == "bind" && mp.spec.bindOptions) {
            const BindOptions &bo = *mp.spec.bindOptions;
            if (!mp.spec.readOnly && bo.readOnlyNonRecursive)
                refuse("mount options conflict: !ReadOnly && BindOptions.ReadOnlyNonRecursive", mp.pointer);
            if (!mp.spec.readOnly && bo.readOnlyForceRecursive)
                refuse("mount options conflict: !ReadOnly && BindOptions.ReadOnlyForceRecursive", mp.pointer);
            if (bo.readOnlyNonRecursive && bo.readOnlyForceRecursive)
                refuse("mount options conflict: ReadOnlyNonRecursive && BindOptions.ReadOnlyForceRecursive",
                       mp.pointer);
        }
        Mount &m = ms.emplace_back();
        m.source = mp.source;
        m.destination = mp.destination;
        m.writable = mp.rw;
        m.propagation = mp.propagation;
        m.inputs.push_back(mp.pointer);
        if (mp.spec.type == "bind" && mp.spec.bindOptions) {
            const BindOptions &bo = *mp.spec.bindOptions;
            m.nonRecursive = bo.nonRecursive;
            m.readOnlyNonRecursive = bo.readOnlyNonRecursive;
            m.readOnlyForceRecursive = bo.readOnlyForceRecursive;
        }
    }
    sortMounts(ms.data() + first, ms.size() - first);
    appendNetworkMounts(c, ms);
    return ms;
}

void sortMounts(std::vector<Mount> &mounts)
{
    sortMounts(mounts.data(), mounts.size());
}

void sortMounts(Mount *mounts, std::size_t count)
{
    // mountSort.Less compares the number of path separators of the cleaned
    // destinations; Go's sort is not stable, so its exact algorithm decides
    // the order of mounts at the same depth.
    std::vector<std::ptrdiff_t> parts;
    parts.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
        parts.push_back(static_cast<std::ptrdiff_t>(cleanPathDepth(mounts[i].destination)));
    gosort::sort(
        count, [&](std::ptrdiff_t i, std::ptrdiff_t j) { return parts[std::size_t(i)] < parts[std::size_t(j)]; },
        [&](std::ptrdiff_t i, std::ptrdiff_t j) {
            std::swap(mounts[std::size_t(i)], mounts[std::size_t(j)]);
            std::swap(parts[std::size_t(i)], parts[std::size_t(j)]);
        });
}

std::vector<std::string> mergeTmpfsOptions(const std::vector<std::string_view> &options)
{
    // Options that set or clear the same mount flag collide; propagation and
    // bind options all collide with each other. Each flag is a bit of its
    // own (the Go map's values), the propagation group bit 31.
    static constexpr std::pair<std::string_view, std::uint32_t> flagKeys[] = {
        {"ro", 1},           {"rw", 1},           {"suid", 2},          {"nosuid", 2},     {"dev", 4},
        {"nodev", 4},        {"exec", 8},         {"noexec", 8},        {"sync", 16},      {"async", 16},
        {"dirsync", 128},    {"remount", 32},     {"mand", 64},         {"nomand", 64},    {"atime", 1024},
        {"noatime", 1024},   {"diratime", 2048},  {"nodiratime", 2048}, {"bind", 1u << 31}, {"rbind", 1u << 31},
        {"unbindable", 1u << 31},  {"runbindable", 1u << 31}, {"private", 1u << 31},  {"rprivate", 1u << 31},
        {"shared", 1u << 31},  {"rshared", 1u << 31},  {"slave", 1u << 31},  {"rslave", 1u << 31},
        {"relatime", 1u << 21}, {"norelatime", 1u << 21}, {"strictatime", 1u << 24}, {"nostrictatime", 1u << 24}};
    static constexpr std::string_view dataKeys[] = {"", "size", "mode", "uid", "gid", "nr_inodes", "nr_blocks", "mpol"};
    // A mount has a handful of options: bit sets of what was seen, no
    // containers; kept options are collected backwards, then turned round.
    std::uint32_t flagSeen = 0, dataSeen = 0;
    std::vector<std::string> merged;
    merged.reserve(options.size());
    for (std::size_t i = options.size(); i-- > 0;) {
        const std::string_view option = options[i];
        if (option == "defaults")
            continue;
        const auto flag = std::find_if(std::begin(flagKeys), std::end(flagKeys),
                                       [&](const auto &k) { return k.first == option; });
        if (flag != std::end(flagKeys)) {
            if (!(flagSeen & flag->second)) {
                flagSeen |= flag->second;
                merged.emplace_back(option);
            }
            continue;
        }
        const auto eq = option.find('=');
        const std::string_view key = option.substr(0, eq);
        const auto data = std::find(std::begin(dataKeys), std::end(dataKeys), key);
        if (eq == std::string_view::npos || data == std::end(dataKeys))
            throw Refused("invalid tmpfs option " + goQuote(key));
        const std::uint32_t bit = 1u << (data - std::begin(dataKeys));
        if (!(dataSeen & bit)) {
            dataSeen |= bit;
            merged.emplace_back(option);
        }
    }
    std::reverse(merged.begin(), merged.end());
    return merged;
}

namespace {

void clearReadOnly(spec::Mount &m)
{
    std::vector<std::string> kept;
    for (auto &o : m.options)
        if (o != "ro")
            kept.push_back(std::move(o));
    m.options = std::move(kept);
}

std::string_view propagationName(std::string_view p)
{
    return isPropagation(p) ? p : std::string_view();
}

std::string firstInput(const Mount &m)
{
    return m.inputs.empty() ? std::string() : m.inputs.front();
}

// Steps are literals or the mounts' own step names, which outlive the
// recording: views, not copies.
struct MountOrigin {
    std::string_view step;
    std::vector<std::string> inputs;
};

// An option that came from elsewhere than its mount (withMounts' own): its
// at most two inputs are views of strings that outlive the recording, and
// all such options of a build share one list, in mount order.
struct OptionOrigin {
    std::size_t mount = 0;
    std::size_t option = 0;
    std::string_view first, second;
};

} // namespace

void withMounts(const Daemon &daemon, Container &c, std::vector<Mount> mounts, SpecWriter &w)
{
    constexpr std::string_view step = "withMounts";
    spec::Spec &s = w.s;
    const HostConfig &hc = c.hostConfig;
    sortMounts(mounts);

    // Sorted views of the user mounts' destinations (only their sources move
    // out below, so the views stay valid).
    std::vector<std::string_view> userMounts;
    userMounts.reserve(mounts.size());
    for (const auto &m : mounts)
        userMounts.push_back(m.destination);
    std::sort(userMounts.begin(), userMounts.end());
    auto isUserMount = [&](std::string_view destination) {
        return std::binary_search(userMounts.begin(), userMounts.end(), destination);
    };

    // Default mounts, except those a user mount replaces, everything under a
    // user-mounted /dev, and /dev/shm for IpcMode "none".
    std::vector<spec::Mount> result;
    std::vector<MountOrigin> origins;
    std::vector<OptionOrigin> optionOrigins;
    const std::size_t most = defaultLinuxSpecPrototype().mounts.size() + s.mounts.size() + mounts.size();
    result.reserve(most);
    origins.reserve(most);
    optionOrigins.reserve(8);
    // The defaults come from the prototype (the spec has none: copying them
    // there first would be wasted), then the spec's own (the init).
    const bool mountDev = isUserMount("/dev");
    auto kept = [&](const spec::Mount &m) {
        return !isUserMount(m.destination) && !(mountDev && startsWith(m.destination, "/dev/"))
            && !(m.destination == "/dev/shm" && hc.ipcMode == "none");
    };
    // Each kept one is copied (or moved) straight into the result.
    auto keep = [&](spec::Mount &m) {
        MountOrigin origin{"DefaultLinuxSpec", {}};
        if (m.destination == "/sbin/docker-init")
            origin = {"withCommonOptions", {std::string(hc.src.get("Init")), std::string(daemon.engine.src.get("initPath"))}};
        if (m.destination == "/dev/shm") {
            m.options.push_back("size=" + std::to_string(hc.shmSize));
            optionOrigins.push_back({result.size() - 1, m.options.size() - 1, hc.src.get("ShmSize"), {}});
        }
        origins.push_back(std::move(origin));
    };
    for (const auto &m : defaultLinuxSpecPrototype().mounts)
        if (kept(m))
            keep(result.emplace_back(m));
    for (auto &m : s.mounts)
        if (kept(m))
            keep(result.emplace_back(std::move(m)));

    for (auto &m : mounts) {
        if (m.source == "tmpfs") {
            // Docker's own options, then the pieces of the mount's data.
            constexpr std::size_t own = 4;
            std::vector<std::string_view> options = {"noexec", "nosuid", "nodev", kDefaultPropagation};
            if (!m.data.empty())
                forEachPiece(m.data, ',', [&](std::string_view o) {
                    options.push_back(o);
                    return true;
                });
            std::vector<std::string> merged;
            try {
                merged = mergeTmpfsOptions(options);
            } catch (const Refused &e) {
                refuse(e.message(), m.inputs.empty() ? std::string() : m.inputs.front());
            }
            // Docker's own tmpfs options versus those of the mount's data.
            for (std::size_t i = 0; i < merged.size(); ++i)
                if (std::find(options.begin() + own, options.end(), merged[i]) == options.end())
                    optionOrigins.push_back({result.size(), i, {}, {}});
            MountOrigin origin{m.step, std::move(m.inputs)};
            spec::Mount &sm = result.emplace_back();
            sm.destination = m.destination;
            sm.source = std::move(m.source); // its last use (views are of destinations only)
            sm.type = "tmpfs";
            sm.options = std::move(merged);
            origins.push_back(std::move(origin));
            continue;
        }

        spec::Mount &mt = result.emplace_back();
        const std::size_t index = result.size() - 1;
        mt.destination = m.destination;
        mt.source = std::move(m.source); // its last use
        mt.type = "bind";
        MountOrigin origin{m.step, {}};

        // A shared or slave volume keeps the root propagation shared / slave.
        // The host's mount table is not known here: the source is taken to be
        // on a shared mount (systemd's default).
        const std::string_view pFlag = propagationName(m.propagation);
        auto &lx = *s.linux_;
        if (pFlag == "shared" || pFlag == "rshared") {
            if (lx.rootfsPropagation != "shared" && lx.rootfsPropagation != "rshared") {
                lx.rootfsPropagation = "shared";
                w.record("/linux/rootfsPropagation", step, m.inputs);
            }
        } else if (pFlag == "slave" || pFlag == "rslave") {
            const std::string &rp = lx.rootfsPropagation;
            if (rp != "shared" && rp != "rshared" && rp != "slave" && rp != "rslave") {
                lx.rootfsPropagation = "rslave";
                w.record("/linux/rootfsPropagation", step, m.inputs);
            }
        }

        std::vector<std::string> opts;
        opts.reserve(3);
        opts.emplace_back(m.nonRecursive ? "bind" : "rbind");
        if (!m.writable) {
            bool rro = true;
            if (m.readOnlyNonRecursive) {
                rro = false;
                if (m.readOnlyForceRecursive)
                    refuse("mount options conflict: ReadOnlyNonRecursive && ReadOnlyForceRecursive", firstInput(m));
            }
            if (!daemon.host.recursiveReadOnly) {
                rro = false;
                if (m.readOnlyForceRecursive)
                    refuse("rro is not supported: the kernel or the runtime does not support recursive read-only "
                           "mounts (kernel is older than 5.12?)",
                           firstInput(m));
            }
            opts.emplace_back(rro ? "rro" : "ro");
            // A view of the mount's first input: `m.inputs` moves below, its
            // strings stay where they are.
            optionOrigins.push_back({index, opts.size() - 1, m.inputs.empty() ? std::string_view() : m.inputs.front(),
                                     "host:/recursiveReadOnly"});
        }
        if (!pFlag.empty())
            opts.emplace_back(pFlag);
        // Under user namespaces the source's locked mount flags must be kept.
        if (daemon.remapped || daemon.host.inUserNamespace) {
            for (const auto &f : daemon.host.lockedMountFlags) {
                opts.push_back(f);
                optionOrigins.push_back({index, opts.size() - 1, "host:/lockedMountFlags", {}});
            }
        }
        mt.options = std::move(opts);
        origin.inputs = std::move(m.inputs); // not needed any more
        origins.push_back(std::move(origin));
    }

    // The mounts are recorded here first (the init's included): no erase.
    s.mounts = std::move(result);
    if (w.provenance) {
        std::string at = "/mounts";
        auto option = optionOrigins.begin();
        for (std::size_t i = 0; i < s.mounts.size(); ++i) {
            at.resize(7);
            appendIndex(at, i);
            w.recordNonEmpty(at, origins[i].step, origins[i].inputs);
            const std::size_t base = at.size();
            for (; option != optionOrigins.end() && option->mount == i; ++option) {
                at.resize(base);
                at += "/options";
                appendIndex(at, option->option);
                // Their inputs are the given ones only, as recorded before.
                w.recordNonEmpty(at, step, {option->first, option->second});
            }
        }
    }

    if (s.root && s.root->readonly) {
        for (std::size_t i = 0; i < s.mounts.size(); ++i) {
            auto &m = s.mounts[i];
            if (m.destination == "/proc" || m.destination == "/dev/pts" || m.destination == "/dev/shm"
                || m.destination == "/dev/mqueue" || m.destination == "/dev")
                continue;
            if (!isUserMount(m.destination)
                && std::find(m.options.begin(), m.options.end(), "ro") == m.options.end()) {
                m.options.push_back("ro");
                w.record("/mounts/" + std::to_string(i) + "/options/" + std::to_string(m.options.size() - 1), step,
                         {hc.src.get("ReadonlyRootfs")});
            }
        }
    }

    if (hc.privileged) {
        for (std::size_t i = 0; i < s.mounts.size(); ++i) {
            if (s.mounts[i].destination == "/sys") {
                clearReadOnly(s.mounts[i]);
                w.erase("/mounts/" + std::to_string(i) + "/options");
                w.record("/mounts/" + std::to_string(i) + "/options", step, {hc.src.get("Privileged")});
            }
        }
        if (s.linux_) {
            s.linux_->readonlyPaths.clear();
            s.linux_->maskedPaths.clear();
            w.erase("/linux/readonlyPaths");
            w.erase("/linux/maskedPaths");
        }
    }

    // Writable cgroups default to Privileged; user namespaces force them.
    bool writableCgroups = hc.privileged;
    std::string_view cgroupInput = hc.src.get("Privileged");
    if (c.security.writableCgroups) {
        if (daemon.remapped)
            refuse("option WritableCgroups conflicts with user namespaces and rootless mode",
                   c.security.writableCgroupsInput);
        writableCgroups = *c.security.writableCgroups;
        cgroupInput = c.security.writableCgroupsInput;
    }
    if (daemon.remapped) {
        writableCgroups = true;
        cgroupInput = daemon.engine.src.get("uidMaps");
    }
    if (writableCgroups) {
        for (std::size_t i = 0; i < s.mounts.size(); ++i) {
            if (s.mounts[i].type == "cgroup") {
                clearReadOnly(s.mounts[i]);
                w.erase("/mounts/" + std::to_string(i) + "/options");
                w.record("/mounts/" + std::to_string(i) + "/options", step, {cgroupInput});
            }
        }
    }
}

} // namespace oci::container
