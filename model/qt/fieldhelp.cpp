#include "fieldhelp.h"

#include "json.h"
#include "jsonpointer.h"

#include <string>

namespace {

const char *const kFreeText
    = QT_TRANSLATE_NOOP("FieldHelp", "Free text for users of the plugin; it does not reach the spec.");
const char *const kPluginSettable = "docker plugin set";

const std::vector<FieldHelp::Entry> kEntries = {
    // The scenario itself.
    {"/kind", "", "",
        QT_TRANSLATE_NOOP(
            "FieldHelp", "Whether the scenario is a managed plugin (“plugin”) or a container (“container”).")},
    {"/id", "/root/path, /linux/cgroupsPath, /mounts", "",
        QT_TRANSLATE_NOOP("FieldHelp",
            "The 64-hex-digit id Docker gives the plugin or container; the rootfs, cgroups, runtime and "
            "network-file paths derive from it, and a container's default hostname is its first 12 digits.")},
    {"/host", "", "ocispec --host",
        QT_TRANSLATE_NOOP("FieldHelp",
            "A host profile embedded in the scenario (host.json format); an explicit one (--host) wins, a probe of "
            "this machine stands in when there is none.")},
    {"/ui", "", "",
        QT_TRANSLATE_NOOP("FieldHelp", "The app's own state (baseline, open panels); never part of the build.")},

    // Plugins.
    {"/rootfs", "/root/path, /mounts", "dockerd --data-root",
        QT_TRANSLATE_NOOP("FieldHelp",
            "The plugin's root filesystem on the host (/var/lib/docker/plugins/<id>/rootfs); it becomes root.path, "
            "and the propagated mount comes from its parent folder.")},
    {"/execRoot", "/mounts", "dockerd --exec-root",
        QT_TRANSLATE_NOOP("FieldHelp",
            "The daemon's plugin exec root; the plugin's runtime folder <execRoot>/<id> is bind-mounted at "
            "/run/docker/plugins.")},
    {"/set", "/process/env, /process/args, /mounts, /linux/devices", "docker plugin set",
        QT_TRANSLATE_NOOP("FieldHelp",
            "`docker plugin set` arguments applied after install, in order: NAME=value, NAME.field=value, "
            "args=value.")},
    {"/manifest", "", "docker plugin create",
        QT_TRANSLATE_NOOP("FieldHelp",
            "The plugin's config.json as its author wrote it; keys match case-insensitively, as Go decodes them.")},
    {"/manifest/description", "", "",
        QT_TRANSLATE_NOOP("FieldHelp", "Shown by docker plugin ls and inspect; it does not reach the spec.")},
    {"/manifest/documentation", "", "",
        QT_TRANSLATE_NOOP("FieldHelp", "A link to the plugin's documentation; it does not reach the spec.")},
    {"/manifest/interface", "", "",
        QT_TRANSLATE_NOOP(
            "FieldHelp", "How Docker talks to the plugin: the socket it creates and the plugin types it implements.")},
    {"/manifest/interface/types", "/mounts", "",
        QT_TRANSLATE_NOOP("FieldHelp",
            "The plugin types it implements, such as docker.volumedriver/1.0; a metrics collector gets an extra "
            "socket mount.")},
    {"/manifest/interface/socket", "", "",
        QT_TRANSLATE_NOOP(
            "FieldHelp", "The socket the plugin creates in /run/docker/plugins; it does not change the spec.")},
    {"/manifest/interface/protocolscheme", "", "",
        QT_TRANSLATE_NOOP("FieldHelp",
            "The protocol spoken on the socket (moby.plugins.http/v1 when empty); it does not change the spec.")},
    {"/manifest/entrypoint", "/process/args", "",
        QT_TRANSLATE_NOOP("FieldHelp", "The command that starts the plugin; the args setting is appended to it.")},
    {"/manifest/workdir", "/process/cwd", "",
        QT_TRANSLATE_NOOP("FieldHelp", "The working folder of the plugin's process; “/” when empty.")},
    {"/manifest/user", "", "",
        QT_TRANSLATE_NOOP("FieldHelp",
            "The uid and gid the author declares; Docker 29.7.2 does not apply them: the process runs as root.")},
    {"/manifest/network", "/linux/namespaces, /mounts", "", QT_TRANSLATE_NOOP("FieldHelp", "The plugin's network.")},
    {"/manifest/network/type", "/linux/namespaces, /mounts", "",
        QT_TRANSLATE_NOOP("FieldHelp",
            "“host” removes the network namespace; any non-empty type bind-mounts the host's /etc/hosts and "
            "/etc/resolv.conf read-only.")},
    {"/manifest/linux", "", "",
        QT_TRANSLATE_NOOP("FieldHelp", "Linux privileges the plugin asks for; users grant them at install.")},
    {"/manifest/linux/capabilities", "/process/capabilities", "docker plugin install --grant-all-permissions",
        QT_TRANSLATE_NOOP(
            "FieldHelp", "Capabilities appended to all four sets, after Docker's defaults, duplicates kept.")},
    {"/manifest/linux/allowAllDevices", "/linux/resources/devices", "docker plugin install --grant-all-permissions",
        QT_TRANSLATE_NOOP(
            "FieldHelp", "Replaces the device cgroup rules with one rule that allows every device (rwm).")},
    {"/manifest/linux/devices", "/linux/devices, /linux/resources/devices", "docker plugin set NAME.path=…",
        QT_TRANSLATE_NOOP("FieldHelp",
            "Host devices the plugin uses: each becomes a linux.devices entry and an allow rule (rwm); a folder "
            "adds every device under it.")},
    {"/manifest/linux/devices/*/name", "", kPluginSettable,
        QT_TRANSLATE_NOOP("FieldHelp", "The name `docker plugin set` uses for it.")},
    {"/manifest/linux/devices/*/path", "/linux/devices, /linux/resources/devices", "docker plugin set NAME.path=…",
        QT_TRANSLATE_NOOP("FieldHelp", "The host device node (or folder of nodes) to expose.")},
    {"/manifest/linux/devices/*/settable", "", kPluginSettable,
        QT_TRANSLATE_NOOP("FieldHelp", "The fields `docker plugin set` may change (“path”).")},
    {"/manifest/linux/devices/*/description", "", "", kFreeText},
    {"/manifest/mounts", "/mounts", "docker plugin set NAME.source=…",
        QT_TRANSLATE_NOOP(
            "FieldHelp", "Mounts appended after Docker's; a /dev/… destination replaces Docker's own mount there.")},
    {"/manifest/mounts/*/name", "", kPluginSettable,
        QT_TRANSLATE_NOOP("FieldHelp", "The name `docker plugin set` uses for it.")},
    {"/manifest/mounts/*/source", "/mounts/*/source", "docker plugin set NAME.source=…",
        QT_TRANSLATE_NOOP(
            "FieldHelp", "The host path to mount; null makes Docker refuse (“mount source is not specified”).")},
    {"/manifest/mounts/*/destination", "/mounts/*/destination", "",
        QT_TRANSLATE_NOOP("FieldHelp", "Where the mount appears inside the plugin.")},
    {"/manifest/mounts/*/type", "/mounts/*/type", "",
        QT_TRANSLATE_NOOP("FieldHelp", "The mount type, such as bind or tmpfs.")},
    {"/manifest/mounts/*/options", "/mounts/*/options", "",
        QT_TRANSLATE_NOOP("FieldHelp", "Mount options, such as rbind or ro.")},
    {"/manifest/mounts/*/settable", "", kPluginSettable,
        QT_TRANSLATE_NOOP("FieldHelp", "The fields `docker plugin set` may change (“source”).")},
    {"/manifest/mounts/*/description", "", "", kFreeText},
    {"/manifest/env", "/process/env", "docker plugin set NAME=value",
        QT_TRANSLATE_NOOP("FieldHelp", "Environment variables: each with a value becomes NAME=value, after PATH.")},
    {"/manifest/env/*/name", "/process/env", "docker plugin set NAME=value",
        QT_TRANSLATE_NOOP("FieldHelp", "The variable's name, which `docker plugin set` uses too.")},
    {"/manifest/env/*/value", "/process/env", "docker plugin set NAME=value",
        QT_TRANSLATE_NOOP("FieldHelp", "The value at install; null leaves the variable out.")},
    {"/manifest/env/*/settable", "", kPluginSettable,
        QT_TRANSLATE_NOOP("FieldHelp", "The fields `docker plugin set` may change (“value”).")},
    {"/manifest/env/*/description", "", "", kFreeText},
    {"/manifest/args", "/process/args", "docker plugin set NAME=…",
        QT_TRANSLATE_NOOP("FieldHelp", "Arguments appended to the entrypoint.")},
    {"/manifest/args/name", "", kPluginSettable,
        QT_TRANSLATE_NOOP("FieldHelp", "The name `docker plugin set` uses for it.")},
    {"/manifest/args/value", "/process/args", "docker plugin set NAME=…",
        QT_TRANSLATE_NOOP(
            "FieldHelp", "The arguments at install; a value given to `docker plugin set` is split on single spaces.")},
    {"/manifest/args/settable", "", kPluginSettable,
        QT_TRANSLATE_NOOP("FieldHelp", "The fields `docker plugin set` may change (“value”).")},
    {"/manifest/args/description", "", "", kFreeText},
    {"/manifest/propagatedMount", "/mounts, /linux/rootfsPropagation", "",
        QT_TRANSLATE_NOOP("FieldHelp",
            "A path inside the plugin whose mounts propagate to the host: bind-mounted rshared from the "
            "propagated-mount folder beside the rootfs, and the rootfs propagation becomes rshared.")},
    {"/manifest/ipcHost", "/linux/namespaces", "",
        QT_TRANSLATE_NOOP(
            "FieldHelp", "true: the plugin shares the host's IPC namespace (the ipc namespace is removed).")},
    {"/manifest/pidHost", "/linux/namespaces", "",
        QT_TRANSLATE_NOOP(
            "FieldHelp", "true: the plugin shares the host's PID namespace (the pid namespace is removed).")},
    {"/manifest/rootfs", "", "",
        QT_TRANSLATE_NOOP("FieldHelp", "The image layers (type and diff_ids); they do not reach the spec.")},
    {"/manifest/dockerVersion", "", "",
        QT_TRANSLATE_NOOP("FieldHelp", "The Docker version that built the plugin; informational.")},

    // Containers: the scenario around the Engine API request.
    {"/name", "", "docker run --name",
        QT_TRANSLATE_NOOP(
            "FieldHelp", "The container's name; links and container: modes of other containers refer to it.")},
    {"/image", "/process/user, /process/user/additionalGids", "",
        QT_TRANSLATE_NOOP("FieldHelp", "The image's /etc/passwd and /etc/group, used to resolve User and GroupAdd.")},
    {"/engine", "", "dockerd",
        QT_TRANSLATE_NOOP("FieldHelp",
            "The daemon's settings (what dockerd's flags and daemon.json set) and the containers it knows.")},
    {"/engine/root", "/root/path, /mounts", "dockerd --data-root",
        QT_TRANSLATE_NOOP("FieldHelp", "The daemon's data root; rootfs, volumes and network files live under it.")},
    {"/engine/cgroupDriver", "/linux/cgroupsPath", "dockerd --exec-opt native.cgroupdriver",
        QT_TRANSLATE_NOOP("FieldHelp", "cgroupfs gives /docker/<id>, systemd gives system.slice:docker:<id>.")},
    {"/engine/cgroupVersion", "/linux/resources, /linux/namespaces", "",
        QT_TRANSLATE_NOOP("FieldHelp",
            "The host's cgroup version: it decides which resource settings survive and, on v1, gives privileged "
            "containers the host's cgroup namespace.")},
    {"/engine/cgroupParent", "/linux/cgroupsPath", "dockerd --cgroup-parent",
        QT_TRANSLATE_NOOP("FieldHelp", "The daemon-wide parent cgroup.")},
    {"/engine/defaultCgroupnsMode", "/linux/namespaces", "dockerd --default-cgroupns-mode",
        QT_TRANSLATE_NOOP("FieldHelp", "The cgroup namespace mode of containers that set none.")},
    {"/engine/defaultIpcMode", "/linux/namespaces, /mounts", "dockerd --default-ipc-mode",
        QT_TRANSLATE_NOOP("FieldHelp", "The IPC mode of containers that set none.")},
    {"/engine/defaultShmSize", "/mounts", "dockerd --default-shm-size",
        QT_TRANSLATE_NOOP("FieldHelp", "The size of /dev/shm for containers that set none.")},
    {"/engine/noNewPrivileges", "/process/noNewPrivileges", "dockerd --no-new-privileges",
        QT_TRANSLATE_NOOP("FieldHelp", "No new privileges for every container.")},
    {"/engine/defaultUlimits", "/process/rlimits", "dockerd --default-ulimit",
        QT_TRANSLATE_NOOP("FieldHelp", "Resource limits of containers that set none.")},
    {"/engine/uidMaps", "/linux/uidMappings, /linux/namespaces", "dockerd --userns-remap",
        QT_TRANSLATE_NOOP("FieldHelp", "User-namespace remapping ranges; present means remapping is on.")},
    {"/engine/gidMaps", "/linux/gidMappings, /linux/namespaces", "dockerd --userns-remap",
        QT_TRANSLATE_NOOP("FieldHelp", "User-namespace remapping ranges; present means remapping is on.")},
    {"/engine/timeNamespaces", "/linux/namespaces", "",
        QT_TRANSLATE_NOOP("FieldHelp", "Whether the kernel has time namespaces.")},
    {"/engine/seccompSupported", "/linux/seccomp", "",
        QT_TRANSLATE_NOOP("FieldHelp", "Whether the kernel supports seccomp.")},
    {"/engine/seccompProfile", "/linux/seccomp", "dockerd --seccomp-profile",
        QT_TRANSLATE_NOOP("FieldHelp", "The daemon's seccomp profile: “unconfined” or a profile in Docker's format.")},
    {"/engine/containers", "/linux/namespaces, /mounts, /hostname", "",
        QT_TRANSLATE_NOOP("FieldHelp", "Other containers this one may join (container: modes, links, volumes-from).")},
    {"/engine/initPath", "/process/args, /mounts", "dockerd --init-path",
        QT_TRANSLATE_NOOP("FieldHelp", "The docker-init binary mounted for Init.")},

    // ContainerConfig.
    {"/config", "", "docker run",
        QT_TRANSLATE_NOOP(
            "FieldHelp", "The Engine API ContainerConfig: command, environment, user and the other process settings.")},
    {"/config/Cmd", "/process/args", "docker run IMAGE [COMMAND] [ARG…]",
        QT_TRANSLATE_NOOP("FieldHelp", "The command, appended to the entrypoint.")},
    {"/config/Entrypoint", "/process/args", "--entrypoint",
        QT_TRANSLATE_NOOP("FieldHelp", "The program run first; [\"\"] resets it.")},
    {"/config/Env", "/process/env", "-e, --env",
        QT_TRANSLATE_NOOP("FieldHelp", "Environment variables NAME=value, after PATH and HOSTNAME.")},
    {"/config/User", "/process/user", "-u, --user",
        QT_TRANSLATE_NOOP("FieldHelp", "user[:group], names resolved in the image's passwd and group files.")},
    {"/config/WorkingDir", "/process/cwd", "-w, --workdir",
        QT_TRANSLATE_NOOP("FieldHelp", "The working folder; it must be absolute, and Docker cleans it.")},
    {"/config/Hostname", "/hostname", "-h, --hostname",
        QT_TRANSLATE_NOOP("FieldHelp", "The container's hostname; by default the first 12 digits of its id.")},
    {"/config/Domainname", "/domainname", "--domainname",
        QT_TRANSLATE_NOOP("FieldHelp", "The container's NIS domain name.")},
    {"/config/Tty", "/process/terminal, /process/consoleSize, /process/env", "-t, --tty",
        QT_TRANSLATE_NOOP("FieldHelp", "Allocates a terminal: terminal true and TERM=xterm.")},
    {"/config/OpenStdin", "", "-i, --interactive",
        QT_TRANSLATE_NOOP("FieldHelp", "Keeps standard input open; it does not change the spec.")},
    {"/config/NetworkDisabled", "/mounts", "",
        QT_TRANSLATE_NOOP("FieldHelp", "No network sandbox: the network files are not mounted.")},
    {"/config/Image", "", "docker run IMAGE",
        QT_TRANSLATE_NOOP("FieldHelp", "The image; its own config is not known here (Docker merges it in first).")},
    {"/config/Volumes", "/mounts", "-v, --volume",
        QT_TRANSLATE_NOOP("FieldHelp", "Anonymous volumes, each mounted from a new volume.")},
    {"/config/Labels", "", "-l, --label", QT_TRANSLATE_NOOP("FieldHelp", "Labels; they do not reach the spec.")},
    {"/config/StopSignal", "", "--stop-signal",
        QT_TRANSLATE_NOOP("FieldHelp", "The signal that stops the container; not in the spec.")},
    {"/config/ExposedPorts", "", "--expose",
        QT_TRANSLATE_NOOP("FieldHelp", "Exposed ports; they do not reach the spec.")},
    {"/config/Healthcheck", "", "--health-cmd", QT_TRANSLATE_NOOP("FieldHelp", "The health check; not in the spec.")},

    // HostConfig.
    {"/hostConfig", "", "docker run",
        QT_TRANSLATE_NOOP("FieldHelp", "The Engine API HostConfig, as sent to POST /containers/create.")},
    {"/hostConfig/Binds", "/mounts", "-v, --volume",
        QT_TRANSLATE_NOOP("FieldHelp",
            "Bind mounts and named volumes, source:destination[:options]; read-only binds become rro when the "
            "kernel supports it.")},
    {"/hostConfig/Mounts", "/mounts", "--mount",
        QT_TRANSLATE_NOOP("FieldHelp", "Mounts in the long syntax: bind, volume or tmpfs.")},
    {"/hostConfig/Tmpfs", "/mounts", "--tmpfs", QT_TRANSLATE_NOOP("FieldHelp", "tmpfs mounts: path → options.")},
    {"/hostConfig/VolumesFrom", "/mounts", "--volumes-from",
        QT_TRANSLATE_NOOP("FieldHelp", "Mounts taken over from other containers.")},
    {"/hostConfig/VolumeDriver", "/mounts", "--volume-driver",
        QT_TRANSLATE_NOOP("FieldHelp", "The driver of named volumes.")},
    {"/hostConfig/CapAdd", "/process/capabilities", "--cap-add",
        QT_TRANSLATE_NOOP(
            "FieldHelp", "Capabilities added to Docker's default set; ALL adds every capability the host has.")},
    {"/hostConfig/CapDrop", "/process/capabilities", "--cap-drop",
        QT_TRANSLATE_NOOP("FieldHelp", "Capabilities removed from the set; ALL starts from none.")},
    {"/hostConfig/Privileged",
        "/process/capabilities, /linux/devices, /linux/resources/devices, /linux/maskedPaths, /linux/readonlyPaths",
        "--privileged",
        QT_TRANSLATE_NOOP("FieldHelp", "Every capability and host device, no masked or read-only paths.")},
    {"/hostConfig/ReadonlyRootfs", "/root/readonly", "--read-only",
        QT_TRANSLATE_NOOP("FieldHelp", "Mounts the root filesystem read-only.")},
    {"/hostConfig/NetworkMode", "/linux/namespaces, /mounts, /hostname, /linux/sysctl", "--network",
        QT_TRANSLATE_NOOP(
            "FieldHelp", "bridge, host, none or container:NAME; host and container: share that network namespace.")},
    {"/hostConfig/IpcMode", "/linux/namespaces, /mounts", "--ipc",
        QT_TRANSLATE_NOOP(
            "FieldHelp", "private, shareable, host, none or container:NAME: the IPC namespace and /dev/shm.")},
    {"/hostConfig/PidMode", "/linux/namespaces", "--pid",
        QT_TRANSLATE_NOOP("FieldHelp", "host or container:NAME shares that PID namespace.")},
    {"/hostConfig/UTSMode", "/linux/namespaces, /hostname", "--uts",
        QT_TRANSLATE_NOOP("FieldHelp", "host shares the host's UTS namespace and hostname.")},
    {"/hostConfig/UsernsMode", "/linux/namespaces, /linux/uidMappings, /linux/gidMappings", "--userns",
        QT_TRANSLATE_NOOP("FieldHelp", "host turns user-namespace remapping off for this container.")},
    {"/hostConfig/CgroupnsMode", "/linux/namespaces", "--cgroupns",
        QT_TRANSLATE_NOOP("FieldHelp", "A private or the host's cgroup namespace.")},
    {"/hostConfig/CgroupParent", "/linux/cgroupsPath", "--cgroup-parent",
        QT_TRANSLATE_NOOP("FieldHelp", "The container's parent cgroup.")},
    {"/hostConfig/SecurityOpt",
        "/process/noNewPrivileges, /process/apparmorProfile, /process/selinuxLabel, /linux/seccomp", "--security-opt",
        QT_TRANSLATE_NOOP("FieldHelp", "no-new-privileges, seccomp=…, apparmor=…, label=…, writable-cgroups=…")},
    {"/hostConfig/Devices", "/linux/devices, /linux/resources/devices", "--device",
        QT_TRANSLATE_NOOP("FieldHelp", "Host devices, host[:container[:permissions]], each with an allow rule.")},
    {"/hostConfig/DeviceCgroupRules", "/linux/resources/devices", "--device-cgroup-rule",
        QT_TRANSLATE_NOOP("FieldHelp", "Extra device cgroup rules, such as “c 13:* rwm”.")},
    {"/hostConfig/DeviceRequests", "", "--gpus",
        QT_TRANSLATE_NOOP("FieldHelp", "Device requests (GPUs); a runtime hook handles them.")},
    {"/hostConfig/Sysctls", "/linux/sysctl", "--sysctl",
        QT_TRANSLATE_NOOP("FieldHelp", "Kernel parameters set inside the container.")},
    {"/hostConfig/Ulimits", "/process/rlimits", "--ulimit",
        QT_TRANSLATE_NOOP("FieldHelp", "Resource limits (RLIMIT_…), soft and hard.")},
    {"/hostConfig/Memory", "/linux/resources/memory/limit", "-m, --memory",
        QT_TRANSLATE_NOOP("FieldHelp", "Memory limit in bytes (at least 6 MB).")},
    {"/hostConfig/MemorySwap", "/linux/resources/memory/swap", "--memory-swap",
        QT_TRANSLATE_NOOP(
            "FieldHelp", "Memory plus swap in bytes; 0 with a memory limit means twice the limit, -1 unlimited.")},
    {"/hostConfig/MemoryReservation", "/linux/resources/memory/reservation", "--memory-reservation",
        QT_TRANSLATE_NOOP("FieldHelp", "Soft memory limit in bytes.")},
    {"/hostConfig/MemorySwappiness", "/linux/resources/memory/swappiness", "--memory-swappiness",
        QT_TRANSLATE_NOOP("FieldHelp", "0 to 100; discarded on cgroup v2.")},
    {"/hostConfig/OomKillDisable", "/linux/resources/memory/disableOOMKiller", "--oom-kill-disable",
        QT_TRANSLATE_NOOP("FieldHelp", "Turns the OOM killer off; discarded on cgroup v2.")},
    {"/hostConfig/OomScoreAdj", "/process/oomScoreAdj", "--oom-score-adj",
        QT_TRANSLATE_NOOP("FieldHelp", "-1000 to 1000: how readily the OOM killer picks the process.")},
    {"/hostConfig/PidsLimit", "/linux/resources/pids/limit", "--pids-limit",
        QT_TRANSLATE_NOOP("FieldHelp", "Maximum number of processes; 0 or less is unlimited.")},
    {"/hostConfig/CpuShares", "/linux/resources/cpu/shares", "-c, --cpu-shares",
        QT_TRANSLATE_NOOP("FieldHelp", "Relative CPU weight.")},
    {"/hostConfig/CpuPeriod", "/linux/resources/cpu/period", "--cpu-period",
        QT_TRANSLATE_NOOP("FieldHelp", "CFS period in microseconds.")},
    {"/hostConfig/CpuQuota", "/linux/resources/cpu/quota", "--cpu-quota",
        QT_TRANSLATE_NOOP("FieldHelp", "CFS quota in microseconds per period.")},
    {"/hostConfig/NanoCpus", "/linux/resources/cpu/period, /linux/resources/cpu/quota", "--cpus",
        QT_TRANSLATE_NOOP("FieldHelp",
            "CPUs in billionths: a 100 ms period and the matching quota; not with CpuPeriod or CpuQuota.")},
    {"/hostConfig/CpuRealtimePeriod", "/linux/resources/cpu/realtimePeriod", "--cpu-rt-period",
        QT_TRANSLATE_NOOP("FieldHelp", "Real-time period in microseconds (needs kernel support).")},
    {"/hostConfig/CpuRealtimeRuntime", "/linux/resources/cpu/realtimeRuntime", "--cpu-rt-runtime",
        QT_TRANSLATE_NOOP("FieldHelp", "Real-time runtime in microseconds (needs kernel support).")},
    {"/hostConfig/CpusetCpus", "/linux/resources/cpu/cpus", "--cpuset-cpus",
        QT_TRANSLATE_NOOP("FieldHelp", "The CPUs allowed, such as 0-3 or 0,2; they must exist on the host.")},
    {"/hostConfig/CpusetMems", "/linux/resources/cpu/mems", "--cpuset-mems",
        QT_TRANSLATE_NOOP("FieldHelp", "The memory nodes allowed; they must exist on the host.")},
    {"/hostConfig/BlkioWeight", "/linux/resources/blockIO/weight", "--blkio-weight",
        QT_TRANSLATE_NOOP("FieldHelp", "Block I/O weight, 10 to 1000.")},
    {"/hostConfig/BlkioWeightDevice", "/linux/resources/blockIO/weightDevice", "--blkio-weight-device",
        QT_TRANSLATE_NOOP("FieldHelp", "Block I/O weight per device.")},
    {"/hostConfig/BlkioDeviceReadBps", "/linux/resources/blockIO/throttleReadBpsDevice", "--device-read-bps",
        QT_TRANSLATE_NOOP("FieldHelp", "Read limit per device, in bytes per second.")},
    {"/hostConfig/BlkioDeviceWriteBps", "/linux/resources/blockIO/throttleWriteBpsDevice", "--device-write-bps",
        QT_TRANSLATE_NOOP("FieldHelp", "Write limit per device, in bytes per second.")},
    {"/hostConfig/BlkioDeviceReadIOps", "/linux/resources/blockIO/throttleReadIOPSDevice", "--device-read-iops",
        QT_TRANSLATE_NOOP("FieldHelp", "Read limit per device, in operations per second.")},
    {"/hostConfig/BlkioDeviceWriteIOps", "/linux/resources/blockIO/throttleWriteIOPSDevice", "--device-write-iops",
        QT_TRANSLATE_NOOP("FieldHelp", "Write limit per device, in operations per second.")},
    {"/hostConfig/ShmSize", "/mounts", "--shm-size", QT_TRANSLATE_NOOP("FieldHelp", "Size of /dev/shm in bytes.")},
    {"/hostConfig/GroupAdd", "/process/user/additionalGids", "--group-add",
        QT_TRANSLATE_NOOP("FieldHelp", "Extra groups, by name (from the image's group file) or number.")},
    {"/hostConfig/Init", "/process/args, /mounts", "--init",
        QT_TRANSLATE_NOOP("FieldHelp", "Runs docker-init as PID 1 (with a private PID namespace), mounted read-only.")},
    {"/hostConfig/Links", "/process/env", "--link",
        QT_TRANSLATE_NOOP(
            "FieldHelp", "Links to other containers (legacy); on the default bridge they must be running.")},
    {"/hostConfig/ExtraHosts", "", "--add-host",
        QT_TRANSLATE_NOOP(
            "FieldHelp", "Extra lines for /etc/hosts; Docker writes that file, it is not part of the spec.")},
    {"/hostConfig/Dns", "", "--dns",
        QT_TRANSLATE_NOOP("FieldHelp", "Name servers for /etc/resolv.conf; not part of the spec.")},
    {"/hostConfig/DnsOptions", "", "--dns-option",
        QT_TRANSLATE_NOOP("FieldHelp", "Resolver options for /etc/resolv.conf; not part of the spec.")},
    {"/hostConfig/DnsSearch", "", "--dns-search",
        QT_TRANSLATE_NOOP("FieldHelp", "Search domains for /etc/resolv.conf; not part of the spec.")},
    {"/hostConfig/MaskedPaths", "/linux/maskedPaths", "--security-opt systempaths=unconfined",
        QT_TRANSLATE_NOOP(
            "FieldHelp", "Paths hidden in the container; Docker's defaults when absent, none when privileged.")},
    {"/hostConfig/ReadonlyPaths", "/linux/readonlyPaths", "--security-opt systempaths=unconfined",
        QT_TRANSLATE_NOOP(
            "FieldHelp", "Paths mounted read-only; Docker's defaults when absent, none when privileged.")},
    {"/hostConfig/Annotations", "/annotations", "--annotation",
        QT_TRANSLATE_NOOP("FieldHelp", "Annotations handed to the runtime.")},
    {"/hostConfig/ConsoleSize", "/process/consoleSize", "",
        QT_TRANSLATE_NOOP(
            "FieldHelp", "Height and width of the terminal (with Tty); the docker client sends its own.")},
    {"/hostConfig/Runtime", "", "--runtime",
        QT_TRANSLATE_NOOP("FieldHelp", "The OCI runtime to run the spec with; it does not change it.")},
    {"/hostConfig/RestartPolicy", "", "--restart",
        QT_TRANSLATE_NOOP("FieldHelp", "When Docker restarts the container; not in the spec.")},
    {"/hostConfig/AutoRemove", "", "--rm",
        QT_TRANSLATE_NOOP("FieldHelp", "Removes the container when it exits; not in the spec.")},
    {"/hostConfig/LogConfig", "", "--log-driver, --log-opt",
        QT_TRANSLATE_NOOP("FieldHelp", "Logging; not in the spec.")},
    {"/hostConfig/PortBindings", "", "-p, --publish",
        QT_TRANSLATE_NOOP("FieldHelp", "Published ports; the network handles them, not the spec.")},
    {"/hostConfig/PublishAllPorts", "", "-P, --publish-all",
        QT_TRANSLATE_NOOP("FieldHelp", "Publishes every exposed port; not in the spec.")},
    {"/hostConfig/StorageOpt", "", "--storage-opt",
        QT_TRANSLATE_NOOP("FieldHelp", "Storage driver options; not in the spec.")},
    {"/hostConfig/Isolation", "", "--isolation",
        QT_TRANSLATE_NOOP("FieldHelp", "Windows isolation; ignored on Linux.")},
    {"/hostConfig/ContainerIDFile", "", "--cidfile", QT_TRANSLATE_NOOP("FieldHelp", "Used by the docker client only.")},
};

struct CompiledEntry {
    std::vector<std::string> tokens;
    const FieldHelp::Entry *entry;
};

const std::vector<CompiledEntry> &compiled()
{
    static const std::vector<CompiledEntry> table = [] {
        std::vector<CompiledEntry> out;
        out.reserve(kEntries.size());
        for (const FieldHelp::Entry &e : kEntries)
            out.push_back({JsonPointer::tokens(e.pattern), &e});
        return out;
    }();
    return table;
}

bool matches(const std::vector<std::string> &pattern, const std::vector<std::string> &tokens, std::size_t count)
{
    if (pattern.size() != count)
        return false;
    for (std::size_t i = 0; i < count; ++i) {
        if (pattern[i] != "*" && !oci::json::equalFold(pattern[i], tokens[i]))
            return false;
    }
    return true;
}

} // namespace

