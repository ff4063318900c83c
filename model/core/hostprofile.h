#pragma once

// Facts about the engine host that Docker consults while building a spec
// (shared/fixtures/docker-29.7.2/README.md, "Host profile"). A value, so
// every build is deterministic; probing the local machine produces one.

#include "diagnostic.h"
#include "json.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace oci {

struct HostDevice {
    std::string path;
    std::string type; // "c", "b", "p"
    std::int64_t major = 0;
    std::int64_t minor = 0;
    std::uint32_t fileMode = 0; // permission bits
    std::uint32_t uid = 0;
    std::uint32_t gid = 0;
};

struct HostProfile {
    std::string engineVersion;
    std::string ociVersion;
    std::string kernel;
    std::string hostname = "localhost";
    std::vector<std::string> capabilities; // the daemon's bounding set, kernel order
    std::vector<HostDevice> devices; // sorted by path
    std::vector<std::string> sysctls; // optional sysctls that exist
    std::vector<std::string> cpuThermalThrottlePaths;
    std::int64_t numCPU = 1;
    std::string cpus = "0";
    std::string mems = "0";
    std::vector<std::string> cgroupFeaturesV1;
    std::vector<std::string> cgroupFeaturesV2;
    bool recursiveReadOnly = false;
    bool appArmor = false;
    bool seLinux = false;
    bool inUserNamespace = false;
    std::vector<std::string> lockedMountFlags;
    std::string defaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    // Where the profile came from, for messages ("--host FILE", "embedded", "probe").
    std::string origin;

    // The defaults of the fixture README for keys a profile leaves out.
    static HostProfile defaults();

    // The first device of that path: a scan, for a build that asks once or
    // twice. DeviceIndex answers the same for builds that ask per device.
    const HostDevice *device(std::string_view path) const;
    class DeviceIndex;
    bool hasSysctl(std::string_view name) const;
    bool hasCgroupFeature(int cgroupVersion, std::string_view feature) const;
};

// HostProfile::device by binary search, for many lookups in a profile that
// does not change meanwhile. Profiles usually list their devices sorted
// (probing sorts them): those are searched in place, others through a
// sorted list of pointers, stable so that of equal paths the first wins.
class HostProfile::DeviceIndex
{
public:
    explicit DeviceIndex(const HostProfile &host);
    const HostDevice *find(std::string_view path) const;

private:
    const HostProfile &m_host;
    std::vector<const HostDevice *> m_sorted; // empty: m_host.devices is sorted
};

// Decodes a host profile (host.json format) with Go rules; errors go to the
// decoder's diagnostics. `pointerPrefix` is where the object sits ("/host").
namespace godecode {
class Decoder;
class Path;
}
void decodeHostProfile(godecode::Decoder &d, const json::Value &v, const godecode::Path &path, HostProfile &out);

// Reads this machine: device nodes under /dev, the process's capability
// bounding set, optional sysctls, hostname, CPUs. Kept at the edge: the
// builder never calls it itself.
HostProfile probeLocalHost();

// The 41 capability names up to CAP_CHECKPOINT_RESTORE, in kernel order.
const std::vector<std::string> &allKnownCapabilities();

} // namespace oci
