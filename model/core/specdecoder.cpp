#include "specdecoder.h"

#include <array>

// The decoders live in oci::spec so that godecode's templates (slices,
// pointers, maps of spec types) find them by argument-dependent lookup;
// `static` keeps them private to this file.
namespace oci::spec {

using godecode::Decoder;
using godecode::Path;
using godecode::decode;

static void decode(Decoder &d, const json::Value &v, const Path &path, Box &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, User &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxCapabilities &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, POSIXRlimit &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, Scheduler &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxIOPriority &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, CPUAffinity &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, Process &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, Root &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxIDMapping &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, Mount &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, Hook &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, Hooks &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxNamespace &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxTimeOffset &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxHugepageLimit &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxInterfacePriority &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxWeightDevice &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxThrottleDevice &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxBlockIO &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxMemory &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxCPU &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxPids &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxNetwork &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxRdma &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxDeviceCgroup &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxResources &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxDevice &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxNetDevice &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxSeccompArg &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxSyscall &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxSeccomp &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxIntelRdt &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxMemoryPolicy &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxPersonality &out);
static void decode(Decoder &d, const json::Value &v, const Path &path, Linux &out);

// A slice without omitempty: nil (`null`, or absent) and empty encode
// differently, so decoding keeps the distinction.
template<typename T>
static void decodeNullable(Decoder &d, const json::Value &v, const Path &path, Nullable<T> &out)
{
    if (v.isNull()) {
        out.value.reset();
        if (d.hasSliceTails())
            d.dropSliceTails(path);
        return;
    }
    if (!v.isArray()) {
        d.typeError(v, path, "array");
        return;
    }
    if (!out.value)
        out.value.emplace();
    decode(d, v, path, *out.value);
}

static void decode(Decoder &d, const json::Value &v, const Path &path, Box &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"height", "width"});
    godecode::decodeStruct(d, v, path, "specs.Box", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.height);
            break;
        case 1:
            decode(d, e, p, out.width);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, User &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"uid", "gid", "umask", "additionalGids", "username"});
    godecode::decodeStruct(d, v, path, "specs.User", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.uid);
            break;
        case 1:
            decode(d, e, p, out.gid);
            break;
        case 2:
            decode(d, e, p, out.umask);
            break;
        case 3:
            decode(d, e, p, out.additionalGids);
            break;
        case 4:
            decode(d, e, p, out.username);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxCapabilities &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"bounding", "effective", "inheritable", "permitted", "ambient"});
    godecode::decodeStruct(d, v, path, "specs.LinuxCapabilities", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.bounding);
            break;
        case 1:
            decode(d, e, p, out.effective);
            break;
        case 2:
            decode(d, e, p, out.inheritable);
            break;
        case 3:
            decode(d, e, p, out.permitted);
            break;
        case 4:
            decode(d, e, p, out.ambient);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, POSIXRlimit &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"type", "hard", "soft"});
    godecode::decodeStruct(d, v, path, "specs.POSIXRlimit", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.type);
            break;
        case 1:
            decode(d, e, p, out.hard);
            break;
        case 2:
            decode(d, e, p, out.soft);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, Scheduler &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"policy", "nice", "priority", "flags", "runtime", "deadline", "period"});
    godecode::decodeStruct(d, v, path, "specs.Scheduler", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.policy);
            break;
        case 1:
            decode(d, e, p, out.nice);
            break;
        case 2:
            decode(d, e, p, out.priority);
            break;
        case 3:
            decode(d, e, p, out.flags);
            break;
        case 4:
            decode(d, e, p, out.runtime);
            break;
        case 5:
            decode(d, e, p, out.deadline);
            break;
        case 6:
            decode(d, e, p, out.period);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxIOPriority &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"class", "priority"});
    godecode::decodeStruct(d, v, path, "specs.LinuxIOPriority", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.ioClass);
            break;
        case 1:
            decode(d, e, p, out.priority);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, CPUAffinity &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"initial", "final"});
    godecode::decodeStruct(d, v, path, "specs.CPUAffinity", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.initial);
            break;
        case 1:
            decode(d, e, p, out.final_);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, Process &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"terminal", "consoleSize", "user", "args", "commandLine", "env", "cwd", "capabilities", "rlimits", "noNewPrivileges", "apparmorProfile", "oomScoreAdj", "scheduler", "selinuxLabel", "ioPriority", "execCPUAffinity"});
    godecode::decodeStruct(d, v, path, "specs.Process", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.terminal);
            break;
        case 1:
            decode(d, e, p, out.consoleSize);
            break;
        case 2:
            decode(d, e, p, out.user);
            break;
        case 3:
            decode(d, e, p, out.args);
            break;
        case 4:
            decode(d, e, p, out.commandLine);
            break;
        case 5:
            decode(d, e, p, out.env);
            break;
        case 6:
            decode(d, e, p, out.cwd);
            break;
        case 7:
            decode(d, e, p, out.capabilities);
            break;
        case 8:
            decode(d, e, p, out.rlimits);
            break;
        case 9:
            decode(d, e, p, out.noNewPrivileges);
            break;
        case 10:
            decode(d, e, p, out.apparmorProfile);
            break;
        case 11:
            decode(d, e, p, out.oomScoreAdj);
            break;
        case 12:
            decode(d, e, p, out.scheduler);
            break;
        case 13:
            decode(d, e, p, out.selinuxLabel);
            break;
        case 14:
            decode(d, e, p, out.ioPriority);
            break;
        case 15:
            decode(d, e, p, out.execCPUAffinity);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, Root &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"path", "readonly"});
    godecode::decodeStruct(d, v, path, "specs.Root", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.path);
            break;
        case 1:
            decode(d, e, p, out.readonly);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxIDMapping &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"containerID", "hostID", "size"});
    godecode::decodeStruct(d, v, path, "specs.LinuxIDMapping", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.containerID);
            break;
        case 1:
            decode(d, e, p, out.hostID);
            break;
        case 2:
            decode(d, e, p, out.size);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, Mount &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"destination", "type", "source", "options", "uidMappings", "gidMappings"});
    godecode::decodeStruct(d, v, path, "specs.Mount", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.destination);
            break;
        case 1:
            decode(d, e, p, out.type);
            break;
        case 2:
            decode(d, e, p, out.source);
            break;
        case 3:
            decode(d, e, p, out.options);
            break;
        case 4:
            decode(d, e, p, out.uidMappings);
            break;
        case 5:
            decode(d, e, p, out.gidMappings);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, Hook &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"path", "args", "env", "timeout"});
    godecode::decodeStruct(d, v, path, "specs.Hook", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.path);
            break;
        case 1:
            decode(d, e, p, out.args);
            break;
        case 2:
            decode(d, e, p, out.env);
            break;
        case 3:
            decode(d, e, p, out.timeout);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, Hooks &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"prestart", "createRuntime", "createContainer", "startContainer", "poststart", "poststop"});
    godecode::decodeStruct(d, v, path, "specs.Hooks", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.prestart);
            break;
        case 1:
            decode(d, e, p, out.createRuntime);
            break;
        case 2:
            decode(d, e, p, out.createContainer);
            break;
        case 3:
            decode(d, e, p, out.startContainer);
            break;
        case 4:
            decode(d, e, p, out.poststart);
            break;
        case 5:
            decode(d, e, p, out.poststop);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxNamespace &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"type", "path"});
    godecode::decodeStruct(d, v, path, "specs.LinuxNamespace", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.type);
            break;
        case 1:
            decode(d, e, p, out.path);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxTimeOffset &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"secs", "nanosecs"});
    godecode::decodeStruct(d, v, path, "specs.LinuxTimeOffset", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.secs);
            break;
        case 1:
            decode(d, e, p, out.nanosecs);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxHugepageLimit &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"pageSize", "limit"});
    godecode::decodeStruct(d, v, path, "specs.LinuxHugepageLimit", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.pageSize);
            break;
        case 1:
            decode(d, e, p, out.limit);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxInterfacePriority &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"name", "priority"});
    godecode::decodeStruct(d, v, path, "specs.LinuxInterfacePriority", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.name);
            break;
        case 1:
            decode(d, e, p, out.priority);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxWeightDevice &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"major", "minor", "weight", "leafWeight"});
    godecode::decodeStruct(d, v, path, "specs.LinuxWeightDevice", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.major);
            break;
        case 1:
            decode(d, e, p, out.minor);
            break;
        case 2:
            decode(d, e, p, out.weight);
            break;
        case 3:
            decode(d, e, p, out.leafWeight);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxThrottleDevice &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"major", "minor", "rate"});
    godecode::decodeStruct(d, v, path, "specs.LinuxThrottleDevice", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.major);
            break;
        case 1:
            decode(d, e, p, out.minor);
            break;
        case 2:
            decode(d, e, p, out.rate);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxBlockIO &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"weight", "leafWeight", "weightDevice", "throttleReadBpsDevice", "throttleWriteBpsDevice", "throttleReadIOPSDevice", "throttleWriteIOPSDevice"});
    godecode::decodeStruct(d, v, path, "specs.LinuxBlockIO", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.weight);
            break;
        case 1:
            decode(d, e, p, out.leafWeight);
            break;
        case 2:
            decode(d, e, p, out.weightDevice);
            break;
        case 3:
            decode(d, e, p, out.throttleReadBpsDevice);
            break;
        case 4:
            decode(d, e, p, out.throttleWriteBpsDevice);
            break;
        case 5:
            decode(d, e, p, out.throttleReadIOPSDevice);
            break;
        case 6:
            decode(d, e, p, out.throttleWriteIOPSDevice);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxMemory &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"limit", "reservation", "swap", "kernel", "kernelTCP", "swappiness", "disableOOMKiller", "useHierarchy", "checkBeforeUpdate"});
    godecode::decodeStruct(d, v, path, "specs.LinuxMemory", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.limit);
            break;
        case 1:
            decode(d, e, p, out.reservation);
            break;
        case 2:
            decode(d, e, p, out.swap);
            break;
        case 3:
            decode(d, e, p, out.kernel);
            break;
        case 4:
            decode(d, e, p, out.kernelTCP);
            break;
        case 5:
            decode(d, e, p, out.swappiness);
            break;
        case 6:
            decode(d, e, p, out.disableOOMKiller);
            break;
        case 7:
            decode(d, e, p, out.useHierarchy);
            break;
        case 8:
            decode(d, e, p, out.checkBeforeUpdate);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxCPU &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"shares", "quota", "burst", "period", "realtimeRuntime", "realtimePeriod", "cpus", "mems", "idle"});
    godecode::decodeStruct(d, v, path, "specs.LinuxCPU", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.shares);
            break;
        case 1:
            decode(d, e, p, out.quota);
            break;
        case 2:
            decode(d, e, p, out.burst);
            break;
        case 3:
            decode(d, e, p, out.period);
            break;
        case 4:
            decode(d, e, p, out.realtimeRuntime);
            break;
        case 5:
            decode(d, e, p, out.realtimePeriod);
            break;
        case 6:
            decode(d, e, p, out.cpus);
            break;
        case 7:
            decode(d, e, p, out.mems);
            break;
        case 8:
            decode(d, e, p, out.idle);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxPids &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"limit"});
    godecode::decodeStruct(d, v, path, "specs.LinuxPids", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.limit);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxNetwork &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"classID", "priorities"});
    godecode::decodeStruct(d, v, path, "specs.LinuxNetwork", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.classID);
            break;
        case 1:
            decode(d, e, p, out.priorities);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxRdma &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"hcaHandles", "hcaObjects"});
    godecode::decodeStruct(d, v, path, "specs.LinuxRdma", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.hcaHandles);
            break;
        case 1:
            decode(d, e, p, out.hcaObjects);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxDeviceCgroup &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"allow", "type", "major", "minor", "access"});
    godecode::decodeStruct(d, v, path, "specs.LinuxDeviceCgroup", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.allow);
            break;
        case 1:
            decode(d, e, p, out.type);
            break;
        case 2:
            decode(d, e, p, out.major);
            break;
        case 3:
            decode(d, e, p, out.minor);
            break;
        case 4:
            decode(d, e, p, out.access);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxResources &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"devices", "memory", "cpu", "pids", "blockIO", "hugepageLimits", "network", "rdma", "unified"});
    godecode::decodeStruct(d, v, path, "specs.LinuxResources", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.devices);
            break;
        case 1:
            decode(d, e, p, out.memory);
            break;
        case 2:
            decode(d, e, p, out.cpu);
            break;
        case 3:
            decode(d, e, p, out.pids);
            break;
        case 4:
            decode(d, e, p, out.blockIO);
            break;
        case 5:
            decode(d, e, p, out.hugepageLimits);
            break;
        case 6:
            decode(d, e, p, out.network);
            break;
        case 7:
            decode(d, e, p, out.rdma);
            break;
        case 8:
            decode(d, e, p, out.unified);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxDevice &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"path", "type", "major", "minor", "fileMode", "uid", "gid"});
    godecode::decodeStruct(d, v, path, "specs.LinuxDevice", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.path);
            break;
        case 1:
            decode(d, e, p, out.type);
            break;
        case 2:
            decode(d, e, p, out.major);
            break;
        case 3:
            decode(d, e, p, out.minor);
            break;
        case 4:
            decode(d, e, p, out.fileMode);
            break;
        case 5:
            decode(d, e, p, out.uid);
            break;
        case 6:
            decode(d, e, p, out.gid);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxNetDevice &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"name"});
    godecode::decodeStruct(d, v, path, "specs.LinuxNetDevice", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.name);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxSeccompArg &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"index", "value", "valueTwo", "op"});
    godecode::decodeStruct(d, v, path, "specs.LinuxSeccompArg", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.index);
            break;
        case 1:
            decode(d, e, p, out.value);
            break;
        case 2:
            decode(d, e, p, out.valueTwo);
            break;
        case 3:
            decode(d, e, p, out.op);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxSyscall &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"names", "action", "errnoRet", "args"});
    godecode::decodeStruct(d, v, path, "specs.LinuxSyscall", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decodeNullable(d, e, p, out.names);
            break;
        case 1:
            decode(d, e, p, out.action);
            break;
        case 2:
            decode(d, e, p, out.errnoRet);
            break;
        case 3:
            decode(d, e, p, out.args);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxSeccomp &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"defaultAction", "defaultErrnoRet", "architectures", "flags", "listenerPath", "listenerMetadata", "syscalls"});
    godecode::decodeStruct(d, v, path, "specs.LinuxSeccomp", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.defaultAction);
            break;
        case 1:
            decode(d, e, p, out.defaultErrnoRet);
            break;
        case 2:
            decode(d, e, p, out.architectures);
            break;
        case 3:
            decode(d, e, p, out.flags);
            break;
        case 4:
            decode(d, e, p, out.listenerPath);
            break;
        case 5:
            decode(d, e, p, out.listenerMetadata);
            break;
        case 6:
            decode(d, e, p, out.syscalls);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxIntelRdt &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"closID", "schemata", "l3CacheSchema", "memBwSchema", "enableMonitoring"});
    godecode::decodeStruct(d, v, path, "specs.LinuxIntelRdt", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.closID);
            break;
        case 1:
            decode(d, e, p, out.schemata);
            break;
        case 2:
            decode(d, e, p, out.l3CacheSchema);
            break;
        case 3:
            decode(d, e, p, out.memBwSchema);
            break;
        case 4:
            decode(d, e, p, out.enableMonitoring);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxMemoryPolicy &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"mode", "nodes", "flags"});
    godecode::decodeStruct(d, v, path, "specs.LinuxMemoryPolicy", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.mode);
            break;
        case 1:
            decode(d, e, p, out.nodes);
            break;
        case 2:
            decode(d, e, p, out.flags);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, LinuxPersonality &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"domain", "flags"});
    godecode::decodeStruct(d, v, path, "specs.LinuxPersonality", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.domain);
            break;
        case 1:
            decode(d, e, p, out.flags);
            break;
        }
    });
}

