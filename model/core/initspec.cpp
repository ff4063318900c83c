// Plugins: install, `docker plugin set`, then InitSpec
// (daemon/pkg/plugin/v2/plugin_linux.go), one function per step in Docker's
// order so that this file reads side by side with moby's.

#include "initspec.h"

#include "defaults.h"
#include "sha256.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>

namespace oci::plugin {

using godecode::Decoder;
using godecode::Path;
using json::Value;

namespace {

// Where a typed value came from in the input: the decoder's records, with
// the fields a `set` argument overwrote pointing at that argument instead.
class Sources
{
public:
    explicit Sources(const Decoder &decoder)
        : m_decoder(decoder)
    {
    }
    std::string of(const void *field) const
    {
        auto it = m_overrides.find(field);
        return it == m_overrides.end() ? m_decoder.sourceOf(field) : it->second;
    }
    std::string ofElement(const void *element) const { return m_decoder.elementSourceOf(element); }
    // Replace `out` with the pointer, keeping its buffer.
    void of(const void *field, std::string &out) const
    {
        if (auto it = m_overrides.find(field); it != m_overrides.end()) {
            out.assign(it->second);
            return;
        }
        out.clear();
        m_decoder.appendSourceOf(out, field);
    }
    void ofElement(const void *element, std::string &out) const
    {
        out.clear();
        m_decoder.appendElementSourceOf(out, element);
    }
    std::unordered_map<const void *, std::string> &overrides() { return m_overrides; }

private:
    const Decoder &m_decoder;
    std::unordered_map<const void *, std::string> m_overrides;
};

struct Context {
    const Scenario &scenario;
    Config &config; // the manifest; `set` writes through shared sources
    Settings settings;
    Sources sources;
    const HostProfile &host;
    Provenance *provenance;
    spec::Spec &s;
    BuildResult &out;

    void record(std::string_view specPointer, std::string_view step, std::initializer_list<std::string_view> inputs = {})
    {
        if (provenance)
            provenance->record(specPointer, step, inputs);
    }
    void record(std::string_view specPointer, std::string_view step, const std::vector<std::string> &inputs)
    {
        if (provenance)
            provenance->record(specPointer, step, inputs);
    }
    void recordNonEmpty(std::string_view specPointer, std::string_view step,
                        std::initializer_list<std::string_view> inputs)
    {
        if (provenance)
            provenance->recordNonEmpty(specPointer, step, inputs);
    }
    bool refuse(std::string message, std::string pointer = {})
    {
        out.refused = true;
        out.refusal = std::move(message);
        out.refusalPointer = std::move(pointer);
        return false;
    }
};

std::string at(std::string_view base, std::size_t index)
{
    // Sized once: a copy of `base` would be exactly full and regrow.
    char digits[24];
    const auto length = static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, index).ptr - digits);
    std::string p;
    p.reserve(base.size() + 1 + length);
    p.append(base).append(1, '/').append(digits, length);
    return p;
}

// A new mount at the end of the spec's, filled in place: a mount built
// aside would be moved in and destroyed.
spec::Mount &appendMount(Context &c)
{
    return c.s.mounts.emplace_back();
}

// The last mount's pointer, for its record.
std::string lastMountPointer(const Context &c)
{
    return at("/mounts", c.s.mounts.size() - 1);
}

// oci.RemoveNamespace
void removeNamespace(Context &c, std::string_view type, std::string_view step, std::string_view input)
{
    auto &ns = c.s.linux_->namespaces;
    for (std::size_t i = 0; i < ns.size(); ++i) {
        if (ns[i].type == type) {
            ns.erase(ns.begin() + static_cast<std::ptrdiff_t>(i));
            if (c.provenance) {
                c.provenance->eraseArrayElement("/linux/namespaces", i);
                c.provenance->record("/linux/namespaces", step, {input});
            }
            return;
        }
    }
}

