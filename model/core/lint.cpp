// Lint of the inputs Docker builds from: what plugin authors and container
// users get wrong and Docker does not say (it ignores unknown keys and some
// settings silently, or fails late with a terse message). Each finding points
// into the input and, where there is one, says how to fix it.

#include "validator.h"

#include "containerconfig.h"
#include "godecode.h"
#include "hostprofile.h"
#include "initspec.h"
#include "plugin.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace oci {

namespace {

using godecode::Decoder;
using godecode::Path;

class Lint
{
public:
    explicit Lint(Diagnostics &out)
        : m_out(out)
    {
    }
    void add(Severity severity, std::string code, std::string pointer, std::string message)
    {
        Diagnostic d;
        d.severity = severity;
        d.code = std::move(code);
        d.inputPointer = std::move(pointer);
        d.message = std::move(message);
        m_out.push_back(std::move(d));
    }

private:
    Diagnostics &m_out;
};

std::string quote(std::string_view s)
{
    return '"' + std::string(s) + '"';
}

std::string child(std::string_view base, std::string_view token)
{
    std::string p(base);
    json::appendPointerToken(p, token);
    return p;
}

std::string index(std::string_view base, std::size_t i)
{
    std::string p(base);
    json::appendPointerIndex(p, i);
    return p;
}

// The member of `object` that Go decodes into the struct field `field`: the
// last key equal to it ignoring case. Its pointer, or `fallback` when absent.
std::string fieldPointer(const json::Value *object, std::string_view base, std::string_view field,
                         std::string_view fallback)
{
    if (object && object->isObject())
        for (std::size_t i = object->size(); i > 0; --i)
            if (json::equalFold(object->key(i - 1), field))
                return child(base, object->key(i - 1));
    return std::string(fallback);
}

const json::Value *fieldValue(const json::Value *object, std::string_view field)
{
    if (object && object->isObject())
        for (std::size_t i = object->size(); i > 0; --i)
            if (json::equalFold(object->key(i - 1), field))
                return &object->at(i - 1);
    return nullptr;
}

// --- keys written twice --------------------------------------------------

// Go decodes every occurrence of a key, in order, into the same field: the
// later one silently wins (or merges). In struct positions keys also match
// ignoring case, so `Env` and `env` collide too: `foldUnder` names the
// subtree whose objects are all structs (the plugin manifest), or is null.
void lintDuplicateKeys(const json::Value &v, std::string &pointer, const std::string *foldUnder, Lint &lint)
{
    const bool fold = foldUnder && pointer.compare(0, foldUnder->size(), *foldUnder) == 0
        && (pointer.size() == foldUnder->size() || pointer[foldUnder->size()] == '/');
    if (v.isObject()) {
        for (std::size_t i = 0; i < v.size(); ++i) {
            for (std::size_t j = 0; j < i; ++j) {
                const bool same = v.key(j) == v.key(i);
                if (!same && !(fold && json::equalFold(v.key(j), v.key(i))))
                    continue;
                const std::string where = child(pointer, v.key(i));
                if (same)
                    lint.add(Severity::Warning, "duplicate-key", where,
                             "key " + quote(v.key(i))
                                 + " appears more than once in this object: Docker decodes each in turn, so this "
                                   "later one replaces (or merges into) the earlier; keep one");
                else
                    lint.add(Severity::Warning, "duplicate-key", where,
                             quote(v.key(i)) + " and " + quote(v.key(j))
                                 + " name the same field (Docker matches keys ignoring case): the later one "
                                   "replaces (or merges into) the earlier; keep one");
                break;
            }
        }
    }
    if (!v.isObject() && !v.isArray())
        return;
    const std::size_t length = pointer.size();
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v.isObject())
            json::appendPointerToken(pointer, v.key(i));
        else
            json::appendPointerIndex(pointer, i);
        lintDuplicateKeys(v.at(i), pointer, foldUnder, lint);
        pointer.resize(length);
    }
}

// --- plugins -------------------------------------------------------------

struct PluginInput {
    plugin::Scenario scenario;
    std::string manifestPointer; // "" for a bare manifest, "/manifest" (as written) in a scenario
    const json::Value *manifest = nullptr;
    // Pointers are spelled out only for the fields a finding names: a
    // stress manifest records tens of thousands.
    const Decoder *decoder = nullptr;

    std::string of(const void *field) const { return decoder ? decoder->sourceOf(field) : std::string(); }
    std::string ofElement(const void *element) const
    {
        return decoder ? decoder->elementSourceOf(element) : std::string();
    }
};

