#include "commands.h"

#include "builder.h"
#include "godecode.h"
#include "gojson.h"
#include "inputfile.h"
#include "specencoder.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <optional>

namespace ocispec {

int usageError(const std::string &message)
{
    std::cerr << "ocispec: " << message << "\n(see `ocispec --help`)\n";
    return Failure;
}

// Parses the options every building subcommand shares; unknown ones fail.
bool parseOptions(const std::vector<std::string> &args, std::size_t first, Options &o, std::string &error)
{
    for (std::size_t i = first; i < args.size(); ++i) {
        const std::string &a = args[i];
        auto value = [&](std::string &out) {
            const std::size_t eq = a.find('=');
            if (a.rfind("--", 0) == 0 && eq != std::string::npos) {
                out = a.substr(eq + 1);
                return true;
            }
            if (i + 1 >= args.size()) {
                error = "option " + a + " needs a value";
                return false;
            }
            out = args[++i];
            return true;
        };
        auto is = [&](const char *name) {
            return a == name || (a.rfind(std::string(name) + '=', 0) == 0 && std::string(name).rfind("--", 0) == 0);
        };
        std::string v;
        if (is("--host")) {
            if (!value(v))
                return false;
            o.host = v;
        } else if (is("--engine")) {
            if (!value(v))
                return false;
            o.engine = v;
        } else if (is("--set")) {
            if (!value(v))
                return false;
            o.set.push_back(v);
        } else if (is("--id")) {
            if (!value(v))
                return false;
            o.id = v;
        } else if (is("--format")) {
            if (!value(v))
                return false;
            o.format = v;
        } else if (a == "-o" || is("--output")) {
            if (!value(v))
                return false;
            o.output = v;
        } else if (is("--schema-dir")) {
            if (!value(v))
                return false;
            o.schemaDir = v;
        } else if (is("--iterations")) {
            if (!value(v))
                return false;
            char *end = nullptr;
            o.iterations = std::strtol(v.c_str(), &end, 10);
            if (!end || *end || o.iterations <= 0) {
                error = "--iterations needs a positive number, not \"" + v + '"';
                return false;
            }
        } else if (a.size() > 1 && a[0] == '-') {
            error = "unknown option " + a;
            return false;
        } else {
            o.positional.push_back(a);
        }
    }
    return true;
}

void printDiagnostics(const oci::Diagnostics &diagnostics)
{
    for (const auto &d : diagnostics)
        std::cerr << d.format() << '\n';
}


bool prepare(const Options &o, BuildSetup &setup)
{
    if (o.host) {
        InputFile file;
        if (!file.load(*o.host))
            return false;
        oci::Diagnostics diags;
        oci::godecode::Decoder d(file.text(), file.name(), diags);
        setup.host = oci::HostProfile::defaults();
        setup.host.origin = *o.host;
        oci::decodeHostProfile(d, file.root(), oci::godecode::Path(), setup.host);
        printDiagnostics(diags);
        if (d.failed())
            return false;
        setup.haveHost = true;
        setup.options.host = &setup.host;
    } else {
        setup.probe = oci::probeLocalHost();
        setup.options.fallbackHost = &*setup.probe;
    }
    if (o.engine) {
        InputFile file;
        if (!file.load(*o.engine))
            return false;
        setup.engine = file.root();
        setup.haveEngine = true;
        setup.options.engine = &setup.engine;
    }
    setup.options.extraSet = o.set;
    setup.options.id = o.id;
    return true;
}

// Reports the result; returns the exit status when it is not a success.
std::optional<int> reportFailure(const oci::BuildResult &r, const std::string &file)
{
    printDiagnostics(r.diagnostics);
    if (!r.decoded)
        return Failure;
    if (r.refused) {
        oci::Diagnostic d;
        d.code = "docker-refuses";
        d.message = r.refusal;
        d.inputPointer = r.refusalPointer;
        d.file = file;
        std::cerr << d.format() << '\n';
        return Refused;
    }
    return std::nullopt;
}

namespace {

const char *const kUsage = R"(usage: ocispec COMMAND ...