std::string_view dirname(std::string_view path)
{
    // filepath.Dir: everything before the last slash, cleaned.
    while (path.size() > 1 && path.back() == '/')
        path.remove_suffix(1);
    const std::size_t slash = path.rfind('/');
    if (slash == std::string_view::npos)
        return ".";
    if (slash == 0)
        return "/";
    return path.substr(0, slash);
}

// filepath.Join(a, b) for the simple absolute paths Docker joins here.
std::string joinPath(std::string_view a, std::string_view b)
{
    while (a.size() > 1 && a.back() == '/')
        a.remove_suffix(1);
    if (!b.empty() && b.front() == '/')
        b.remove_prefix(1);
    if (a.empty())
        return std::string(b);
    std::string out;
    out.reserve(a.size() + 1 + b.size());
    out.append(a);
    if (a != "/")
        out.push_back('/');
    out.append(b);
    return out;
}

// --- InitSpec steps ---------------------------------------------------------

void withRoot(Context &c)
{
    c.s.root = spec::Root{c.scenario.rootfs, false};
    c.record("/root", "InitSpec: root", {c.scenario.rootfsPointer});
}

// Each option made once in place: a list of std::string would make them
// twice, the list's own and the copies.
void setOptions(spec::Mount &m, std::initializer_list<std::string_view> options)
{
    m.options.reserve(options.size());
    for (const std::string_view o : options)
        m.options.emplace_back(o);
}

void withPropagatedMount(Context &c)
{
    if (c.config.propagatedMount.empty())
        return;
    const std::string src = c.sources.of(&c.config.propagatedMount);
    spec::Mount &m = appendMount(c);
    m.destination = c.config.propagatedMount;
    m.type = "bind";
    m.source = joinPath(dirname(c.scenario.rootfs), "propagated-mount");
    setOptions(m, {"rbind", "rw", "rshared"});
    c.record(lastMountPointer(c), "InitSpec: PropagatedMount", {src, c.scenario.rootfsPointer});
    c.s.linux_->rootfsPropagation = "rshared";
    c.record("/linux/rootfsPropagation", "InitSpec: PropagatedMount", {src});
}

// A mount InitSpec appends with fixed parts.
void appendBindMount(Context &c, const std::string &source, std::string_view destination,
                     std::initializer_list<std::string_view> options, std::initializer_list<std::string_view> inputs)
{
    spec::Mount &m = appendMount(c);
    m.destination = destination;
    m.type = "bind";
    m.source = source;
    setOptions(m, options);
    c.record(lastMountPointer(c), "InitSpec: mounts", inputs);
}

// The plugin's mounts, the runtime socket dir, and /etc/hosts and
// /etc/resolv.conf for plugins with a network type. Docker lists the mounts,
// removes namespaces, then appends the mounts; the removals touch no mount,
// so here they come first and each mount is appended as it is read.
bool withMounts(Context &c, const std::string &runtimeDir)
{
    std::string net;
    if (!c.config.networkType.empty()) {
        net = c.sources.of(&c.config.networkType);
        if (c.config.networkType == "host")
            removeNamespace(c, "network", "InitSpec: Network", net);
    }
    if (c.config.pidHost)
        removeNamespace(c, "pid", "InitSpec: PidHost", c.sources.of(&c.config.pidHost));
    if (c.config.ipcHost)
        removeNamespace(c, "ipc", "InitSpec: IpcHost", c.sources.of(&c.config.ipcHost));

    std::string elem;
    std::string setBy;
    for (const Mount &pm : c.config.mounts) {
        c.sources.ofElement(&pm, elem);
        if (!pm.source)
            return c.refuse("mount source is not specified", elem);
        // A source `set` overwrote names the argument too; one decoded with
        // the element is covered by the element's pointer.
        c.sources.of(&*pm.source, setBy);
        if (elem.empty() ? setBy == "/source" : setBy.rfind(elem, 0) == 0)
            setBy.clear();
        spec::Mount &m = appendMount(c);
        m.destination = pm.destination;
        m.type = pm.type;
        m.source = *pm.source;
        m.options = pm.options;
        c.recordNonEmpty(lastMountPointer(c), "InitSpec: mounts", {elem, setBy});
    }
    appendBindMount(c, runtimeDir, "/run/docker/plugins", {"rbind", "rshared"},
                    {c.scenario.execRootPointer, c.scenario.idPointer});
    if (!c.config.networkType.empty()) {
        static const std::string etcHosts = "/etc/hosts";
        static const std::string resolvConf = "/etc/resolv.conf";
        appendBindMount(c, etcHosts, etcHosts, {"rbind", "ro"}, {net});
        appendBindMount(c, resolvConf, resolvConf, {"rbind", "ro"}, {net});
    }
    return true;
}