QString FieldHelp::Entry::description() const
{
    return QCoreApplication::translate("FieldHelp", text);
}

const std::vector<FieldHelp::Entry> &FieldHelp::entries()
{
    return kEntries;
}

const FieldHelp::Entry *FieldHelp::find(const QString &inputPointer)
{
    const std::vector<std::string> tokens = JsonPointer::tokens(inputPointer.toStdString());
    for (std::size_t count = tokens.size(); count > 0; --count) {
        for (const CompiledEntry &c : compiled()) {
            if (matches(c.tokens, tokens, count))
                return c.entry;
        }
    }
    return nullptr;
}

QString FieldHelp::scenarioPointer(const QString &inputPointer, oci::InputKind kind)
{
    switch (kind) {
    case oci::InputKind::Scenario:
        return inputPointer;
    case oci::InputKind::PluginManifest:
        return QStringLiteral("/manifest") + inputPointer;
    case oci::InputKind::CreateBody:
    case oci::InputKind::DockerInspect: {
        std::vector<std::string> tokens = JsonPointer::tokens(inputPointer.toStdString());
        if (kind == oci::InputKind::DockerInspect) {
            if (tokens.empty() || tokens.front() != "0")
                return QString();
            tokens.erase(tokens.begin());
            if (tokens.empty())
                return QString();
            if (oci::json::equalFold(tokens.front(), "Config"))
                tokens.front() = "config";
            else if (oci::json::equalFold(tokens.front(), "HostConfig"))
                tokens.front() = "hostConfig";
            else if (oci::json::equalFold(tokens.front(), "Id"))
                tokens.front() = "id";
            else if (oci::json::equalFold(tokens.front(), "Name"))
                tokens.front() = "name";
            else
                return QString();
        } else {
            if (tokens.empty())
                return QString();
            // The create body's top level is a ContainerConfig with
            // HostConfig beside it.
            if (oci::json::equalFold(tokens.front(), "HostConfig"))
                tokens.front() = "hostConfig";
            else
                tokens.insert(tokens.begin(), "config");
        }
        QString out;
        for (const std::string &t : tokens)
            out += QLatin1Char('/') + QString::fromStdString(oci::json::escapePointerToken(t));
        return out;
    }
    case oci::InputKind::OciSpec:
    case oci::InputKind::Invalid:
        break;
    }
    return QString();
}

const FieldHelp::Entry *FieldHelp::find(const QString &inputPointer, oci::InputKind kind)
{
    const QString pointer = scenarioPointer(inputPointer, kind);
    return pointer.isEmpty() ? nullptr : find(pointer);
}

QString FieldHelp::toolTip(const QString &inputPointer)
{
    const Entry *entry = find(inputPointer);
    return entry ? toolTip(*entry) : QString();
}

QString FieldHelp::toolTip(const Entry &entry)
{
    QString tip = QStringLiteral("<p>") + entry.description().toHtmlEscaped() + QStringLiteral("</p>");
    QStringList lines;
    if (*entry.specPaths)
        lines << tr("Spec: %1")
                     .arg(QStringLiteral("<code>") + entry.specPath().toHtmlEscaped() + QStringLiteral("</code>"));
    if (*entry.dockerFlag)
        lines << tr("Docker: %1")
                     .arg(QStringLiteral("<code>") + entry.flag().toHtmlEscaped() + QStringLiteral("</code>"));
    if (!lines.isEmpty())
        tip += QStringLiteral("<p>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    return tip;
}