const char *allowedField(std::string_view kind)
{
    if (kind == "mount")
        return "source";
    if (kind == "device")
        return "path";
    return "value";
}

std::string article(std::string_view kind)
{
    if (kind == "args")
        return "args";
    return (kind == "env" ? "an " : "a ") + std::string(kind);
}

// `settable` lists of one entry: fields Docker lets `set` change.
void lintSettable(const json::Value &root, std::string_view kind, const std::string &name,
                  const std::vector<std::string> &settable, const std::string &elementPointer, Lint &lint)
{
    if (settable.empty())
        return;
    const json::Value *raw = json::resolvePointer(root, elementPointer);
    const std::string settablePointer = fieldPointer(raw, elementPointer, "Settable", elementPointer);
    const std::string allowed = allowedField(kind);
    for (std::size_t i = 0; i < settable.size(); ++i) {
        if (settable[i] == allowed)
            continue;
        const std::string setting = (name.empty() ? std::string("NAME") : name) + '.' + settable[i];
        lint.add(Severity::Warning, "settable-field-not-allowed", index(settablePointer, i),
                 quote(settable[i]) + " cannot be set on " + article(kind) + ": Docker only lets `set` change its "
                     + quote(allowed) + " (`docker plugin set " + setting + "=...` fails: " + quote(setting)
                     + " is not settable); write [" + quote(allowed) + "]");
    }
    if (name.empty())
        lint.add(Severity::Warning, "settable-nothing-to-set", settablePointer,
                 "this " + std::string(kind == "args" ? "args object" : kind)
                     + " is settable but has no name: `docker plugin set` finds entries by name, so nothing can "
                       "ever set it; give it a \"name\"");
}

void lintInterface(const PluginInput &in, Lint &lint)
{
    const plugin::Interface &itf = in.scenario.manifest.interface;
    const std::string itfPointer = fieldPointer(in.manifest, in.manifestPointer, "Interface", "");
    const json::Value *rawItf = fieldValue(in.manifest, "Interface");
    const std::string where = itfPointer.empty() ? in.manifestPointer : itfPointer;
    if (itf.socket.empty())
        lint.add(Severity::Warning, "plugin-socket-missing", fieldPointer(rawItf, itfPointer, "Socket", where),
                 "the manifest names no interface socket: Docker cannot reach the plugin; add \"interface\": "
                 "{\"socket\": \"plugin.sock\", ...} and listen on /run/docker/plugins/plugin.sock");
    if (itf.types.empty()) {
        lint.add(Severity::Warning, "plugin-types-missing", fieldPointer(rawItf, itfPointer, "Types", where),
                 "the manifest declares no interface types: Docker will use the plugin for nothing; add e.g. "
                 "\"types\": [\"docker.volumedriver/1.0\"]");
        return;
    }
    const std::string typesPointer = fieldPointer(rawItf, itfPointer, "Types", where);
    for (std::size_t i = 0; i < itf.types.size(); ++i) {
        const std::string &t = itf.types[i];
        const std::size_t slash = t.find('/');
        const std::size_t dot = t.substr(0, slash).find('.');
        if (slash == std::string::npos || dot == std::string::npos || dot == 0 || slash == dot + 1
            || slash + 1 == t.size())
            lint.add(Severity::Warning, "plugin-type-format", index(typesPointer, i),
                     quote(t) + " is not an interface type of the form prefix.capability/version, e.g. "
                                "\"docker.volumedriver/1.0\"");
    }
}

