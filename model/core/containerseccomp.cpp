// A custom seccomp profile in Docker's format (github.com/moby/profiles
// seccomp.LoadProfile): decoded with Go's rules, then filtered for this
// host's architecture, kernel and the process's bounding capabilities.

#include "containerstate.h"
#include "containerutil.h"

#include <algorithm>

namespace oci::container {

namespace {

using godecode::Decoder;
using godecode::Path;

struct KernelVersion {
    std::uint64_t kernel = 0;
    std::uint64_t major = 0;
};

struct Filter {
    std::vector<std::string> caps;
    std::vector<std::string> arches;
    std::optional<KernelVersion> minKernel;
};

struct Syscall {
    spec::LinuxSyscall call;
    std::string name;
    std::optional<Filter> includes;
    std::optional<Filter> excludes;
};

struct ArchMapEntry {
    std::string arch;
    std::vector<std::string> subArches;
};

struct Profile {
    spec::LinuxSeccomp seccomp;
    std::vector<ArchMapEntry> archMap;
    std::vector<Syscall> syscalls;
};

void decodeKernelVersion(Decoder &d, const json::Value &v, const Path &p, std::optional<KernelVersion> &out)
{
    if (v.isNull()) {
        out.reset();
        return;
    }
    const std::string invalid = "invalid kernel version: " + (v.isString() ? goQuote(v.text()) : v.text())
        + ", expected \"<kernel>.<major>\"";
    if (!v.isString()) {
        d.error(v, p, "decode-value", invalid);
        return;
    }
    if (!out)
        out.emplace();
    if (v.text().empty())
        return;
    const auto parts = splitN(v.text(), '.', 3);
    KernelVersion k;
    if (parts.size() != 2 || !parseGoUint(parts[0], 8, k.kernel) || !parseGoUint(parts[1], 8, k.major)) {
        d.error(v, p, "decode-value", invalid);
        return;
    }
    if (k.kernel == 0 && k.major == 0) {
        d.error(v, p, "decode-value", invalid + ": version cannot be 0.0");
        return;
    }
    *out = k;
}

void decodeFilter(Decoder &d, const json::Value &v, const Path &path, std::optional<Filter> &out)
{
    if (v.isNull()) {
        out.reset();
        return;
    }
    if (!out)
        out.emplace();
    static constexpr std::array<std::string_view, 3> fields = {"caps", "arches", "minKernel"};
    godecode::decodeStruct(d, v, path, "seccomp.Filter", fields, [&](int f, const json::Value &m, const Path &p) {
        switch (f) {
        case 0: godecode::decode(d, m, p, out->caps); break;
        case 1: godecode::decode(d, m, p, out->arches); break;
        case 2: decodeKernelVersion(d, m, p, out->minKernel); break;
        }
    });
}

void decodeArgs(Decoder &d, const json::Value &v, const Path &path, std::vector<spec::LinuxSeccompArg> &out)
{
    godecode::decodeSlice(d, v, path, out, "[]specs.LinuxSeccompArg",
                          [&d](const json::Value &e, const Path &p, spec::LinuxSeccompArg &a) {
                              static constexpr std::array<std::string_view, 4> fields = {"index", "value", "valueTwo",
                                                                                         "op"};
                              godecode::decodeStruct(d, e, p, "specs.LinuxSeccompArg", fields,
                                                     [&](int f, const json::Value &m, const Path &mp) {
                                                         switch (f) {
                                                         case 0: godecode::decode(d, m, mp, a.index); break;
                                                         case 1: godecode::decode(d, m, mp, a.value); break;
                                                         case 2: godecode::decode(d, m, mp, a.valueTwo); break;
                                                         case 3: godecode::decode(d, m, mp, a.op); break;
                                                         }
                                                     });
                          });
}

void decodeNullableStrings(Decoder &d, const json::Value &v, const Path &p, spec::Nullable<std::string> &out)
{
    if (v.isNull()) {
        out.value.reset();
        return;
    }
    if (!v.isArray()) {
        d.typeError(v, p, "[]string");
        return;
    }
    if (!out.value)
        out.value.emplace();
    godecode::decode(d, v, p, *out.value);
}

void decodeSyscalls(Decoder &d, const json::Value &v, const Path &path, std::vector<Syscall> &out)
{
    godecode::decodeSlice(d, v, path, out, "[]*seccomp.Syscall", [&d](const json::Value &e, const Path &p, Syscall &s) {
        static constexpr std::array<std::string_view, 8> fields = {"names", "action",  "errnoRet", "args",
                                                                   "name",  "comment", "includes", "excludes"};
        godecode::decodeStruct(d, e, p, "seccomp.Syscall", fields, [&](int f, const json::Value &m, const Path &mp) {
            std::string ignored;
            switch (f) {
            case 0: decodeNullableStrings(d, m, mp, s.call.names); break;
            case 1: godecode::decode(d, m, mp, s.call.action); break;
            case 2: godecode::decode(d, m, mp, s.call.errnoRet); break;
            case 3: decodeArgs(d, m, mp, s.call.args); break;
            case 4: godecode::decode(d, m, mp, s.name); break;
            case 5: godecode::decode(d, m, mp, ignored); break;
            case 6: decodeFilter(d, m, mp, s.includes); break;
            case 7: decodeFilter(d, m, mp, s.excludes); break;
            }
        });
    });
}

void decodeProfile(Decoder &d, const json::Value &v, Profile &out)
{
    static constexpr std::array<std::string_view, 8> fields = {
        "defaultAction", "defaultErrnoRet", "architectures", "flags", "listenerPath", "listenerMetadata", "syscalls",
        "archMap"};
    godecode::decodeStruct(d, v, Path(), "seccomp.Seccomp", fields, [&](int f, const json::Value &m, const Path &p) {
        auto &s = out.seccomp;
        switch (f) {
        case 0: godecode::decode(d, m, p, s.defaultAction); break;
        case 1: godecode::decode(d, m, p, s.defaultErrnoRet); break;
        case 2: godecode::decode(d, m, p, s.architectures); break;
        case 3: godecode::decode(d, m, p, s.flags); break;
        case 4: godecode::decode(d, m, p, s.listenerPath); break;
        case 5: godecode::decode(d, m, p, s.listenerMetadata); break;
        case 6: decodeSyscalls(d, m, p, out.syscalls); break;
        case 7:
            godecode::decodeSlice(d, m, p, out.archMap, "[]seccomp.Architecture",
                                  [&d](const json::Value &e, const Path &ep, ArchMapEntry &a) {
                                      static constexpr std::array<std::string_view, 2> archFields = {
                                          "architecture", "subArchitectures"};
                                      godecode::decodeStruct(d, e, ep, "seccomp.Architecture", archFields,
                                                             [&](int af, const json::Value &am, const Path &ap) {
                                                                 if (af == 0)
                                                                     godecode::decode(d, am, ap, a.arch);
                                                                 else
                                                                     godecode::decode(d, am, ap, a.subArches);
                                                             });
                                  });
            break;
        }
    });
}

KernelVersion hostKernel(const HostProfile &host)
{
    KernelVersion k;
    const auto parts = split(host.kernel, '.');
    std::int64_t v = 0;
    if (!parts.empty() && parseGoInt(parts[0], v))
        k.kernel = static_cast<std::uint64_t>(v);
    if (parts.size() > 1) {
        std::string digits;
        for (char ch : parts[1]) {
            if (ch < '0' || ch > '9')
                break;
            digits += ch;
        }
        if (parseGoInt(digits, v))
            k.major = static_cast<std::uint64_t>(v);
    }
    return k;
}

bool kernelAtLeast(const KernelVersion &have, const KernelVersion &min)
{
    return have.kernel > min.kernel || (have.kernel == min.kernel && have.major >= min.major);
}

bool contains(const std::vector<std::string> &v, const std::string &x)
{
    return std::find(v.begin(), v.end(), x) != v.end();
}

} // namespace

std::optional<spec::LinuxSeccomp> loadSeccompProfile(const std::string &text, const spec::Process &process,
                                                     const HostProfile &host, std::string &err)
{
    err.clear();
    json::Value root;
    json::ParseError parseError;
    if (!json::parse(text, root, parseError)) {
        err = "Decoding seccomp profile failed: " + parseError.message;
        return std::nullopt;
    }
    Diagnostics diags;
    Decoder d(text, "seccomp", diags);
    Profile profile;
    decodeProfile(d, root, profile);
    if (d.failed()) {
        for (const auto &diag : diags) {
            if (diag.severity == Severity::Error) {
                err = "Decoding seccomp profile failed: " + diag.message;
                break;
            }
        }
        return std::nullopt;
    }
    if (profile.seccomp.defaultAction.empty() && profile.syscalls.empty())
        return std::nullopt;
    if (!profile.seccomp.architectures.empty() && !profile.archMap.empty()) {
        err = "both 'architectures' and 'archMap' are specified in the seccomp profile, use either 'architectures' or "
              "'archMap'";
        return std::nullopt;
    }

    // The build describes an amd64 engine host.
    const std::string arch = "amd64";
    spec::LinuxSeccomp out = profile.seccomp;
    for (const auto &a : profile.archMap) {
        if (a.arch == "SCMP_ARCH_X86_64") {
            out.architectures.push_back(a.arch);
            out.architectures.insert(out.architectures.end(), a.subArches.begin(), a.subArches.end());
            break;
        }
    }
    const std::vector<std::string> empty;
    const auto &bounding = process.capabilities ? process.capabilities->bounding : empty;
    const KernelVersion kernel = hostKernel(host);
    for (auto &call : profile.syscalls) {
        if (!call.name.empty()) {
            if (call.call.names.value && !call.call.names.value->empty()) {
                err = "both 'name' and 'names' are specified in the seccomp profile, use either 'name' or 'names'";
                return std::nullopt;
            }
            call.call.names.value = std::vector<std::string>{call.name};
        }
        if (const auto &ex = call.excludes) {
            if (contains(ex->arches, arch))
                continue;
            if (std::any_of(ex->caps.begin(), ex->caps.end(), [&](const std::string &c) { return contains(bounding, c); }))
                continue;
            if (ex->minKernel && kernelAtLeast(kernel, *ex->minKernel))
                continue;
        }
        if (const auto &in = call.includes) {
            if (!in->arches.empty() && !contains(in->arches, arch))
                continue;
            if (!std::all_of(in->caps.begin(), in->caps.end(), [&](const std::string &c) { return contains(bounding, c); }))
                continue;
            if (in->minKernel && !kernelAtLeast(kernel, *in->minKernel))
                continue;
        }
        out.syscalls.push_back(std::move(call.call));
    }
    return out;
}

} // namespace oci::container