static void decode(Decoder &d, const json::Value &v, const Path &path, Linux &out)
{
    static constexpr auto fields = std::to_array<std::string_view>({"uidMappings", "gidMappings", "sysctl", "resources", "cgroupsPath", "namespaces", "devices", "netDevices", "seccomp", "rootfsPropagation", "maskedPaths", "readonlyPaths", "mountLabel", "intelRdt", "memoryPolicy", "personality", "timeOffsets"});
    godecode::decodeStruct(d, v, path, "specs.Linux", fields, [&](int f, const json::Value &e, const Path &p) {
        switch (f) {
        case 0:
            decode(d, e, p, out.uidMappings);
            break;
        case 1:
            decode(d, e, p, out.gidMappings);
            break;
        case 2:
            decode(d, e, p, out.sysctl);
            break;
        case 3:
            decode(d, e, p, out.resources);
            break;
        case 4:
            decode(d, e, p, out.cgroupsPath);
            break;
        case 5:
            decode(d, e, p, out.namespaces);
            break;
        case 6:
            decode(d, e, p, out.devices);
            break;
        case 7:
            decode(d, e, p, out.netDevices);
            break;
        case 8:
            decode(d, e, p, out.seccomp);
            break;
        case 9:
            decode(d, e, p, out.rootfsPropagation);
            break;
        case 10:
            decode(d, e, p, out.maskedPaths);
            break;
        case 11:
            decode(d, e, p, out.readonlyPaths);
            break;
        case 12:
            decode(d, e, p, out.mountLabel);
            break;
        case 13:
            decode(d, e, p, out.intelRdt);
            break;
        case 14:
            decode(d, e, p, out.memoryPolicy);
            break;
        case 15:
            decode(d, e, p, out.personality);
            break;
        case 16:
            decode(d, e, p, out.timeOffsets);
            break;
        }
    });
}

} // namespace oci::spec