void lintPluginCapabilities(const PluginInput &in, Lint &lint)
{
    const auto &caps = in.scenario.manifest.linuxConfig.capabilities;
    const std::string base = in.of(&in.scenario.manifest.linuxConfig.capabilities);
    const auto &known = allKnownCapabilities();
    std::vector<std::string_view> knownViews(known.begin(), known.end());
    for (std::size_t i = 0; i < caps.size(); ++i) {
        const std::string &cap = caps[i];
        const std::string where = base.empty() ? in.manifestPointer : index(base, i);
        if (std::find(known.begin(), known.end(), cap) != known.end())
            continue;
        std::string fixed = cap;
        std::transform(fixed.begin(), fixed.end(), fixed.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        if (fixed.rfind("CAP_", 0) != 0)
            fixed = "CAP_" + fixed;
        const bool knownOnceFixed = std::find(known.begin(), known.end(), fixed) != known.end();
        // The spec Docker makes then holds a name the runtime MUST refuse.
        if (cap.rfind("CAP_", 0) != 0)
            lint.add(Severity::Error, "capability-prefix", where,
                     quote(cap) + " lacks the CAP_ prefix: Docker passes plugin capabilities to the runtime as "
                                  "written, and the runtime knows only CAP_ names"
                         + (knownOnceFixed ? "; write " + quote(fixed) : std::string()));
        else {
            std::string message = quote(cap) + " is not a Linux capability (capabilities(7))";
            if (knownOnceFixed)
                message += "; write " + quote(fixed);
            else if (auto guess = godecode::didYouMean(cap, knownViews); !guess.empty())
                message += "; did you mean " + quote(guess) + "?";
            lint.add(Severity::Error, "capability-unknown", where, std::move(message));
        }
    }
}

// Why `set NAME[.FIELD]` is not settable, and the fix, by the entry Docker
// finds first under that name.
std::string notSettableHint(const plugin::Config &m, const std::string &name, const std::string &field)
{
    std::string kind;
    const std::vector<std::string> *settable = nullptr;
    for (const auto &e : m.env)
        if (!settable && e.name == name) {
            kind = "env";
            settable = &e.settable;
        }
    for (const auto &mnt : m.mounts)
        if (!settable && mnt.name == name) {
            kind = "mount";
            settable = &mnt.settable;
        }
    for (const auto &dev : m.linuxConfig.devices)
        if (!settable && dev.name == name) {
            kind = "device";
            settable = &dev.settable;
        }
    if (!settable && m.args.name == name) {
        kind = "args";
        settable = &m.args.settable;
    }
    if (!settable)
        return {};
    const std::string allowed = allowedField(kind);
    if (!field.empty() && field != allowed)
        return "only " + quote(allowed) + " can be set on " + article(kind) + ": write " + name + '.' + allowed
            + "=VALUE";
    return "the manifest must list " + quote(allowed) + " in the \"settable\" of " + article(kind) + ' '
        + quote(name);
}

// Runs `docker plugin set` with one argument on a fresh install: an argument
// that fails there fails in Docker whatever comes with it.
void lintSetArguments(const PluginInput &in, Lint &lint)
{
    const plugin::Scenario &s = in.scenario;
    std::vector<std::string_view> names;
    for (const auto &e : s.manifest.env)
        names.push_back(e.name);
    for (const auto &m : s.manifest.mounts)
        names.push_back(m.name);
    for (const auto &d : s.manifest.linuxConfig.devices)
        names.push_back(d.name);
    if (!s.manifest.args.name.empty())
        names.push_back(s.manifest.args.name);
    for (std::size_t i = 0; i < s.set.size(); ++i) {
        const std::string &arg = s.set[i];
        const std::string where = i < s.setCountInDocument && !s.setPointer.empty() ? index(s.setPointer, i) : "--set";
        plugin::Config config = s.manifest;
        plugin::Settings settings = plugin::initEmptySettings(config);
        plugin::SetError err;
        std::unordered_map<const void *, std::string> ignored;
        if (plugin::applySet(config, settings, {arg}, {where}, err, ignored))
            continue;
        std::string name = arg.substr(0, arg.find('='));
        std::string field;
        if (const std::size_t dot = name.rfind('.'); dot != std::string::npos && dot > 0) {
            field = name.substr(dot + 1);
            name = name.substr(0, dot);
        }
        std::string hint;
        if (err.message.find("invalid format") != std::string::npos) {
            hint = "write NAME=VALUE or NAME.FIELD=VALUE";
        } else if (err.message.find("not found") != std::string::npos) {
            const auto guess = godecode::didYouMean(name, names);
            hint = guess.empty() ? "the manifest has no env, mount, device or args named " + quote(name)
                                 : "did you mean " + quote(guess) + "?";
        } else if (err.message.find("multiple fields") != std::string::npos) {
            hint = "name the field: " + name + ".FIELD=VALUE";
        } else if (err.message.find("not settable") != std::string::npos) {
            hint = notSettableHint(s.manifest, name, field);
        } else if (err.message.find("no mount source") != std::string::npos
                   || err.message.find("no device path") != std::string::npos) {
            hint = "give the manifest entry a default value: Docker cannot set a null one";
        }
        lint.add(Severity::Error, "set-argument", where,
                 "`docker plugin set " + arg + "` fails: " + err.message + (hint.empty() ? "" : "; " + hint));
    }
}

// `set NAME=` finds the first env, then mount, then device, then args of that
// name: a name used twice makes the later entries unreachable, and two env
// entries of one name both reach the environment.
void lintPluginNames(const PluginInput &in, Lint &lint)
{
    const plugin::Config &m = in.scenario.manifest;
    struct Named {
        const std::string *name;
        const char *kind;
        const void *element;
    };
    std::vector<Named> named;
    named.reserve(m.env.size() + m.mounts.size() + m.linuxConfig.devices.size());
    for (const auto &e : m.env)
        named.push_back({&e.name, "env", &e});
    for (const auto &mnt : m.mounts)
        named.push_back({&mnt.name, "mount", &mnt});
    for (const auto &dev : m.linuxConfig.devices)
        named.push_back({&dev.name, "device", &dev});
    // The first declaration of each name; a stress manifest has thousands.
    std::unordered_map<std::string_view, std::size_t> first;
    first.reserve(named.size());
    for (std::size_t i = 0; i < named.size(); ++i) {
        const std::string &name = *named[i].name;
        if (name.empty())
            continue;
        const auto [it, inserted] = first.emplace(name, i);
        if (inserted)
            continue;
        const Named &earlier = named[it->second];
        const std::string earlierPointer = in.ofElement(earlier.element);
        std::string message = article(named[i].kind) + " named " + quote(name) + " is already declared (by "
            + article(earlier.kind) + " at " + (earlierPointer.empty() ? "?" : earlierPointer) + "): ";
        if (std::string_view(named[i].kind) == "env" && std::string_view(earlier.kind) == "env")
            message += "Docker puts both into the environment and `docker plugin set " + name
                + "=...` replaces only the first; keep one";
        else
            message += "`docker plugin set " + name + "=...` only ever finds the first; rename one";
        message[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(message[0])));
        lint.add(Severity::Warning, "plugin-name-duplicate", in.ofElement(named[i].element), std::move(message));
    }
}

