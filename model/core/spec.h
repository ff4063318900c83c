#pragma once

// The OCI runtime spec 1.3.0 (Linux parts) as plain values. Field order and
// pointer-ness mirror the Go types of github.com/opencontainers/runtime-spec
// (see shared/reference/oci-json-order.md) because the encoder must reproduce
// Go's bytes: std::optional<T> stands for a Go pointer (*T), a plain member
// for a Go value, and `Nullable` lists for slices without omitempty whose nil
// value encodes as `null`.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace oci::spec {

using Strings = std::vector<std::string>;
using StringMap = std::map<std::string, std::string>; // Go sorts map keys bytewise

// A slice whose nil/empty distinction matters for the output (no omitempty).
template<typename T>
struct Nullable {
    std::optional<std::vector<T>> value;
    bool operator==(const Nullable &) const = default;
};

struct Box {
    std::uint64_t height = 0;
    std::uint64_t width = 0;
    bool operator==(const Box &) const = default;
};

struct User {
    std::uint32_t uid = 0;
    std::uint32_t gid = 0;
    std::optional<std::uint32_t> umask;
    std::vector<std::uint32_t> additionalGids;
    std::string username;
    bool operator==(const User &) const = default;
};

struct LinuxCapabilities {
    Strings bounding;
    Strings effective;
    Strings inheritable;
    Strings permitted;
    Strings ambient;
    bool operator==(const LinuxCapabilities &) const = default;
};

struct POSIXRlimit {
    std::string type;
    std::uint64_t hard = 0;
    std::uint64_t soft = 0;
    bool operator==(const POSIXRlimit &) const = default;
};

struct Scheduler {
    std::string policy;
    std::int32_t nice = 0;
    std::int32_t priority = 0;
    Strings flags;
    std::uint64_t runtime = 0;
    std::uint64_t deadline = 0;
    std::uint64_t period = 0;
    bool operator==(const Scheduler &) const = default;
};

struct LinuxIOPriority {
    std::string ioClass; // JSON "class"
    std::int64_t priority = 0;
    bool operator==(const LinuxIOPriority &) const = default;
};

struct CPUAffinity {
    std::string initial;
    std::string final_; // JSON "final"
    bool operator==(const CPUAffinity &) const = default;
};

struct Process {
    bool terminal = false;
    std::optional<Box> consoleSize;
    User user;
    Strings args;
    std::string commandLine;
    Strings env;
    std::string cwd;
    std::optional<LinuxCapabilities> capabilities;
    std::vector<POSIXRlimit> rlimits;
    bool noNewPrivileges = false;
    std::string apparmorProfile;
    std::optional<std::int64_t> oomScoreAdj;
    std::optional<Scheduler> scheduler;
    std::string selinuxLabel;
    std::optional<LinuxIOPriority> ioPriority;
    std::optional<CPUAffinity> execCPUAffinity;
    bool operator==(const Process &) const = default;
};

struct Root {
    std::string path;
    bool readonly = false;
    bool operator==(const Root &) const = default;
};

struct LinuxIDMapping {
    std::uint32_t containerID = 0;
    std::uint32_t hostID = 0;
    std::uint32_t size = 0;
    bool operator==(const LinuxIDMapping &) const = default;
};

struct Mount {
    std::string destination;
    std::string type;
    std::string source;
    Strings options;
    std::vector<LinuxIDMapping> uidMappings;
    std::vector<LinuxIDMapping> gidMappings;
    bool operator==(const Mount &) const = default;
};

struct Hook {
    std::string path;
    Strings args;
    Strings env;
    std::optional<std::int64_t> timeout;
    bool operator==(const Hook &) const = default;
};

struct Hooks {
    std::vector<Hook> prestart;
    std::vector<Hook> createRuntime;
    std::vector<Hook> createContainer;
    std::vector<Hook> startContainer;
    std::vector<Hook> poststart;
    std::vector<Hook> poststop;
    bool operator==(const Hooks &) const = default;
};

struct LinuxNamespace {
    std::string type;
    std::string path;
    bool operator==(const LinuxNamespace &) const = default;
};

struct LinuxTimeOffset {
    std::int64_t secs = 0;
    std::uint32_t nanosecs = 0;
    bool operator==(const LinuxTimeOffset &) const = default;
};

struct LinuxHugepageLimit {
    std::string pageSize;
    std::uint64_t limit = 0;
    bool operator==(const LinuxHugepageLimit &) const = default;
};

struct LinuxInterfacePriority {
    std::string name;
    std::uint32_t priority = 0;
    bool operator==(const LinuxInterfacePriority &) const = default;
};

struct LinuxWeightDevice {
    std::int64_t major = 0;
    std::int64_t minor = 0;
    std::optional<std::uint16_t> weight;
    std::optional<std::uint16_t> leafWeight;
    bool operator==(const LinuxWeightDevice &) const = default;
};

struct LinuxThrottleDevice {
    std::int64_t major = 0;
    std::int64_t minor = 0;
    std::uint64_t rate = 0;
    bool operator==(const LinuxThrottleDevice &) const = default;
};

struct LinuxBlockIO {
    std::optional<std::uint16_t> weight;
    std::optional<std::uint16_t> leafWeight;
    std::vector<LinuxWeightDevice> weightDevice;
    std::vector<LinuxThrottleDevice> throttleReadBpsDevice;
    std::vector<LinuxThrottleDevice> throttleWriteBpsDevice;
    std::vector<LinuxThrottleDevice> throttleReadIOPSDevice;
    std::vector<LinuxThrottleDevice> throttleWriteIOPSDevice;
    bool operator==(const LinuxBlockIO &) const = default;
};

