#include "plugin.h"

#include <array>

namespace oci::plugin {

using godecode::decode;
using godecode::Decoder;
using godecode::Path;
using json::Value;

namespace {

void decodeArgs(Decoder &d, const Value &v, const Path &path, Args &out)
{
    static constexpr std::array<std::string_view, 4> fields = {"Description", "Name", "Settable", "Value"};
    godecode::decodeStruct(d, v, path, "plugin.Args", fields, [&](int f, const Value &m, const Path &p) {
        switch (f) {
        case 0: decode(d, m, p, out.description); break;
        case 1: decode(d, m, p, out.name); break;
        case 2: decode(d, m, p, out.settable); break;
        case 3:
            decode(d, m, p, out.value);
            d.record(&out.value, p);
            break;
        }
    });
}

void decodeEnv(Decoder &d, const Value &v, const Path &path, Env &out)
{
    static constexpr std::array<std::string_view, 4> fields = {"Description", "Name", "Settable", "Value"};
    d.recordElement(&out, path);
    godecode::decodeStruct(d, v, path, "plugin.Env", fields, [&](int f, const Value &m, const Path &p) {
        switch (f) {
        case 0: decode(d, m, p, out.description); break;
        case 1: decode(d, m, p, out.name); break;
        case 2: decode(d, m, p, out.settable); break;
        case 3: decode(d, m, p, out.value); break;
        }
    });
}

void decodeMount(Decoder &d, const Value &v, const Path &path, Mount &out)
{
    static constexpr godecode::FieldTable<7> fields = std::array<std::string_view, 7>{
        "Description", "Destination", "Name", "Options", "Settable", "Source", "Type"};
    d.recordElement(&out, path);
    godecode::decodeStruct(d, v, path, "plugin.Mount", fields, [&](int f, const Value &m, const Path &p) {
        switch (f) {
        case 0: decode(d, m, p, out.description); break;
        case 1: decode(d, m, p, out.destination); break;
        case 2: decode(d, m, p, out.name); break;
        case 3: decode(d, m, p, out.options); break;
        case 4: decode(d, m, p, out.settable); break;
        case 5: decode(d, m, p, out.source); break;
        case 6: decode(d, m, p, out.type); break;
        }
    });
}

void decodeDevice(Decoder &d, const Value &v, const Path &path, Device &out)
{
    static constexpr std::array<std::string_view, 4> fields = {"Description", "Name", "Path", "Settable"};
    d.recordElement(&out, path);
    godecode::decodeStruct(d, v, path, "plugin.Device", fields, [&](int f, const Value &m, const Path &p) {
        switch (f) {
        case 0: decode(d, m, p, out.description); break;
        case 1: decode(d, m, p, out.name); break;
        case 2: decode(d, m, p, out.path); break;
        case 3: decode(d, m, p, out.settable); break;
        }
    });
}

void decodeInterface(Decoder &d, const Value &v, const Path &path, Interface &out)
{
    static constexpr std::array<std::string_view, 3> fields = {"ProtocolScheme", "Socket", "Types"};
    godecode::decodeStruct(d, v, path, "plugin.Interface", fields, [&](int f, const Value &m, const Path &p) {
        switch (f) {
        case 0: decode(d, m, p, out.protocolScheme); break;
        case 1: decode(d, m, p, out.socket); break;
        case 2: decode(d, m, p, out.types); break;
        }
    });
}

void decodeLinux(Decoder &d, const Value &v, const Path &path, LinuxConfig &out)
{
    static constexpr std::array<std::string_view, 3> fields = {"AllowAllDevices", "Capabilities", "Devices"};
    godecode::decodeStruct(d, v, path, "plugin.LinuxConfig", fields, [&](int f, const Value &m, const Path &p) {
        switch (f) {
        case 0: decode(d, m, p, out.allowAllDevices); break;
        case 1:
            decode(d, m, p, out.capabilities);
            d.record(&out.capabilities, p);
            break;
        case 2:
            godecode::decodeSlice(d, m, p, out.devices, "[]plugin.Device",
                                  [&](const Value &e, const Path &ep, Device &dev) { decodeDevice(d, e, ep, dev); });
            break;
        }
    });
}

} // namespace

void decodeConfig(Decoder &d, const Value &v, const Path &path, Config &out)
{
    static constexpr godecode::FieldTable<15> fields = std::array<std::string_view, 15>{
        "Args",    "Description", "Documentation",   "Entrypoint", "Env",     "Interface", "IpcHost", "Linux",
        "Mounts",  "Network",     "PidHost",         "PropagatedMount", "User", "WorkDir", "rootfs"};
    godecode::decodeStruct(d, v, path, "plugin.Config", fields, [&](int f, const Value &m, const Path &p) {
        switch (f) {
        case 0: decodeArgs(d, m, p, out.args); break;
        case 1: decode(d, m, p, out.description); break;
        case 2: decode(d, m, p, out.documentation); break;
        case 3:
            decode(d, m, p, out.entrypoint);
            d.record(&out.entrypoint, p);
            break;
        case 4:
            godecode::decodeSlice(d, m, p, out.env, "[]plugin.Env",
                                  [&](const Value &e, const Path &ep, Env &env) { decodeEnv(d, e, ep, env); });
            break;
        case 5: decodeInterface(d, m, p, out.interface); break;
        case 6: decode(d, m, p, out.ipcHost); break;
        case 7: decodeLinux(d, m, p, out.linuxConfig); break;
        case 8:
            godecode::decodeSlice(d, m, p, out.mounts, "[]plugin.Mount",
                                  [&](const Value &e, const Path &ep, Mount &mnt) { decodeMount(d, e, ep, mnt); });
            break;
        case 9: {
            static constexpr std::array<std::string_view, 1> net = {"Type"};
            godecode::decodeStruct(d, m, p, "plugin.NetworkConfig", net,
                                   [&](int, const Value &nm, const Path &np) { decode(d, nm, np, out.networkType); });
            break;
        }
        case 10: decode(d, m, p, out.pidHost); break;
        case 11: decode(d, m, p, out.propagatedMount); break;
        case 12: {
            static constexpr std::array<std::string_view, 2> user = {"GID", "UID"};
            godecode::decodeStruct(d, m, p, "plugin.User", user, [&](int uf, const Value &um, const Path &up) {
                decode(d, um, up, uf == 0 ? out.user.gid : out.user.uid);
            });
            break;
        }
        case 13: decode(d, m, p, out.workDir); break;
        case 14: {
            if (m.isNull()) {
                out.rootfs.reset();
                break;
            }
            if (!out.rootfs)
                out.rootfs.emplace();
            static constexpr std::array<std::string_view, 2> rootfs = {"diff_ids", "type"};
            godecode::decodeStruct(d, m, p, "plugin.RootFS", rootfs, [&](int rf, const Value &rm, const Path &rp) {
                if (rf == 0)
                    decode(d, rm, rp, out.rootfs->diffIds);
                else
                    decode(d, rm, rp, out.rootfs->type);
            });
            break;
        }
        }
    });
}

Settings initEmptySettings(const Config &config)
{
    Settings s;
    for (const auto &env : config.env) {
        if (env.value) {
            std::string &entry = s.env.emplace_back();
            entry.reserve(env.name.size() + 1 + env.value->size());
            entry.append(env.name).append(1, '=').append(*env.value);
            s.envSources.emplace_back();
        }
    }
    s.args = config.args.value;
    s.argsSources.assign(s.args.size(), std::string());
    return s;
}

namespace {

struct Settable {
    std::string name;
    std::string field;
    std::string value;
};

const char *const kInvalidFormat = "invalid format, must be <name>[.<field>][=<value>]";
const char *const kMultipleFields = "multiple fields are settable, one must be specified";

bool parseSettable(const std::string &arg, Settable &out)
{
    const std::size_t eq = arg.find('=');
    if (eq == 0)
        return false;
    if (eq == std::string::npos) {
        out.name = arg;
    } else {
        out.name = arg.substr(0, eq);
        out.value = arg.substr(eq + 1);
    }
    const std::size_t dot = out.name.rfind('.');
    if (dot != std::string::npos && dot > 0) {
        out.field = out.name.substr(dot + 1);
        out.name = out.name.substr(0, dot);
    }
    return true;
}

std::string prettyName(const Settable &s)
{
    return s.field.empty() ? s.name : s.name + '.' + s.field;
}

// settable.isSettable: fills in the only settable field when none is named.
bool isSettable(Settable &s, std::string_view allowed, const std::vector<std::string> &settable, std::string &error)
{
    if (s.field.empty()) {
        if (settable.size() == 1) {
            s.field = settable[0];
        } else if (settable.size() > 1) {
            error = kMultipleFields;
            return false;
        }
    }
    if (s.field != allowed) {
        error = '"' + prettyName(s) + "\" is not settable";
        return false;
    }
    for (const auto &f : settable)
        if (f == s.field)
            return true;
    error = '"' + prettyName(s) + "\" is not settable";
    return false;
}

} // namespace

bool applySet(Config &config, Settings &settings, const std::vector<std::string> &arguments,
              const std::vector<std::string> &argumentPointers, SetError &error,
              std::unordered_map<const void *, std::string> &sourceOf)
{
    // Docker parses every argument before applying any.
    std::vector<Settable> sets(arguments.size());
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (!parseSettable(arguments[i], sets[i])) {
            error = {kInvalidFormat, i};
            return false;
        }
    }
    auto fail = [&](std::string message, std::size_t i) {
        error = {std::move(message), i};
        return false;
    };
    for (std::size_t i = 0; i < sets.size(); ++i) {
        Settable &s = sets[i];
        const std::string &argPtr = i < argumentPointers.size() ? argumentPointers[i] : std::string();
        std::string why;
        bool done = false;
        for (const auto &env : config.env) {
            if (env.name != s.name)
                continue;
            if (!isSettable(s, "value", env.settable, why))
                return fail(why, i);
            const std::string prefix = s.name + '=';
            bool replaced = false;
            for (std::size_t e = 0; e < settings.env.size() && !replaced; ++e) {
                const auto &entry = settings.env[e];
                const std::size_t eq = entry.find('=');
                if (entry.compare(0, eq, s.name) == 0 && (eq == std::string::npos ? entry.size() : eq) == s.name.size()) {
                    settings.env[e] = prefix + s.value;
                    settings.envSources[e] = argPtr;
                    replaced = true;
                }
            }
            if (!replaced) {
                settings.env.push_back(prefix + s.value);
                settings.envSources.push_back(argPtr);
            }
            done = true;
            break;
        }
        if (done)
            continue;
        for (auto &mount : config.mounts) {
            if (mount.name != s.name)
                continue;
            if (!isSettable(s, "source", mount.settable, why))
                return fail(why, i);
            if (!mount.source)
                return fail("plugin config has no mount source", i);
            *mount.source = s.value;
            sourceOf[&*mount.source] = argPtr;
            done = true;
            break;
        }
        if (done)
            continue;
        for (auto &device : config.linuxConfig.devices) {
            if (device.name != s.name)
                continue;
            if (!isSettable(s, "path", device.settable, why))
                return fail(why, i);
            if (!device.path)
                return fail("plugin config has no device path", i);
            *device.path = s.value;
            sourceOf[&*device.path] = argPtr;
            done = true;
            break;
        }
        if (done)
            continue;
        if (config.args.name == s.name) {
            if (!isSettable(s, "value", config.args.settable, why))
                return fail(why, i);
            // strings.Split on single spaces: empty fields are kept.
            settings.args.clear();
            std::size_t start = 0;
            for (;;) {
                const std::size_t sp = s.value.find(' ', start);
                settings.args.push_back(s.value.substr(start, sp == std::string::npos ? std::string::npos : sp - start));
                if (sp == std::string::npos)
                    break;
                start = sp + 1;
            }
            settings.argsSources.assign(settings.args.size(), argPtr);
            continue;
        }
        return fail("setting \"" + s.name + "\" not found in the plugin configuration", i);
    }
    return true;
}

} // namespace oci::plugin