void lintPlugin(const json::Value &root, InputKind kind, const BuildOptions &build, Lint &lint)
{
    PluginInput in;
    Diagnostics ignored; // the build reported the decoding already
    Decoder d({}, {}, ignored);
    if (kind == InputKind::Scenario) {
        plugin::decodeScenario(d, root, Path(), in.scenario);
        in.manifestPointer = fieldPointer(&root, "", "manifest", "/manifest");
        in.manifest = fieldValue(&root, "manifest");
    } else {
        plugin::decodeConfig(d, root, Path(), in.scenario.manifest);
        in.manifest = &root;
    }
    if (d.failed())
        return;
    in.scenario.setCountInDocument = in.scenario.set.size();
    for (const auto &extra : build.extraSet)
        in.scenario.set.push_back(extra);
    in.decoder = &d;
    const plugin::Config &m = in.scenario.manifest;

    {
        std::string pointer;
        lintDuplicateKeys(root, pointer, &in.manifestPointer, lint);
    }
    lintInterface(in, lint);

    const std::string argsPointer = fieldPointer(in.manifest, in.manifestPointer, "Args", in.manifestPointer);
    lintSettable(root, "args", m.args.name, m.args.settable, argsPointer, lint);

    for (const auto &e : m.env) {
        const std::string p = in.ofElement(&e);
        lintSettable(root, "env", e.name, e.settable, p, lint);
        if (e.name.empty())
            lint.add(Severity::Warning, "plugin-env-name-missing", p,
                     "this env entry has no name: it becomes \"=value\" in the environment; give it a \"name\"");
        const bool settable = std::find(e.settable.begin(), e.settable.end(), "value") != e.settable.end();
        if (!e.value && !settable && !e.name.empty())
            lint.add(Severity::Warning, "plugin-env-unset", p,
                     "env " + quote(e.name) + " has no value and is not settable: it never reaches the plugin's "
                     "environment; give it a \"value\" or add \"value\" to its settable");
    }
    for (const auto &mnt : m.mounts) {
        const std::string p = in.ofElement(&mnt);
        const json::Value *raw = json::resolvePointer(root, p);
        lintSettable(root, "mount", mnt.name, mnt.settable, p, lint);
        if (!mnt.source)
            lint.add(Severity::Error, "mount-source-missing", fieldPointer(raw, p, "Source", p),
                     "mount " + quote(mnt.name.empty() ? mnt.destination : mnt.name)
                         + " has a null source: Docker refuses the plugin (\"mount source is not specified\"), and "
                           "`set` cannot fill a null source either; give it a default \"source\" (settable "
                           "[\"source\"] lets users change it)");
        if (!mnt.destination.empty() && mnt.destination.front() != '/')
            lint.add(Severity::Warning, "mount-destination-relative", fieldPointer(raw, p, "Destination", p),
                     "mount destination " + quote(mnt.destination) + " should be an absolute path");
    }
    for (const auto &dev : m.linuxConfig.devices) {
        const std::string p = in.ofElement(&dev);
        const json::Value *raw = json::resolvePointer(root, p);
        lintSettable(root, "device", dev.name, dev.settable, p, lint);
        if (!dev.path)
            lint.add(Severity::Error, "device-path-missing", fieldPointer(raw, p, "Path", p),
                     "device " + quote(dev.name) + " has no path: Docker fails on it; give it a \"path\" under /dev");
        else if (dev.path->rfind("/dev/", 0) != 0)
            lint.add(Severity::Warning, "device-outside-dev", fieldPointer(raw, p, "Path", p),
                     "device path " + quote(*dev.path) + " is outside /dev: Docker looks it up among the host's "
                                                         "device nodes; use the /dev path of the device");
    }
    lintPluginNames(in, lint);
    lintPluginCapabilities(in, lint);
    lintSetArguments(in, lint);
}

