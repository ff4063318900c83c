// The container build, in Docker's order: the API router's decoding and
// validation, containerCreate (verify, adapt, create), containerStart
// (verify again, networking, mounts) and createSpec.

#include "container.h"

#include "containerstate.h"
#include "containerutil.h"
#include "defaults.h"
#include "sha256.h"

namespace oci::container {

using godecode::Decoder;
using godecode::Path;

namespace {

void decodeScenario(Decoder &d, const json::Value &root, Container &c, ContainerInput &in)
{
    static constexpr std::array<std::string_view, 7> fields = {"kind",       "id",    "name",  "config",
                                                               "hostConfig", "image", "engine"};
    godecode::decodeStruct(
        d, root, Path(), "Scenario", fields,
        [&](int f, const json::Value &v, const Path &p) {
            switch (f) {
            case 0: break; // checked by the builder
            case 1:
                godecode::decode(d, v, p, c.id);
                c.idPointer = p.pointer();
                break;
            case 2:
                godecode::decode(d, v, p, c.name);
                in.namePointer = p.pointer();
                break;
            case 3:
                if (!v.isNull())
                    in.hasConfig = true;
                c.configPointer = p.pointer();
                decodeContainerConfig(d, v, p, c.config);
                break;
            case 4:
                c.hostConfigPointer = p.pointer();
                decodeHostConfig(d, v, p, c.hostConfig);
                break;
            case 5: decodeImageFiles(d, v, p, c.image); break;
            case 6: decodeEngine(d, v, p, in.engine); break;
            }
        },
        {"host", "ui"});
}

// container.CreateRequest: the Config fields at the top level (an embedded
// *Config), HostConfig and NetworkingConfig.
void decodeCreateBody(Decoder &d, const json::Value &root, const Path &path, Container &c, ContainerInput &in)
{
    static const std::vector<std::string_view> known = [] {
        std::vector<std::string_view> k = {"HostConfig", "NetworkingConfig"};
        for (auto f : {"Hostname", "Domainname", "User", "AttachStdin", "AttachStdout", "AttachStderr",
                       "ExposedPorts", "Tty", "OpenStdin", "StdinOnce", "Env", "Cmd", "Healthcheck", "ArgsEscaped",
                       "Image", "Volumes", "WorkingDir", "Entrypoint", "NetworkDisabled", "OnBuild", "Labels",
                       "StopSignal", "StopTimeout", "Shell"})
            k.push_back(f);
        return k;
    }();
    if (!root.isObject()) {
        d.typeError(root, path, "container.CreateRequest");
        return;
    }
    c.configPointer = path.pointer();
    for (std::size_t i = 0; i < root.size(); ++i) {
        const std::string &k = root.key(i);
        const json::Value &v = root.at(i);
        const Path p = path.key(k);
        const bool exactHost = k == "HostConfig", exactNet = k == "NetworkingConfig";
        if (!exactHost && !exactNet && isContainerConfigField(k)) {
            in.hasConfig = true;
            decodeContainerConfigMember(d, k, v, p, c.config);
        } else if (exactHost || json::equalFold(k, "HostConfig")) {
            c.hostConfigPointer = p.pointer();
            decodeHostConfig(d, v, p, c.hostConfig);
        } else if (exactNet || json::equalFold(k, "NetworkingConfig")) {
            // Endpoint settings do not reach the spec; only the type is checked.
            if (!v.isNull() && !v.isObject())
                d.typeError(v, p, "network.NetworkingConfig");
        } else if (k == "MacAddress") {
            // A legacy top-level field (API < 1.52); it does not reach the spec.
        } else {
            d.unknownKey(v, p, k, known);
        }
    }
}

// `docker inspect`: the first element's Config and HostConfig, Id and Name.
void decodeInspect(Decoder &d, const json::Value &root, Container &c, ContainerInput &in)
{
    const Path top;
    const Path first = top.index(0);
    const json::Value &e = root.at(0);
    static constexpr std::array<std::string_view, 4> fields = {"Id", "Name", "Config", "HostConfig"};
    godecode::decodeStruct(
        d, e, first, "container.InspectResponse", fields,
        [&](int f, const json::Value &v, const Path &p) {
            switch (f) {
            case 0:
                godecode::decode(d, v, p, c.id);
                c.idPointer = p.pointer();
                break;
            case 1:
                godecode::decode(d, v, p, c.name);
                in.namePointer = p.pointer();
                break;
            case 2:
                if (!v.isNull())
                    in.hasConfig = true;
                c.configPointer = p.pointer();
                decodeContainerConfig(d, v, p, c.config);
                break;
            case 3:
                c.hostConfigPointer = p.pointer();
                decodeHostConfig(d, v, p, c.hostConfig);
                break;
            }
        },
        {"Created", "Path", "Args", "State", "Image", "ResolvConfPath", "HostnamePath", "HostsPath", "LogPath",
         "RestartCount", "Driver", "Platform", "ImageManifestDescriptor", "MountLabel", "ProcessLabel",
         "AppArmorProfile", "ExecIDs", "GraphDriver", "Storage", "SizeRw", "SizeRootFs", "Mounts", "NetworkSettings",
         "Node"});
}

[[noreturn]] void refuse(std::string message, std::string_view pointer = {})
{
    throw Refused(std::move(message), std::string(pointer));
}

// opts.ParseLink: "name[:alias]" (or "/name:/parent/alias" from an existing container).
std::pair<std::string, std::string> parseLink(const std::string &val, const std::string &at)
{
    if (val.empty())
        refuse("empty string specified for links", at);
    const auto arr = split(val, ':');
    if (arr.size() > 2)
        refuse("bad format for links: " + val, at);
    if (arr.size() == 1)
        return {val, val};
    if (startsWith(arr[0], "/"))
        return {arr[0].substr(1), arr[1].substr(arr[1].rfind('/') + 1)};
    return {arr[0], arr[1]};
}

bool linksApply(const HostConfig &hc)
{
    const std::string &nm = hc.networkMode;
    return nm == "default" || nm == "bridge" || nm == "host" || nm == "none" || isContainerMode(nm);
}

// registerLinks: a linked container must exist (and not use host networking).
void registerLinks(const Daemon &daemon, const Container &c)
{
    const HostConfig &hc = c.hostConfig;
    if (!linksApply(hc))
        return;
    for (std::size_t i = 0; i < hc.links.size(); ++i) {
        const std::string at = elementPointer(hc.src, "Links", i);
        const std::string name = parseLink(hc.links[i], at).first;
        try {
            daemon.getContainer(name);
        } catch (const Refused &e) {
            refuse("could not get container for " + name + ": " + e.message(), at);
        }
    }
}

// setupLinkedContainers (withCommonOptions): on the default bridge the
// linked containers must be running.
void setupLinkedContainers(const Daemon &daemon, const Container &c)
{
    const HostConfig &hc = c.hostConfig;
    if (c.config.networkDisabled || (hc.networkMode != "bridge" && hc.networkMode != "default"))
        return;
    for (std::size_t i = 0; i < hc.links.size(); ++i) {
        const std::string at = elementPointer(hc.src, "Links", i);
        const auto [name, alias] = parseLink(hc.links[i], at);
        const EngineContainer &child = daemon.getContainer(name);
        if (!child.running)
            refuse("Cannot link to a non running container: /"
                       + (startsWith(child.name, "/") ? child.name.substr(1) : child.name) + " AS /" + c.name + "/"
                       + alias,
                   at);
    }
}

void run(const Daemon &daemon, Container &c, const BuildOptions &options, BuildResult &out)
{
    HostConfig &hc = c.hostConfig;
    const std::string &hcp = c.hostConfigPointer;

    // The API router (container_routes.go postContainersCreate).
    routerValidate(daemon, c.config, hc, hcp);

    // containerCreate
    if (hc.restartPolicy.name.empty())
        hc.restartPolicy.name = "no";
    verifyContainerSettings(daemon, hc, &c.config, hcp);
    adaptContainerSettings(daemon, hc);

    // create
    mergeAndVerifyConfig(c.config);
    newContainer(daemon, c);
    parseSecurityOpt(daemon, c);
    registerLinks(daemon, c);
    // createContainerOSSpecificSettings: the default masked and readonly paths
    // unless given (or privileged).
    if (!hc.maskedPaths && !hc.privileged) {
        // Read from the prototype: a whole default spec copied for one list
        // would cost more than the rest of this step.
        const auto &defaults = defaultLinuxSpecPrototype().linux_->maskedPaths;
        const auto &thermal = daemon.host.cpuThermalThrottlePaths;
        std::vector<std::string> masked;
        masked.reserve(defaults.size() + thermal.size());
        masked.insert(masked.end(), defaults.begin(), defaults.end());
        masked.insert(masked.end(), thermal.begin(), thermal.end());
        hc.maskedPaths = std::move(masked);
    }
    if (!hc.readonlyPaths && !hc.privileged)
        hc.readonlyPaths = defaultLinuxSpecPrototype().linux_->readonlyPaths;
    registerMountPoints(daemon, c);
    constexpr std::string_view overlay = "/rootfs/overlayfs/";
    c.baseFS.reserve(daemon.root.size() + overlay.size() + c.id.size());
    c.baseFS.append(daemon.root).append(overlay).append(c.id);

    // containerStart: the stored settings are verified again.
    verifyContainerSettings(daemon, hc, nullptr, hcp);
    initializeNetworking(daemon, c);
    std::vector<Mount> mounts = startMounts(daemon, c);

    Provenance *prov = options.recordProvenance ? &out.provenance : nullptr;
    // createSpec always replaces the masked and readonly paths: with the
    // container's lists (set above, defaults and thermal paths included,
    // unless privileged) or, privileged, with none (withMounts clears them).
    // withMounts and withCapabilities write the mounts and capabilities,
    // the defaults they keep taken from the prototype.
    out.spec = defaultLinuxSpecBase(prov);
    SpecWriter w{out.spec, prov};
    setupLinkedContainers(daemon, c);
    createSpec(daemon, c, std::move(mounts), w);
}

} // namespace

void build(const json::Value &root, InputKind kind, Decoder &d, const BuildOptions &options, const HostProfile &host,
           BuildResult &out)
{
    Container c;
    ContainerInput in;
    switch (kind) {
    case InputKind::Scenario:
        decodeScenario(d, root, c, in);
        break;
    case InputKind::CreateBody:
        decodeCreateBody(d, root, Path(), c, in);
        break;
    case InputKind::DockerInspect:
        decodeInspect(d, root, c, in);
        break;
    default:
        d.error(root, Path(), "input-kind", "not a container input");
        return;
    }
    if (kind != InputKind::Scenario && options.engine && !options.engine->isNull()) {
        // The engine settings come from their own file: decode errors there
        // are reported against it.
        Decoder ed({}, "engine", out.diagnostics);
        decodeEngine(ed, *options.engine, Path("engine:"), in.engine);
        if (ed.failed())
            return;
    }
    if (d.failed())
        return;
    out.decoded = true;

    if (c.id.empty()) {
        if (options.id)
            c.id = *options.id;
        else
            c.id = sha256Hex(d.source());
        c.idPointer.clear();
    }
    if (c.name.empty())
        c.name = "container";
    if (startsWith(c.name, "/"))
        c.name = c.name.substr(1);

    if (kind == InputKind::DockerInspect) {
        // `docker inspect` shows the hostname Docker derived (the joined
        // container's, or the short id with the host's UTS namespace); sent
        // back as a request it would conflict with those modes.
        const HostConfig &hc = c.hostConfig;
        if (!c.config.hostname.empty() && (isContainerMode(hc.networkMode) || hc.utsMode == "host")) {
            Diagnostic note;
            note.severity = Severity::Note;
            note.code = "derived-hostname";
            note.message = "Config.Hostname \"" + c.config.hostname
                + "\" was derived by Docker for this network/UTS mode; it is left out of the request";
            note.inputPointer = c.config.src.get("Hostname");
            note.file = d.file();
            out.diagnostics.push_back(std::move(note));
            c.config.hostname.clear();
            if (isContainerMode(hc.networkMode))
                c.config.domainname.clear();
        }
    }
    if (!c.config.image.empty() && kind != InputKind::DockerInspect) {
        Diagnostic note;
        note.severity = Severity::Note;
        note.code = "image-config";
        note.message = "the image's own config (Env, Cmd, Entrypoint, WorkingDir, User, Volumes, ...) is not known "
                       "here: Docker merges it into the container's config first";
        note.inputPointer = c.config.src.get("Image");
        note.file = d.file();
        out.diagnostics.push_back(std::move(note));
    }

    Daemon daemon(in.engine, host, out.diagnostics, d.file());
    try {
        if (!in.hasConfig)
            refuse("config cannot be empty in order to create a container", c.configPointer);
        run(daemon, c, options, out);
    } catch (const Refused &e) {
        out.refused = true;
        out.refusal = e.message();
        out.refusalPointer = e.pointer();
        out.spec = {};
        out.provenance = {};
    }
}

} // namespace oci::container
