#pragma once

// The inputs of a container build, as Docker's Go types hold them after
// encoding/json decoding: the Engine API ContainerConfig and HostConfig
// (api/types/container), the daemon's settings and state (the scenario's
// `engine`), and the image's passwd/group files. Every decoded field keeps
// the input pointer that set it, for provenance.

#include "godecode.h"
#include "json.h"

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace oci::container {

// Input pointers of decoded fields, by Go field name: the document key that
// last set the field (a duplicated key decodes again into the same field).
//
// Field names are string literals (the decoders' field tables), so they are
// held as views. A build looks fields up a few dozen times, most of them
// never set: a small open-addressing table of entry numbers finds either in
// a probe or two, where a scan compared with every field that was set.
// The pointers' texts share a few blocks that never move (a string each cost
// an allocation): views of them stay valid as long as the Sources, whatever
// is set later.
class Sources
{
public:
    Sources() = default;
    Sources(const Sources &other) { *this = other; }
    Sources &operator=(const Sources &other);
    // Moving keeps the blocks, and so every view; `other` is left empty.
    Sources(Sources &&other) noexcept { *this = std::move(other); }
    Sources &operator=(Sources &&other) noexcept
    {
        m_map = std::exchange(other.m_map, {});
        m_slots = std::exchange(other.m_slots, {});
        m_blocks = std::exchange(other.m_blocks, {});
        m_free = std::exchange(other.m_free, nullptr);
        m_left = std::exchange(other.m_left, 0);
        return *this;
    }

    void set(std::string_view field, const godecode::Path &path);
    void set(std::string_view field, std::string_view pointer) { at(field) = store(pointer); }
    // The pointer, or empty when the field was never set from the input.
    std::string_view get(std::string_view field) const
    {
        const std::size_t n = indexOf(field, keyOf(field));
        return n < m_map.size() ? m_map[n].pointer : std::string_view();
    }
    // The pointers of those fields that were set, in the order given.
    std::vector<std::string> list(std::initializer_list<std::string_view> fields) const;

private:
    static constexpr std::size_t kSlots = 64;
    // Beyond this many fields the table would fill up: lookups scan instead.
    static constexpr std::size_t kHashed = 48;
    // Length and first and last byte: the fields of a struct mostly differ
    // there, so whole names are compared about once per lookup.
    static std::uint32_t keyOf(std::string_view field)
    {
        if (field.empty())
            return 0;
        return static_cast<std::uint32_t>(field.size()) << 16
            | static_cast<std::uint32_t>(static_cast<unsigned char>(field.front())) << 8
            | static_cast<unsigned char>(field.back());
    }
    static std::size_t slotOf(std::uint32_t key) { return (key * 0x9E3779B1u) >> 26; }
    struct Entry {
        std::string_view name;
        std::uint32_t key;
        std::string_view pointer;
    };
    static bool matches(const Entry &e, std::uint32_t key, std::string_view field)
    {
        // The decoders pass their table's own view: same address, same name.
        return e.key == key && ((e.name.data() == field.data() && e.name.size() == field.size()) || e.name == field);
    }
    // The entry's number, or the number of entries when the field is not set.
    std::size_t indexOf(std::string_view field, std::uint32_t key) const
    {
        if (m_map.size() > kHashed) {
            for (std::size_t n = 0; n < m_map.size(); ++n)
                if (matches(m_map[n], key, field))
                    return n;
            return m_map.size();
        }
        for (std::size_t i = slotOf(key);; i = (i + 1) % kSlots) {
            const std::uint8_t n = m_slots[i];
            if (n == 0)
                return m_map.size();
            if (matches(m_map[n - 1u], key, field))
                return n - 1u;
        }
    }
    std::string_view &at(std::string_view field);
    // A copy of `text` in the blocks.
    std::string_view store(std::string_view text);

    std::vector<Entry> m_map;
    std::array<std::uint8_t, kSlots> m_slots{}; // entry number + 1, 0: free
    std::vector<std::unique_ptr<char[]>> m_blocks;
    char *m_free = nullptr;
    std::size_t m_left = 0;
};

// A string list's element pointers: `<pointer of the list>/<index>`.
std::string elementPointer(const Sources &src, std::string_view field, std::size_t index);

struct DeviceMapping {
    std::string pathOnHost;
    std::string pathInContainer;
    std::string cgroupPermissions;
    std::string pointer;
};

// github.com/docker/go-units Ulimit
struct Ulimit {
    std::string name;
    std::int64_t hard = 0;
    std::int64_t soft = 0;
    std::string pointer;
};

struct WeightDevice {
    std::string path;
    std::uint16_t weight = 0;
    std::string pointer;
};

struct ThrottleDevice {
    std::string path;
    std::uint64_t rate = 0;
    std::string pointer;
};

struct DeviceRequest {
    std::string driver;
    std::int64_t count = 0;
    std::vector<std::string> deviceIDs;
    std::vector<std::vector<std::string>> capabilities;
    std::map<std::string, std::string> options;
    std::string pointer;
};

struct RestartPolicy {
    std::string name;
    std::int64_t maximumRetryCount = 0;
};

struct LogConfig {
    std::string type;
    std::map<std::string, std::string> config;
};

struct PortBinding {
    std::string hostIP;
    std::string hostPort;
};

// api/types/mount
struct BindOptions {
    std::string propagation;
    bool nonRecursive = false;
    bool createMountpoint = false;
    bool readOnlyNonRecursive = false;
    bool readOnlyForceRecursive = false;
};

struct VolumeDriverConfig {
    std::string name;
    std::map<std::string, std::string> options;
};

struct VolumeOptions {
    bool noCopy = false;
    std::map<std::string, std::string> labels;
    std::string subpath;
    std::optional<VolumeDriverConfig> driverConfig;
};

struct ImageOptions {
    std::string subpath;
};

struct TmpfsOptions {
    std::int64_t sizeBytes = 0;
    std::uint32_t mode = 0; // os.FileMode: the JSON number is the mode value itself
    std::vector<std::vector<std::string>> options;
};

struct MountSpec {
    std::string type;
    std::string source;
    std::string target;
    bool readOnly = false;
    std::string consistency;
    std::optional<BindOptions> bindOptions;
    std::optional<VolumeOptions> volumeOptions;
    std::optional<ImageOptions> imageOptions;
    std::optional<TmpfsOptions> tmpfsOptions;
    bool clusterOptions = false; // *ClusterOptions (an empty struct) is set
    std::string pointer;
    Sources src;
};

// dockerspec.HealthcheckConfig
struct HealthConfig {
    std::vector<std::string> test;
    std::int64_t interval = 0;
    std::int64_t timeout = 0;
    std::int64_t startPeriod = 0;
    std::int64_t startInterval = 0;
    std::int64_t retries = 0;
};

// api/types/container.Config
struct ContainerConfig {
    std::string hostname;
    std::string domainname;
    std::string user;
    bool attachStdin = false;
    bool attachStdout = false;
    bool attachStderr = false;
    std::vector<std::string> exposedPorts; // keys of the PortSet
    bool tty = false;
    bool openStdin = false;
    bool stdinOnce = false;
    std::vector<std::string> env;
    std::vector<std::string> cmd;
    std::optional<HealthConfig> healthcheck;
    bool argsEscaped = false;
    std::string image;
    std::map<std::string, std::string> volumes; // destination → input pointer
    std::string workingDir;
    std::vector<std::string> entrypoint;
    bool networkDisabled = false;
    std::vector<std::string> onBuild;
    std::map<std::string, std::string> labels;
    std::string stopSignal;
    std::optional<std::int64_t> stopTimeout;
    std::vector<std::string> shell;
    Sources src;
};

// api/types/container.HostConfig (with the embedded Resources)
struct HostConfig {
    std::vector<std::string> binds;
    std::string containerIDFile;
    LogConfig logConfig;
    std::string networkMode;
    std::map<std::string, std::vector<PortBinding>> portBindings;
    RestartPolicy restartPolicy;
    bool autoRemove = false;
    std::string volumeDriver;
    std::vector<std::string> volumesFrom;
    std::array<std::uint64_t, 2> consoleSize = {0, 0};
    std::map<std::string, std::string> annotations;
    std::vector<std::string> capAdd;
    std::vector<std::string> capDrop;
    std::string cgroupnsMode;
    std::vector<std::string> dns;
    std::vector<std::string> dnsOptions;
    std::vector<std::string> dnsSearch;
    std::vector<std::string> extraHosts;
    std::vector<std::string> groupAdd;
    std::string ipcMode;
    std::string cgroup;
    std::vector<std::string> links;
    std::int64_t oomScoreAdj = 0;
    std::string pidMode;
    bool privileged = false;
    bool publishAllPorts = false;
    bool readonlyRootfs = false;
    std::vector<std::string> securityOpt;
    std::map<std::string, std::string> storageOpt;
    std::map<std::string, std::string> tmpfs;
    std::string utsMode;
    std::string usernsMode;
    std::int64_t shmSize = 0;
    std::map<std::string, std::string> sysctls;
    std::string runtime;
    std::string isolation;
    // Resources
    std::int64_t cpuShares = 0;
    std::int64_t memory = 0;
    std::int64_t nanoCpus = 0;
    std::string cgroupParent;
    std::uint16_t blkioWeight = 0;
    std::vector<WeightDevice> blkioWeightDevice;
    std::vector<ThrottleDevice> blkioDeviceReadBps;
    std::vector<ThrottleDevice> blkioDeviceWriteBps;
    std::vector<ThrottleDevice> blkioDeviceReadIOps;
    std::vector<ThrottleDevice> blkioDeviceWriteIOps;
    std::int64_t cpuPeriod = 0;
    std::int64_t cpuQuota = 0;
    std::int64_t cpuRealtimePeriod = 0;
    std::int64_t cpuRealtimeRuntime = 0;
    std::string cpusetCpus;
    std::string cpusetMems;
    std::vector<DeviceMapping> devices;
    std::vector<std::string> deviceCgroupRules;
    std::vector<DeviceRequest> deviceRequests;
    std::int64_t memoryReservation = 0;
    std::int64_t memorySwap = 0;
    std::optional<std::int64_t> memorySwappiness;
    std::optional<bool> oomKillDisable;
    std::optional<std::int64_t> pidsLimit;
    std::vector<Ulimit> ulimits;
    std::int64_t cpuCount = 0;
    std::int64_t cpuPercent = 0;
    std::uint64_t ioMaximumIOps = 0;
    std::uint64_t ioMaximumBandwidth = 0;
    // end of Resources
    std::vector<MountSpec> mounts;
    std::optional<std::vector<std::string>> maskedPaths; // nil and empty differ
    std::optional<std::vector<std::string>> readonlyPaths;
    std::optional<bool> init;
    Sources src;
};

// userns-remap ranges (user.IDMap)
struct IDMap {
    std::int64_t containerID = 0;
    std::int64_t hostID = 0;
    std::int64_t size = 0;
};

// Another container of the daemon that this one may join.
struct EngineContainer {
    std::string id;
    std::string name;
    std::int64_t pid = 0;
    bool running = false;
    std::string ipcMode;
    std::optional<std::string> hostname; // default: the first 12 hex digits of the id
    std::string domainname;
    std::string pointer;
};

// The daemon's settings and the state it consults (the scenario's `engine`).
struct Engine {
    std::string root = "/var/lib/docker";
    std::string cgroupDriver = "cgroupfs";
    std::int64_t cgroupVersion = 2;
    std::string cgroupParent;
    std::string defaultCgroupnsMode = "private";
    std::string defaultIpcMode = "private";
    std::int64_t defaultShmSize = 67108864;
    bool noNewPrivileges = false;
    std::map<std::string, Ulimit> defaultUlimits;
    std::vector<IDMap> uidMaps;
    std::vector<IDMap> gidMaps;
    bool timeNamespaces = true;
    bool seccompSupported = true;
    std::string seccompProfile = "unconfined"; // "unconfined", or a profile's JSON text
    std::string seccompProfilePointer;
    std::vector<EngineContainer> containers;
    std::string initPath = "/usr/bin/docker-init";
    Sources src;
};

// The image's /etc/passwd and /etc/group.
struct ImageFiles {
    std::string passwd = "root:x:0:0:root:/root:/bin/sh\n";
    std::string group = "root:x:0:\n";
    Sources src;
};

// What a container build decodes besides the container's own fields (id,
// name, config, host config, image), which decode straight into the
// Container: moving a HostConfig and ContainerConfig over costs as much as
// decoding them.
struct ContainerInput {
    std::string namePointer;
    bool hasConfig = false; // Go: the request's *Config is non-nil
    Engine engine;
};

void decodeContainerConfig(godecode::Decoder &d, const json::Value &v, const godecode::Path &path, ContainerConfig &out);
void decodeHostConfig(godecode::Decoder &d, const json::Value &v, const godecode::Path &path, HostConfig &out);
void decodeEngine(godecode::Decoder &d, const json::Value &v, const godecode::Path &path, Engine &out);
void decodeImageFiles(godecode::Decoder &d, const json::Value &v, const godecode::Path &path, ImageFiles &out);

// The Config fields of a container.Config, for decoding an object that embeds
// it (the create request body): whether `key` names one, and decoding it.
bool isContainerConfigField(std::string_view key);
void decodeContainerConfigMember(godecode::Decoder &d, std::string_view key, const json::Value &v,
                                 const godecode::Path &path, ContainerConfig &out);

} // namespace oci::container
