#pragma once

// Docker managed plugins: the manifest (`config.json` of a plugin, the
// plugin.Config Engine API type), its install-time settings and
// `docker plugin set` (daemon/pkg/plugin/v2/plugin.go, settable.go).

#include "godecode.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace oci::plugin {

struct Args {
    std::string description;
    std::string name;
    std::vector<std::string> settable;
    std::vector<std::string> value;
};

struct Env {
    std::string description;
    std::string name;
    std::vector<std::string> settable;
    std::optional<std::string> value; // null: not set at install
};

struct Mount {
    std::string description;
    std::string destination;
    std::string name;
    std::vector<std::string> options;
    std::vector<std::string> settable;
    std::optional<std::string> source; // null: InitSpec refuses
    std::string type;
};

struct Device {
    std::string description;
    std::string name;
    std::optional<std::string> path;
    std::vector<std::string> settable;
};

struct Interface {
    std::string protocolScheme;
    std::string socket;
    std::vector<std::string> types; // CapabilityID text: prefix.capability/version
};

struct LinuxConfig {
    bool allowAllDevices = false;
    std::vector<std::string> capabilities;
    std::vector<Device> devices;
};

struct User {
    std::uint32_t gid = 0;
    std::uint32_t uid = 0;
};

struct RootFS {
    std::vector<std::string> diffIds;
    std::string type;
};

struct Config {
    Args args;
    std::string description;
    std::string documentation;
    std::vector<std::string> entrypoint;
    std::vector<Env> env;
    Interface interface;
    bool ipcHost = false;
    LinuxConfig linuxConfig; // JSON "Linux"
    std::vector<Mount> mounts;
    std::string networkType;
    bool pidHost = false;
    std::string propagatedMount;
    User user;
    std::string workDir;
    std::optional<RootFS> rootfs;
};

void decodeConfig(godecode::Decoder &d, const json::Value &v, const godecode::Path &path, Config &out);

// The state `docker plugin install` + `set` leaves behind (plugin.Settings).
// Mounts and devices are copies of the manifest's entries whose source/path
// is *shared* with the manifest in Docker (Go pointers), so a `set` of a
// mount source changes what InitSpec reads from the manifest; here `set`
// writes through to the manifest entry, which has the same effect.
struct Settings {
    std::vector<std::string> env; // NAME=value
    std::vector<std::string> args;
    // Where each env entry came from (the manifest env or a `set` argument).
    std::vector<std::string> envSources;
    std::vector<std::string> argsSources;
};

// InitEmptySettings.
Settings initEmptySettings(const Config &config);

struct SetError {
    std::string message; // Docker's words
    std::size_t argument = 0; // which `set` argument failed
};

// Applies `docker plugin set` arguments in order. `argPointer(i)` names the
// input of argument i for provenance. Returns false and fills `error` when
// Docker refuses. `sourceOf` receives, for a manifest field changed by a set,
// the pointer of the argument that set it.
bool applySet(Config &config, Settings &settings, const std::vector<std::string> &arguments,
              const std::vector<std::string> &argumentPointers, SetError &error,
              std::unordered_map<const void *, std::string> &sourceOf);

} // namespace oci::plugin