// --- containers ----------------------------------------------------------

std::string fieldSource(const container::HostConfig &hc, std::string_view field, const std::string &fallback)
{
    const std::string_view p = hc.src.get(field);
    return p.empty() ? fallback : std::string(p);
}

const container::EngineContainer *findContainer(const container::Engine &engine, const std::string &ref)
{
    auto strip = [](std::string_view s) { return s.substr(0, 1) == "/" ? s.substr(1) : s; };
    for (const auto &c : engine.containers)
        if (c.id == ref)
            return &c;
    for (const auto &c : engine.containers)
        if (strip(c.name) == strip(ref))
            return &c;
    const container::EngineContainer *found = nullptr;
    for (const auto &c : engine.containers) {
        if (c.id.rfind(ref, 0) == 0) {
            if (found)
                return nullptr;
            found = &c;
        }
    }
    return found;
}

void lintContainer(const json::Value &root, InputKind kind, const BuildOptions &build, Lint &lint)
{
    Diagnostics ignored; // the build reported the decoding already
    Decoder d({}, {}, ignored);
    container::HostConfig hc;
    container::Engine engine;
    const json::Value *rawHost = nullptr;
    std::string hostPointer;
    if (kind == InputKind::Scenario) {
        rawHost = fieldValue(&root, "hostConfig");
        hostPointer = fieldPointer(&root, "", "hostConfig", "/hostConfig");
        if (const json::Value *e = fieldValue(&root, "engine")) {
            const std::string enginePointer = fieldPointer(&root, "", "engine", "/engine");
            container::decodeEngine(d, *e, Path(enginePointer), engine);
        }
    } else {
        const json::Value *body = kind == InputKind::DockerInspect ? &root.at(0) : &root;
        const std::string bodyPointer = kind == InputKind::DockerInspect ? "/0" : "";
        rawHost = fieldValue(body, "HostConfig");
        hostPointer = fieldPointer(body, bodyPointer, "HostConfig", bodyPointer + "/HostConfig");
        if (build.engine && !build.engine->isNull())
            container::decodeEngine(d, *build.engine, Path("engine:"), engine);
    }
    if (rawHost)
        container::decodeHostConfig(d, *rawHost, Path(hostPointer), hc);
    if (d.failed())
        return;

    std::string pointer;
    lintDuplicateKeys(root, pointer, nullptr, lint);

    // container:NAME references must name a container the engine knows.
    std::vector<std::string_view> knownNames;
    for (const auto &c : engine.containers)
        knownNames.push_back(
            c.name.substr(0, 1) == "/" ? std::string_view(c.name).substr(1) : std::string_view(c.name));
    const std::pair<const char *, const std::string *> modes[] = {
        {"NetworkMode", &hc.networkMode}, {"IpcMode", &hc.ipcMode}, {"PidMode", &hc.pidMode}};
    for (const auto &[field, value] : modes) {
        if (value->rfind("container:", 0) != 0)
            continue;
        const std::string ref = value->substr(10);
        if (ref.empty() || findContainer(engine, ref))
            continue;
        std::string hint;
        if (auto guess = godecode::didYouMean(ref, knownNames); !guess.empty())
            hint = "did you mean " + quote("container:" + std::string(guess)) + "?";
        else
            hint = engine.containers.empty() ? "the engine lists no containers: add {\"id\", \"name\", \"running\": "
                                               "true} to engine.containers"
                                             : "add it to engine.containers or name one of those listed";
        lint.add(Severity::Error, "container-reference-missing", fieldSource(hc, field, hostPointer),
                 std::string(field) + ' ' + quote(*value) + " names no container the engine knows: Docker refuses "
                     "(\"No such container: " + ref + "\"); " + hint);
    }

    // Settings Docker ignores without a word.
    if (hc.privileged) {
        if (!hc.deviceCgroupRules.empty())
            lint.add(Severity::Warning, "ignored-option", fieldSource(hc, "DeviceCgroupRules", hostPointer),
                     "DeviceCgroupRules are ignored on a privileged container (it may use every device); drop them "
                     "or drop Privileged");
        if (!hc.capAdd.empty())
            lint.add(Severity::Warning, "ignored-option", fieldSource(hc, "CapAdd", hostPointer),
                     "CapAdd is ignored on a privileged container (it gets every capability the daemon has)");
        if (!hc.capDrop.empty())
            lint.add(Severity::Warning, "ignored-option", fieldSource(hc, "CapDrop", hostPointer),
                     "CapDrop is ignored on a privileged container (it gets every capability the daemon has); drop "
                     "Privileged to restrict capabilities");
    }
    if (hc.shmSize > 0
        && (hc.ipcMode == "host" || hc.ipcMode == "none" || hc.ipcMode.rfind("container:", 0) == 0))
        lint.add(Severity::Warning, "ignored-option", fieldSource(hc, "ShmSize", hostPointer),
                 "ShmSize is ignored with IpcMode " + quote(hc.ipcMode)
                     + ": only a private or shareable IPC namespace gets its own /dev/shm");

    // Capability names: Docker upper-cases and prefixes them, then refuses unknown ones.
    const auto &known = allKnownCapabilities();
    std::vector<std::string_view> knownViews(known.begin(), known.end());
    for (const char *field : {"CapAdd", "CapDrop"}) {
        const auto &caps = std::string_view(field) == "CapAdd" ? hc.capAdd : hc.capDrop;
        for (std::size_t i = 0; i < caps.size(); ++i) {
            std::string upper = caps[i];
            std::transform(upper.begin(), upper.end(), upper.begin(),
                           [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
            if (upper == "ALL" || upper == "CAP_ALL")
                continue;
            if (upper.rfind("CAP_", 0) != 0)
                upper = "CAP_" + upper;
            if (std::find(known.begin(), known.end(), upper) != known.end())
                continue;
            std::string message = quote(caps[i]) + " is not a Linux capability: Docker refuses the container";
            if (auto guess = godecode::didYouMean(upper, knownViews); !guess.empty())
                message += "; did you mean " + quote(guess) + "?";
            const std::string where = container::elementPointer(hc.src, field, i);
            lint.add(Severity::Error, "capability-unknown", where.empty() ? hostPointer : where, std::move(message));
        }
    }

    for (const auto &dev : hc.devices)
        if (!dev.pathOnHost.empty() && dev.pathOnHost.rfind("/dev/", 0) != 0)
            lint.add(Severity::Warning, "device-outside-dev", dev.pointer,
                     "device " + quote(dev.pathOnHost) + " is outside /dev: Docker maps host device nodes; a "
                                                         "file or folder belongs in Binds or Mounts");
    for (const auto &m : hc.mounts)
        if (m.type == "bind" && m.source.empty())
            lint.add(Severity::Error, "mount-source-missing", m.pointer,
                     "a bind mount needs a Source (the host path): Docker refuses it without one");
}

} // namespace

void lintInput(const json::Value &root, InputKind kind, const BuildOptions &build, Diagnostics &out)
{
    Lint lint(out);
    bool isPlugin = kind == InputKind::PluginManifest;
    if (kind == InputKind::Scenario) {
        const json::Value *k = root.find("kind");
        if (!k || !k->isString())
            return;
        isPlugin = k->text() == "plugin";
        if (!isPlugin && k->text() != "container")
            return;
    } else if (kind != InputKind::PluginManifest && kind != InputKind::CreateBody && kind != InputKind::DockerInspect) {
        return;
    }
    if (isPlugin) {
        lintPlugin(root, kind, build, lint);
    } else {
        lintContainer(root, kind, build, lint);
    }
}

} // namespace oci
