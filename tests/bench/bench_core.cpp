// The core's speed on the Docker fixtures and on generated stress documents:
// parse, build (provenance recorded), compact and pretty encoding,
// validation (schema + rules + lint, as the GUI runs it on each build) and
// the diff against Docker's default spec (JSON Patch + unified text).
// Part of ocistudio_bench (the `bench` preset); not part of the test suite.
// main() is in bench_gui.cpp.

#include "builder.h"
#include "godecode.h"
#include "specdiff.h"
#include "specencoder.h"
#include "stressdocument.h"
#include "validator.h"

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

namespace {

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

const oci::HostProfile &fixtureHost()
{
    static const oci::HostProfile host = [] {
        const std::string text = readFile(OCISTUDIO_FIXTURES_DIR "/host.json");
        oci::json::Value root;
        oci::json::ParseError error;
        oci::json::parse(text, root, error);
        oci::Diagnostics diags;
        oci::godecode::Decoder d(text, "host.json", diags);
        oci::HostProfile h = oci::HostProfile::defaults();
        oci::decodeHostProfile(d, root, oci::godecode::Path(), h);
        return h;
    }();
    return host;
}

std::string document(const std::string &name)
{
    if (name == "stress-plugin")
        return stress::pluginDocument();
    if (name == "stress-container")
        return stress::containerDocument();
    if (name == "stress-container-accepted")
        return stress::acceptedContainerDocument();
    return readFile(OCISTUDIO_FIXTURES_DIR "/" + name + "/case.json");
}

oci::BuildOptions options(const std::string &name)
{
    oci::BuildOptions o;
    // Stress documents carry their own host profile (their devices).
    if (name.rfind("stress", 0) != 0)
        o.host = &fixtureHost();
    return o;
}

void parse(benchmark::State &state, const std::string &name)
{
    const std::string text = document(name);
    for (auto _ : state) {
        oci::json::Value root;
        oci::json::ParseError error;
        benchmark::DoNotOptimize(oci::json::parse(text, root, error));
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void build(benchmark::State &state, const std::string &name)
{
    const std::string text = document(name);
    oci::json::Value root;
    oci::json::ParseError error;
    oci::json::parse(text, root, error);
    const auto o = options(name);
    for (auto _ : state)
        benchmark::DoNotOptimize(oci::build(root, text, name, o));
}

void endToEnd(benchmark::State &state, const std::string &name)
{
    const std::string text = document(name);
    const auto o = options(name);
    for (auto _ : state) {
        auto r = oci::buildText(text, name, o);
        benchmark::DoNotOptimize(oci::encodeCompact(r->spec));
    }
}

void encodeCompact(benchmark::State &state, const std::string &name)
{
    auto r = oci::buildText(document(name), name, options(name));
    for (auto _ : state)
        benchmark::DoNotOptimize(oci::encodeCompact(r->spec));
}

void encodePretty(benchmark::State &state, const std::string &name)
{
    auto r = oci::buildText(document(name), name, options(name));
    for (auto _ : state)
        benchmark::DoNotOptimize(oci::encodePretty(r->spec));
}

// validateBuilt on a spec already built: the schema (loaded once, before
// timing) and runtime-tools rules on the spec, lint on the inputs.
void validate(benchmark::State &state, const std::string &name)
{
    const std::string text = document(name);
    oci::json::Value root;
    oci::json::ParseError error;
    oci::json::parse(text, root, error);
    const auto o = options(name);
    const auto r = oci::build(root, text, name, o);
    if (!r || !r->decoded || r->refused) {
        state.SkipWithError("Docker refuses this document: no spec to validate");
        return;
    }
    oci::ValidateOptions vo;
    if (!oci::validateBuilt(*r, root, name, o, vo).schema) {
        state.SkipWithError("no runtime-spec schema on this machine");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(oci::validateBuilt(*r, root, name, o, vo));
}

// The spec against Docker's default spec: the JSON Patch and the unified
// diff of the pretty texts, as the diff view shows them.
void diff(benchmark::State &state, const std::string &name)
{
    const auto r = oci::buildText(document(name), name, options(name));
    if (!r || !r->decoded || r->refused) {
        state.SkipWithError("Docker refuses this document: no spec to compare");
        return;
    }
    const oci::json::Value base = oci::dockerDefaultSpec(nullptr);
    const oci::json::Value current = oci::specToJson(r->spec);
    for (auto _ : state)
        benchmark::DoNotOptimize(oci::diffSpecs(base, current));
}

const char *const kDocuments[] = {"plugin/minimal", "plugin/volume-sshfs", "container/nginx-basic", "stress-plugin",
    "stress-container", "stress-container-accepted"};

int registerAll()
{
    for (const char *doc : kDocuments) {
        const std::string n(doc);
        benchmark::RegisterBenchmark(("parse/" + n).c_str(), parse, n);
        benchmark::RegisterBenchmark(("build/" + n).c_str(), build, n);
        benchmark::RegisterBenchmark(("parse+build+compact/" + n).c_str(), endToEnd, n);
        benchmark::RegisterBenchmark(("encode-compact/" + n).c_str(), encodeCompact, n);
        benchmark::RegisterBenchmark(("encode-pretty/" + n).c_str(), encodePretty, n);
        benchmark::RegisterBenchmark(("validate/" + n).c_str(), validate, n);
        benchmark::RegisterBenchmark(("diff/" + n).c_str(), diff, n);
    }
    return 0;
}

const int registered = registerAll();

} // namespace