// Go's `for i, m := range s.Mounts { ... s.Mounts = append(s.Mounts[:i],
// s.Mounts[i+1:]...) }`: the range evaluates the slice once, so it walks the
// original length over a backing array that each removal shifts left in place.
// The element after a removed one is skipped and stale tail slots are read
// again; Docker really produces what this emulation produces.
void removeUserDevMounts(Context &c)
{
    if (c.config.mounts.empty())
        return;
    std::vector<spec::Mount> &backing = c.s.mounts; // the array; `len` below is the slice header
    const std::size_t rangeLength = backing.size();
    // The plugin's mount destinations, sorted; `set` does not change them.
    std::vector<std::string_view> userMounts;
    userMounts.reserve(c.config.mounts.size());
    for (const auto &m : c.config.mounts)
        userMounts.push_back(m.destination);
    std::sort(userMounts.begin(), userMounts.end());
    auto replaced = [&](const std::string &destination) {
        return destination.rfind("/dev/", 0) == 0
            && std::binary_search(userMounts.begin(), userMounts.end(), std::string_view(destination));
    };
    // Most plugins mount nothing over a default /dev mount: nothing moves.
    if (std::none_of(backing.begin(), backing.end(), [&](const spec::Mount &m) { return replaced(m.destination); }))
        return;
    std::size_t len = backing.size();
    // Provenance follows the same moves: one record per slot.
    std::vector<Origin> origins;
    if (c.provenance) {
        origins.reserve(rangeLength);
        for (std::size_t i = 0; i < rangeLength; ++i) {
            const Origin *o = c.provenance->lookup(at("/mounts", i));
            origins.push_back(o ? *o : Origin{});
        }
    }
    for (std::size_t i = 0; i < rangeLength; ++i) {
        // The range variable is a copy of slot i; only its destination is read.
        if (!replaced(backing[i].destination))
            continue;
        // append(s[:i], s[i+1:len]...) shifts slots i+1..len-1 left by one.
        // Go's slice expression s.Mounts[:i] panics when i > len; Docker never
        // gets there because removals only ever shrink len by one per slot.
        if (i >= len)
            continue;
        for (std::size_t j = i; j + 1 < len; ++j) {
            backing[j] = backing[j + 1];
            if (c.provenance)
                origins[j] = origins[j + 1];
        }
        --len;
    }
    if (len == rangeLength)
        return;
    backing.resize(len);
    if (c.provenance) {
        // The origins' texts live in the provenance's arena, which erase()
        // leaves in place.
        c.provenance->erase("/mounts");
        for (std::size_t i = 0; i < len; ++i) {
            Origin o = origins[i];
            if (o.step.empty())
                o.step = "DefaultLinuxSpec";
            c.provenance->record(at("/mounts", i), o);
        }
        c.provenance->record("/mounts", "InitSpec: /dev mounts replaced by user mounts");
    }
}

void withAllowAllDevices(Context &c)
{
    if (!c.config.linuxConfig.allowAllDevices)
        return;
    spec::LinuxDeviceCgroup all;
    all.allow = true;
    all.access = "rwm";
    c.s.linux_->resources->devices = {all};
    if (c.provenance) {
        c.provenance->erase("/linux/resources/devices");
        c.record("/linux/resources/devices", "InitSpec: AllowAllDevices",
                 {c.sources.of(&c.config.linuxConfig.allowAllDevices)});
    }
}

