#pragma once

// Internal to the container builder: the daemon's view of a container while
// Docker creates and starts it (daemon/container.Container), the daemon
// itself (settings, state, host facts), and the steps of create and start,
// each named after the Docker function it follows. Not part of the core's API.

#include "containerconfig.h"
#include "diagnostic.h"
#include "hostprofile.h"
#include "provenance.h"
#include "spec.h"

#include <exception>
#include <optional>
#include <string>
#include <vector>

namespace oci::container {

// A Docker error: the container is refused (at create or at start).
class Refused : public std::exception
{
public:
    explicit Refused(std::string message, std::string pointer = {})
        : m_message(std::move(message))
        , m_pointer(std::move(pointer))
    {
    }
    const char *what() const noexcept override { return m_message.c_str(); }
    const std::string &message() const { return m_message; }
    const std::string &pointer() const { return m_pointer; }

private:
    std::string m_message;
    std::string m_pointer;
};

// The daemon: its settings (`engine`), the host it runs on, and what it
// derives from them.
struct Daemon {
    const Engine &engine;
    const HostProfile &host;
    Diagnostics &diagnostics;
    std::string file; // the input's name, for diagnostics

    std::string root; // the data root; under userns-remap `<root>/<uid>.<gid>`
    bool remapped = false; // engine.uidMaps given
    std::uint32_t rootUID = 0; // host ids of the container's root
    std::uint32_t rootGID = 0;

    Daemon(const Engine &e, const HostProfile &h, Diagnostics &diags, std::string fileName);

    int cgroupVersion() const { return engine.cgroupVersion == 1 ? 1 : 2; }
    bool usingSystemd() const { return engine.cgroupDriver == "systemd"; }
    // sysinfo: the cgroup features the host has for the engine's cgroup version.
    bool feature(std::string_view name) const { return host.hasCgroupFeature(cgroupVersion(), name); }
    std::string repository() const { return root + "/containers"; }
    std::string containerRoot(std::string_view id) const
    {
        // Built in one allocation: every build asks for it a few times.
        constexpr std::string_view containers = "/containers/";
        std::string out;
        out.reserve(root.size() + containers.size() + id.size() + 16); // room for the file name appended
        out.append(root).append(containers).append(id);
        return out;
    }

    // daemon.GetContainer: full id, exact name, then unique id prefix.
    // Throws "No such container: X".
    const EngineContainer &getContainer(const std::string &prefixOrName) const;
    const EngineContainer *findContainer(const std::string &prefixOrName) const;
    // The IPC directory of another container (its ShmPath), empty when not shareable.
    std::string shmPathOf(const EngineContainer &c) const;
    std::string hostnameOf(const EngineContainer &c) const;

    // Docker's warnings (discarded settings): diagnostics, not refusals.
    void warn(std::string message, std::string inputPointer = {}) const;
    void note(std::string code, std::string message, std::string inputPointer = {}) const;
};

// daemon/container.SecurityOptions
struct SecurityOptions {
    bool noNewPrivileges = false;
    std::vector<std::string> noNewPrivilegesInputs;
    std::optional<bool> writableCgroups;
    std::string writableCgroupsInput;
    std::string appArmorProfile;
    std::string appArmorInput;
    std::string seccompProfile;
    std::string seccompInput;
    std::string processLabel;
    std::string mountLabel;
};

// daemon/volume/mounts.MountPoint
struct MountPoint {
    std::string type; // bind, volume, tmpfs, ...
    std::string source;
    std::string destination;
    std::string name; // volumes
    std::string driver;
    std::string propagation;
    std::string mode; // the mode of a Binds entry
    bool rw = true;
    bool copyData = false;
    bool skipMountpointCreation = false;
    bool isVolume = false;
    MountSpec spec;
    std::string pointer; // the Binds entry or Mounts element
};

// daemon/container.Mount: what createSpec is handed.
struct Mount {
    std::string source;
    std::string destination;
    std::string data; // tmpfs options
    bool writable = false;
    std::string propagation;
    bool nonRecursive = false;
    bool readOnlyNonRecursive = false;
    bool readOnlyForceRecursive = false;
    std::vector<std::string> inputs; // provenance
    std::string_view step = "setupMounts"; // always a literal
};

struct Container {
    std::string id;
    std::string idPointer;
    std::string name;
    ContainerConfig config;
    std::string configPointer;
    HostConfig hostConfig;
    std::string hostConfigPointer;
    ImageFiles image;

    std::string path; // entrypoint or first word of Cmd
    std::vector<std::string> args;
    std::vector<std::string> argInputs; // input pointer of path and each arg
    SecurityOptions security;
    std::string baseFS;

    std::string shmPath;
    std::vector<std::string> shmInputs;
    // The network files; empty when there is no network sandbox.
    std::string resolvConfPath;
    std::string hostnamePath;
    std::string hostsPath;
    std::vector<std::string> netFileInputs; // what chose them (network mode, joined container)
    std::vector<std::string> resolvConfInputs;
    std::vector<std::string> hostnameInputs;
    std::vector<std::string> hostsInputs;
    std::vector<std::string> hostnameValueInputs; // where Config.Hostname came from
    std::vector<std::string> domainnameValueInputs;

    std::vector<MountPoint> mountPoints; // by destination, in registration order