namespace oci {

void decodeSpec(godecode::Decoder &d, const json::Value &v, const godecode::Path &path, spec::Spec &out)
{
    // The other platforms' sections are Go fields too (so not unknown keys),
    // but this model has no place for them.
    static constexpr auto fields = std::to_array<std::string_view>(
        {"ociVersion", "process", "root", "hostname", "domainname", "mounts", "hooks", "annotations", "linux",
         "solaris", "windows", "vm", "zos", "freebsd"});
    godecode::decodeStruct(d, v, path, "specs.Spec", fields, [&](int f, const json::Value &e, const godecode::Path &p) {
        using godecode::decode;
        switch (f) {
        case 0:
            decode(d, e, p, out.ociVersion);
            break;
        case 1:
            decode(d, e, p, out.process);
            break;
        case 2:
            decode(d, e, p, out.root);
            break;
        case 3:
            decode(d, e, p, out.hostname);
            break;
        case 4:
            decode(d, e, p, out.domainname);
            break;
        case 5:
            decode(d, e, p, out.mounts);
            break;
        case 6:
            decode(d, e, p, out.hooks);
            break;
        case 7:
            decode(d, e, p, out.annotations);
            break;
        case 8:
            decode(d, e, p, out.linux_);
            break;
        default:
            if (!e.isNull())
                d.note(e, p, "unsupported-platform",
                       "the \"" + std::string(fields[static_cast<std::size_t>(f)])
                           + "\" section is not modelled and is dropped (Docker on Linux never writes it)",
                       Severity::Warning);
            break;
        }
    });
}

} // namespace oci