// WalkDir visits a directory's entries in lexical order, depth first: compare
// paths component by component, not as plain strings.
bool walkOrder(std::string_view a, std::string_view b)
{
    while (!a.empty() && !b.empty()) {
        const std::size_t ea = a.find('/'), eb = b.find('/');
        const std::string_view ca = a.substr(0, ea), cb = b.substr(0, eb);
        if (ca != cb)
            return ca < cb;
        a = ea == std::string_view::npos ? std::string_view() : a.substr(ea + 1);
        b = eb == std::string_view::npos ? std::string_view() : b.substr(eb + 1);
    }
    return a.size() < b.size();
}

// oci.DevicesFromPath(path, path, "rwm") over the host profile's device nodes.
bool withDevices(Context &c)
{
    // A scan per device is quadratic in large manifests.
    std::optional<HostProfile::DeviceIndex> index;
    if (c.config.linuxConfig.devices.size() >= 8)
        index.emplace(c.host);
    // Buffers kept across devices.
    std::string elem;
    std::string setBy;
    std::vector<const HostDevice *> found;
    for (const auto &dev : c.config.linuxConfig.devices) {
        c.sources.ofElement(&dev, elem);
        if (!dev.path)
            return c.refuse("plugin device has no path (Docker dereferences a nil Path here)", elem);
        const std::string &path = *dev.path;
        c.sources.of(&*dev.path, setBy);
        // The element's pointer, even empty, and the `set` argument that
        // overwrote the path, if any.
        const bool bySet = !setBy.empty() && (elem.empty() || setBy.rfind(elem, 0) != 0);
        auto record = [&](std::string_view pointer) {
            if (bySet)
                c.record(pointer, "InitSpec: devices", {elem, setBy});
            else
                c.record(pointer, "InitSpec: devices", {elem});
        };
        found.clear();
        if (const HostDevice *hd = index ? index->find(path) : c.host.device(path)) {
            found.push_back(hd);
        } else {
            std::string prefix = path;
            while (prefix.size() > 1 && prefix.back() == '/')
                prefix.pop_back();
            prefix.push_back('/');
            for (const auto &hd2 : c.host.devices)
                if (hd2.path.rfind(prefix, 0) == 0)
                    found.push_back(&hd2);
            std::sort(found.begin(), found.end(),
                      [](const HostDevice *a, const HostDevice *b) { return walkOrder(a->path, b->path); });
        }
        if (found.empty())
            return c.refuse("error gathering device information while adding custom device \"" + path
                                + "\": no such file or directory",
                            setBy.empty() ? elem : setBy);
        // Both filled in place at the end of their lists.
        for (const HostDevice *hd : found) {
            auto &devices = c.s.linux_->devices;
            spec::LinuxDevice &d = devices.emplace_back();
            d.path = hd->path;
            d.type = hd->type;
            d.major = hd->major;
            d.minor = hd->minor;
            d.fileMode = hd->fileMode;
            d.uid = hd->uid;
            d.gid = hd->gid;
            record(at("/linux/devices", devices.size() - 1));
            auto &rules = c.s.linux_->resources->devices;
            spec::LinuxDeviceCgroup &r = rules.emplace_back();
            r.allow = true;
            r.type = hd->type;
            r.major = hd->major;
            r.minor = hd->minor;
            r.access = "rwm";
            record(at("/linux/resources/devices", rules.size() - 1));
        }
    }
    return true;
}