    const MountPoint *mountPointFor(std::string_view destination) const;
    bool hasMountFor(std::string_view destination) const;
};

// Writes the spec and records where each value came from.
struct SpecWriter {
    spec::Spec &s;
    Provenance *provenance;
    void record(std::string_view specPointer, std::string_view step,
                std::initializer_list<std::string_view> inputs = {}) const
    {
        if (provenance)
            provenance->record(specPointer, step, inputs);
    }
    void record(std::string_view specPointer, std::string_view step, const std::vector<std::string> &inputs) const
    {
        if (provenance)
            provenance->record(specPointer, step, inputs);
    }
    // Records leaving out the inputs that were not given (empty pointers).
    void recordNonEmpty(std::string_view specPointer, std::string_view step,
                        std::initializer_list<std::string_view> inputs) const
    {
        if (provenance)
            provenance->recordNonEmpty(specPointer, step, inputs);
    }
    void recordNonEmpty(std::string_view specPointer, std::string_view step,
                        const std::vector<std::string> &inputs) const
    {
        if (provenance)
            provenance->recordNonEmpty(specPointer, step, inputs);
    }
    void erase(std::string_view specPointer) const
    {
        if (provenance)
            provenance->erase(specPointer);
    }
    void eraseArrayElement(std::string_view arrayPointer, std::size_t index) const
    {
        if (provenance)
            provenance->eraseArrayElement(arrayPointer, index);
    }
};

// --- mode helpers (api/types/container) ---------------------------------
bool isContainerMode(std::string_view mode); // "container:<x>"
std::string connectedContainer(std::string_view mode); // the <x> of "container:<x>"
bool networkIsHost(std::string_view mode);
bool networkIsNone(std::string_view mode);
bool networkIsPrivate(std::string_view mode); // neither host nor container:
bool ipcModeValid(std::string_view mode);
bool pidModeValid(std::string_view mode);
bool pidIsPrivate(std::string_view mode);
std::string joinPath(std::string_view a, std::string_view b); // filepath.Join
std::string cleanPath(std::string_view p); // path.Clean
// The number of separators in path.Clean(p) (mountSort's depth), without
// building the cleaned path when `p` is clean already.
std::size_t cleanPathDepth(std::string_view p);
// path.Clean(p) == "/", without building the cleaned path when `p` is clean.
bool cleansToRoot(std::string_view p);

// --- containerverify.cpp --------------------------------------------------
// The API router: runconfig.DecodeCreateRequest validation and the
// postContainersCreate normalisations (NetworkMode default, PidsLimit).
void routerValidate(const Daemon &daemon, ContainerConfig &config, HostConfig &hostConfig,
                    const std::string &hostConfigPointer);
// daemon.verifyContainerSettings; `config` is null at start.
void verifyContainerSettings(const Daemon &daemon, HostConfig &hostConfig, ContainerConfig *config,
                             const std::string &hostConfigPointer);
// daemon.mergeAndVerifyConfig
void mergeAndVerifyConfig(ContainerConfig &config);
// caps.NormalizeLegacyCapabilities: upper case, `CAP_` prefix, known to the
// kernel and available to the daemon; throws the error without its prefix.
// The names are views of the known list (or "ALL"): they live forever.
std::vector<std::string_view> normalizeLegacyCapabilities(const HostProfile &host,
                                                          const std::vector<std::string> &caps);
// The same for one capability.
std::string_view normalizeCapability(const HostProfile &host, std::string_view raw);

// --- containeradapt.cpp ---------------------------------------------------
// daemon.adaptContainerSettings (with adaptSharedNamespaceContainer and
// generateSecurityOpt).
void adaptContainerSettings(const Daemon &daemon, HostConfig &hostConfig);
// daemon.setSecurityOptions → parseSecurityOpt
void parseSecurityOpt(const Daemon &daemon, Container &c);
// newContainer: id, name, default hostname, entrypoint and args.
void newContainer(const Daemon &daemon, Container &c);

// --- createspec_mounts.cpp ------------------------------------------------
// daemon.registerMountPoints (Binds, then Mounts) and Config.Volumes.
void registerMountPoints(const Daemon &daemon, Container &c);
// initializeNetworking: hostname and the network files.
void initializeNetworking(const Daemon &daemon, Container &c);
// setupContainerDirs (IPC and tmpfs mounts) + setupMounts (binds, volumes,
// network files): the mounts handed to createSpec.
std::vector<Mount> startMounts(const Daemon &daemon, Container &c);
// withMounts
void withMounts(const Daemon &daemon, Container &c, std::vector<Mount> mounts, SpecWriter &w);
// mount.MergeTmpfsOptions; throws on an invalid option.
std::vector<std::string> mergeTmpfsOptions(const std::vector<std::string_view> &options);
// sort.Sort(mountSort(m)) on the destination depth.
void sortMounts(std::vector<Mount> &mounts);
void sortMounts(Mount *mounts, std::size_t count);

// --- containerseccomp.cpp -------------------------------------------------
// seccomp.LoadProfile: a profile in Docker's format (JSON text) → the spec's
// seccomp section for this process; `err` set when the profile is invalid.
std::optional<spec::LinuxSeccomp> loadSeccompProfile(const std::string &profile, const spec::Process &process,
                                                     const HostProfile &host, std::string &err);

// --- createspec.cpp -------------------------------------------------------
// daemon.createSpec
void createSpec(const Daemon &daemon, Container &c, std::vector<Mount> mounts, SpecWriter &w);

} // namespace oci::container