struct LinuxMemory {
    std::optional<std::int64_t> limit;
    std::optional<std::int64_t> reservation;
    std::optional<std::int64_t> swap;
    std::optional<std::int64_t> kernel;
    std::optional<std::int64_t> kernelTCP;
    std::optional<std::uint64_t> swappiness;
    std::optional<bool> disableOOMKiller;
    std::optional<bool> useHierarchy;
    std::optional<bool> checkBeforeUpdate;
    bool operator==(const LinuxMemory &) const = default;
};

struct LinuxCPU {
    std::optional<std::uint64_t> shares;
    std::optional<std::int64_t> quota;
    std::optional<std::uint64_t> burst;
    std::optional<std::uint64_t> period;
    std::optional<std::int64_t> realtimeRuntime;
    std::optional<std::uint64_t> realtimePeriod;
    std::string cpus;
    std::string mems;
    std::optional<std::int64_t> idle;
    bool operator==(const LinuxCPU &) const = default;
};

struct LinuxPids {
    std::optional<std::int64_t> limit;
    bool operator==(const LinuxPids &) const = default;
};

struct LinuxNetwork {
    std::optional<std::uint32_t> classID;
    std::vector<LinuxInterfacePriority> priorities;
    bool operator==(const LinuxNetwork &) const = default;
};

struct LinuxRdma {
    std::optional<std::uint32_t> hcaHandles;
    std::optional<std::uint32_t> hcaObjects;
    bool operator==(const LinuxRdma &) const = default;
};

struct LinuxDeviceCgroup {
    bool allow = false;
    std::string type;
    std::optional<std::int64_t> major;
    std::optional<std::int64_t> minor;
    std::string access;
    bool operator==(const LinuxDeviceCgroup &) const = default;
};

struct LinuxResources {
    std::vector<LinuxDeviceCgroup> devices;
    std::optional<LinuxMemory> memory;
    std::optional<LinuxCPU> cpu;
    std::optional<LinuxPids> pids;
    std::optional<LinuxBlockIO> blockIO;
    std::vector<LinuxHugepageLimit> hugepageLimits;
    std::optional<LinuxNetwork> network;
    std::map<std::string, LinuxRdma> rdma;
    StringMap unified;
    bool operator==(const LinuxResources &) const = default;
};

struct LinuxDevice {
    std::string path;
    std::string type;
    std::int64_t major = 0;
    std::int64_t minor = 0;
    std::optional<std::uint32_t> fileMode; // permission bits, written in decimal
    std::optional<std::uint32_t> uid;
    std::optional<std::uint32_t> gid;
    bool operator==(const LinuxDevice &) const = default;
};

struct LinuxNetDevice {
    std::string name;
    bool operator==(const LinuxNetDevice &) const = default;
};

struct LinuxSeccompArg {
    std::uint64_t index = 0;
    std::uint64_t value = 0;
    std::uint64_t valueTwo = 0;
    std::string op;
    bool operator==(const LinuxSeccompArg &) const = default;
};

struct LinuxSyscall {
    Nullable<std::string> names; // no omitempty
    std::string action;
    std::optional<std::uint64_t> errnoRet;
    std::vector<LinuxSeccompArg> args;
    bool operator==(const LinuxSyscall &) const = default;
};

struct LinuxSeccomp {
    std::string defaultAction;
    std::optional<std::uint64_t> defaultErrnoRet;
    Strings architectures;
    Strings flags;
    std::string listenerPath;
    std::string listenerMetadata;
    std::vector<LinuxSyscall> syscalls;
    bool operator==(const LinuxSeccomp &) const = default;
};

struct LinuxIntelRdt {
    std::string closID;
    Strings schemata;
    std::string l3CacheSchema;
    std::string memBwSchema;
    bool enableMonitoring = false;
    bool operator==(const LinuxIntelRdt &) const = default;
};

struct LinuxMemoryPolicy {
    std::string mode;
    std::string nodes;
    Strings flags;
    bool operator==(const LinuxMemoryPolicy &) const = default;
};

struct LinuxPersonality {
    std::string domain;
    Strings flags;
    bool operator==(const LinuxPersonality &) const = default;
};

struct Linux {
    std::vector<LinuxIDMapping> uidMappings;
    std::vector<LinuxIDMapping> gidMappings;
    StringMap sysctl;
    std::optional<LinuxResources> resources;
    std::string cgroupsPath;
    std::vector<LinuxNamespace> namespaces;
    std::vector<LinuxDevice> devices;
    std::map<std::string, LinuxNetDevice> netDevices;
    std::optional<LinuxSeccomp> seccomp;
    std::string rootfsPropagation;
    Strings maskedPaths;
    Strings readonlyPaths;
    std::string mountLabel;
    std::optional<LinuxIntelRdt> intelRdt;
    std::optional<LinuxMemoryPolicy> memoryPolicy;
    std::optional<LinuxPersonality> personality;
    std::map<std::string, LinuxTimeOffset> timeOffsets;
    bool operator==(const Linux &) const = default;
};

struct Spec {
    std::string ociVersion;
    std::optional<Process> process;
    std::optional<Root> root;
    std::string hostname;
    std::string domainname;
    std::vector<Mount> mounts;
    std::optional<Hooks> hooks;
    StringMap annotations;
    std::optional<Linux> linux_; // JSON "linux" (`linux` is a predefined macro in GNU mode)
    bool operator==(const Spec &) const = default;
};

} // namespace oci::spec