  build INPUT [--host FILE] [--engine FILE] [--set NAME=VALUE]... [--id ID]
              [--format compact|pretty] [-o FILE]
        print the OCI spec Docker Engine 29.7.2 builds for INPUT
  explain INPUT [POINTER] [--host FILE] [--engine FILE] [--set ...] [--id ID]
        one line per spec value: POINTER, VALUE, Docker step, input pointers
  validate INPUT [--host FILE] [--schema-dir DIR] [--format text|json]
        validate a spec (or the spec INPUT builds) and lint the inputs
  diff A B [--host FILE] [--format unified|json-patch]
        compare two specs or buildable inputs (`docker-default`: Docker's default spec)
  bench INPUT [--host FILE] [--iterations N]
        time parse + build + compact encode

INPUT is a scenario (.ocispec.json / case.json), a plugin manifest, an Engine
API create body or `docker inspect` output, recognised by content; `-` reads
standard input. Exit status: 0 success, 1 Docker refuses the inputs, 2 usage,
I/O, parse or decode errors.
)";

int cmdBuild(const std::vector<std::string> &args)
{
    Options o;
    o.format = "pretty";
    std::string error;
    if (!parseOptions(args, 1, o, error))
        return usageError(error);
    if (o.positional.size() != 1)
        return usageError("build takes exactly one INPUT");
    if (o.format != "pretty" && o.format != "compact")
        return usageError("--format must be compact or pretty");
    BuildSetup setup;
    if (!prepare(o, setup))
        return Failure;
    InputFile input;
    if (!input.load(o.positional[0]))
        return Failure;
    auto result = oci::build(input.root(), input.text(), input.name(), setup.options);
    if (auto failed = reportFailure(*result, input.name()))
        return *failed;
    const std::string text = o.format == "compact" ? oci::encodeCompact(result->spec) : oci::encodePretty(result->spec);
    if (o.output)
        return writeFileAtomically(*o.output, text) ? Success : Failure;
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
    return Success;
}

// Walks the encoded spec and prints one line per leaf value.
void explainValue(const oci::json::Value &v, std::string &pointer, const std::string &below,
                  const oci::Provenance &provenance, std::string &out)
{
    const bool leaf = !(v.isArray() || v.isObject()) || v.size() == 0;
    const bool inScope = pointer.size() >= below.size() && pointer.compare(0, below.size(), below) == 0
        && (pointer.size() == below.size() || pointer[below.size()] == '/');
    if (leaf) {
        if (!inScope)
            return;
        out += pointer.empty() ? std::string("/") : pointer;
        out.push_back('\t');
        oci::gojson::appendValue(out, v);
        out.push_back('\t');
        const oci::Origin *origin = provenance.lookup(pointer);
        out += origin ? origin->step : std::string_view("DefaultLinuxSpec");
        out.push_back('\t');
        std::string inputs;
        if (origin)
            for (const std::string_view in : origin->inputs)
                if (!in.empty()) {
                    if (!inputs.empty())
                        inputs.push_back(',');
                    inputs += in;
                }
        out += inputs.empty() ? std::string("-") : inputs;
        out.push_back('\n');
        return;
    }
    const std::size_t length = pointer.size();
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v.isObject())
            oci::json::appendPointerToken(pointer, v.key(i));
        else
            oci::json::appendPointerIndex(pointer, i);
        explainValue(v.at(i), pointer, below, provenance, out);
        pointer.resize(length);
    }
}

int cmdExplain(const std::vector<std::string> &args)
{
    Options o;
    std::string error;
    if (!parseOptions(args, 1, o, error))
        return usageError(error);
    if (o.positional.empty() || o.positional.size() > 2)
        return usageError("explain takes INPUT and an optional POINTER");
    std::string below = o.positional.size() == 2 ? o.positional[1] : std::string();
    if (below == "/")
        below.clear();
    if (!below.empty() && below[0] != '/')
        return usageError("POINTER must be a JSON Pointer such as /process/args");
    BuildSetup setup;
    if (!prepare(o, setup))
        return Failure;
    InputFile input;
    if (!input.load(o.positional[0]))
        return Failure;
    auto result = oci::build(input.root(), input.text(), input.name(), setup.options);
    if (auto failed = reportFailure(*result, input.name()))
        return *failed;
    oci::json::Value encoded;
    oci::json::ParseError perr;
    oci::json::parse(oci::encodeCompact(result->spec), encoded, perr);
    if (!below.empty() && !oci::json::resolvePointer(encoded, below)) {
        std::cerr << input.name() << ':' << below << ": error no-such-value: the built spec has no value at " << below
                  << '\n';
        return Failure;
    }
    std::string pointer, out;
    explainValue(encoded, pointer, below, result->provenance, out);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return Success;
}

int cmdBench(const std::vector<std::string> &args)
{
    Options o;
    o.iterations = 2000;
    std::string error;
    if (!parseOptions(args, 1, o, error))
        return usageError(error);
    if (o.positional.size() != 1)
        return usageError("bench takes exactly one INPUT");
    BuildSetup setup;
    if (!prepare(o, setup))
        return Failure;
    InputFile input;
    if (!input.load(o.positional[0]))
        return Failure;
    // One untimed run to report failures and warm the caches.
    {
        auto result = oci::buildText(input.text(), input.name(), setup.options);
        if (auto failed = reportFailure(*result, input.name()))
            return *failed;
    }
    std::vector<double> samples;
    samples.reserve(static_cast<std::size_t>(o.iterations));
    std::size_t sink = 0;
    for (long i = 0; i < o.iterations; ++i) {
        const auto start = std::chrono::steady_clock::now();
        auto result = oci::buildText(input.text(), input.name(), setup.options);
        std::string bytes = oci::encodeCompact(result->spec);
        const auto end = std::chrono::steady_clock::now();
        sink += bytes.size();
        samples.push_back(std::chrono::duration<double, std::micro>(end - start).count());
    }
    std::sort(samples.begin(), samples.end());
    const double median = samples[samples.size() / 2];
    const double p99 = samples[std::min(samples.size() - 1, (samples.size() * 99) / 100)];
    std::printf("build: %ld iterations, median %.2f us/iter, p99 %.2f us/iter\n", o.iterations, median, p99);
    return sink > 0 ? Success : Failure;
}

} // namespace

int run(const std::vector<std::string> &args)
{
    if (args.empty())
        return usageError("a COMMAND is needed");
    const std::string &cmd = args[0];
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        std::cout << kUsage;
        return Success;
    }
    if (cmd == "--version") {
        std::cout << "ocispec " OCISTUDIO_VERSION " (Docker Engine 29.7.2 semantics, OCI runtime spec 1.3.0)\n";
        return Success;
    }
    if (cmd == "build")
        return cmdBuild(args);
    if (cmd == "explain")
        return cmdExplain(args);
    if (cmd == "bench")
        return cmdBench(args);
    if (cmd == "validate")
        return cmdValidate(args);
    if (cmd == "diff")
        return cmdDiff(args);
    return usageError("unknown command \"" + cmd + '"');
}

} // namespace ocispec