void withProcess(Context &c)
{
    auto &p = *c.s.process;
    p.env.clear();
    p.env.reserve(1 + c.settings.env.size());
    p.env.push_back("PATH=" + c.host.defaultPath);
    c.record("/process/env/0", "InitSpec: env", {"host:/defaultPath"});
    // Install-time entries come from the first manifest env of their name.
    std::unordered_map<std::string_view, const Env *> byName;
    if (c.provenance && !c.config.env.empty()) {
        byName.reserve(c.config.env.size());
        for (const auto &e : c.config.env)
            byName.emplace(e.name, &e);
    }
    // Both pointers are rebuilt in place per entry: no string per record.
    std::string pointer = "/process/env";
    const std::size_t base = pointer.size();
    std::string in;
    for (std::size_t i = 0; i < c.settings.env.size(); ++i) {
        if (c.provenance) {
            pointer.resize(base);
            json::appendPointerIndex(pointer, p.env.size());
            const std::string_view entry = c.settings.env[i];
            if (!c.settings.envSources[i].empty()) {
                c.record(pointer, "InitSpec: env", {c.settings.envSources[i]});
            } else if (auto it = byName.find(entry.substr(0, entry.find('='))); it != byName.end()) {
                c.sources.ofElement(it->second, in);
                c.record(pointer, "InitSpec: env", {in});
            } else {
                c.record(pointer, "InitSpec: env");
            }
        }
        // The settings are not read again.
        p.env.push_back(std::move(c.settings.env[i]));
    }
    p.args = c.config.entrypoint;
    c.recordNonEmpty("/process/args", "InitSpec: args", {c.sources.of(&c.config.entrypoint)});
    for (std::size_t i = 0; i < c.settings.args.size(); ++i) {
        p.args.push_back(c.settings.args[i]);
        std::string src = c.settings.argsSources[i];
        if (src.empty()) {
            src = c.sources.of(&c.config.args.value);
            if (!src.empty())
                json::appendPointerIndex(src, i);
        }
        c.record(at("/process/args", p.args.size() - 1), "InitSpec: args", {src});
    }
    p.cwd = c.config.workDir.empty() ? "/" : c.config.workDir;
    c.recordNonEmpty("/process/cwd", "InitSpec: cwd", {c.sources.of(&c.config.workDir)});
    p.terminal = false;
}

// Appended without de-duplication, to every set including inheritable.
void withCapabilities(Context &c)
{
    const auto &extra = c.config.linuxConfig.capabilities;
    if (extra.empty())
        return;
    auto &caps = *c.s.process->capabilities;
    const std::string src = c.sources.of(&extra);
    // Both pointers are rebuilt in place per element: no string per record.
    std::string in;
    in.reserve(src.size() + 24);
    in = src;
    std::string pointer;
    pointer.reserve(64);
    for (auto *set : {&caps.bounding, &caps.permitted, &caps.inheritable, &caps.effective}) {
        const char *name = set == &caps.bounding ? "bounding"
            : set == &caps.permitted             ? "permitted"
            : set == &caps.inheritable           ? "inheritable"
                                                 : "effective";
        pointer.assign("/process/capabilities/").append(name);
        const std::size_t base = pointer.size();
        set->reserve(set->size() + extra.size());
        for (std::size_t i = 0; i < extra.size(); ++i) {
            set->push_back(extra[i]);
            if (!src.empty()) {
                in.resize(src.size());
                json::appendPointerIndex(in, i);
            }
            pointer.resize(base);
            json::appendPointerIndex(pointer, set->size() - 1);
            c.record(pointer, "InitSpec: capabilities", {in});
        }
    }
}

// A daemon inside a user namespace adds the mount flags the kernel locked on
// each bind source (mountopts.UnprivilegedMountFlags), de-duplicated.
void withLockedMountFlags(Context &c)
{
    if (!c.host.inUserNamespace || c.host.lockedMountFlags.empty())
        return;
    for (std::size_t i = 0; i < c.s.mounts.size(); ++i) {
        auto &m = c.s.mounts[i];
        const bool isBind = std::any_of(m.options.begin(), m.options.end(),
                                        [](const std::string &o) { return o == "bind" || o == "rbind"; });
        if (!isBind)
            continue;
        std::vector<std::string> merged;
        for (const auto &o : m.options)
            if (std::find(merged.begin(), merged.end(), o) == merged.end())
                merged.push_back(o);
        for (const auto &o : c.host.lockedMountFlags)
            if (std::find(merged.begin(), merged.end(), o) == merged.end())
                merged.push_back(o);
        m.options = std::move(merged);
        c.record(at("/mounts", i) + "/options", "InitSpec: userns locked mount flags", {"host:/lockedMountFlags"});
    }
}

bool initSpec(Context &c)
{
    c.s = defaultLinuxSpec(c.host, c.provenance);
    withRoot(c);
    const std::string runtimeDir = joinPath(c.scenario.execRoot, c.scenario.id);
    withPropagatedMount(c);
    if (!withMounts(c, runtimeDir))
        return false;
    removeUserDevMounts(c);
    withAllowAllDevices(c);
    if (!withDevices(c))
        return false;
    withProcess(c);
    withCapabilities(c);
    withLockedMountFlags(c);
    return true;
}

} // namespace

void decodeScenario(Decoder &d, const Value &v, const Path &path, Scenario &out)
{
    static constexpr godecode::FieldTable<6> fields
        = std::array<std::string_view, 6>{"kind", "id", "rootfs", "execRoot", "manifest", "set"};
    godecode::decodeStruct(
        d, v, path, "PluginScenario", fields,
        [&](int f, const Value &m, const Path &p) {
            switch (f) {
            case 0: godecode::decode(d, m, p, out.kind); break;
            case 1:
                godecode::decode(d, m, p, out.id);
                out.idPointer = p.pointer();
                break;
            case 2:
                godecode::decode(d, m, p, out.rootfs);
                out.rootfsPointer = p.pointer();
                break;
            case 3:
                godecode::decode(d, m, p, out.execRoot);
                out.execRootPointer = p.pointer();
                break;
            case 4: decodeConfig(d, m, p, out.manifest); break;
            case 5:
                godecode::decode(d, m, p, out.set);
                out.setPointer = p.pointer();
                break;
            }
        },
        {"host", "ui"});
}

void buildScenario(Scenario &scenario, Decoder &d, const HostProfile &host, BuildResult &out)
{
    out.decoded = true;
    // `set` writes through to the manifest (Docker shares the source/path
    // pointers between the manifest and the settings), so the context works
    // on the scenario's own manifest and the decoder's records stay valid.
    Context c{scenario, scenario.manifest, initEmptySettings(scenario.manifest), Sources(d),
              host, &out.provenance, out.spec, out};

    std::vector<std::string> argPointers;
    for (std::size_t i = 0; i < scenario.set.size(); ++i) {
        if (i >= scenario.setCountInDocument || scenario.setPointer.empty()) {
            argPointers.push_back("--set");
            continue;
        }
        std::string p = scenario.setPointer;
        json::appendPointerIndex(p, i);
        argPointers.push_back(std::move(p));
    }
    SetError err;
    if (!applySet(c.config, c.settings, scenario.set, argPointers, err, c.sources.overrides())) {
        out.refused = true;
        out.refusal = "set: " + err.message;
        out.refusalPointer = err.argument < argPointers.size() ? argPointers[err.argument] : std::string();
        return;
    }
    if (!initSpec(c))
        out.refusal = "initspec: " + out.refusal;
}

void build(const Value &root, InputKind kind, Decoder &d, const BuildOptions &options, const HostProfile &host,
           BuildResult &out)
{
    Scenario scenario;
    if (kind == InputKind::Scenario) {
        decodeScenario(d, root, Path(), scenario);
    } else {
        decodeConfig(d, root, Path(), scenario.manifest);
        scenario.id = options.id ? *options.id : sha256Hex(d.source()).substr(0, 64);
        scenario.rootfs = "/var/lib/docker/plugins/" + scenario.id + "/rootfs";
        scenario.execRoot = "/run/docker/plugins";
    }
    scenario.setCountInDocument = scenario.set.size();
    for (const auto &extra : options.extraSet)
        scenario.set.push_back(extra);
    if (d.failed())
        return;
    buildScenario(scenario, d, host, out);
}

} // namespace oci::plugin
